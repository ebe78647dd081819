/**
 * The partner endpoints, as a plain function from a read request to a Reply: routing, the
 * method, bearer auth, JSON, then the endpoint's own logic. No sockets here, so every rule
 * can be unit-tested without HTTP; sandboxServer.ts adds faults, latency and the wire.
 */
import { PATHS } from '../partner/wire.js';
import { applyFilters } from './planFilters.js';
import { plansFor, startPriceFor } from './planPricing.js';
import { done, failed, missingField, simpleFailure, stillWorking } from './partnerReplies.js';
import type { Reply } from './partnerReplies.js';
import { parseCleanCache, parseRegistration, parseSearch } from './requestValidation.js';
import type { SearchRequest } from './requestValidation.js';
import type { EndpointName, StatsCounter } from './sandboxStats.js';
import type { CacheEntry, VehicleCache } from './vehicleCache.js';

export interface PartnerContext {
  cache: VehicleCache;
  stats: StatsCounter;
  seed: number;
  now: () => number;
}

export interface ReadRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  authorization: string | undefined;
  body: string;
  /** The body went over the server's limit (it was drained, not kept). */
  bodyTooLarge?: boolean;
}

const ENDPOINT_BY_PATH = new Map<string, Exclude<EndpointName, 'other'>>(
  (Object.entries(PATHS) as Array<[Exclude<EndpointName, 'other'>, string]>).map(([name, path]) => [path.toLowerCase(), name]),
);

/** ASP.NET-style routing: case-insensitive, a trailing slash ignored. */
export function endpointFor(path: string): EndpointName {
  return ENDPOINT_BY_PATH.get(path.toLowerCase().replace(/\/+$/, '')) ?? 'other';
}

/** Any non-empty bearer token is accepted: the sandbox has no accounts. */
function hasBearer(authorization: string | undefined): boolean {
  return /^Bearer\s+\S+/i.test(authorization?.trim() ?? '');
}

export function routePartnerRequest(req: ReadRequest, ctx: PartnerContext): Reply {
  const endpoint = endpointFor(req.path);
  if (endpoint === 'other') return simpleFailure(404, 'NotFound', `There is no partner endpoint at ${req.path}.`);
  if (req.method !== 'POST') {
    return simpleFailure(405, 'MethodNotAllowed', `${req.path} only accepts POST.`, { Allow: 'POST' });
  }
  if (!hasBearer(req.authorization)) {
    return simpleFailure(401, 'Unauthorized', 'A bearer token is required: send "Authorization: Bearer <token>".');
  }
  if (req.bodyTooLarge) return simpleFailure(413, 'BodyTooLarge', 'The request body is too large.');
  let body: unknown;
  try {
    body = req.body.trim() === '' ? undefined : JSON.parse(req.body);
  } catch {
    return failed(400, [missingField(null, 'The request body is not valid JSON.')]);
  }
  switch (endpoint) {
    case 'register':
      return register(body, ctx);
    case 'searchByVin':
      return search(body, ctx, 'plans');
    case 'startPrice':
      return search(body, ctx, 'startPrice');
    case 'cleanCache':
      return cleanCache(body, ctx);
  }
}

function register(body: unknown, ctx: PartnerContext): Reply {
  const parsed = parseRegistration(body);
  if (!parsed.ok) return failed(400, parsed.errors);
  const { vin, mileage } = parsed.value;
  const progress = ctx.cache.progress(vin, mileage, 'exact');
  if (progress.state === 'working') return stillWorking(progress.firstPost);
  if (progress.completedNow) ctx.stats.registrationCompleted();
  return done({ vin, mileage, expiresAt: new Date(progress.entry.expiresAt).toISOString() });
}

/**
 * Both searches: a vehicle registered within the drift limit answers 201 on the first call
 * (doc); any other vehicle is registered first, polled like a registration.
 */
function search(body: unknown, ctx: PartnerContext, want: 'plans' | 'startPrice'): Reply {
  const parsed = parseSearch(body);
  if (!parsed.ok) return failed(400, parsed.errors);
  const request = parsed.value;
  const progress = ctx.cache.progress(request.vin, request.mileage, 'near');
  if (progress.state === 'working') return stillWorking(progress.firstPost);
  if (progress.completedNow) ctx.stats.registrationCompleted();
  return done(want === 'plans' ? plansPayload(request, progress.entry, ctx) : startPricePayload(request, progress.entry, ctx));
}

function pricing(request: SearchRequest, entry: CacheEntry, ctx: PartnerContext) {
  // Prices follow the REGISTERED mileage: that is what the partner priced, and why the docs
  // ask for a new registration after a 5,000-mile move.
  return { state: request.state, mileage: entry.mileage, now: ctx.now() };
}

function plansPayload(request: SearchRequest, entry: CacheEntry, ctx: PartnerContext) {
  const plans = applyFilters(plansFor(ctx.seed, request.vin, pricing(request, entry, ctx)), request.filters);
  return { vin: request.vin, stateShortName: request.state, registeredMileage: entry.mileage, sandbox: true, plans };
}

function startPricePayload(request: SearchRequest, entry: CacheEntry, ctx: PartnerContext) {
  const startPrice = startPriceFor(ctx.seed, request.vin, pricing(request, entry, ctx));
  return { vin: request.vin, stateShortName: request.state, startPrice, currency: 'USD', sandbox: true };
}

function cleanCache(body: unknown, ctx: PartnerContext): Reply {
  const parsed = parseCleanCache(body);
  if (!parsed.ok) return failed(400, parsed.errors);
  const { vin } = parsed.value;
  return done({ vin, cleared: ctx.cache.clean(vin) });
}
