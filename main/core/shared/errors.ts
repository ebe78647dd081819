/**
 * The error taxonomy. Each error is classified once, where it arises, so callers
 * branch on `kind` instead of parsing messages.
 */
export type ErrorKind =
  | 'InputError'
  | 'PartnerRejected'
  | 'PartnerAuth'
  | 'PartnerUnavailable'
  | 'NetworkDown'
  | 'Timeout'
  | 'Cancelled';

export class QuoteReadyError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = kind;
  }
}

/** Bad input from a user or a file: says what and where. */
export class InputError extends QuoteReadyError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('InputError', message, details);
  }
}

export class CancelledError extends QuoteReadyError {
  constructor(message = 'Cancelled') {
    super('Cancelled', message);
  }
}

export function isCancelled(err: unknown): boolean {
  return err instanceof QuoteReadyError && err.kind === 'Cancelled';
}
