/**
 * The options every QuoteReady window is created with. A pure factory (no Electron import
 * at run time) so a unit test can check each security flag without starting Electron.
 *
 * The renderer is untrusted by design: it is sandboxed, isolated from the preload's world,
 * has no Node, no <webview>, and talks to main only through `window.quoteready`.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload script (out/preload/index.cjs). */
  preloadPath: string;
  /** Dark or light first paint, so the window does not flash white in the dark theme. */
  dark?: boolean;
  /** Allow DevTools (development builds only). */
  devTools?: boolean;
  title?: string;
}

export const WINDOW_SIZE = { width: 1280, height: 820, minWidth: 960, minHeight: 600 } as const;
export const BACKGROUND = { light: '#f5f5f5', dark: '#1f1f1f' } as const;

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: input.title ?? 'QuoteReady',
    ...WINDOW_SIZE,
    backgroundColor: input.dark ? BACKGROUND.dark : BACKGROUND.light,
    // Shown on 'ready-to-show', so staff never see a blank frame.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.devTools ?? false,
    },
  };
}
