/**
 * Every channel of the contract, implemented over the core. Electron main and the
 * browser harness both serve exactly these handlers (through `dispatch`), and both
 * forward the same coalesced events.
 */
import type { EventName, EventOf, ProgressView } from '../../../preload/contract.js';
import type { Core } from '../createCore.js';
import { coalesce } from '../shared/coalesce.js';
import type { Handlers } from './dispatch.js';
import type { SecretStore, SettingsStore } from './hostPorts.js';
import { importHandlers } from './importHandlers.js';
import { quoteHandlers } from './quoteHandlers.js';
import { ProgressTimeline } from './progressTimeline.js';
import { vehicleHandlers } from './vehicleHandlers.js';

export interface AppServiceOptions {
  core: Core;
  settings: SettingsStore;
  secrets: SecretStore;
  host: 'electron' | 'browser-harness';
  version?: string;
}

export type EventListener = <E extends EventName>(name: E, payload: EventOf<E>) => void;

export interface AppService {
  handlers: Handlers;
  /** The host saw the network come or go: registration waits or resumes, windows are told. */
  networkChanged(online: boolean): void;
  onEvent(listener: EventListener): () => void;
  dispose(): Promise<void>;
}

export function createAppService(o: AppServiceOptions): AppService {
  const { core, settings, secrets } = o;
  const listeners = new Set<EventListener>();
  const emit: EventListener = (name, payload) => listeners.forEach((l) => l(name, payload));
  const timeline = new ProgressTimeline();

  const progressView = (): ProgressView => {
    const p = core.engine.progress();
    timeline.record(core.clock.now(), p.run);
    return { ...p, timeline: timeline.snapshot() };
  };
  const vehiclesChanged = coalesce(() => emit('vehiclesChanged', { count: core.ledger.summary(0, 0).total }), 500);
  const stopProgress = core.engine.onProgress(() => {
    emit('progress', progressView());
    vehiclesChanged.trigger();
  });

  const quotes = quoteHandlers(core, settings, (payload) => emit('quote', payload));

  const handlers: Handlers = {
    'app:info': () => ({
      version: o.version ?? '0.0.0',
      environment: core.environment().name,
      dataDir: core.dataDir,
      host: o.host,
    }),
    'settings:get': () => settings.get(),
    'settings:update': async (patch) => {
      const before = settings.get();
      if (patch.environment && patch.environment !== core.environment().name) await core.useEnvironment(patch.environment);
      const after = settings.update(patch);
      if (after.concurrency !== before.concurrency) core.engine.setConcurrency(after.concurrency);
      return after;
    },
    'secrets:status': () => ({
      uat: secrets.getToken('uat') !== null,
      production: secrets.getToken('production') !== null,
      protection: secrets.protection,
    }),
    'secrets:setToken': async ({ environment, token }) => {
      secrets.setToken(environment, token);
      // A rotated token for the environment in use takes effect at once.
      if (core.environment().name === environment) await core.useEnvironment(environment);
      return { ok: true as const };
    },
    'secrets:clearToken': ({ environment }) => {
      secrets.clearToken(environment);
      return { ok: true as const };
    },
    ...importHandlers(core, settings, () => vehiclesChanged.trigger()),
    'registration:progress': () => progressView(),
    'registration:start': () => {
      void core.engine.start();
      return progressView();
    },
    'registration:pause': () => {
      core.engine.pause();
      return progressView();
    },
    'registration:resume': () => {
      core.engine.resume();
      void core.engine.start();
      return progressView();
    },
    'registration:stop': async () => {
      await core.engine.stop();
      return progressView();
    },
    ...vehicleHandlers(core, settings, () => vehiclesChanged.trigger()),
    ...quotes.handlers,
  };

  return {
    handlers,
    networkChanged(online) {
      core.engine.setNetworkAvailable(online);
      emit('network', { online });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose() {
      quotes.cancelAll();
      stopProgress();
      vehiclesChanged.dispose();
      listeners.clear();
    },
  };
}
