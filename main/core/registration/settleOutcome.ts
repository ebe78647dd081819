/**
 * Turns the end of one round into the vehicle's next state, committed to the ledger.
 * A 400 is final; 429/5xx/network/timeout wait with full-jitter backoff (Retry-After is
 * a floor) until attempts run out; a lost network or a refused token spend no attempt.
 */
import type { Ledger } from '../ledger/ledger.js';
import { describeOutcome } from '../partner/outcome.js';
import { REGISTRATION_TTL_MS } from '../partner/wire.js';
import type { Clock, Random } from '../shared/clock.js';
import type { RegistrationProblem, VehicleRecord } from '../shared/domain.js';
import { retryDelay, type BackoffPolicy } from './backoff.js';
import type { RoundResult } from './registerVehicle.js';

export interface Settlement {
  end?: 'registered' | 'rejected' | 'failed';
  holdUntil?: number;
  networkDown?: boolean;
  tokenRefused?: string;
}

interface SettleDeps {
  ledger: Ledger;
  clock: Clock;
  random: Random;
  backoff: BackoffPolicy;
}

export function settleOutcome(v: VehicleRecord, r: RoundResult, d: SettleDeps): Settlement {
  // The new state and its history line are one commit.
  return d.ledger.atomically(() => settle(v, r, d));
}

function settle(v: VehicleRecord, r: RoundResult, d: SettleDeps): Settlement {
  const now = d.clock.now();
  const { ledger } = d;
  switch (r.kind) {
    case 'done':
      ledger.markRegistered(v.vin, v.mileage, now, now + REGISTRATION_TTL_MS);
      ledger.recordAttempt(v.vin, now, 'registered', `registered at ${v.mileage.toLocaleString('en-US')} miles`, r.status);
      return { end: 'registered' };
    case 'rejected': {
      const problem: RegistrationProblem = { kind: 'rejected', message: describeOutcome(r), httpStatus: r.status, partnerErrors: r.errors };
      ledger.markRejected(v.vin, problem, now);
      ledger.recordAttempt(v.vin, now, 'rejected', problem.message, r.status, r.errors);
      return { end: 'rejected' };
    }
    case 'auth':
      ledger.putBack(v.vin, now);
      ledger.recordAttempt(v.vin, now, 'token-refused', describeOutcome(r), r.status);
      return { tokenRefused: describeOutcome(r) };
    case 'network':
      if (r.code === 'offline' || r.code === 'dns') {
        ledger.putBack(v.vin, now);
        ledger.recordAttempt(v.vin, now, 'network-down', describeOutcome(r));
        return { networkDown: true };
      }
      return retryOrFail(v, { kind: 'network', message: describeOutcome(r) }, d);
    case 'timeout':
      return retryOrFail(v, { kind: 'timeout', message: `the partner was still working after ${r.polls} polls; gave up on this round` }, d);
    case 'throttled': {
      const s = retryOrFail(v, { kind: 'throttled', message: describeOutcome(r), httpStatus: r.status }, d, r.retryAfterMs);
      return { ...s, holdUntil: now + (r.retryAfterMs ?? 0) };
    }
    case 'unavailable':
      return retryOrFail(v, { kind: 'unavailable', message: describeOutcome(r), httpStatus: r.status }, d, r.retryAfterMs);
  }
}

function retryOrFail(v: VehicleRecord, problem: RegistrationProblem, d: SettleDeps, retryAfterMs?: number): Settlement {
  const now = d.clock.now();
  const attempts = v.attempts + 1;
  if (attempts >= d.backoff.maxAttempts) {
    d.ledger.markFailed(v.vin, attempts, problem, now);
    d.ledger.recordAttempt(v.vin, now, 'failed', `${problem.message} (gave up after ${attempts} attempts)`, problem.httpStatus);
    return { end: 'failed' };
  }
  const wait = retryDelay(attempts, d.backoff, d.random, retryAfterMs);
  d.ledger.markWaitingRetry(v.vin, attempts, now + wait, problem, now);
  d.ledger.recordAttempt(v.vin, now, 'retry', `${problem.message}; retry ${attempts} in ${Math.ceil(wait / 1000)} s`, problem.httpStatus);
  return {};
}
