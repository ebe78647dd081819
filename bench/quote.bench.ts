/**
 * Quick-quote benchmark (issue 4). The browser harness with the embedded sandbox answering
 * every partner request after 100 ms (latencyMs), one registered vehicle, Debian's Chromium.
 * For each of LOOKUPS presses of Enter in the VIN field, the page itself times (performance.now()
 * against the keydown event's timeStamp, a MutationObserver on the DOM) how long until:
 *   - the stored start price is on screen (marked not current),
 *   - the live start price replaces it,
 *   - the live plan list is on screen.
 * Beside them: the sandbox round trip, timed with raw HTTP requests from Node (same body,
 * kept-alive connection). Goals (p95): stored start price within 50 ms of Enter; live start
 * price within one round trip + 50 ms. Prints PASS/MISS; never fails on timing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from '../main/harness/startHarness.js';
import { PATHS, searchBody } from '../main/core/partner/wire.js';
import { launchChromium } from '../test/e2e/support/browser.js';
import { makeVins } from '../test/support/vins.js';
import { printTable, verdict } from './benchKit.js';

export const title = 'Quick quote: Enter to start price and plan list on screen (sandbox latency 100 ms)';

const LATENCY_MS = 100;
const LOOKUPS = Number(process.env.BENCH_QUOTE_LOOKUPS ?? 60);
const WARMUP = 5;
const PAUSE_MS = 150;
const RTT_SAMPLES = 30;
const VIN = makeVins(1, '1FTFW1ET5')[0]!;
const MILEAGE = 42_000;

interface Timing {
  stored: number | null;
  live: number | null;
  plans: number | null;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** A raw request to the sandbox, as the client sends it, timed from Node. */
async function sandboxRoundTrip(harness: Harness): Promise<number[]> {
  const url = `${harness.core.sandbox()!.url}${PATHS.startPrice}`;
  const body = JSON.stringify(searchBody({ vin: VIN, mileage: MILEAGE, stateShortName: 'TX' }));
  const headers = { Authorization: 'Bearer sandbox', 'Content-Type': 'application/json' };
  const times: number[] = [];
  for (let i = 0; i < RTT_SAMPLES + 2; i++) {
    const t0 = performance.now();
    const r = await fetch(url, { method: 'POST', headers, body });
    await r.arrayBuffer();
    if (r.status !== 201) throw new Error(`The sandbox answered ${r.status} to a start-price request for a registered vehicle.`);
    if (i >= 2) times.push(performance.now() - t0); // the first two open the connection
  }
  return times;
}

/**
 * The in-page probe, as plain JavaScript installed before the app loads (init scripts are not
 * subject to the page's CSP, and a string keeps the bundler's helpers out of the page).
 * __armQuoteProbe(n): the next keydown Enter starts the clock (its event timeStamp, on the
 * performance.now() timeline); a MutationObserver notes the first sight of run n's stored
 * start price, live start price and live plan list.
 */
const PROBE_JS = `
window.__armQuoteProbe = function (n) {
  var probe = { t0: null, stored: null, live: null, plans: null };
  window.__quoteProbe = probe;
  function sel(testId, kind) { return '[data-testid="' + testId + '"][data-run="' + n + '"][data-kind="' + kind + '"]'; }
  function onKey(e) { if (e.key === 'Enter' && probe.t0 === null) probe.t0 = e.timeStamp; }
  var observer = new MutationObserver(function () {
    var now = performance.now();
    if (probe.stored === null && document.querySelector(sel('start-price', 'stored'))) probe.stored = now;
    if (probe.live === null && document.querySelector(sel('start-price', 'live'))) probe.live = now;
    if (probe.plans === null && document.querySelector(sel('plan-table', 'live'))) probe.plans = now;
    if (probe.live !== null && probe.plans !== null) { observer.disconnect(); window.removeEventListener('keydown', onKey, true); }
  });
  window.addEventListener('keydown', onKey, true);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
};
`;

interface Probe {
  t0: number | null;
  stored: number | null;
  live: number | null;
  plans: number | null;
}
type ProbeGlobals = { __armQuoteProbe(n: number): void; __quoteProbe?: Probe };

async function lookup(page: Page): Promise<Timing> {
  const run = Number((await page.locator('.quote-screen').getAttribute('data-run')) ?? 0) + 1;
  await page.evaluate((n) => (globalThis as unknown as ProbeGlobals).__armQuoteProbe(n), run);
  await page.locator('#quote-vin').press('Enter');
  await page.waitForFunction(() => {
    const p = (globalThis as unknown as ProbeGlobals).__quoteProbe;
    return p !== undefined && p.live !== null && p.plans !== null;
  }, undefined, { timeout: 10_000 });
  const p = await page.evaluate(() => (globalThis as unknown as ProbeGlobals).__quoteProbe!);
  const since = (t: number | null) => (t === null || p.t0 === null ? null : t - p.t0);
  return { stored: since(p.stored), live: since(p.live), plans: since(p.plans) };
}

export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'quoteready-bench-quote-'));
  const harness = await startHarness({
    dataDir,
    build: 'if-stale',
    sandboxOptions: { latencyMs: LATENCY_MS, registrationMs: 0 },
    settings: { dealershipState: 'TX', dealershipZip: '', theme: 'light' },
  });
  const browser = await launchChromium();
  try {
    // One vehicle from an import, registered the usual way (background engine).
    const { ledger, engine, clock } = harness.core;
    ledger.intake([{ vin: VIN, mileage: MILEAGE, stockNumber: 'B1', year: '2021', make: 'Ford', model: 'F-150' }], clock.now());
    await engine.start();
    if (ledger.get(VIN)?.state !== 'registered') throw new Error('The bench vehicle did not register.');

    const rtt = await sandboxRoundTrip(harness);

    const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'en-US' });
    await page.addInitScript({ content: PROBE_JS });
    await page.goto(harness.url);
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    await page.keyboard.press('Control+K');
    await page.locator('#quote-vin').fill(VIN);
    // The first quote stores a start price; a few more warm the page, the socket and the sandbox.
    for (let i = 0; i < WARMUP; i++) await lookup(page);

    harness.core.sandbox()!.resetStats();
    const timings: Timing[] = [];
    const loadBefore = loadavg()[0]!;
    for (let i = 0; i < LOOKUPS; i++) {
      timings.push(await lookup(page));
      // A person presses Enter again seconds later, not the moment the list lands: let the page settle.
      await page.waitForTimeout(PAUSE_MS);
    }
    const loadAfter = loadavg()[0]!;
    const stats = harness.core.sandbox()!.stats().requests;

    const series = (k: keyof Timing) => timings.map((t) => t[k]).filter((v): v is number => v !== null);
    const stored = series('stored');
    const live = series('live');
    const plans = series('plans');
    const rttP50 = percentile(rtt, 50);
    console.log(`${LOOKUPS} lookups of one registered vehicle (after ${WARMUP} warm-up, ${PAUSE_MS} ms between them), sandbox latency ${LATENCY_MS} ms, Chromium ${browser.version()}`);
    printTable(
      ['measure', 'n', 'p50', 'p95', 'max'],
      [
        ['sandbox round trip (raw HTTP from Node)', String(rtt.length), fmt(rttP50), fmt(percentile(rtt, 95)), fmt(Math.max(...rtt))],
        ['Enter -> stored start price on screen', String(stored.length), fmt(percentile(stored, 50)), fmt(percentile(stored, 95)), fmt(Math.max(...stored))],
        ['Enter -> live start price on screen', String(live.length), fmt(percentile(live, 50)), fmt(percentile(live, 95)), fmt(Math.max(...live))],
        ['Enter -> plan list on screen', String(plans.length), fmt(percentile(plans, 50)), fmt(percentile(plans, 95)), fmt(Math.max(...plans))],
      ],
    );
    console.log(
      `  partner requests during the ${LOOKUPS} lookups: startPrice ${stats.startPrice}, searchByVin ${stats.searchByVin}, register ${stats.register} (one start price and one search per lookup expected)`,
    );
    if (stored.length < LOOKUPS) console.log(`  ${LOOKUPS - stored.length} lookups never showed a stored start price`);
    verdict('stored start price p95 within 50 ms of Enter', fmt(percentile(stored, 95)), stored.length === LOOKUPS && percentile(stored, 95) <= 50);
    const liveGoal = rttP50 + 50;
    verdict(`live start price p95 within one round trip + 50 ms (${fmt(liveGoal)})`, fmt(percentile(live, 95)), percentile(live, 95) <= liveGoal);
    console.log(`  (times are from the keydown event to the DOM change, seen by a MutationObserver; the paint follows within one frame)`);
    const cores = availableParallelism();
    console.log(`  machine: ${cores} cores, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the lookups${Math.max(loadBefore, loadAfter) > cores ? ' — busier than its cores: other work competes with the browser and the harness, so these times run long' : ''}`);
  } finally {
    await browser.close();
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
