/**
 * The user's steps, written once against a Playwright Page, so the browser tier and the
 * Electron tier drive the same flows.
 */
import type { Page } from 'playwright-core';

export type ScreenName = 'Import' | 'Progress' | 'Vehicles' | 'Settings';

export async function openScreen(page: Page, name: ScreenName): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** Picks an option of a Radix select by its visible label. */
export async function choose(page: Page, selectLabel: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: selectLabel }).click();
  await page.getByRole('option', { name: option }).click();
}

export async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).innerText()).trim();
}

/** The number shown in a count tile ("Valid 9,938" -> 9938). */
export async function countOf(page: Page, testId: string): Promise<number> {
  const dd = await page.getByTestId(testId).locator('dd').innerText();
  return Number(dd.replace(/[^\d]/g, ''));
}

export async function waitFor(page: Page, check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}
