/**
 * Pre-registers every queued vehicle: at most C registrations in progress, every
 * request through the RequestGate, polls every 1-2 s, full-jitter backoff, and the
 * ledger updated before each step so a kill at any instant resumes where it stopped.
 */
import { setMaxListeners } from 'node:events';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Ledger } from '../ledger/ledger.js';
import type { PartnerClient } from '../partner/partnerClient.js';
import type { Clock, Random } from '../shared/clock.js';
import { createLogger } from '../shared/logger.js';
import { Wakeup } from '../shared/wakeup.js';
import { coalesce } from '../shared/coalesce.js';
import type { VehicleRecord } from '../shared/domain.js';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import type { EngineProgress, RunFigures, WaitReason } from './engineTypes.js';
import { registerVehicle } from './registerVehicle.js';
import { settleOutcome, type Settlement } from './settleOutcome.js';
import type { RequestGate } from './requestGate.js';
import { sleepUntilAny } from './sleepUntilAny.js';

const log = createLogger('registration');

/**
 * One signal is shared by every request and poll of a run (up to 10 in flight, each
 * with a gate listener and a sleep listener), so Node's default of 10 listeners is too low.
 */
/** How often the Electron host looks at the network again (main/app/networkWatch.ts). */
const HOST_NETWORK_CHECK_MS = 5_000;

function newRunSignal(): AbortController {
  const c = new AbortController();
  setMaxListeners(100, c.signal);
  return c;
}

export interface EngineOptions {
  ledger: Ledger;
  client: PartnerClient;
  gate: RequestGate;
  clock: Clock;
  random: Random;
  /** Registrations in progress at once (1..10). The gate bounds requests with the same number. */
  concurrency: number;
  backoff?: BackoffPolicy;
  /** A run ends instead of waiting for a retry due further away than this (CLI); the app waits. */
  maxIdleWaitMs?: number;
  /** First wait after the network drops; doubles up to a minute. */
  networkProbeMs?: number;
}

export class RegistrationEngine {
  private readonly limit: LimitFunction;
  private readonly wake = new Wakeup();
  private readonly listeners = new Set<(p: EngineProgress) => void>();
  private readonly backoff: BackoffPolicy;
  private running: Promise<RunFigures> | null = null;
  private abort = newRunSignal();
  private paused = false;
  private stopped = false;
  private tokenProblem: string | null = null;
  private networkDownUntil = 0;
  private networkDownCount = 0;
  /** The host (Electron's net.isOnline) says there is no network at all. */
  private hostOffline = false;
  private figures: RunFigures | null = null;
  private requestsAtStart = 0;
  private readonly notifier = coalesce(() => this.notify(), 250);

  constructor(private readonly o: EngineOptions) {
    this.limit = pLimit(o.concurrency);
    this.backoff = o.backoff ?? DEFAULT_BACKOFF;
  }

  /** Starts a run if none is going, and returns it. Resolves with the run's figures when nothing is left to do. */
  start(): Promise<RunFigures> {
    if (this.running) {
      this.wake.notify();
      return this.running;
    }
    this.stopped = false;
    this.tokenProblem = null;
    this.running = this.loop().finally(() => {
      this.running = null;
      this.emit();
      this.notifier.flush();
    });
    return this.running;
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.abortInFlight();
    this.emit();
  }

  resume(): void {
    this.paused = false;
    this.wake.notify();
    this.emit();
  }

  /** Ends the run; vehicles in progress go back to the queue for next time. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abortInFlight();
    this.wake.notify();
    await this.running?.catch(() => undefined);
  }

  setConcurrency(n: number): void {
    this.o.concurrency = n;
    this.limit.concurrency = n;
    this.o.gate.concurrency = n;
    this.wake.notify();
    this.emit();
  }

  /** The host's view of the network: offline holds new work without spending attempts; online resumes at once. */
  setNetworkAvailable(online: boolean): void {
    if (online === !this.hostOffline) return;
    this.hostOffline = !online;
    if (online) {
      this.networkDownUntil = 0;
      this.networkDownCount = 0;
    }
    this.wake.notify();
    this.emit();
  }

  /** New vehicles arrived or retries were scheduled: look again now. */
  poke(): void {
    this.wake.notify();
  }

  onProgress(listener: (p: EngineProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  progress(): EngineProgress {
    const counts = this.o.ledger.counts();
    const run = this.figures ? this.currentFigures(counts.queued + counts.registering + counts['waiting-retry']) : null;
    return {
      status: this.stopped && !this.running ? 'stopped' : this.paused ? 'paused' : this.running ? (this.waitReason() ? 'waiting' : 'running') : 'idle',
      concurrency: this.o.concurrency,
      counts,
      run,
      waitReason: this.waitReason(),
    };
  }

  private async loop(): Promise<RunFigures> {
    const { ledger, clock } = this.o;
    const now = clock.now();
    const recovered = ledger.recoverInterrupted(now);
    const expired = ledger.requeueExpired(now);
    if (recovered || expired) log.info('resuming', { recovered, expired });
    this.figures = { startedAt: now, elapsedMs: 0, registered: 0, rejected: 0, failed: 0, requests: 0, maxInFlight: 0, perMinute: 0, etaMs: null };
    this.requestsAtStart = this.o.gate.stats().requests;
    const active = new Set<Promise<void>>();
    this.emit();

    while (!this.stopped && !this.tokenProblem) {
      const blocked = this.paused || this.hostOffline || clock.now() < this.networkDownUntil;
      while (!blocked && !this.stopped && active.size < this.o.concurrency) {
        const vehicle = ledger.claimNextDue(clock.now());
        if (!vehicle) break;
        const task: Promise<void> = this.limit(() => this.work(vehicle)).finally(() => active.delete(task));
        active.add(task);
        this.emit();
      }
      const nextRetry = ledger.nextRetryAt();
      if (active.size === 0 && !this.paused && !this.hostOffline && clock.now() >= this.networkDownUntil) {
        if (nextRetry === null) break;
        if (this.o.maxIdleWaitMs !== undefined && nextRetry - clock.now() > this.o.maxIdleWaitMs) break;
      }
      const wakeAt = this.paused || this.hostOffline ? null : Math.min(nextRetry ?? Infinity, this.networkDownUntil > clock.now() ? this.networkDownUntil : Infinity);
      await sleepUntilAny(clock, [...active, this.wake.wait()], Number.isFinite(wakeAt) ? wakeAt : null);
    }
    this.abortInFlight();
    await Promise.allSettled([...active]);
    const figures = this.currentFigures(0);
    this.emit();
    return figures;
  }

  private async work(vehicle: VehicleRecord): Promise<void> {
    const { ledger, clock } = this.o;
    const signal = this.abort.signal;
    if (signal.aborted || this.paused || this.stopped) {
      ledger.putBack(vehicle.vin, clock.now());
      this.emit();
      return;
    }
    let result: Awaited<ReturnType<typeof registerVehicle>>;
    try {
      result = await registerVehicle(vehicle, { ...this.o, signal });
    } catch (err) {
      // A bug must not strand the vehicle in 'registering': it waits and retries like a 5xx.
      log.error('unexpected error while registering', { error: String(err) });
      result = { kind: 'unavailable', status: 0, message: `internal error: ${(err as Error).message}` };
    }
    if (result === 'cancelled') {
      // Paused or stopped mid-request: the screen must see it back in the queue, not "registering".
      ledger.putBack(vehicle.vin, clock.now());
      this.emit();
      return;
    }
    const settlement = settleOutcome(vehicle, result, { ledger, clock, random: this.o.random, backoff: this.backoff });
    this.apply(settlement);
    this.emit();
  }

  private apply(s: Settlement): void {
    const f = this.figures;
    if (s.end === 'registered' && f) f.registered++;
    if (s.end === 'rejected' && f) f.rejected++;
    if (s.end === 'failed' && f) f.failed++;
    if (s.holdUntil) this.o.gate.holdAllUntil(s.holdUntil);
    if (s.tokenRefused) {
      this.tokenProblem = s.tokenRefused;
      this.abortInFlight();
      log.error('partner refused the token; registration stopped');
    }
    if (s.networkDown) {
      this.networkDownCount++;
      const wait = Math.min(60_000, (this.o.networkProbeMs ?? 5_000) * 2 ** Math.min(4, this.networkDownCount - 1));
      this.networkDownUntil = this.o.clock.now() + wait;
    } else if (s.end) {
      this.networkDownCount = 0;
    }
  }

  private abortInFlight(): void {
    this.abort.abort();
    this.abort = newRunSignal();
  }

  private waitReason(): WaitReason | null {
    const now = this.o.clock.now();
    if (this.tokenProblem) return { kind: 'token-refused', message: this.tokenProblem };
    if (this.paused) return { kind: 'paused' };
    if (this.hostOffline) return { kind: 'no-network', retryAt: now + HOST_NETWORK_CHECK_MS };
    if (this.networkDownUntil > now) return { kind: 'no-network', retryAt: this.networkDownUntil };
    const hold = this.o.gate.stats().holdUntil;
    if (hold) return { kind: 'partner-hold', until: hold };
    if (this.running && this.o.gate.stats().inFlight === 0) {
      const next = this.o.ledger.nextRetryAt();
      const c = this.o.ledger.counts();
      if (next && c.queued === 0 && c.registering === 0) return { kind: 'retry-scheduled', at: next };
    }
    return null;
  }

  private currentFigures(remaining: number): RunFigures {
    const f = this.figures!;
    const g = this.o.gate.stats();
    const elapsedMs = this.o.clock.now() - f.startedAt;
    const settled = f.registered + f.rejected + f.failed;
    const perMinute = elapsedMs > 0 ? (settled * 60_000) / elapsedMs : 0;
    return {
      ...f,
      elapsedMs,
      requests: g.requests - this.requestsAtStart,
      maxInFlight: g.maxInFlight,
      perMinute,
      etaMs: perMinute > 0 && remaining > 0 ? Math.round((remaining / perMinute) * 60_000) : null,
    };
  }

  /** Progress goes out a few times a second at most: counting the ledger costs a query. */
  private emit(): void {
    if (this.listeners.size > 0) this.notifier.trigger();
  }

  private notify(): void {
    const p = this.progress();
    for (const l of this.listeners) l(p);
  }

  /** Stops the run and the progress timer; the engine can't be used afterwards. */
  async dispose(): Promise<void> {
    await this.stop();
    this.notifier.dispose();
    this.listeners.clear();
  }
}
