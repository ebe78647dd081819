import { describe, expect, it } from 'vitest';
import { classifyResponse, SYNTHETIC_ERROR_CODE } from '../../main/core/partner/classifyResponse.js';
import { classifyNetworkError } from '../../main/core/partner/networkFailure.js';
import { parseHttpDate, parseRetryAfter, RETRY_AFTER_CAP_MS } from '../../main/core/partner/retryAfter.js';
import { assertSafeBaseUrl, isLoopbackHost } from '../../main/core/partner/safeBaseUrl.js';
import { InputError } from '../../main/core/shared/errors.js';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const reply = (status: number, body = '', headers: Record<string, string> = {}) => classifyResponse({ status, headers, body }, NOW);
const envelope = (errors: unknown[]) => JSON.stringify({ response: null, errorResponse: { errors } });
const err = { errorMessage: 'Mileage out of range', errorField: 'mileage', errorCode: 'InvalidMileage', errorNumber: 4010 };

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter(['5', '9'], NOW)).toBe(5_000);
  });
  it('reads the three HTTP-date forms relative to now; a past date means now', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:01:30 GMT', NOW)).toBe(90_000);
    expect(parseRetryAfter('Sunday, 01-Jun-25 12:00:10 GMT', NOW)).toBe(10_000);
    expect(parseRetryAfter('Sun Jun  1 12:00:20 2025', NOW)).toBe(20_000);
    expect(parseRetryAfter('Sat, 31 May 2025 12:00:00 GMT', NOW)).toBe(0);
  });
  it('caps long waits', () => {
    expect(parseRetryAfter('999999999999', NOW)).toBe(RETRY_AFTER_CAP_MS);
    expect(parseRetryAfter('Mon, 01 Jun 2026 12:00:00 GMT', NOW)).toBe(RETRY_AFTER_CAP_MS);
  });
  it('ignores garbage', () => {
    for (const bad of ['', 'soon', '-5', '1.5', '10s', '1e3', 'Sun, 32 Jun 2025 12:00:00 GMT', 'Sun, 01 Foo 2025 12:00:00 GMT', '2025-06-01T12:00:00Z']) {
      expect(parseRetryAfter(bad, NOW), bad).toBeUndefined();
    }
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseHttpDate('1')).toBeUndefined();
  });
});

describe('classifyResponse', () => {
  it('200/202 in progress, 201 done with the envelope response', () => {
    expect(reply(200)).toEqual({ kind: 'in-progress', status: 200 });
    expect(reply(202, 'anything')).toEqual({ kind: 'in-progress', status: 202 });
    expect(reply(201, JSON.stringify({ response: { startPrice: 499 }, errorResponse: null }))).toEqual({
      kind: 'done',
      status: 201,
      payload: { startPrice: 499 },
    });
  });
  it('a 201 that is empty, not JSON or not the envelope is an unreadable reply', () => {
    for (const body of ['', '{"response":', '<html/>', '"just a string"', JSON.stringify({ errorResponse: { errors: 'nope' } })]) {
      expect(reply(201, body), body).toEqual({ kind: 'unavailable', status: 201, message: 'unreadable reply' });
    }
  });
  it('400 with the envelope is rejected with the partner errors, suggestions kept', () => {
    const suggestions = [{ action: 'CheckInput', message: 'Use 1 to 250,000.' }];
    const out = reply(400, envelope([{ ...err, suggestions }]));
    expect(out).toEqual({ kind: 'rejected', status: 400, errors: [{ ...err, suggestions }] });
  });
  it('400 without usable errors synthesizes one', () => {
    for (const body of ['', 'Bad Request', envelope([])]) {
      const out = reply(400, body);
      expect(out.kind).toBe('rejected');
      if (out.kind !== 'rejected') continue;
      expect(out.errors).toEqual([expect.objectContaining({ errorCode: SYNTHETIC_ERROR_CODE, errorNumber: 400, errorField: null, suggestions: [] })]);
    }
  });
  it('other 4xx are rejected only when they carry the envelope; otherwise unavailable', () => {
    expect(reply(422, envelope([err]))).toMatchObject({ kind: 'rejected', status: 422, errors: [err] });
    expect(reply(415, 'Unsupported Media Type')).toMatchObject({ kind: 'unavailable', status: 415 });
  });
  it('401/403 auth (partner message when sent), 404 unavailable', () => {
    expect(reply(401)).toEqual({ kind: 'auth', status: 401, message: 'token missing, wrong or revoked' });
    expect(reply(403, envelope([{ ...err, errorMessage: 'Token revoked' }]))).toEqual({ kind: 'auth', status: 403, message: 'Token revoked' });
    expect(reply(404, envelope([err]))).toMatchObject({ kind: 'unavailable', status: 404 });
  });
  it('429 throttled; 408 and 5xx unavailable; Retry-After honoured', () => {
    expect(reply(429, '', { 'retry-after': '3' })).toEqual({ kind: 'throttled', status: 429, retryAfterMs: 3_000 });
    expect(reply(429)).toEqual({ kind: 'throttled', status: 429 });
    expect(reply(408, '', { 'retry-after': '4' })).toMatchObject({ kind: 'unavailable', status: 408, retryAfterMs: 4_000 });
    expect(reply(502, '<html>Bad Gateway</html>')).toEqual({ kind: 'unavailable', status: 502, message: 'server error 502: <html>Bad Gateway</html>' });
    expect(reply(503, '', { 'retry-after': 'garbage' })).toEqual({ kind: 'unavailable', status: 503, message: 'server error 503' });
  });
  it("an HTTP-date Retry-After is measured against the server's Date header when sent", () => {
    const headers = { date: 'Sun, 01 Jun 2025 11:00:00 GMT', 'retry-after': 'Sun, 01 Jun 2025 11:00:45 GMT' };
    expect(reply(429, '', headers)).toEqual({ kind: 'throttled', status: 429, retryAfterMs: 45_000 });
  });
  it('unexpected statuses are unavailable', () => {
    expect(reply(204)).toMatchObject({ kind: 'unavailable', status: 204 });
    expect(reply(302)).toMatchObject({ kind: 'unavailable', status: 302 });
  });
});

describe('classifyNetworkError', () => {
  const e = (code: string, message = code) => Object.assign(new Error(message), { code });
  it.each([
    ['ECONNRESET', 'reset'],
    ['UND_ERR_SOCKET', 'reset'],
    ['EPIPE', 'reset'],
    ['ECONNREFUSED', 'refused'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['UND_ERR_BODY_TIMEOUT', 'timeout'],
    ['ENETUNREACH', 'offline'],
    ['ENETDOWN', 'offline'],
    ['EHOSTUNREACH', 'offline'],
    ['CERT_HAS_EXPIRED', 'other'],
  ])('%s -> %s', (code, kind) => {
    const out = classifyNetworkError(e(code));
    expect(out.code).toBe(kind);
    expect(out.message).toContain(code);
  });
  it('looks through causes and AggregateError members, most specific first', () => {
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: e('ECONNRESET') })).code).toBe('reset');
    expect(classifyNetworkError(new AggregateError([e('ENETUNREACH'), e('ECONNREFUSED')])).code).toBe('refused');
    expect(classifyNetworkError(new AggregateError([e('ENETUNREACH'), e('EHOSTUNREACH')])).code).toBe('offline');
  });
  it('"socket closed" without a code is a reset; anything else is other', () => {
    expect(classifyNetworkError(new Error('socket hang up')).code).toBe('reset');
    expect(classifyNetworkError('weird').code).toBe('other');
  });
});

describe('assertSafeBaseUrl', () => {
  it('accepts https anywhere and http on loopback', () => {
    for (const url of [
      'https://chaiz-api-uat.azurewebsites.net',
      'http://127.0.0.1:4321',
      'http://127.8.9.10',
      'http://localhost:80/prefix',
      'http://LOCALHOST.',
      'http://[::1]:8080',
    ]) {
      expect(assertSafeBaseUrl(url).href, url).toBeTruthy();
    }
    expect(isLoopbackHost('[::ffff:7f00:1]')).toBe(true);
  });
  it('refuses http off this machine, other schemes, credentials and garbage with InputError', () => {
    for (const url of [
      'http://chaiz-api.azurewebsites.net',
      'http://10.0.0.1',
      'http://128.0.0.1',
      'http://localhost.evil.example',
      'http://127.0.0.1.evil.example',
      'http://[::2]',
      'ftp://127.0.0.1',
      'https://user:pw@chaiz-api.azurewebsites.net',
      'not a url',
    ]) {
      expect(() => assertSafeBaseUrl(url), url).toThrow(InputError);
    }
    expect(() => assertSafeBaseUrl('http://example.com')).toThrow(/must use https.*example\.com/);
  });
});
