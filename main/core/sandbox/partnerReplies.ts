/**
 * Every answer the sandbox gives on a partner path, in the documented envelope
 * (`{ response, errorResponse }`), with the error codes from wire.ts. Handlers return these
 * values; only sandboxServer.ts writes them to a socket.
 */
import { ERROR_CODES, MAKE_MODEL_YEAR_SEARCH_PATH, MILEAGE_MAX, MILEAGE_MIN } from '../partner/wire.js';
import type { ErrorCodeName, SuggestionAction } from '../partner/wire.js';

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface SandboxSuggestion {
  action: SuggestionAction;
  message: string;
  endpoint?: string;
}
export interface SandboxErrorItem {
  errorMessage: string;
  errorField: string | null;
  errorCode: string;
  errorNumber: number;
  suggestions: SandboxSuggestion[];
}

/** 201: the job is done; `payload` goes in `response`. */
export function done(payload: unknown): Reply {
  return { status: 201, body: { response: payload, errorResponse: null } };
}

/** 202 on the post that started the job, 200 on later polls (doc: both mean "poll again"). */
export function stillWorking(firstPost: boolean): Reply {
  return { status: firstPost ? 202 : 200, body: { response: null, errorResponse: null } };
}

export function failed(status: number, errors: SandboxErrorItem[], headers?: Record<string, string>): Reply {
  return { status, body: { response: null, errorResponse: { errors } }, ...(headers ? { headers } : {}) };
}

export function errorItem(
  name: ErrorCodeName,
  errorMessage: string,
  errorField: string | null = null,
  suggestions: SandboxSuggestion[] = [],
): SandboxErrorItem {
  const { code, number } = ERROR_CODES[name];
  return { errorMessage, errorField, errorCode: code, errorNumber: number, suggestions };
}

/** Exactly what PARTNER_API.md documents for CantParseVIN: CheckInput + RetryWithAlternative. */
export function cantParseVin(): SandboxErrorItem {
  return errorItem('CantParseVIN', 'We could not read this VIN.', 'VIN', [
    {
      action: 'CheckInput',
      message: 'A VIN has exactly 17 characters, letters and digits only, and never the letters I, O or Q. Please check it and try again.',
    },
    {
      action: 'RetryWithAlternative',
      message: 'Still no luck? Search for plans by make, model and year instead.',
      endpoint: MAKE_MODEL_YEAR_SEARCH_PATH,
    },
  ]);
}

export function invalidMileage(): SandboxErrorItem {
  const range = `${MILEAGE_MIN.toLocaleString('en-US')} to ${MILEAGE_MAX.toLocaleString('en-US')}`;
  return errorItem('InvalidMileage', `Mileage must be a whole number from ${range}.`, 'Mileage', [
    { action: 'CheckInput', message: `Please enter the odometer reading as a whole number from ${range} miles.` },
  ]);
}

export function missingField(field: string | null, message = `${field ?? 'A field'} is required.`): SandboxErrorItem {
  return errorItem('MissingField', message, field, [
    { action: 'CheckInput', message: 'Please fill in every required field and try again.' },
  ]);
}

export function invalidLocation(field: 'StateShortName' | 'Zip', message: string): SandboxErrorItem {
  return errorItem('InvalidLocation', message, field, [
    { action: 'CheckInput', message: 'Please enter a two-letter US state code or a five-digit US ZIP code.' },
  ]);
}

/** Non-input failures (auth, routing, faults): one error item, no suggestions. */
export function simpleFailure(status: number, name: ErrorCodeName, message: string, headers?: Record<string, string>): Reply {
  return failed(status, [errorItem(name, message)], headers);
}
