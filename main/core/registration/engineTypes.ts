/** What the engine tells its hosts: counts, this run's figures, and why it waits. */
import type { StateCounts } from '../shared/domain.js';

export type WaitReason =
  | { kind: 'paused' }
  | { kind: 'no-network'; retryAt: number }
  | { kind: 'partner-hold'; until: number }
  | { kind: 'retry-scheduled'; at: number }
  | { kind: 'token-refused'; message: string };

export interface RunFigures {
  startedAt: number;
  elapsedMs: number;
  /** Vehicles that reached an end state in this run. */
  registered: number;
  rejected: number;
  failed: number;
  /** Partner requests sent in this run (polls included) and the most in flight at once. */
  requests: number;
  maxInFlight: number;
  /** Vehicles settled per minute over the run, and the time left at that pace. */
  perMinute: number;
  etaMs: number | null;
}

export interface EngineProgress {
  status: 'idle' | 'running' | 'paused' | 'waiting' | 'stopped';
  concurrency: number;
  counts: StateCounts;
  run: RunFigures | null;
  waitReason: WaitReason | null;
}

export function describeWait(reason: WaitReason, formatTime: (ms: number) => string): string {
  switch (reason.kind) {
    case 'paused':
      return 'Paused';
    case 'no-network':
      return `No network: trying again at ${formatTime(reason.retryAt)}`;
    case 'partner-hold':
      return `Partner asked us to wait until ${formatTime(reason.until)}`;
    case 'retry-scheduled':
      return `Next retry at ${formatTime(reason.at)}`;
    case 'token-refused':
      return `The partner refused the token: ${reason.message}`;
  }
}
