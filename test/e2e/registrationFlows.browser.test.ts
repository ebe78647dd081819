/**
 * Registration flows in a real browser, against a sandbox that takes 200-400 ms per
 * vehicle: a VIN with a bad check digit let through by the setting and refused by the
 * partner (its own message shown), pause and resume, and clearing one vehicle's cache.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSmallInventory, writeTwoSheetWorkbook, type SmallInventory } from './flows/fixtures.js';
import { chooseFile, importCounts } from './flows/importFlow.js';
import { choose, openScreen } from './flows/screens.js';
import { checkPartnerRejection, clearCacheOfOne, commitPauseAndResume, enableBadCheckDigit, importSmallInventory } from './flows/registrationSteps.js';
import { startE2eApp, type E2eApp } from './support/e2eApp.js';

describe('browser: rejection, pause and resume, clear cache', () => {
  let app: E2eApp;
  let dir: string;
  let inv: SmallInventory;
  const shot = (name: string) => app.screenshot(name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quoteready-e2e-files-'));
    inv = await writeSmallInventory(dir, 24);
    app = await startE2eApp({ sandboxOptions: { registrationMs: [200, 400] }, settings: { concurrency: 2, theme: 'light' } });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('lets a VIN with a bad check digit through when the setting is on', async () => {
    await enableBadCheckDigit(app.page, shot);
    await importSmallInventory(app.page, inv, shot);
  });

  it('pauses and resumes the run', async () => {
    await commitPauseAndResume(app.page, inv, shot);
  }, 90_000);

  it("shows the partner's rejection in its own words", async () => {
    await checkPartnerRejection(app.page, inv, shot);
  });

  it("clears one vehicle's partner cache from the Vehicles screen", async () => {
    const sandbox = app.harness.core.sandbox()!;
    const before = sandbox.stats().requests.cleanCache;
    await clearCacheOfOne(app.page, inv.validVins[0]!, shot);
    expect(sandbox.stats().requests.cleanCache).toBe(before + 1);
  });

  it('picks the sheet of a workbook, and says plainly when a sheet has no VIN column', async () => {
    const { page } = app;
    const vins = inv.validVins.slice(0, 3);
    await openScreen(page, 'Import');
    await chooseFile(page, await writeTwoSheetWorkbook(dir, vins));
    await expect(page.getByRole('combobox', { name: 'Sheet' }).innerText()).resolves.toContain('Inventory');
    expect(await importCounts(page)).toMatchObject({ rows: 3, valid: 3 });
    await choose(page, 'Sheet', 'Notes');
    await page.getByRole('alert').getByText(/Could not find the VIN and mileage column/).waitFor();
    await app.screenshot('import-sheet-error-light');
    await choose(page, 'Sheet', 'Inventory');
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Cancel import' }).click();
  });

  it('ran without page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
