/**
 * The windows main created, and nothing else: their webContents ids are the set the IPC
 * sender check trusts, and their webContents are where events are pushed. A window leaves
 * the set when its webContents is destroyed.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { createLogger } from '../core/shared/logger.js';

const log = createLogger('windows');

export interface AppWindowsDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  options: () => BrowserWindowConstructorOptions;
  /** Loads the app page (dev server URL or app://quoteready/index.html). */
  load: (win: BrowserWindow) => Promise<void>;
}

export interface AppWindows {
  readonly ids: ReadonlySet<number>;
  contents(): WebContents[];
  create(): BrowserWindow;
  /** Brings the first window to the front (second instance, dock click), creating one if none. */
  focusFirst(): void;
  count(): number;
}

export function createAppWindows(deps: AppWindowsDeps): AppWindows {
  const ids = new Set<number>();
  const windows = new Map<number, BrowserWindow>();

  function create(): BrowserWindow {
    const win = new deps.BrowserWindow(deps.options());
    const id = win.webContents.id;
    // Trusted before the page loads, so its first requests are answered.
    ids.add(id);
    windows.set(id, win);
    win.webContents.once('destroyed', () => {
      ids.delete(id);
      windows.delete(id);
    });
    win.once('ready-to-show', () => win.show());
    win.webContents.on('render-process-gone', (_e, details) => log.error('renderer process gone', { reason: details.reason }));
    deps.load(win).catch((err: unknown) => log.error('could not load the app page', { error: String(err) }));
    return win;
  }

  return {
    ids,
    contents: () => [...windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents),
    create,
    focusFirst() {
      const win = [...windows.values()].find((w) => !w.isDestroyed()) ?? create();
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },
    count: () => windows.size,
  };
}
