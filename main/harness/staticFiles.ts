/**
 * Serves the built renderer to the browser, GET/HEAD only, from out/renderer and nothing
 * outside it, with the bridge script put in front of the app bundle and the same strict
 * Content-Security-Policy the desktop window uses.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { BRIDGE_SCRIPT_PATH } from './wireCodec.js';
import { BRIDGE_OUT, RENDERER_OUT } from './ensureBuilt.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The desktop window's policy (main/app/security.ts), plus this harness's socket: scripts
 * only from the app itself, no eval, nothing remote. Styles allow inline because Radix
 * creates a few <style> elements at run time (dialog scroll lock, select viewport); they
 * cannot run code.
 */
export function contentSecurityPolicy(origin: string): string {
  const ws = origin.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${ws}`,
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** index.html with the bridge loaded first: a classic script runs before the deferred module bundle. */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}"></script>\n    `;
  const at = html.search(/<script\b/i);
  return at >= 0 ? html.slice(0, at) + tag + html.slice(at) : html.replace('</head>', `${tag}</head>`);
}

export function createStaticHandler(origin: () => string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy(origin()),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    let file: string;
    if (path === BRIDGE_SCRIPT_PATH) file = join(BRIDGE_OUT, 'harness-bridge.js');
    else {
      const rel = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
      file = join(RENDERER_OUT, rel);
      if (!file.startsWith(RENDERER_OUT + sep)) {
        res.writeHead(403, headers).end();
        return;
      }
    }
    let body: Buffer | string;
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (file === join(RENDERER_OUT, 'index.html')) body = injectBridge(body.toString('utf8'));
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
