/** The sandbox's fault knobs, its stats, its control paths and its close(), over real loopback HTTP. */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../main/core/partner/wire.js';
import { createSandbox } from '../../main/core/sandbox/sandboxServer.js';
import type { Sandbox, SandboxOptions } from '../../main/core/sandbox/sandboxServer.js';
import { InputError } from '../../main/core/shared/errors.js';
import { PATHS, postJson, sleep, testVin } from './sandboxTestKit.js';

const open: Sandbox[] = [];
async function start(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = await createSandbox({ registrationMs: 50, ...options });
  open.push(sandbox);
  return sandbox;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const registerBody = { vin: testVin(1), mileage: 1_000 };

/** A raw node:http request, for what fetch hides: the socket error code, socket reuse. */
function rawPost(url: string, path: string, body: string, agent?: http.Agent, token = 't') {
  return new Promise<{ status: number; text: string; reusedSocket: boolean }>((resolve, reject) => {
    const req = http.request(
      url + path,
      { method: 'POST', agent: agent ?? false, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, reusedSocket: req.reusedSocket }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function until(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(5);
  }
}

describe('sandbox fault knobs', () => {
  it('latencyMs delays every answer', async () => {
    const sandbox = await start({ latencyMs: 120 });
    const t0 = performance.now();
    expect((await postJson(sandbox.url, PATHS.register, registerBody)).status).toBe(202);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(110);
  });

  it('errorRate answers 500/503 with the envelope, reproducibly for a seed', async () => {
    const all = await start({ errorRate: 1 });
    const answer = await postJson(all.url, PATHS.register, registerBody);
    expect([500, 503]).toContain(answer.status);
    expect(envelopeSchema.parse(answer.body).errorResponse?.errors[0]?.errorCode).toMatch(/InternalError|ServiceUnavailable/);

    const runs: number[][] = [];
    for (let run = 0; run < 2; run++) {
      const sandbox = await start({ errorRate: 0.5, seed: 42, registrationMs: 60_000 }); // no 201 mid-run
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await postJson(sandbox.url, PATHS.register, registerBody)).status);
      runs.push(statuses);
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(new Set(runs[0]).size).toBeGreaterThan(1); // some faults, some normal answers
  });

  it('throttleRate answers 429 carrying Retry-After', async () => {
    const sandbox = await start({ throttleRate: 1, retryAfterS: 7 });
    const answer = await postJson(sandbox.url, PATHS.searchByVin, {});
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
    expect(answer.body.errorResponse.errors[0].errorCode).toBe('TooManyRequests');
    expect(sandbox.stats().faultsInjected.throttle).toBe(1);
  });

  it('resetRate destroys the connection without an answer', async () => {
    const sandbox = await start({ resetRate: 1 });
    await expect(rawPost(sandbox.url, PATHS.register, JSON.stringify(registerBody))).rejects.toMatchObject({ code: 'ECONNRESET' });
    await until(() => sandbox.stats().inFlight === 0);
    expect(sandbox.stats()).toMatchObject({ faultsInjected: { reset: 1 }, statuses: {} });
  });

  it('hangRate keeps the request open until close()', async () => {
    const sandbox = await start({ hangRate: 1 });
    let settled = false;
    const pending = rawPost(sandbox.url, PATHS.register, JSON.stringify(registerBody)).then(
      () => 'answered',
      (err: unknown) => err,
    );
    void pending.finally(() => (settled = true));
    await until(() => sandbox.stats().faultsInjected.hang === 1);
    await sleep(100);
    expect(settled).toBe(false);
    expect(sandbox.stats().inFlight).toBe(1);
    const t0 = performance.now();
    await sandbox.close();
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(await pending).toMatchObject({ code: 'ECONNRESET' });
    expect(sandbox.stats().inFlight).toBe(0);
  });

  it('setFaults changes knobs at run time and refuses bad values without changing anything', async () => {
    const sandbox = await start({ errorRate: 1 });
    expect((await postJson(sandbox.url, PATHS.register, registerBody)).status).toBeGreaterThanOrEqual(500);
    sandbox.setFaults({ errorRate: 0 });
    expect((await postJson(sandbox.url, PATHS.register, registerBody)).status).toBe(202);
    expect(() => sandbox.setFaults({ hangRate: 2 })).toThrow(InputError);
    expect(() => sandbox.setFaults({ latencyMs: -1 })).toThrow(/latencyMs/);
    expect(sandbox.faults()).toMatchObject({ errorRate: 0, hangRate: 0, latencyMs: 0 });
  });

  it('reads every request body fully, so a keep-alive connection survives a 401 and a 413', async () => {
    const sandbox = await start();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = JSON.stringify({ vin: testVin(1), mileage: 1, padding: 'x'.repeat(1_300_000) });
      const unauthorized = await rawPost(sandbox.url, PATHS.register, big, agent, '');
      expect(unauthorized.status).toBe(401);
      const tooLarge = await rawPost(sandbox.url, PATHS.register, big, agent);
      expect(tooLarge).toMatchObject({ status: 413, reusedSocket: true });
      const next = await rawPost(sandbox.url, PATHS.register, JSON.stringify(registerBody), agent);
      expect(next).toMatchObject({ status: 202, reusedSocket: true });
    } finally {
      agent.destroy();
    }
  });
});

describe('sandbox stats and control paths', () => {
  it('counts requests per endpoint, statuses and the most requests in flight at once', async () => {
    const sandbox = await start({ latencyMs: 150 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => postJson(sandbox.url, PATHS.register, { vin: testVin(100 + i), mileage: 10 })));
    await postJson(sandbox.url, '/elsewhere', {});
    const stats = sandbox.stats();
    expect(stats).toMatchObject({ inFlight: 0, maxInFlight: 6, requests: { register: 6, other: 1 }, statuses: { '202': 6, '404': 1 } });
  });

  it('serves the stats, reset-stats and faults over HTTP without auth, uncounted', async () => {
    const sandbox = await start();
    await postJson(sandbox.url, PATHS.cleanCache, { vin: testVin(1) });
    const stats = await postJson(sandbox.url, '/__sandbox/stats', undefined, { method: 'GET', token: null });
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual(sandbox.stats());
    expect(stats.body.requests.cleanCache).toBe(1);

    const faults = await postJson(sandbox.url, '/__sandbox/faults', { throttleRate: 1, retryAfterS: 3 }, { token: null });
    expect(faults.body).toMatchObject({ throttleRate: 1, retryAfterS: 3 });
    expect((await postJson(sandbox.url, PATHS.register, registerBody)).status).toBe(429);
    const bad = await postJson(sandbox.url, '/__sandbox/faults', { throttleRate: 'lots' }, { token: null });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/throttleRate/);

    const reset = await postJson(sandbox.url, '/__sandbox/reset-stats', undefined, { token: null, raw: '' });
    expect(reset.body).toMatchObject({ requests: { register: 0, cleanCache: 0 }, statuses: {}, maxInFlight: 0 });
    expect((await postJson(sandbox.url, '/__sandbox/nope', {}, { token: null })).status).toBe(404);
  });

  it('close() stops listening and leaves no server, socket or timer behind', async () => {
    const count = (type: string) => process.getActiveResourcesInfo().filter((t) => t === type).length;
    // Handles of the sandboxes closed by earlier tests finish closing on a later loop turn.
    await until(() => count('TCPServerWrap') === 0 && count('TCPSocketWrap') === 0);
    const timers = count('Timeout');
    const sandbox = await createSandbox({ latencyMs: 5_000 });
    const pending = rawPost(sandbox.url, PATHS.register, JSON.stringify(registerBody)).catch((err: unknown) => err);
    await until(() => sandbox.stats().inFlight === 1);
    expect(count('TCPServerWrap')).toBe(1);
    expect(count('Timeout')).toBe(timers + 1); // the latency wait
    await sandbox.close();
    await sandbox.close(); // idempotent
    expect(sandbox.stats().inFlight).toBe(0);
    expect(count('Timeout')).toBe(timers);
    expect(await pending).toBeInstanceOf(Error);
    await until(() => count('TCPServerWrap') === 0 && count('TCPSocketWrap') === 0);
    await expect(fetch(`${sandbox.url}/__sandbox/stats`)).rejects.toThrow();
  });
});
