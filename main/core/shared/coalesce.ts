/**
 * Rate-limits a notifier to one call per interval (leading and trailing edge), so a
 * batch of thousands of transitions reaches the screen a few times a second, not once
 * per vehicle per poll.
 */
export interface Coalescer {
  trigger(): void;
  /** Calls now if a call is pending. */
  flush(): void;
  dispose(): void;
}

export function coalesce(fn: () => void, intervalMs: number): Coalescer {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    last = Date.now();
    fn();
  };
  return {
    trigger() {
      if (timer) return;
      const wait = last + intervalMs - Date.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    flush() {
      if (timer) {
        clearTimeout(timer);
        fire();
      }
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
