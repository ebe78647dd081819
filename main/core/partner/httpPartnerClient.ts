/**
 * The partner client over undici (HTTP/1.1, kept-alive connections).
 * ONE request per call; each reply is read to the end and classified once into a
 * PartnerOutcome. Polling, retries and the concurrency gates belong to the caller.
 */
import { Pool, type Dispatcher } from 'undici';
import { systemClock, type Clock } from '../shared/clock.js';
import { CancelledError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { classifyResponse } from './classifyResponse.js';
import { classifyNetworkError } from './networkFailure.js';
import type { PartnerOutcome } from './outcome.js';
import type { PartnerClient, PartnerEndpoint } from './partnerClient.js';
import { assertSafeBaseUrl } from './safeBaseUrl.js';
import { cleanCacheBody, PATHS, registrationBody, searchBody, type PartnerPath } from './wire.js';

export interface HttpPartnerClientOptions {
  /** TCP + TLS connect; owned dispatcher only. */
  connectTimeoutMs?: number;
  /** From the request sent to the reply's headers. */
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks. */
  bodyTimeoutMs?: number;
  /** Overall ceiling for one request, connect to last body byte: a network "timeout" outcome. */
  requestDeadlineMs?: number;
  /** Idle kept-alive sockets are dropped after this; shorter than typical server idle timeouts (Azure's). */
  keepAliveTimeoutMs?: number;
  /** Sockets to the partner at most; the engine's gates bound requests below this. */
  maxConnections?: number;
  /** Replies larger than this are dropped as "unavailable" instead of filling memory. */
  maxReplyBytes?: number;
  /** Injected dispatcher (tests, proxies). The client does not close it. */
  dispatcher?: Dispatcher;
  clock?: Clock;
}

export const HTTP_CLIENT_DEFAULTS = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 20_000,
  bodyTimeoutMs: 20_000,
  requestDeadlineMs: 30_000,
  keepAliveTimeoutMs: 4_000,
  maxConnections: 10,
  maxReplyBytes: 16 * 1024 * 1024,
} as const;

const log = createLogger('partner');

async function readCapped(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  // undici marks the connection free one event-loop turn after the body ends (it checks the
  // idle socket in a setImmediate). Waiting that turn lets the caller's next request reuse
  // this socket instead of the pool opening a second one and alternating between them.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return Buffer.concat(chunks).toString('utf8');
}

/** Throws InputError at once when the base URL is unsafe (plain http off this machine). */
export function createHttpPartnerClient(endpoint: PartnerEndpoint, options: HttpPartnerClientOptions = {}): PartnerClient {
  const base = assertSafeBaseUrl(endpoint.baseUrl);
  const o = { ...HTTP_CLIENT_DEFAULTS, ...stripUndefined(options) };
  const clock = options.clock ?? systemClock;
  const origin = base.origin;
  const prefix = base.pathname.replace(/\/+$/, '');
  const owned = options.dispatcher
    ? undefined
    : new Pool(origin, {
        connections: o.maxConnections,
        pipelining: 1,
        allowH2: false,
        connectTimeout: o.connectTimeoutMs,
        headersTimeout: o.headersTimeoutMs,
        bodyTimeout: o.bodyTimeoutMs,
        keepAliveTimeout: o.keepAliveTimeoutMs,
        keepAliveMaxTimeout: o.keepAliveTimeoutMs,
      });
  const dispatcher: Dispatcher = options.dispatcher ?? owned!;
  const headers = {
    authorization: `Bearer ${endpoint.token}`,
    'content-type': 'application/json',
    accept: 'application/json',
  };
  let closed = false;

  async function send(path: PartnerPath, body: unknown, signal?: AbortSignal): Promise<PartnerOutcome> {
    if (closed) throw new Error('The partner client is closed.');
    if (signal?.aborted) throw new CancelledError();
    const started = clock.now();
    const abort = new AbortController();
    const onCallerAbort = () => abort.abort(new CancelledError());
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    let deadlineHit = false;
    const stopDeadline = new AbortController();
    clock.sleep(o.requestDeadlineMs, stopDeadline.signal).then(
      () => {
        deadlineHit = true;
        abort.abort(new Error('request deadline'));
      },
      () => {},
    );

    let outcome: PartnerOutcome;
    try {
      const res = await dispatcher.request({
        origin,
        path: prefix + path,
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: abort.signal,
        headersTimeout: o.headersTimeoutMs,
        bodyTimeout: o.bodyTimeoutMs,
      });
      const text = await readCapped(res.body, o.maxReplyBytes);
      outcome =
        text === undefined
          ? { kind: 'unavailable', status: res.statusCode, message: `reply larger than ${o.maxReplyBytes} bytes` }
          : classifyResponse({ status: res.statusCode, headers: res.headers, body: text }, clock.now());
    } catch (err) {
      if (signal?.aborted) {
        log.debug('partner request', { environment: endpoint.environment, path, kind: 'cancelled', ms: clock.now() - started });
        throw new CancelledError();
      }
      outcome = deadlineHit
        ? { kind: 'network', code: 'timeout', message: `no complete reply within ${o.requestDeadlineMs} ms (request deadline)` }
        : { kind: 'network', ...classifyNetworkError(err) };
    } finally {
      stopDeadline.abort();
      signal?.removeEventListener('abort', onCallerAbort);
    }
    log.debug('partner request', {
      environment: endpoint.environment,
      path,
      ...('status' in outcome ? { status: outcome.status } : { code: outcome.code }),
      kind: outcome.kind,
      ms: clock.now() - started,
    });
    return outcome;
  }

  return {
    register: (v, signal) => send(PATHS.register, registrationBody(v), signal),
    startPrice: (c, signal) => send(PATHS.startPrice, searchBody(c), signal),
    searchPlans: (c, filters, signal) => send(PATHS.searchByVin, searchBody(c, filters), signal),
    cleanCache: (vin, signal) => send(PATHS.cleanCache, cleanCacheBody(vin), signal),
    async close() {
      if (closed) return;
      closed = true;
      await owned?.close();
    },
  };
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
