/**
 * The Electron host's composition: the same createCore the CLI and the browser harness
 * use, and the app service that implements every contract channel over it. Electron-free:
 * main.ts passes in the Electron-backed stores.
 */
import { createCore } from '../core/createCore.js';
import { createAppService, type AppService } from '../core/service/appService.js';
import type { SecretStore, SettingsStore } from '../core/service/hostPorts.js';

export interface ComposeOptions {
  dataDir: string;
  settings: SettingsStore;
  secrets: SecretStore;
  version: string;
}

export interface ComposedApp {
  service: AppService;
  /** Disposes the service, then the core (ledger, sandbox, engine). */
  dispose(): Promise<void>;
}

export async function composeApp(o: ComposeOptions): Promise<ComposedApp> {
  const core = await createCore({ dataDir: o.dataDir, settings: o.settings, secrets: o.secrets });
  try {
    const service = createAppService({ core, settings: o.settings, secrets: o.secrets, host: 'electron', version: o.version });
    return {
      service,
      async dispose() {
        try {
          await service.dispose();
        } finally {
          await core.dispose();
        }
      },
    };
  } catch (err) {
    await core.dispose();
    throw err;
  }
}
