/**
 * The hardening of every session and web contents the app creates: a strict
 * Content-Security-Policy, no navigation away from the app, no new windows (only
 * allow-listed partner https links go to the system browser), no permissions, no
 * <webview>. Electron objects are passed in (type-only imports), so the pure decisions
 * below are unit-tested under plain Node.
 */
import type { Session, Shell, WebContents } from 'electron';
import { createLogger } from '../core/shared/logger.js';

const log = createLogger('security');

/**
 * Hosts whose https pages a link in the app may open in the system browser. Exact host
 * names, no wildcards. A URL that came from a spreadsheet cell never matches, because no
 * imported value is ever rendered as a link to anything but these.
 */
export const PARTNER_LINK_HOSTS: ReadonlySet<string> = new Set(['chaiz.com', 'www.chaiz.com']);

export function decideExternalOpen(url: string): 'open-external' | 'deny' {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'deny';
  }
  if (u.protocol !== 'https:') return 'deny';
  if (u.username || u.password) return 'deny';
  if (u.port !== '') return 'deny';
  return PARTNER_LINK_HOSTS.has(u.hostname.toLowerCase()) ? 'open-external' : 'deny';
}

export interface CspOptions {
  /** Origin of the Vite dev server (http://localhost:port), only under `electron-vite dev`. */
  devServerOrigin?: string | null;
}

/**
 * The policy every app page gets. No 'unsafe-eval' anywhere, no remote origin anywhere:
 * the app works offline and never fetches a font or script from the internet.
 */
export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin ?? null;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // In development only, @vitejs/plugin-react injects an inline React Refresh preamble.
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // Styles only: Radix dialogs (react-remove-scroll -> react-style-singleton) create
    // <style> tags at run time (checked in the built renderer). Inline styles cannot run
    // code; scripts stay 'self'.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    // In development, Vite's hot-reload socket on the same loopback port.
    'connect-src': dev ? ["'self'", dev.replace(/^http/, 'ws')] : ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Returns response headers with our CSP in place of any the server sent. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

/** CSP on every document the session loads; every permission request and check denied. */
export function hardenSession(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
    callback(isDocument ? { responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) } : {});
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

function openIfAllowed(shell: Pick<Shell, 'openExternal'>, url: string): void {
  if (decideExternalOpen(url) !== 'open-external') {
    log.warn('blocked an external link', { scheme: url.split(':', 1)[0] });
    return;
  }
  shell.openExternal(url).catch((err: unknown) => log.warn('could not open the system browser', { error: String(err) }));
}

/** No navigation away from the app, no new windows, no <webview>. */
export function hardenWebContents(
  contents: WebContents,
  deps: { shell: Pick<Shell, 'openExternal'>; isAppUrl: (url: string) => boolean },
): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (deps.isAppUrl(url)) return;
    event.preventDefault();
    openIfAllowed(deps.shell, url);
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(deps.shell, url);
    return { action: 'deny' };
  });
}
