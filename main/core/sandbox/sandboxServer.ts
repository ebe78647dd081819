/**
 * The embedded sandbox of the partner API: a real HTTP server on loopback that follows
 * PARTNER_API.md closely enough for the client, the engine and the UI to do their whole job
 * without a partner account, with knobs to make it slow or unwell on purpose.
 * Everything it owns (listener, sockets, latency timers) is released by close().
 */
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../shared/logger.js';
import { CONTROL_PREFIX, routeControl } from './controlRoutes.js';
import { FaultInjector } from './faultInjector.js';
import { readBody, sendReply } from './httpIo.js';
import { applyKnobs, DEFAULT_KNOBS, registrationMsFor } from './knobs.js';
import type { SandboxKnobs } from './knobs.js';
import { simpleFailure } from './partnerReplies.js';
import type { Reply } from './partnerReplies.js';
import { endpointFor, routePartnerRequest } from './partnerRoutes.js';
import { StatsCounter } from './sandboxStats.js';
import type { SandboxStats } from './sandboxStats.js';
import { VehicleCache } from './vehicleCache.js';
import { createCacheWriter, loadCacheEntries } from './cacheStateFile.js';

const log = createLogger('sandbox');

export interface SandboxOptions extends Partial<SandboxKnobs> {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback by default: the sandbox is never meant to be reachable from the network. */
  host?: string;
  /** Fixes plans, prices, registration times and fault rolls. Default 1. */
  seed?: number;
  /** Where the sandbox remembers its registrations between runs (the app's data folder); memory only when absent. */
  stateFile?: string;
  /** The clock of the 30-day cache (and vehicle ages); Date.now by default. */
  now?: () => number;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:53124, no trailing slash. */
  readonly url: string;
  readonly port: number;
  stats(): SandboxStats;
  faults(): SandboxKnobs;
  /** Changes knobs at run time; throws InputError (and changes nothing) on a bad value. */
  setFaults(patch: Partial<SandboxKnobs>): SandboxKnobs;
  resetStats(): void;
  /** Forgets every vehicle, job and count and restarts the fault rolls; the knobs stay. */
  reset(): void;
  /** Stops listening, destroys every socket (hung ones too), clears every timer. Idempotent. */
  close(): Promise<void>;
}

const KNOB_NAMES = Object.keys(DEFAULT_KNOBS) as Array<keyof SandboxKnobs>;

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const initialPatch = Object.fromEntries(KNOB_NAMES.filter((k) => options[k] !== undefined).map((k) => [k, options[k]]));
  let knobs = applyKnobs(DEFAULT_KNOBS, initialPatch);

  const cache: VehicleCache = new VehicleCache({
    now,
    elapsed: () => performance.now(),
    durationFor: (vin) => registrationMsFor(knobs, seed, vin),
    onChange: () => writer?.changed(),
  });
  const writer = options.stateFile ? createCacheWriter(options.stateFile, () => cache.snapshot()) : null;
  if (options.stateFile) cache.restore(loadCacheEntries(options.stateFile));
  const stats = new StatsCounter();
  const faults = new FaultInjector(seed);
  /** Pending latency waits: cleared, and their handlers released, on close. */
  const waits = new Map<NodeJS.Timeout, () => void>();
  let closing = false;
  /** Partner responses not yet closed; close() waits for them so the stats settle first. */
  const openResponses = new Set<ServerResponse>();
  let allResponsesClosed: (() => void) | undefined;

  /** Resolves true after `ms`, or false if the sandbox closes first. */
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        waits.delete(timer);
        resolve(!closing);
      }, ms);
      waits.set(timer, () => resolve(false));
    });

  const control = {
    stats: () => stats.snapshot(cache.registeredVinCount()),
    resetStats: () => stats.reset(),
    reset: () => {
      cache.clear();
      stats.reset();
      faults.restart();
    },
    faults: () => ({ ...knobs }),
    setFaults: (patch: unknown) => {
      knobs = applyKnobs(knobs, patch);
      return { ...knobs };
    },
  };

  async function handlePartner(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const endpoint = endpointFor(path);
    // In flight from the first byte until the answer is out or the socket is gone.
    const finished = stats.opened(endpoint);
    openResponses.add(res);
    res.once('close', () => {
      finished();
      openResponses.delete(res);
      if (openResponses.size === 0) allResponsesClosed?.();
    });
    const body = await readBody(req);
    if (knobs.latencyMs > 0 && !(await wait(knobs.latencyMs))) return;
    if (res.destroyed) return;
    const fault = faults.decide(knobs);
    if (fault.kind !== 'none') stats.faulted(fault.kind);
    if (fault.kind === 'reset') {
      // A TCP RST where the platform offers it, so clients see a real ECONNRESET.
      req.socket.resetAndDestroy();
      return;
    }
    if (fault.kind === 'hang') return; // held open until the client gives up or close()
    const reply: Reply =
      fault.kind !== 'none'
        ? fault.reply
        : routePartnerRequest(
            { method: req.method ?? 'GET', path, authorization: req.headers.authorization, body: body.text, bodyTooLarge: body.tooLarge },
            { cache, stats, seed, now },
          );
    if (sendReply(res, reply)) stats.answered(reply.status);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    try {
      if (path.startsWith(CONTROL_PREFIX)) {
        const body = await readBody(req);
        sendReply(res, routeControl(req.method ?? 'GET', path, body.text, control));
        return;
      }
      await handlePartner(req, res, path);
    } catch (err) {
      // A client that leaves mid-body lands here; so would a sandbox bug, which must not kill the host.
      if (req.complete && !res.headersSent) {
        log.error('sandbox request failed', { path, error: String(err) });
        sendReply(res, simpleFailure(500, 'InternalError', 'The sandbox failed to handle this request.'));
      } else if (!res.destroyed) {
        res.destroy();
      }
    }
  }

  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostForUrl}:${address.port}`;
  log.info('sandbox listening', { url, seed });

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      closing = true;
      for (const [timer, release] of waits) {
        clearTimeout(timer);
        release();
      }
      waits.clear();
      const responsesClosed = new Promise<void>((resolve) => {
        allResponsesClosed = resolve;
        if (openResponses.size === 0) resolve();
      });
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      // Sockets emit 'close' a tick after the server's callback; wait so stats() reads settled.
      await Promise.all([serverClosed, responsesClosed]);
      writer?.flush();
      log.info('sandbox closed', { url });
    })());

  return {
    url,
    port: address.port,
    stats: control.stats,
    faults: control.faults,
    setFaults: (patch) => control.setFaults(patch),
    resetStats: control.resetStats,
    reset: control.reset,
    close,
  };
}
