import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Pool } from 'undici';
import { createHttpPartnerClient, type HttpPartnerClientOptions } from '../../main/core/partner/httpPartnerClient.js';
import type { PartnerClient } from '../../main/core/partner/partnerClient.js';
import { PATHS } from '../../main/core/partner/wire.js';
import { CancelledError, InputError } from '../../main/core/shared/errors.js';
import { setLogSink, type LogSink } from '../../main/core/shared/logger.js';
import { freePort, json, startTestServer, type TestServer } from './partnerClientTestServer.js';

const TOKEN = 'tok-secret-7f3a91';
const VIN = '1HGCM82633A004352';
const CAR = { vin: VIN, mileage: 42_000 };

const cantParseVin = {
  response: null,
  errorResponse: {
    errors: [
      {
        errorMessage: 'VIN could not be parsed',
        errorField: 'VIN',
        errorCode: 'CantParseVIN',
        errorNumber: 4005,
        suggestions: [
          { action: 'CheckInput', message: 'A VIN has 17 characters and no I, O or Q.' },
          { action: 'RetryWithAlternative', message: 'Search by make, model and year.', endpoint: '/api/v2/Partners/PlansSearchAsync/MMY' },
        ],
      },
    ],
  },
};

let server: TestServer;
const clients: PartnerClient[] = [];
function client(options: HttpPartnerClientOptions = {}, baseUrl = server.baseUrl): PartnerClient {
  const c = createHttpPartnerClient({ environment: 'sandbox', baseUrl, token: TOKEN }, options);
  clients.push(c);
  return c;
}

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  setLogSink(() => {}, 'info');
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await server.close();
});

describe('httpPartnerClient: requests and status classes', () => {
  it('posts the registration body with bearer auth and JSON headers; 202 is in progress', async () => {
    server.handle((_req, res) => json(res, 202, { response: null, errorResponse: null }));
    const out = await client().register(CAR);
    expect(out).toEqual({ kind: 'in-progress', status: 202 });
    const [seen] = server.seen;
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe(PATHS.register);
    expect(seen?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.headers.accept).toBe('application/json');
    expect(JSON.parse(seen?.body ?? '')).toEqual({ vin: VIN, mileage: 42_000 });
  });

  it('200 is in progress too (start price path, search body)', async () => {
    server.handle((_req, res) => res.writeHead(200).end());
    const out = await client().startPrice({ vin: VIN, mileage: 10, stateShortName: 'TX' });
    expect(out).toEqual({ kind: 'in-progress', status: 200 });
    expect(server.seen[0]?.url).toBe(PATHS.startPrice);
    expect(JSON.parse(server.seen[0]?.body ?? '')).toEqual({ searchCriteria: { vin: VIN, mileage: 10, stateShortName: 'TX' } });
  });

  it('201 is done with the envelope response as payload (search with filters)', async () => {
    const payload = { plans: [{ planName: 'Gold', totalPrice: 1999 }] };
    server.handle((_req, res) => json(res, 201, { response: payload, errorResponse: null }));
    const out = await client().searchPlans({ vin: VIN, mileage: 10, zip: '75001' }, { duration: { from: 12, to: 48 } });
    expect(out).toEqual({ kind: 'done', status: 201, payload });
    expect(server.seen[0]?.url).toBe(PATHS.searchByVin);
    expect(JSON.parse(server.seen[0]?.body ?? '')).toEqual({
      searchCriteria: { vin: VIN, mileage: 10, zip: '75001' },
      filters: { duration: { from: 12, to: 48 } },
    });
  });

  it('cleanCache posts { vin } to its path', async () => {
    server.handle((_req, res) => json(res, 201, { response: null }));
    expect(await client().cleanCache(VIN)).toEqual({ kind: 'done', status: 201, payload: null });
    expect(server.seen[0]?.url).toBe(PATHS.cleanCache);
    expect(JSON.parse(server.seen[0]?.body ?? '')).toEqual({ vin: VIN });
  });

  it('a 201 that is not the envelope is unavailable: "unreadable reply"', async () => {
    server.handle((_req, res) => res.writeHead(201, { 'content-type': 'text/html' }).end('<html>oops</html>'));
    expect(await client().register(CAR)).toEqual({ kind: 'unavailable', status: 201, message: 'unreadable reply' });
  });

  it('400 keeps the partner errors and their suggestions', async () => {
    server.handle((_req, res) => json(res, 400, cantParseVin));
    const out = await client().register({ vin: 'BAD', mileage: 1 });
    expect(out.kind).toBe('rejected');
    if (out.kind !== 'rejected') return;
    expect(out.status).toBe(400);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ errorCode: 'CantParseVIN', errorNumber: 4005, errorField: 'VIN' });
    expect(out.errors[0]?.suggestions).toEqual(cantParseVin.errorResponse.errors[0]?.suggestions);
  });

  it('a 400 without the envelope becomes one synthesized error with the status and an excerpt', async () => {
    server.handle((_req, res) => res.writeHead(400, { 'content-type': 'text/html' }).end('<h1>Bad   Request</h1>\n' + 'x'.repeat(500)));
    const out = await client().register(CAR);
    expect(out.kind).toBe('rejected');
    if (out.kind !== 'rejected') return;
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ errorCode: 'HttpError', errorNumber: 400, suggestions: [] });
    expect(out.errors[0]?.errorMessage).toContain('HTTP 400');
    expect(out.errors[0]?.errorMessage).toContain('<h1>Bad Request</h1>');
    expect(out.errors[0]?.errorMessage.length).toBeLessThan(260);
  });

  it('401 and 403 are auth outcomes', async () => {
    let status = 401;
    server.handle((_req, res) => res.writeHead(status).end());
    const c = client();
    expect(await c.register(CAR)).toMatchObject({ kind: 'auth', status: 401 });
    status = 403;
    expect(await c.register(CAR)).toMatchObject({ kind: 'auth', status: 403 });
  });

  it('429 with Retry-After in seconds and as an HTTP-date', async () => {
    let retryAfter = '7';
    server.handle((_req, res) => res.writeHead(429, { 'retry-after': retryAfter }).end('slow down'));
    const c = client();
    expect(await c.register(CAR)).toEqual({ kind: 'throttled', status: 429, retryAfterMs: 7_000 });
    retryAfter = new Date(Date.now() + 120_000).toUTCString();
    const out = await c.register(CAR);
    expect(out.kind).toBe('throttled');
    if (out.kind !== 'throttled') return;
    // The date has whole-second precision and is measured against the server's Date header.
    expect(out.retryAfterMs).toBeGreaterThan(115_000);
    expect(out.retryAfterMs).toBeLessThanOrEqual(121_000);
    retryAfter = 'whenever';
    expect(await c.register(CAR)).toEqual({ kind: 'throttled', status: 429 });
  });

  it('5xx and 408 are unavailable, with Retry-After when sent', async () => {
    let status = 503;
    server.handle((_req, res) => res.writeHead(status, status === 503 ? { 'retry-after': '30' } : {}).end('upstream down'));
    const c = client();
    expect(await c.register(CAR)).toMatchObject({ kind: 'unavailable', status: 503, retryAfterMs: 30_000 });
    status = 500;
    const out = await c.register(CAR);
    expect(out).toMatchObject({ kind: 'unavailable', status: 500 });
    expect(out).not.toHaveProperty('retryAfterMs');
    status = 408;
    expect(await c.register(CAR)).toMatchObject({ kind: 'unavailable', status: 408 });
  });

  it('a reply larger than maxReplyBytes is unavailable, not buffered', async () => {
    server.handle((_req, res) => json(res, 201, { response: 'x'.repeat(5_000) }));
    expect(await client({ maxReplyBytes: 1_000 }).register(CAR)).toMatchObject({ kind: 'unavailable', status: 201 });
  });

  it('keeps a path prefix of the base URL', async () => {
    server.handle((_req, res) => res.writeHead(202).end());
    await client({}, `${server.baseUrl}/gateway/`).register(CAR);
    expect(server.seen[0]?.url).toBe(`/gateway${PATHS.register}`);
  });
});

describe('httpPartnerClient: network failures, deadlines, cancellation', () => {
  it('a connection reset is network/reset', async () => {
    server.handle((req) => req.socket.destroy());
    expect(await client().register(CAR)).toMatchObject({ kind: 'network', code: 'reset' });
  });

  it('a closed port is network/refused', async () => {
    const port = await freePort();
    expect(await client({}, `http://127.0.0.1:${port}`).register(CAR)).toMatchObject({ kind: 'network', code: 'refused' });
  });

  // undici runs its headers/body timeouts on a coarse (~0.5-1 s) timer wheel whatever the
  // value, so both stalls run side by side to keep the suite fast.
  it('a server that never answers (headers timeout) or stalls mid-body (body timeout): network/timeout', async () => {
    server.handle((req, res) => {
      if (req.url === PATHS.register) return; // never answers
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"response":'); // stalls mid-body
    });
    const c = client({ headersTimeoutMs: 150, bodyTimeoutMs: 150 });
    const [headers, body] = await Promise.all([c.register(CAR), c.startPrice(CAR)]);
    expect(headers).toMatchObject({ kind: 'network', code: 'timeout' });
    if (headers.kind === 'network') expect(headers.message).toContain('UND_ERR_HEADERS_TIMEOUT');
    expect(body).toMatchObject({ kind: 'network', code: 'timeout' });
    if (body.kind === 'network') expect(body.message).toContain('UND_ERR_BODY_TIMEOUT');
  });

  it('the overall request deadline yields network/timeout, not CancelledError', async () => {
    server.handle(() => {});
    const out = await client({ requestDeadlineMs: 150, headersTimeoutMs: 5_000 }).register(CAR);
    expect(out).toMatchObject({ kind: 'network', code: 'timeout' });
    if (out.kind === 'network') expect(out.message).toContain('deadline');
  });

  it('an aborted signal throws CancelledError (mid-request and already aborted)', async () => {
    server.handle(() => {});
    const c = client();
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 50);
    await expect(c.register(CAR, ctl.signal)).rejects.toBeInstanceOf(CancelledError);
    const seenBefore = server.seen.length;
    await expect(c.register(CAR, AbortSignal.abort())).rejects.toBeInstanceOf(CancelledError);
    expect(server.seen.length).toBe(seenBefore);
  });

  it('cancelling while the body is streaming also throws CancelledError', async () => {
    server.handle((_req, res) => {
      res.writeHead(201);
      res.write('{"response":');
    });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 50);
    await expect(client().register(CAR, ctl.signal)).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('httpPartnerClient: safety, logging, connections', () => {
  it('refuses plain http to a host that is not this machine, at creation', () => {
    expect(() => createHttpPartnerClient({ environment: 'uat', baseUrl: 'http://chaiz-api-uat.azurewebsites.net', token: TOKEN })).toThrow(
      InputError,
    );
    expect(() => createHttpPartnerClient({ environment: 'uat', baseUrl: 'http://10.1.2.3:8080', token: TOKEN })).toThrow(/https/);
  });

  it('sends the token but never logs it (nor the VIN); one debug line per request', async () => {
    const lines: Parameters<LogSink>[0][] = [];
    setLogSink((l) => lines.push(l), 'debug');
    let status = 201;
    server.handle((_req, res) => json(res, status, status === 201 ? { response: { vin: VIN } } : cantParseVin));
    const c = client();
    await c.register(CAR);
    status = 400;
    await c.register(CAR);
    server.handle((req) => req.socket.destroy());
    await c.register(CAR);
    expect(server.seen.every((s) => s.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    const partnerLines = lines.filter((l) => l.module === 'partner');
    expect(partnerLines).toHaveLength(3);
    expect(partnerLines[0]).toMatchObject({ level: 'debug', path: PATHS.register, status: 201, kind: 'done' });
    expect(partnerLines[1]).toMatchObject({ status: 400, kind: 'rejected' });
    expect(partnerLines[2]).toMatchObject({ kind: 'network', code: 'reset' });
    for (const l of partnerLines) expect(typeof l.ms).toBe('number');
    const text = JSON.stringify(lines);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(VIN);
  });

  it('reuses one kept-alive socket for sequential requests, whatever the status', async () => {
    const statuses = [201, 400, 503, 429, 202];
    let i = 0;
    server.handle((_req, res) => json(res, statuses[i++] ?? 500, i === 2 ? cantParseVin : { response: null }));
    const c = client();
    for (let n = 0; n < statuses.length; n++) await c.register(CAR);
    const ids = server.seen.map((s) => s.socketId);
    expect(ids).toHaveLength(statuses.length);
    expect(new Set(ids).size).toBe(1);
  });

  it('close() closes the sockets of the dispatcher it owns', async () => {
    server.handle((_req, res) => res.writeHead(202).end());
    const c = client();
    await c.register(CAR);
    const id = server.seen[0]?.socketId ?? -1;
    await c.close();
    await expect.poll(() => server.closedSockets.has(id), { timeout: 1_000, interval: 10 }).toBe(true);
    await expect(c.register(CAR)).rejects.toThrow(/closed/);
  });

  it('close() leaves an injected dispatcher open', async () => {
    server.handle((_req, res) => res.writeHead(202).end());
    const pool = new Pool(server.baseUrl);
    try {
      const c = client({ dispatcher: pool });
      expect(await c.register(CAR)).toEqual({ kind: 'in-progress', status: 202 });
      await c.close();
      expect(pool.closed).toBe(false);
    } finally {
      await pool.close();
    }
  });
});
