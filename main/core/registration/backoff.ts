/**
 * Retry and poll timing. Full jitter (AWS architecture blog, "Exponential Backoff and
 * Jitter") spreads a crowd of retries evenly instead of letting them arrive in waves.
 */
import { POLL_MAX_MS, POLL_MIN_MS } from '../partner/wire.js';
import type { Random } from '../shared/clock.js';

export interface BackoffPolicy {
  /** First retry waits up to this long. */
  baseMs: number;
  /** No wait is longer than this (before Retry-After, which wins). */
  capMs: number;
  /** Attempts per round before the vehicle is marked failed. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000, maxAttempts: 6 };

/** Wait before retry number `attempt` (1-based): uniform in [0, min(cap, base * 2^(attempt-1))]. */
export function fullJitterDelay(attempt: number, policy: BackoffPolicy, random: Random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** The partner's Retry-After is a floor: we never come back sooner than it asked. */
export function retryDelay(attempt: number, policy: BackoffPolicy, random: Random, retryAfterMs?: number): number {
  const jittered = fullJitterDelay(attempt, policy, random);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}

/** Polls go out every 1-2 s (doc), jittered so a batch does not poll in lockstep. */
export function pollDelay(random: Random): number {
  return POLL_MIN_MS + Math.floor(random() * (POLL_MAX_MS - POLL_MIN_MS));
}
