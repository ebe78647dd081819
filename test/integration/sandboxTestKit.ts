/** Small helpers shared by the sandbox integration tests: valid VINs and JSON posts over loopback. */
import { PATHS } from '../../main/core/partner/wire.js';
import { withCheckDigit } from '../../main/core/sandbox/vinRules.js';

/** A valid VIN (right check digit) for serial `n`; model year 2003. */
export function testVin(n: number): string {
  return withCheckDigit(`1HGCM826X3A${String(n).padStart(6, '0')}`);
}

export interface JsonAnswer {
  status: number;
  headers: Headers;
  // Tests read the envelope loosely and parse it with the wire schemas where it matters.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  opts: { token?: string | null; raw?: string; method?: string } = {},
): Promise<JsonAnswer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = opts.token === undefined ? 'sandbox-test-token' : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const method = opts.method ?? 'POST';
  const res = await fetch(baseUrl + path, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body: opts.raw ?? JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Re-posts until a non-200/202 answer, like the client's poller but fast. Returns every status seen and the last answer. */
export async function pollUntilDone(baseUrl: string, path: string, body: unknown, everyMs = 15, maxPolls = 200) {
  const statuses: number[] = [];
  for (let i = 0; i < maxPolls; i++) {
    const answer = await postJson(baseUrl, path, body);
    statuses.push(answer.status);
    if (answer.status !== 200 && answer.status !== 202) return { statuses, answer };
    await sleep(everyMs);
  }
  throw new Error(`still working after ${maxPolls} polls`);
}

export const searchBodyFor = (vin: string, mileage: number, where: { stateShortName?: string; zip?: string } = { stateShortName: 'TX' }, filters?: unknown) => ({
  searchCriteria: { vin, mileage, ...where },
  ...(filters === undefined ? {} : { filters }),
});

export { PATHS };
