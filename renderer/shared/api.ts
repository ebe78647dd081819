/**
 * The renderer's only door to the rest of the app: `window.quoteready`, provided by the
 * Electron preload or by the browser harness's bridge. Nothing here knows which.
 */
import type { QuoteReadyApi } from '../../preload/api';
import type { Result } from '../../preload/contract';

export type { QuoteReadyApi };
export type Failure = Extract<Result<unknown>, { ok: false }>;

export function hasApi(): boolean {
  return typeof window !== 'undefined' && typeof window.quoteready === 'object' && window.quoteready !== null;
}

export function api(): QuoteReadyApi {
  return window.quoteready;
}

/** A call that threw (the bridge itself broke) becomes a failure like any other, in plain words. */
export async function call<T>(request: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await request();
  } catch (err) {
    return {
      ok: false,
      code: 'BridgeError',
      message: `QuoteReady could not complete that request (${err instanceof Error ? err.message : String(err)}). Try again; if it keeps happening, restart the app.`,
    };
  }
}
