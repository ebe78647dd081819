/**
 * The one rule for partner base URLs, shared by the client, the CLI and settings:
 * https anywhere; plain http only to this machine (the embedded sandbox), because
 * the bearer token travels in every request.
 */
import { InputError } from '../shared/errors.js';

/** 127.0.0.0/8, ::1 (also as an IPv4-mapped loopback) and localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host === '::1') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  // WHATWG URL writes ::ffff:127.x.y.z as ::ffff:7fxx:yyzz
  return /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host);
}

/** Returns the parsed URL, or throws InputError saying what is wrong with it. */
export function assertSafeBaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`Partner base URL is not a valid URL: "${url}"`, { field: 'baseUrl' });
  }
  if (parsed.username || parsed.password) {
    throw new InputError('Partner base URL must not contain a user name or password; the token is sent as a header.', {
      field: 'baseUrl',
    });
  }
  if (parsed.protocol === 'https:') return parsed;
  if (parsed.protocol === 'http:') {
    if (isLoopbackHost(parsed.hostname)) return parsed;
    throw new InputError(
      `Partner base URL must use https: plain http would send the token unencrypted to ${parsed.host}. ` +
        'Plain http is allowed only for this machine (localhost, 127.0.0.0/8, ::1).',
      { field: 'baseUrl', host: parsed.host },
    );
  }
  throw new InputError(`Partner base URL must use https (got ${parsed.protocol.replace(/:$/, '')}).`, { field: 'baseUrl' });
}
