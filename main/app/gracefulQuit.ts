/**
 * Quit only after the core is disposed (the ledger closed, in-flight requests settled, the
 * sandbox stopped): the first 'before-quit' is held back while `shutdown` runs, then the
 * app quits for real. A shutdown that hangs is abandoned after `timeoutMs`.
 */
import { createLogger } from '../core/shared/logger.js';

const log = createLogger('quit');

export interface QuittableApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export const SHUTDOWN_TIMEOUT_MS = 10_000;

export function installGracefulQuit(app: QuittableApp, shutdown: () => Promise<void>, timeoutMs = SHUTDOWN_TIMEOUT_MS): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log.warn('shutdown took too long; quitting anyway', { timeoutMs });
        resolve();
      }, timeoutMs);
    });
    Promise.race([shutdown(), timeout])
      .catch((err: unknown) => log.error('shutdown failed', { error: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        clearTimeout(timer);
        state = 'stopped';
        app.quit();
      });
  });
}
