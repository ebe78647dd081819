/**
 * Maps what undici / Node throw when no usable HTTP reply arrived to a NetworkFailure.
 * Codes are gathered from the error, its `cause` chain and AggregateError members
 * (Happy Eyeballs reports one error per address family).
 */
import type { NetworkFailure } from './outcome.js';

const BY_CODE: Record<Exclude<NetworkFailure, 'other'>, readonly string[]> = {
  refused: ['ECONNREFUSED'],
  timeout: ['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT'],
  dns: ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME'],
  reset: ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET'],
  offline: ['ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH', 'EHOSTDOWN'],
};
/** When several codes are present, the most specific wins (e.g. IPv6 unreachable + IPv4 refused = refused). */
const PRIORITY: readonly Exclude<NetworkFailure, 'other'>[] = ['refused', 'timeout', 'dns', 'reset', 'offline'];

const LABEL: Record<NetworkFailure, string> = {
  refused: 'connection refused',
  timeout: 'timed out',
  dns: 'partner host name could not be resolved',
  reset: 'connection closed by the other side',
  offline: 'network unreachable',
  other: 'request failed',
};

function collect(err: unknown, codes: string[], messages: string[], depth = 0): void {
  if (depth > 5 || err === null || typeof err !== 'object') return;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') codes.push(e.code);
  if (typeof e.message === 'string' && e.message) messages.push(e.message);
  if (Array.isArray(e.errors)) for (const inner of e.errors) collect(inner, codes, messages, depth + 1);
  if (e.cause !== undefined) collect(e.cause, codes, messages, depth + 1);
}

export function classifyNetworkError(err: unknown): { code: NetworkFailure; message: string } {
  const codes: string[] = [];
  const messages: string[] = [];
  collect(err, codes, messages);
  let kind: NetworkFailure = 'other';
  for (const candidate of PRIORITY) {
    if (codes.some((c) => BY_CODE[candidate as Exclude<NetworkFailure, 'other'>].includes(c))) {
      kind = candidate;
      break;
    }
  }
  if (kind === 'other' && messages.some((m) => /socket (hang up|closed)|other side closed/i.test(m))) kind = 'reset';
  const detail = codes.find((c) => kind === 'other' || BY_CODE[kind as Exclude<NetworkFailure, 'other'>].includes(c));
  const first = messages[0] ?? (err instanceof Error ? err.name : String(err));
  return { code: kind, message: `${LABEL[kind]}${detail ? ` (${detail})` : ''}: ${first}`.slice(0, 300) };
}
