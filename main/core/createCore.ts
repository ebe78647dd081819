/**
 * The composition root of the core, used by all three hosts (Electron main, the CLI,
 * the browser harness). Everything that owns a socket, timer or file is created here
 * and closed by `dispose()`.
 */
import { join } from 'node:path';
import { ledgerFile } from './shared/dataDir.js';
import { systemClock, type Clock, type Random } from './shared/clock.js';
import { InputError } from './shared/errors.js';
import { createLogger } from './shared/logger.js';
import { disposeParseWorkers } from './importer/index.js';
import { Ledger } from './ledger/ledger.js';
import { createHttpPartnerClient, type HttpPartnerClientOptions } from './partner/httpPartnerClient.js';
import { DelegatingPartnerClient } from './partner/delegatingPartnerClient.js';
import type { PartnerClient, PartnerEndpoint, PartnerEnvironmentName } from './partner/partnerClient.js';
import { ENVIRONMENT_URLS } from './partner/wire.js';
import { RegistrationEngine } from './registration/registrationEngine.js';
import { RequestGate } from './registration/requestGate.js';
import type { BackoffPolicy } from './registration/backoff.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox/sandboxServer.js';
import type { SecretStore, SettingsStore } from './service/hostPorts.js';

const log = createLogger('core');

export interface CoreOptions {
  dataDir: string;
  settings: SettingsStore;
  secrets: SecretStore;
  /** Overrides the environment's URL (a standalone sandbox, a proxy). Plain http only on loopback. */
  baseUrl?: string;
  /** Options for the embedded sandbox when the environment is 'sandbox'. */
  sandbox?: SandboxOptions;
  clock?: Clock;
  random?: Random;
  backoff?: BackoffPolicy;
  /** The CLI ends a run rather than wait longer than this for a scheduled retry. */
  maxIdleWaitMs?: number;
  http?: HttpPartnerClientOptions;
  /** Injected client (tests); bypasses environments entirely. */
  client?: PartnerClient;
}

export interface Core {
  readonly dataDir: string;
  readonly ledger: Ledger;
  readonly gate: RequestGate;
  readonly client: PartnerClient;
  readonly engine: RegistrationEngine;
  readonly clock: Clock;
  readonly random: Random;
  /** The environment requests go to now, and its URL (no token). */
  environment(): { name: PartnerEnvironmentName; baseUrl: string };
  /** The embedded sandbox, when it is the environment in use. */
  sandbox(): Sandbox | null;
  /** Points the core at another environment (stops the run first). */
  useEnvironment(name: PartnerEnvironmentName): Promise<void>;
  dispose(): Promise<void>;
}

export async function createCore(o: CoreOptions): Promise<Core> {
  const clock = o.clock ?? systemClock;
  const random = o.random ?? Math.random;
  const ledger = Ledger.open(ledgerFile(o.dataDir));
  const concurrency = o.settings.get().concurrency;
  const gate = new RequestGate(concurrency, clock);
  let sandbox: Sandbox | null = null;
  let current: PartnerEndpoint | null = null;

  async function connect(name: PartnerEnvironmentName): Promise<PartnerClient> {
    if (name !== 'sandbox' && sandbox) {
      await sandbox.close();
      sandbox = null;
    }
    if (o.client) {
      current = { environment: name, baseUrl: 'injected', token: '' };
      return o.client;
    }
    let baseUrl = o.baseUrl;
    let token: string | null;
    if (name === 'sandbox') {
      if (!baseUrl) {
        sandbox ??= await createSandbox({ stateFile: join(o.dataDir, 'sandbox-partner-cache.json'), ...o.sandbox });
        baseUrl = sandbox.url;
      }
      token = 'sandbox';
    } else {
      baseUrl ??= ENVIRONMENT_URLS[name];
      token = o.secrets.getToken(name);
      if (!token) {
        throw new InputError(
          `No partner token is set for ${name === 'uat' ? 'UAT' : 'Production'}. Enter it in Settings (or set QUOTEREADY_TOKEN for the command line).`,
          { field: 'token', environment: name },
        );
      }
    }
    current = { environment: name, baseUrl, token };
    log.info('partner environment', { environment: name, baseUrl });
    return createHttpPartnerClient(current, o.http);
  }

  const client = new DelegatingPartnerClient(await connect(o.settings.get().environment));
  const engine = new RegistrationEngine({
    ledger,
    client,
    gate,
    clock,
    random,
    concurrency,
    ...(o.backoff ? { backoff: o.backoff } : {}),
    ...(o.maxIdleWaitMs !== undefined ? { maxIdleWaitMs: o.maxIdleWaitMs } : {}),
  });

  return {
    dataDir: o.dataDir,
    ledger,
    gate,
    client,
    engine,
    clock,
    random,
    environment: () => ({ name: current!.environment, baseUrl: current!.baseUrl }),
    sandbox: () => sandbox,
    async useEnvironment(name) {
      await engine.stop();
      await client.replace(await connect(name));
    },
    async dispose() {
      await engine.dispose();
      await client.close();
      await sandbox?.close();
      sandbox = null;
      ledger.close();
      // The import worker kept warm between imports (unref'd, so it never held the process).
      await disposeParseWorkers();
    },
  };
}
