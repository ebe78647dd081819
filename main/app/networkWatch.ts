/**
 * Online or offline, as main sees it: Electron's `net.isOnline()` polled every few
 * seconds, plus power events (asleep means offline; on wake, look again at once).
 * Reports changes only, so at most one `network` event per poll.
 */

export interface NetworkWatchOptions {
  isOnline: () => boolean;
  onChange: (online: boolean) => void;
  intervalMs?: number;
  timers?: { setInterval: typeof setInterval; clearInterval: typeof clearInterval };
}

export interface NetworkWatch {
  online(): boolean;
  /** Looks now (on resume, on a window's first load). */
  check(): void;
  /** The machine is going to sleep. */
  suspend(): void;
  dispose(): void;
}

export const NETWORK_POLL_MS = 5_000;

export function createNetworkWatch(o: NetworkWatchOptions): NetworkWatch {
  const timers = o.timers ?? { setInterval, clearInterval };
  let online = o.isOnline();
  let suspended = false;

  const report = (next: boolean) => {
    if (next === online) return;
    online = next;
    o.onChange(next);
  };
  const check = () => {
    suspended = false;
    report(o.isOnline());
  };
  const timer = timers.setInterval(() => {
    if (!suspended) report(o.isOnline());
  }, o.intervalMs ?? NETWORK_POLL_MS);
  timer.unref?.();

  return {
    online: () => online,
    check,
    suspend() {
      suspended = true;
      report(false);
    },
    dispose: () => timers.clearInterval(timer),
  };
}
