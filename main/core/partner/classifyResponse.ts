/**
 * Turns one complete HTTP reply (status, headers, body text) into a PartnerOutcome.
 * Pure: the client reads the body, then calls this exactly once.
 */
import type { PartnerOutcome } from './outcome.js';
import { parseHttpDate, parseRetryAfter } from './retryAfter.js';
import { envelopeSchema, type Envelope, type PartnerErrorItem } from './wire.js';

/** Our own code for an error item synthesized from a reply that was not the partner's envelope. */
export const SYNTHETIC_ERROR_CODE = 'HttpError';
const EXCERPT_CHARS = 160;

export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface RawReply {
  status: number;
  headers: ResponseHeaders;
  body: string;
}

export function bodyExcerpt(body: string, max = EXCERPT_CHARS): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function parseEnvelope(body: string): Envelope | undefined {
  if (!body.trim()) return undefined;
  try {
    const parsed = envelopeSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function envelopeErrors(body: string): PartnerErrorItem[] {
  return parseEnvelope(body)?.errorResponse?.errors ?? [];
}

function synthesizedError(status: number, body: string): PartnerErrorItem {
  const excerpt = bodyExcerpt(body);
  return {
    errorMessage: `The partner refused the request (HTTP ${status})${excerpt ? `: ${excerpt}` : ''}`,
    errorField: null,
    errorCode: SYNTHETIC_ERROR_CODE,
    errorNumber: status,
    suggestions: [],
  };
}

function header(headers: ResponseHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** What the reply says, for messages: the partner's first error message, else a body excerpt. */
function summary(body: string, fallback: string): string {
  const first = envelopeErrors(body)[0]?.errorMessage;
  if (first) return first;
  const excerpt = bodyExcerpt(body);
  return excerpt ? `${fallback}: ${excerpt}` : fallback;
}

/**
 * @param nowMs local "now"; the server's Date header is preferred as the base for an
 *              HTTP-date Retry-After so clock skew does not distort the wait.
 */
export function classifyResponse(reply: RawReply, nowMs: number): PartnerOutcome {
  const { status, headers, body } = reply;
  const serverNow = parseHttpDate(header(headers, 'date') ?? '') ?? nowMs;
  const retryAfterMs = parseRetryAfter(headers['retry-after'], serverNow);
  const retry = retryAfterMs === undefined ? {} : { retryAfterMs };

  if (status === 200 || status === 202) return { kind: 'in-progress', status };
  if (status === 201) {
    const envelope = parseEnvelope(body);
    if (!envelope) return { kind: 'unavailable', status, message: 'unreadable reply' };
    return { kind: 'done', status, payload: envelope.response ?? null };
  }
  if (status === 401 || status === 403) {
    return { kind: 'auth', status, message: summary(body, 'token missing, wrong or revoked') };
  }
  if (status === 429) return { kind: 'throttled', status, ...retry };
  if (status === 408) return { kind: 'unavailable', status, message: 'request timed out at the partner', ...retry };
  if (status === 404) {
    return { kind: 'unavailable', status, message: summary(body, 'endpoint not found (check the base URL)') };
  }
  if (status >= 400 && status < 500) {
    const errors = envelopeErrors(body);
    if (errors.length > 0) return { kind: 'rejected', status, errors };
    if (status === 400) return { kind: 'rejected', status, errors: [synthesizedError(status, body)] };
    return { kind: 'unavailable', status, message: summary(body, `unexpected HTTP ${status}`), ...retry };
  }
  if (status >= 500) return { kind: 'unavailable', status, message: summary(body, `server error ${status}`), ...retry };
  return { kind: 'unavailable', status, message: `unexpected HTTP ${status}` };
}
