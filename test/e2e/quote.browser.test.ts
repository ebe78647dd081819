/**
 * The Quote screen in a real browser against the embedded sandbox: a scanned VIN (leading
 * "I", lower case) for a registered vehicle answering with the start price then the plans
 * (and nothing else asked of the partner), the stored price at once, filters and the printed
 * sheet, on-demand registration of a new VIN, cancel during registration, the partner's
 * rejection, the offline fallback, and clearing the vehicle's partner cache. Screens go to
 * screenshots/ in light and dark.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVins } from '../support/vins.js';
import { choose, openScreen, waitFor } from './flows/screens.js';
import { dollars, nextRun, openQuote, planTable, scan, settled, startPrice, stubPrint, typeMileageAndEnter, waitForFocus, waitForPlans } from './flows/quoteSteps.js';
import { SCREENSHOTS, startE2eApp, type E2eApp } from './support/e2eApp.js';

const [REGISTERED, NEW_VIN, CANCELLED] = makeVins(3, '1FTFW1ET5');
const good = makeVins(1, '2HGFC2F59')[0]!;
/** Right shape, wrong check digit: let through by the setting, refused by the partner (CantParseVIN 4005). */
const BAD_CHECK_DIGIT = good.slice(0, 8) + (good.charAt(8) === '7' ? '3' : '7') + good.slice(9);
const LEDGER_MILES = 190_552;


describe('browser: quick quote', () => {
  let app: E2eApp;
  const sandbox = () => app.harness.core.sandbox()!;
  const setFaults = async (patch: Record<string, unknown>) => {
    // The sandbox's own control path, as a demo or a standalone test would use it.
    const r = await fetch(`${sandbox().url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify(patch) });
    expect(r.status).toBe(200);
  };

  beforeAll(async () => {
    app = await startE2eApp({
      sandboxOptions: { registrationMs: 2_500 },
      settings: { theme: 'system', dealershipName: 'Lone Star Motors', dealershipState: 'TX', dealershipZip: '', acceptBadCheckDigit: true, concurrency: 2 },
    });
    // One vehicle from an inventory import, registered in the background as usual.
    const { ledger, engine, clock } = app.harness.core;
    ledger.intake([{ vin: REGISTERED!, mileage: LEDGER_MILES, stockNumber: 'STK0042', year: '2021', make: 'Ford', model: 'F-150', source: { file: 'inventory.csv', row: 2 } }], clock.now());
    await engine.start();
    expect(ledger.get(REGISTERED!)?.state).toBe('registered');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('quotes a scanned VIN of a registered vehicle: Ctrl+K, cleaned VIN, ledger mileage, start price then plans', async () => {
    const { page } = app;
    await openQuote(page);
    await app.screenshot('quote-empty-light');
    sandbox().resetStats();
    const run = await scan(page, `I${REGISTERED!.toLowerCase()}`);
    await startPrice(page, run, 'live').waitFor();
    await waitForPlans(page, run);
    // The scanner's leading "I" is dropped and the VIN shown as the core cleaned it.
    await expect(page.locator('#quote-vin').inputValue()).resolves.toBe(REGISTERED);
    await expect(page.locator('#quote-mileage').inputValue()).resolves.toBe('190,552');
    await expect(page.locator('#quote-state').inputValue()).resolves.toBe('TX');
    const vehicle = page.getByTestId('quote-vehicle');
    await vehicle.getByText('2021 Ford F-150').waitFor();
    await vehicle.getByText('STK0042').waitFor();
    await page.getByTestId('registration-status').getByText('Registered; answers at once').waitFor();
    await expect(page.getByTestId('start-price-age').innerText()).resolves.toMatch(/^as of \d{1,2}:\d{2}\s?[AP]M$/);
    // Duration AND miles with the odometer reading at which coverage ends.
    const terms = await page.getByTestId('plan-row').locator('td:nth-child(4)').allInnerTexts();
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect(t).toMatch(/^\d+ months \/ (unlimited miles\nno mileage limit|[\d,]+ miles\nto [\d,]+ on the odometer)$/);
    const limited = terms.find((t) => t.includes('on the odometer'))!;
    const [, miles, end] = /\/ ([\d,]+) miles\nto ([\d,]+)/.exec(limited)!;
    expect(dollars(end!)).toBe(LEDGER_MILES + dollars(miles!));
    // A registered vehicle costs the partner exactly one start price and one search.
    expect(sandbox().stats().requests).toMatchObject({ register: 0, startPrice: 1, searchByVin: 1 });
    await app.screenshot('quote-registered-light');
  });

  it('shows the stored start price at once, marked with its age, then the live one', async () => {
    const { page } = app;
    await setFaults({ latencyMs: 1_500 });
    try {
      const run = await scan(page, REGISTERED!);
      await startPrice(page, run, 'stored').waitFor({ timeout: 1_000 });
      await expect(page.getByTestId('start-price-age').innerText()).resolves.toMatch(/(just now|min ago), not current/);
      // The list from the last answer stays, with the time it was fetched, until the live one.
      await expect(page.getByTestId('plans-age').innerText()).resolves.toMatch(/^as of \d{1,2}:\d{2}\s?[AP]M$/);
      await app.screenshot('quote-stored-price-light');
      await startPrice(page, run, 'live').waitFor();
      await waitForPlans(page, run);
    } finally {
      await setFaults({ latencyMs: 0 });
    }
  });

  it('filters by coverage level, sorts by price, and prints the ticked plans on one page', async () => {
    const { page } = app;
    const rows = page.getByTestId('plan-row');
    const all = await rows.count();
    await choose(page, 'Coverage level', 'Most Comprehensive');
    const levels = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.length).toBeLessThan(all);
    expect(new Set(levels)).toEqual(new Set(['Most Comprehensive']));
    await choose(page, 'Sort', 'Total price, highest first');
    const totals = (await rows.locator('td.total').allInnerTexts()).map(dollars);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    await choose(page, 'Coverage level', 'All levels');
    await choose(page, 'Sort', 'Total price, lowest first');
    expect(await rows.count()).toBe(all);

    await rows.nth(0).getByRole('checkbox').click();
    await rows.nth(2).getByRole('checkbox').click();
    const chosen = [await rows.nth(0).locator('.plan-name').innerText(), await rows.nth(2).locator('.plan-name').innerText()];
    expect(await page.locator('[data-testid="plan-row"][data-ticked="true"]').count()).toBe(2);
    const printed = await stubPrint(page);
    await page.getByTestId('print-sheet').click();
    expect(await printed()).toBe(1);
    await app.screenshot('quote-ticked-light');

    const sheet = page.getByTestId('quote-sheet');
    const text = await sheet.textContent();
    expect(text).toContain('Lone Star Motors');
    expect(text).toContain('2021 Ford F-150');
    expect(text).toContain(REGISTERED);
    expect(text).toMatch(/Prices as of /);
    expect(text).toContain('Prices can change without notice');
    expect(text).toContain('Sandbox — demo prices');
    expect(await sheet.locator('tbody tr').count()).toBe(2);
    for (const name of chosen) expect(text).toContain(name);
    await page.emulateMedia({ media: 'print' });
    await app.screenshot('quote-sheet-print');
    // What the print dialog's "Save as PDF" makes of it: one Letter page.
    const pdf = await page.pdf({ format: 'Letter', path: join(SCREENSHOTS, 'quote-sheet.pdf') });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('uses the registration when the odometer moved less than 5,000 miles, and says so', async () => {
    const { page } = app;
    sandbox().resetStats();
    const run = await typeMileageAndEnter(page, 193_900);
    await waitForPlans(page, run);
    await page.getByTestId('registration-status').getByText('Using the registration at 190,552 miles (within 5,000)').waitFor();
    // Coverage miles count from today's odometer, not the registered one.
    const ends = await page.getByTestId('plan-row').locator('.term-end').allInnerTexts();
    expect(ends.some((t) => /^to [\d,]+ on the odometer$/.test(t) && (dollars(t) - 193_900) % 1_000 === 0)).toBe(true);
    expect(sandbox().stats().requests.register).toBe(0);
    await app.screenshot('quote-mileage-close-light');
  });

  it('registers a new VIN on demand, with progress, then shows its plans', async () => {
    const { page } = app;
    sandbox().resetStats();
    await scan(page, NEW_VIN!);
    await page.getByTestId('needs-mileage').getByText(/New vehicle: enter the odometer reading/).waitFor();
    await waitForFocus(page, 'quote-mileage');
    const run = await typeMileageAndEnter(page, 48_200);
    await page.getByTestId('registration-status').getByText('Registering this vehicle with the partner…').waitFor();
    await page.getByRole('progressbar', { name: 'Registering with the partner' }).waitFor();
    await page.getByTestId('quote-cancel').waitFor();
    await page.getByTestId('step-registration').getByText(/^[1-9] s$/).waitFor();
    await app.screenshot('quote-registering-light');
    await waitForPlans(page, run);
    await page.getByTestId('registration-status').getByText('Registered with the partner just now').waitFor();
    expect(sandbox().stats().requests.register).toBeGreaterThanOrEqual(2); // 202, then 201 on a poll
    expect(app.harness.core.ledger.get(NEW_VIN!)).toMatchObject({ state: 'registered', registeredMileage: 48_200 });
  });

  it('quotes a new VIN typed without Enter, then mileage, then Enter in the mileage field', async () => {
    const { page } = app;
    const [typedOnly] = makeVins(1, '5NPE24AF1');
    await page.locator('#quote-vin').fill(typedOnly!);
    const run = await typeMileageAndEnter(page, 42_000);
    await waitForPlans(page, run);
    expect(app.harness.core.ledger.get(typedOnly!)).toMatchObject({ state: 'registered', registeredMileage: 42_000 });
  });

  it('cancels a registration with Escape', async () => {
    const { page } = app;
    await scan(page, CANCELLED!);
    await page.getByTestId('needs-mileage').waitFor();
    await typeMileageAndEnter(page, 61_000);
    await page.getByTestId('registration-status').getByText('Registering this vehicle with the partner…').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('quote-cancelled').getByText(/registration was stopped/).waitFor();
    await expect(page.getByTestId('quote-cancel').count()).resolves.toBe(0);
    await waitFor(page, async () => app.harness.core.ledger.get(CANCELLED!)?.state === 'queued', 5_000, 'the vehicle to go back in line');
    await app.screenshot('quote-cancelled-light');
  });

  it("shows the partner's rejection in its own words, and says plainly there is no make/model/year search", async () => {
    const { page } = app;
    await scan(page, BAD_CHECK_DIGIT);
    await page.getByTestId('needs-mileage').waitFor();
    await typeMileageAndEnter(page, 45_210);
    const rejection = page.getByTestId('quote-rejection');
    await rejection.getByText('“We could not read this VIN.”').waitFor();
    await rejection.getByText('CantParseVIN 4005').waitFor();
    await page.getByTestId('alternative-search').click();
    await page.getByTestId('alternative-search-note').getByText(/QuoteReady cannot run this search: it has no make, model and year search yet/).waitFor();
    await app.screenshot('quote-rejected-light');
  });

  it('falls back to the last prices, marked not current, when the partner cannot be reached (dark)', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await setFaults({ resetRate: 1 });
    try {
      const run = await scan(page, REGISTERED!);
      await page.getByTestId('quote-unavailable').getByText(/the partner cannot be reached/).waitFor();
      await startPrice(page, run, 'stored').waitFor();
      await expect(page.getByTestId('start-price-age').innerText()).resolves.toMatch(/^Not current — last fetched .+ \((just now|\d+ min ago)\)$/);
      await planTable(page, run, 'stored').getByTestId('plans-age').getByText(/^Not current — last fetched/).waitFor();
      await app.screenshot('quote-offline-dark');
    } finally {
      await setFaults({ resetRate: 0 });
    }
    const again = await scan(page, REGISTERED!);
    await waitForPlans(page, again);
    await app.screenshot('quote-registered-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it("clears the vehicle's partner cache after a confirmation, then registers it again on request", async () => {
    const { page } = app;
    const before = sandbox().stats().requests;
    await page.getByTestId('clear-cache').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Clear this vehicle’s partner cache?').waitFor();
    await settled(page);
    await app.screenshot('quote-clear-cache-confirm-light');
    await dialog.getByRole('button', { name: 'Clear partner cache' }).click();
    await page.getByTestId('cache-cleared').waitFor();
    await settled(page);
    expect(sandbox().stats().requests.cleanCache).toBe(before.cleanCache + 1);
    expect(app.harness.core.ledger.get(REGISTERED!)?.state).toBe('queued');
    await page.getByTestId('quote-vehicle').getByText('Queued · a quote registers it on demand').waitFor();
    await page.getByTestId('registration-status').getByText(/Partner cache cleared/).waitFor();
    await app.screenshot('quote-cache-cleared-light');

    const run = await nextRun(page);
    await page.getByRole('button', { name: 'Register again and quote' }).click();
    await page.getByTestId('registration-status').getByText('Registering this vehicle with the partner…').waitFor();
    await waitForPlans(page, run);
    expect(sandbox().stats().requests.register).toBeGreaterThan(before.register);
    expect(app.harness.core.ledger.get(REGISTERED!)).toMatchObject({ state: 'registered', registeredMileage: LEDGER_MILES });
  });

  it('keeps the quote while another screen is open', async () => {
    const { page } = app;
    await openScreen(page, 'Vehicles');
    await openQuote(page);
    await page.getByTestId('plan-table').waitFor();
  });

  it('ran without page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
