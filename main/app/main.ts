/**
 * The Electron main process entry (built to out/main/index.js, package.json "main").
 * Order matters: userData and the app: scheme are set before 'ready', the single-instance
 * lock is taken before anything else runs, IPC is registered before the first window loads,
 * and the core is disposed before the process exits.
 */
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, net, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../core/shared/dataDir.js';
import { createLogger, setLogSink } from '../core/shared/logger.js';
import { APP_ENTRY_URL, createAppUrlCheck, loopbackDevOrigin } from './appOrigin.js';
import { registerAppScheme, serveAppScheme } from './appProtocol.js';
import { createAppWindows, type AppWindows } from './appWindows.js';
import { composeApp } from './compose.js';
import { installGracefulQuit } from './gracefulQuit.js';
import { createEventPusher, registerIpcHandlers } from './ipcRegistrar.js';
import { createFileLogSink } from './logFile.js';
import { createNetworkWatch } from './networkWatch.js';
import { createSafeStorageSecretStore } from './secretStore.js';
import { buildContentSecurityPolicy, hardenSession, hardenWebContents } from './security.js';
import { createElectronSettingsStore } from './settingsStore.js';
import { createWindowOptions } from './windowOptions.js';

const log = createLogger('main');
const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererRoot = join(here, '../renderer');

// Only `electron-vite dev` sets this; a packaged app never trusts it.
const devServerOrigin = app.isPackaged ? null : loopbackDevOrigin(process.env.ELECTRON_RENDERER_URL);
const devServerUrl = devServerOrigin ? process.env.ELECTRON_RENDERER_URL! : null;
const isAppUrl = createAppUrlCheck(devServerUrl ?? undefined);

// The same folder the CLI uses (and QUOTEREADY_DATA_DIR overrides), so both share one ledger.
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
app.enableSandbox();
registerAppScheme(protocol);
if (process.platform === 'win32') app.setAppUserModelId('com.quoteready.desktop');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run();
}

function run(): void {
  let windows: AppWindows | null = null;
  let shutdown: () => Promise<void> = async () => {};

  app.on('second-instance', () => windows?.focusFirst());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { shell, isAppUrl }));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows && windows.count() === 0) windows.create();
  });
  installGracefulQuit(app, () => shutdown());

  app
    .whenReady()
    .then(async () => {
      const logFile = createFileLogSink(join(dataDir, 'logs', 'main.log'), !app.isPackaged);
      setLogSink(logFile.sink, app.isPackaged ? 'info' : 'debug');
      log.info('starting', { version: app.getVersion(), electron: process.versions.electron, dev: devServerUrl !== null });

      const csp = buildContentSecurityPolicy({ devServerOrigin });
      hardenSession(session.defaultSession, csp);
      serveAppScheme(protocol, rendererRoot, csp);

      const settings = createElectronSettingsStore(dataDir, ipcMain);
      const secrets = createSafeStorageSecretStore(join(dataDir, 'secrets.json'), safeStorage);
      const composed = await composeApp({ dataDir, settings, secrets, version: app.getVersion() });

      const dark = () => settings.get().theme === 'dark' || (settings.get().theme === 'system' && nativeTheme.shouldUseDarkColors);
      const appWindows = createAppWindows({
        BrowserWindow,
        options: () => createWindowOptions({ preloadPath, dark: dark(), devTools: !app.isPackaged }),
        load: (win) => win.loadURL(devServerUrl ?? APP_ENTRY_URL),
      });
      windows = appWindows;

      const unregisterIpc = registerIpcHandlers(ipcMain, composed.service.handlers, { windowIds: appWindows.ids, isAppUrl });
      const pushEvent = createEventPusher(() => appWindows.contents());
      const stopEvents = composed.service.onEvent((name, payload) => pushEvent(name, payload));
      const network = createNetworkWatch({ isOnline: () => net.isOnline(), onChange: (online) => composed.service.networkChanged(online) });
      const onSuspend = () => network.suspend();
      const onResume = () => network.check();
      powerMonitor.on('suspend', onSuspend);
      powerMonitor.on('resume', onResume);

      shutdown = async () => {
        log.info('shutting down');
        powerMonitor.off('suspend', onSuspend);
        powerMonitor.off('resume', onResume);
        network.dispose();
        stopEvents();
        unregisterIpc();
        await composed.dispose();
        logFile.close();
      };

      appWindows.create();
    })
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      log.error('QuoteReady could not start', { error: message });
      dialog.showErrorBox('QuoteReady could not start', `${message}\n\nDetails are in ${join(dataDir, 'logs', 'main.log')}.`);
      app.exit(1);
    });
}
