/**
 * The main flow in a real browser: import the dealership sample (10,000 rows), check the
 * mapping and counts, fix one rejected cell in place, export the rejected rows, commit,
 * watch registration reach the end, then browse the result. Screens are saved to
 * screenshots/ in light and dark.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile, commitImport, importCounts } from './flows/importFlow.js';
import { stateCount, waitForRunEnd } from './flows/progressFlow.js';
import { choose, openScreen } from './flows/screens.js';
import { SAMPLES, startE2eApp, type E2eApp } from './support/e2eApp.js';

const SAMPLE = join(SAMPLES, 'car_prices_sample.csv');

describe('browser: import the sample and register it', () => {
  let app: E2eApp;
  beforeAll(async () => {
    // A registration answers at once here, so 10,000 vehicles finish in well under a minute.
    app = await startE2eApp({ sandboxOptions: { registrationMs: 0 }, settings: { concurrency: 10, theme: 'light' } });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('previews the file with its mapping, counts and rejected rows', async () => {
    const { page } = app;
    await app.screenshot('import-empty-light');
    await chooseFile(page, SAMPLE);
    expect(await importCounts(page)).toMatchObject({ rows: 9_999, valid: 9_938, invalid: 61, queued: 9_938 });
    // The detected mapping, one select per field.
    await expect(page.getByRole('combobox', { name: 'Column for VIN' }).innerText()).resolves.toContain('vin');
    await expect(page.getByRole('combobox', { name: 'Column for Mileage' }).innerText()).resolves.toContain('odometer');
    // Rejected rows list: row number, column and reason.
    const left = page.getByRole('region', { name: 'Rows left out' });
    await expect(left.getByRole('row', { name: /277 .*odometer.*999999.*outside the partner's range/ }).count()).resolves.toBe(1);
    await app.screenshot('import-preview-light');
  });

  it('re-previews when a column is remapped, and back', async () => {
    const { page } = app;
    await choose(page, 'Column for Model', /D · trim/);
    await page.locator('th[data-mapped="true"]', { hasText: 'trim' }).waitFor();
    await choose(page, 'Column for Model', /C · model/);
    await page.locator('th[data-mapped="true"]', { hasText: 'model' }).first().waitFor();
    expect((await importCounts(page)).valid).toBe(9_938);
  });

  it('exports the rejected rows as CSV', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export rejected rows/ }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/rejected-rows\.csv$/);
    expect(csv).toContain('Reason');
    expect(csv.trim().split('\n')).toHaveLength(62);
  });

  it('fixes a rejected cell in place, from the keyboard', async () => {
    const { page } = app;
    const fix = page.getByRole('button', { name: 'Fix row 277' });
    const dialog = page.getByRole('dialog');
    // Enter opens the dialog with the value focused; Escape closes it and changes nothing.
    await fix.focus();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('New value').waitFor();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('fix-cell-value');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await importCounts(page)).valid).toBe(9_938);

    await fix.focus();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('New value').fill('99999');
    await app.screenshot('import-fix-cell-light');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await importCounts(page)).toMatchObject({ valid: 9_939, invalid: 60 });
  });

  it('commits, and registration runs to the end with live progress', async () => {
    const { page } = app;
    await commitImport(page);
    await page.getByText(/Import done: 9,939 new/).waitFor();
    await page.getByText(/^Registering: /).waitFor();
    await app.screenshot('progress-running-light');
    await waitForRunEnd(page, 150_000);
    expect(await stateCount(page, 'registered')).toBe(9_939);
    await page.getByText(/^Finished: 9,939 registered, 0 rejected, 0 failed/).waitFor();
    await app.screenshot('progress-finished-light');
  }, 180_000);

  it('lists the vehicles in a virtual table that pages as it scrolls', async () => {
    const { page } = app;
    // Alt+3 is the Vehicles screen.
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: 'Vehicles', level: 1 }).waitFor();
    await page.getByText('9,939 vehicles').waitFor();
    const rendered = await page.locator('.vbody [role="row"]').count();
    expect(rendered).toBeLessThan(120);
    await app.screenshot('vehicles-light');
    // Keyboard: focus the table, End jumps to the last row, which is then fetched and shown.
    await page.getByRole('grid', { name: 'Vehicles' }).focus();
    await page.keyboard.press('End');
    await page.locator('[aria-rowindex="9940"]').getByRole('gridcell').nth(1).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('vehicle-detail').locator('[data-state="registered"]').waitFor();
    // Search by VIN narrows to one.
    await page.getByLabel('Search').fill('5XYKTCA69FG566472');
    await page.getByText('1 vehicle match').waitFor();
    await page.getByTestId('vehicle-row-5XYKTCA69FG566472').click();
    await page.getByTestId('vehicle-detail').getByText('Kia Sorento').waitFor();
    await app.screenshot('vehicles-detail-light');
  });

  it('switches to the dark theme and still reads well', async () => {
    const { page } = app;
    await openScreen(page, 'Settings');
    await page.getByRole('radio', { name: 'Dark' }).click();
    await page.locator('.radix-themes.dark').first().waitFor();
    await app.screenshot('settings-dark');
    await openScreen(page, 'Progress');
    await app.screenshot('progress-finished-dark');
    await openScreen(page, 'Vehicles');
    await page.getByText('9,939 vehicles').waitFor();
    await app.screenshot('vehicles-dark');
    await openScreen(page, 'Import');
    await app.screenshot('import-empty-dark');
  });

  it('ran without page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
