import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, createAppUrlCheck, loopbackDevOrigin, originOf } from '../../main/app/appOrigin.js';
import { createAppRequestHandler, resolveAppAsset } from '../../main/app/appProtocol.js';
import { buildContentSecurityPolicy, decideExternalOpen, withContentSecurityPolicy } from '../../main/app/security.js';

const directives = (csp: string) =>
  new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('Content-Security-Policy', () => {
  const csp = buildContentSecurityPolicy();
  const d = directives(csp);

  it('never allows eval, plugins, framing, forms or a <base> change', () => {
    expect(csp).not.toContain('unsafe-eval');
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });

  it('allows scripts, connections and everything else only from the app itself', () => {
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:']);
    expect(d.get('style-src')?.[0]).toBe("'self'");
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
  });

  it('in development adds only the loopback dev server socket and the React Refresh preamble', () => {
    const dev = buildContentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' });
    expect(dev).not.toContain('unsafe-eval');
    expect(directives(dev).get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(directives(dev).get('object-src')).toEqual(["'none'"]);
  });

  it('replaces any policy the server sent', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, csp);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [csp] });
  });
});

describe('decideExternalOpen', () => {
  it.each([
    ['http://chaiz.com/', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['data:text/html,<script>alert(1)</script>', 'deny'],
    ['https://user:secret@chaiz.com/', 'deny'],
    ['https://chaiz.com:8443/', 'deny'],
    ['https://evil.example/', 'deny'],
    ['https://chaiz.com.evil.example/', 'deny'],
    ['https://evilchaiz.com/', 'deny'],
    ['not a url', 'deny'],
    ['https://chaiz.com/plans', 'open-external'],
    ['https://WWW.Chaiz.com/help?x=1', 'open-external'],
  ])('%s -> %s', (url, expected) => {
    expect(decideExternalOpen(url)).toBe(expected);
  });
});

describe('app origin', () => {
  it('recognises only our own pages', () => {
    const isApp = createAppUrlCheck();
    expect(isApp(APP_ENTRY_URL)).toBe(true);
    expect(isApp('app://quoteready/vehicles')).toBe(true);
    expect(isApp('app://other/index.html')).toBe(false);
    expect(isApp('file:///C:/QuoteReady/index.html')).toBe(false);
    expect(isApp('https://quoteready.example/')).toBe(false);
    expect(isApp('http://localhost:5173/')).toBe(false);
  });

  it('trusts a dev server only on loopback http', () => {
    expect(createAppUrlCheck('http://localhost:5173')('http://localhost:5173/index.html')).toBe(true);
    expect(loopbackDevOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    expect(loopbackDevOrigin('https://evil.example/')).toBeNull();
    expect(loopbackDevOrigin('http://192.168.1.20:5173/')).toBeNull();
    expect(createAppUrlCheck('http://evil.example')('http://evil.example/')).toBe(false);
    expect(originOf('app://quoteready/x')).toBe('app://quoteready');
  });
});

describe('app: protocol', () => {
  const root = mkdtempSync(join(tmpdir(), 'qr-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>QuoteReady</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('maps app URLs into the renderer folder and nowhere else', () => {
    expect(resolveAppAsset(root, 'app://quoteready/')).toBe(resolve(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://quoteready/vehicles')).toBe(resolve(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://quoteready/assets/app.js')).toBe(resolve(root, 'assets', 'app.js'));
    expect(resolveAppAsset(root, 'app://quoteready/a%2f..%2f..%2f..%2fetc%2fpasswd.txt')).toBeNull();
    expect(resolveAppAsset(root, 'app://quoteready/%00.js')).toBeNull();
    expect(resolveAppAsset(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'https://quoteready/index.html')).toBeNull();
  });

  it('serves pages with the CSP and nosniff, and 404s the rest', async () => {
    const handle = createAppRequestHandler(root, "default-src 'self'");
    const page = await handle(new Request('app://quoteready/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await handle(new Request('app://quoteready/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log(1)');
    expect((await handle(new Request('app://quoteready/missing.js'))).status).toBe(404);
  });
});
