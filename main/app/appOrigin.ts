/**
 * Where the app's own pages come from. Built pages are served from the privileged custom
 * scheme `app://quoteready/` (see appProtocol.ts) rather than file://, so the renderer has a
 * real origin of its own: CSP 'self' then means "our bundle", not "any file on the disk".
 * In development electron-vite serves the renderer from a local Vite server instead.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'quoteready';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Node's URL reports the
 * origin of a non-special scheme such as app: as "null", so this builds it by hand.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A dev server URL is only ever trusted on plain http over loopback. */
export function loopbackDevOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  try {
    const u = new URL(devServerUrl);
    return u.protocol === 'http:' && LOOPBACK_HOSTS.has(u.hostname) ? originOf(devServerUrl) : null;
  } catch {
    return null;
  }
}

/**
 * The test "is this one of our own pages?": the app origin, plus the Vite dev server's
 * origin when main runs under `electron-vite dev` (and only then; never a remote host).
 */
export function createAppUrlCheck(devServerUrl?: string): (url: string) => boolean {
  const allowed = new Set([APP_ORIGIN]);
  const dev = loopbackDevOrigin(devServerUrl);
  if (dev) allowed.add(dev);
  return (url) => {
    const origin = originOf(url);
    return origin !== null && allowed.has(origin);
  };
}
