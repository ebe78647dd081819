/**
 * What one partner request came to, classified once at the edge (the client).
 * The engine and the quote service branch on `kind` only.
 */
import type { PartnerErrorItem } from './wire.js';

export type PartnerOutcome =
  /** 200/202: the partner is still working; re-send the same request in 1-2 s. */
  | { kind: 'in-progress'; status: number }
  /** 201: done; `payload` is the envelope's `response`. */
  | { kind: 'done'; status: number; payload: unknown }
  /** 400 (or another 4xx with the documented envelope): final; keep the partner's words. */
  | { kind: 'rejected'; status: number; errors: PartnerErrorItem[] }
  /** 401/403: token missing, wrong or revoked. */
  | { kind: 'auth'; status: number; message: string }
  /** 429: asked to slow down; `retryAfterMs` from Retry-After when sent. */
  | { kind: 'throttled'; status: number; retryAfterMs?: number }
  /** 5xx, or a reply we cannot read: the partner is unwell. */
  | { kind: 'unavailable'; status: number; message: string; retryAfterMs?: number }
  /** No usable HTTP reply: reset, refused, DNS, or a timeout. */
  | { kind: 'network'; code: NetworkFailure; message: string };

export type NetworkFailure = 'reset' | 'refused' | 'dns' | 'timeout' | 'offline' | 'other';

export type RetryableOutcome = Extract<PartnerOutcome, { kind: 'throttled' | 'unavailable' | 'network' }>;

export function isRetryable(o: PartnerOutcome): o is RetryableOutcome {
  return o.kind === 'throttled' || o.kind === 'unavailable' || o.kind === 'network';
}

/** One line a person can read, for logs, the attempts table and the UI. */
export function describeOutcome(o: PartnerOutcome): string {
  switch (o.kind) {
    case 'in-progress':
      return `still working (HTTP ${o.status})`;
    case 'done':
      return `done (HTTP ${o.status})`;
    case 'rejected':
      return o.errors.map((e) => `${e.errorMessage} [${e.errorCode} ${e.errorNumber}]`).join('; ') || `rejected (HTTP ${o.status})`;
    case 'auth':
      return `partner refused the token (HTTP ${o.status}): ${o.message}`;
    case 'throttled':
      return `partner asked us to slow down (HTTP 429${o.retryAfterMs !== undefined ? `, retry after ${Math.round(o.retryAfterMs / 1000)} s` : ''})`;
    case 'unavailable':
      return `partner unavailable (HTTP ${o.status}): ${o.message}`;
    case 'network':
      return `network ${o.code}: ${o.message}`;
  }
}
