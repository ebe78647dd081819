/**
 * The browser harness: the real core and app service in plain Node, the built renderer
 * served over HTTP on loopback, and `window.quoteready` provided over a WebSocket built
 * from the same contract. For demos, for trying a change by hand, and for the e2e tests.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createCore, type Core } from '../core/createCore.js';
import { createAppService } from '../core/service/appService.js';
import { createConfSettingsStore } from '../core/service/confSettingsStore.js';
import { createEnvSecretStore } from '../core/service/envSecretStore.js';
import type { Settings } from '../core/service/hostPorts.js';
import type { SandboxOptions } from '../core/sandbox/sandboxServer.js';
import { ensureBuilt, REPO_ROOT, type BuildPolicy } from './ensureBuilt.js';
import { attachSocketBridge } from './socketBridge.js';
import { createStaticHandler } from './staticFiles.js';

export interface HarnessOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Knobs for the embedded sandbox (tests make registration fast). */
  sandboxOptions?: SandboxOptions;
  /** Settings applied at start (tests), on top of what the data folder holds. */
  settings?: Partial<Settings>;
  build?: BuildPolicy;
}

export interface Harness {
  url: string;
  port: number;
  dataDir: string;
  /** The running core, for tests that look from the outside (sandbox stats, ledger). */
  core: Core;
  close(): Promise<void>;
}

const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export async function startHarness(o: HarnessOptions): Promise<Harness> {
  await ensureBuilt(o.build ?? 'if-missing');
  const dataDir = resolve(o.dataDir);
  await mkdir(dataDir, { recursive: true });
  const settings = createConfSettingsStore(dataDir);
  if (o.settings) settings.update(o.settings);
  const secrets = createEnvSecretStore();
  const core = await createCore({ dataDir, settings, secrets, ...(o.sandboxOptions ? { sandbox: o.sandboxOptions } : {}) });
  const service = createAppService({ core, settings, secrets, host: 'browser-harness', version: VERSION });

  let origins = new Set<string>();
  let origin = '';
  const server = http.createServer();
  const serveStatic = createStaticHandler(() => origin);
  server.on('request', (req, res) => {
    // Loopback names only: a page on another site can't reach us through DNS tricks.
    if (!origins.has(`http://${req.headers.host ?? ''}`)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    void serveStatic(req, res);
  });
  const bridge = attachSocketBridge({ server, handlers: service.handlers, allowedOrigins: () => origins });
  const stopEvents = service.onEvent((name, payload) => bridge.broadcast(name, payload));

  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(o.port ?? 0, '127.0.0.1', () => ok());
    });
  } catch (err) {
    stopEvents();
    await service.dispose();
    await core.dispose();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  origins = new Set([origin, `http://localhost:${port}`]);

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/`,
    port,
    dataDir,
    core,
    close() {
      closing ??= (async () => {
        stopEvents();
        await bridge.close();
        server.closeAllConnections();
        await new Promise<void>((r) => server.close(() => r()));
        await service.dispose();
        await core.dispose();
      })();
      return closing;
    },
  };
}
