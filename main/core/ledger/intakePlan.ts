/**
 * What importing a vehicle does, as a pure decision on what the ledger already holds:
 * shared by Ledger.intake (which then writes) and Ledger.forecastIntake (which only
 * counts), so the preview's forecast and the commit cannot disagree.
 */
import type { RegistrationState } from '../shared/domain.js';
import { registrationFreshness } from './freshness.js';

export type IntakeDecision = 'add' | 'requeue' | 'skip-fresh' | 'already-queued' | 'keep-rejected';

/** The part of a ledger record the decision reads. */
export interface KnownVehicle {
  state: RegistrationState;
  mileage: number;
  registeredMileage: number | null;
  expiresAt: number | null;
}

export interface IntakeSummary {
  /** New to the ledger, queued. */
  added: number;
  /** Known, and queued again: expired, mileage moved 5,000+, or failed before. */
  requeued: number;
  /** Registered, fresh and within 5,000 miles: nothing will be sent. */
  skippedFresh: number;
  /** Already waiting or in progress: left on its way. */
  alreadyQueued: number;
  /** Rejected by the partner before with the same data: not sent again automatically. */
  keptRejected: number;
  /** Of `requeued`: registered, but the mileage moved 5,000 or more since (the partner's cache rule). */
  mileageMoved: number;
}

export const emptyIntakeSummary = (): IntakeSummary => ({ added: 0, requeued: 0, skippedFresh: 0, alreadyQueued: 0, keptRejected: 0, mileageMoved: 0 });

export function decideIntake(known: KnownVehicle | undefined, mileage: number, now: number): { decision: IntakeDecision; mileageMoved: boolean } {
  if (!known) return { decision: 'add', mileageMoved: false };
  switch (known.state) {
    case 'queued':
    case 'registering':
    case 'waiting-retry':
      return { decision: 'already-queued', mileageMoved: false };
    case 'rejected':
      return { decision: known.mileage === mileage ? 'keep-rejected' : 'requeue', mileageMoved: false };
    case 'failed':
      return { decision: 'requeue', mileageMoved: false };
    case 'registered': {
      const freshness = registrationFreshness(known, mileage, now);
      if (freshness.fresh) return { decision: 'skip-fresh', mileageMoved: false };
      return { decision: 'requeue', mileageMoved: freshness.reason === 'mileage-moved' };
    }
  }
}

/** The vehicle as the ledger holds it after the decision: a VIN may come twice in one intake. */
export function afterIntake(known: KnownVehicle | undefined, mileage: number, decision: IntakeDecision): KnownVehicle {
  const queued = decision === 'add' || decision === 'requeue';
  return {
    state: queued ? 'queued' : known!.state,
    mileage,
    registeredMileage: known?.registeredMileage ?? null,
    expiresAt: known?.expiresAt ?? null,
  };
}

export function countDecision(summary: IntakeSummary, decision: IntakeDecision, mileageMoved: boolean): void {
  if (decision === 'add') summary.added++;
  else if (decision === 'requeue') summary.requeued++;
  else if (decision === 'skip-fresh') summary.skippedFresh++;
  else if (decision === 'already-queued') summary.alreadyQueued++;
  else summary.keptRejected++;
  if (mileageMoved) summary.mileageMoved++;
}
