/**
 * The ONLY way a partner request goes out. It bounds requests in flight (polls
 * included) to the concurrency setting, lets a quick quote jump ahead of batch work,
 * and holds everything while the partner has asked us to wait (429 Retry-After).
 */
import PQueue from 'p-queue';
import type { Clock } from '../shared/clock.js';

export const PRIORITY = { batch: 0, interactive: 10 } as const;

export class RequestGate {
  private readonly queue: PQueue;
  private inFlight = 0;
  private maxSeen = 0;
  private sent = 0;
  private holdUntil = 0;

  constructor(
    concurrency: number,
    private readonly clock: Clock,
  ) {
    this.queue = new PQueue({ concurrency });
  }

  get concurrency(): number {
    return this.queue.concurrency;
  }

  set concurrency(n: number) {
    this.queue.concurrency = n;
  }

  /** Requests sent since creation, and the most that were ever in flight at once. */
  stats(): { requests: number; inFlight: number; maxInFlight: number; waiting: number; holdUntil: number | null } {
    return {
      requests: this.sent,
      inFlight: this.inFlight,
      maxInFlight: this.maxSeen,
      waiting: this.queue.size,
      holdUntil: this.holdUntil > this.clock.now() ? this.holdUntil : null,
    };
  }

  /** The partner asked everyone to wait (429): no request leaves before `until`. */
  holdAllUntil(until: number): void {
    this.holdUntil = Math.max(this.holdUntil, until);
  }

  run<T>(send: (signal?: AbortSignal) => Promise<T>, opts: { priority?: number; signal?: AbortSignal } = {}): Promise<T> {
    return this.queue.add(
      async () => {
        // Wait out a hold inside the slot: the place is kept, and nothing jumps the partner's request.
        for (let wait = this.holdUntil - this.clock.now(); wait > 0; wait = this.holdUntil - this.clock.now()) {
          await this.clock.sleep(wait, opts.signal);
        }
        this.inFlight++;
        this.sent++;
        this.maxSeen = Math.max(this.maxSeen, this.inFlight);
        try {
          return await send(opts.signal);
        } finally {
          this.inFlight--;
        }
      },
      { priority: opts.priority ?? PRIORITY.batch, ...(opts.signal ? { signal: opts.signal } : {}) },
    ) as Promise<T>;
  }

  async onIdle(): Promise<void> {
    await this.queue.onIdle();
  }
}
