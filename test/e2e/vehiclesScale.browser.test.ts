/**
 * 100,000 vehicles in the ledger: the Vehicles table keeps a few dozen rows in the page,
 * fetches pages as it scrolls, reaches the last row from the keyboard, and finds one VIN.
 * Frame times while flinging the wheel are printed (not asserted: CI machines vary).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVins } from '../support/vins.js';
import { openScreen } from './flows/screens.js';
import { startE2eApp, type E2eApp } from './support/e2eApp.js';

const COUNT = 100_000;

describe('browser: the Vehicles table at 100,000 rows', () => {
  let app: E2eApp;
  let vins: string[];
  beforeAll(async () => {
    app = await startE2eApp({ settings: { theme: 'light' } });
    vins = makeVins(COUNT, '3GCUKREC5');
    app.harness.core.ledger.intake(
      vins.map((vin, i) => ({ vin, mileage: 5_000 + i, stockNumber: `S${String(i).padStart(6, '0')}`, year: '2022', make: 'Chevrolet', model: 'Silverado' })),
      Date.now(),
    );
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('scrolls smoothly with only the visible rows in the page', async () => {
    const { page } = app;
    await openScreen(page, 'Vehicles');
    await page.getByText('100,000 vehicles').waitFor();
    await page.evaluate(
      '(() => { window.__frames = []; let last = performance.now(); const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()',
    );
    const grid = page.getByRole('grid', { name: 'Vehicles' });
    await grid.hover();
    for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 3_000);
    await page.waitForTimeout(300);
    const frames = ((await page.evaluate('window.__frames')) as number[]).sort((a, b) => a - b);
    const pct = (p: number) => frames[Math.min(frames.length - 1, Math.floor(frames.length * p))]!.toFixed(1);
    console.info(`[vehicles 100k] wheel fling: ${frames.length} frames, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`);
    expect(await page.locator('.vbody [role="row"]').count()).toBeLessThan(80);

    await grid.focus();
    await page.keyboard.press('End');
    await page.locator(`[aria-rowindex="${COUNT + 1}"]`).getByRole('gridcell').nth(1).waitFor();
    await app.screenshot('vehicles-100k-end-light');

    await page.getByLabel('Search').fill(vins[54_321]!);
    await page.getByText('1 vehicle match').waitFor();
    await page.getByTestId(`vehicle-row-${vins[54_321]}`).waitFor();
  });

  it('ran without page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
