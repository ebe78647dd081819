/** `window.quoteready` is provided by the preload (Electron) or the harness bridge (browser). */
import type { QuoteReadyApi } from '../preload/api';

declare global {
  interface Window {
    readonly quoteready: QuoteReadyApi;
  }
}

export {};
