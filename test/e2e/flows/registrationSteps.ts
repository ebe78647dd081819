/**
 * The registration flows as steps on a Page, shared by the browser tier and the Electron
 * tier: the same clicks, the same checks.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SmallInventory } from './fixtures.js';
import { chooseFile, commitImport, importCounts } from './importFlow.js';
import { runStatus, stateCount, waitForRunEnd } from './progressFlow.js';
import { choose, openScreen, waitFor } from './screens.js';

type Shot = (name: string) => Promise<unknown>;
const noShot: Shot = async () => undefined;

export async function enableBadCheckDigit(page: Page, shot: Shot = noShot): Promise<void> {
  await openScreen(page, 'Settings');
  const toggle = page.getByRole('switch', { name: /check digit/ });
  if ((await toggle.getAttribute('aria-checked')) !== 'true') {
    await toggle.click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
  }
  expect(await toggle.getAttribute('aria-checked')).toBe('true');
  await shot('settings-light');
}

export async function importSmallInventory(page: Page, inv: SmallInventory, shot: Shot = noShot): Promise<void> {
  await openScreen(page, 'Import');
  await chooseFile(page, inv.path);
  const n = inv.validVins.length + 1;
  expect(await importCounts(page)).toMatchObject({ rows: n, valid: n, invalid: 0, queued: n });
  await page.getByText(/Warnings on 1 row/).click();
  await page.getByRole('region', { name: 'Rows with warnings' }).getByText(inv.badCheckDigitVin).waitFor();
  await shot('import-warnings-light');
}

/** Commits, pauses once a few are done, checks nothing moves, resumes, waits for the end. */
export async function commitPauseAndResume(page: Page, inv: SmallInventory, shot: Shot = noShot, runTimeoutMs = 60_000): Promise<void> {
  await commitImport(page);
  await waitFor(page, async () => (await stateCount(page, 'registered')) >= 2, runTimeoutMs, 'the first registrations');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByTestId('wait-reason').getByText('Paused', { exact: true }).waitFor();
  expect(await runStatus(page)).toBe('paused');
  await waitFor(page, async () => (await stateCount(page, 'registering')) === 0, 5_000, 'in-flight registrations to go back to the queue');
  const before = await stateCount(page, 'registered');
  await page.waitForTimeout(2_500);
  expect(await stateCount(page, 'registered')).toBe(before);
  expect(await stateCount(page, 'registering')).toBe(0);
  await shot('progress-paused-light');

  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByTestId('wait-reason').waitFor({ state: 'detached' });
  await waitForRunEnd(page, runTimeoutMs);
  expect(await stateCount(page, 'registered')).toBe(inv.validVins.length);
  expect(await stateCount(page, 'rejected')).toBe(1);
  await shot('progress-with-rejection-light');
}

export async function checkPartnerRejection(page: Page, inv: SmallInventory, shot: Shot = noShot): Promise<void> {
  await page.getByTestId('state-rejected').click();
  await page.getByRole('heading', { name: 'Vehicles', level: 1 }).waitFor();
  await page.getByText('1 vehicle match').waitFor();
  const row = page.getByTestId(`vehicle-row-${inv.badCheckDigitVin}`);
  await row.getByText('We could not read this VIN.').waitFor();
  await row.click();
  const detail = page.getByTestId('partner-messages');
  await detail.getByText('The partner rejected this vehicle').waitFor();
  await detail.getByText('CantParseVIN 4005').waitFor();
  await detail.getByText('“We could not read this VIN.”').waitFor();
  await detail.getByText('The partner suggests:').waitFor();
  await shot('vehicles-rejected-detail-light');
}

export async function clearCacheOfOne(page: Page, vin: string, shot: Shot = noShot, reregisterTimeoutMs = 20_000): Promise<void> {
  await choose(page, 'Show', /^All vehicles/);
  await page.getByLabel('Search').fill(vin);
  await page.getByText('1 vehicle match').waitFor();
  await page.getByTestId(`vehicle-row-${vin}`).click();
  await page.getByRole('button', { name: 'Clear partner cache…' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText("Clear the partner's cache?").waitFor();
  await shot('vehicles-clear-cache-confirm-light');
  await dialog.getByRole('button', { name: 'Clear cache for 1 vehicle' }).click();
  await page.getByTestId('action-result').getByText(/cache was cleared for 1 vehicle/).waitFor();
  // It registers again by itself, and its history says why.
  const detail = page.getByTestId('vehicle-detail');
  await detail.getByText(/^Cache cleared/).waitFor();
  await detail.locator('[data-state="registered"]').waitFor({ timeout: reregisterTimeoutMs });
  await shot('vehicles-after-clear-cache-light');
}
