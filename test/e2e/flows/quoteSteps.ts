/**
 * The Quote screen's steps on a Page: scan or type a VIN, wait for each part of the answer.
 * Results carry the run number of the Enter that produced them (data-run), so a step never
 * mistakes the previous quote's figures for this one's.
 */
import type { Page } from 'playwright-core';

/** The run number the next Enter will get. */
export async function nextRun(page: Page): Promise<number> {
  const run = await page.locator('.quote-screen').getAttribute('data-run');
  return Number(run ?? 0) + 1;
}

/** Opens the Quote screen with Ctrl+K from wherever the user is; the VIN field has the focus. */
export async function openQuote(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.getByRole('heading', { name: 'Quote', level: 1 }).waitFor();
  await waitForFocus(page, 'quote-vin');
}

/** The page's globals, typed just enough (this tsconfig has no DOM types); page functions cannot use outer helpers, hence the casts. */
interface PageGlobals {
  document: { activeElement: { id: string } | null; getAnimations(): Array<{ playState: string }> };
  print(): void;
  __printed?: number;
}

export async function waitForFocus(page: Page, id: string): Promise<void> {
  await page.waitForFunction((want) => (globalThis as unknown as PageGlobals).document.activeElement?.id === want, id);
}

/** Dialogs fade in and out: wait for the animations before a screenshot. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Replaces window.print with a counter, so a test sees the call without a print dialog. */
export async function stubPrint(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    w.__printed = 0;
    w.print = () => {
      w.__printed = (w.__printed ?? 0) + 1;
    };
  });
  return () => page.evaluate(() => (globalThis as unknown as PageGlobals).__printed ?? 0);
}

/** What a keyboard-wedge scanner does: the code typed at machine speed, then Enter. Returns the run. */
export async function scan(page: Page, code: string): Promise<number> {
  const run = await nextRun(page);
  await page.locator('#quote-vin').fill('');
  await page.locator('#quote-vin').focus();
  await page.keyboard.type(code, { delay: 0 });
  await page.keyboard.press('Enter');
  return run;
}

export async function typeMileageAndEnter(page: Page, miles: number): Promise<number> {
  const run = await nextRun(page);
  await page.locator('#quote-mileage').fill(String(miles));
  await page.locator('#quote-mileage').press('Enter');
  return run;
}

export const startPrice = (page: Page, run: number, kind: 'stored' | 'live') => page.locator(`[data-testid="start-price"][data-run="${run}"][data-kind="${kind}"]`);
export const planTable = (page: Page, run: number, kind: 'stored' | 'live') => page.locator(`[data-testid="plan-table"][data-run="${run}"][data-kind="${kind}"]`);

export async function waitForPlans(page: Page, run: number, timeout = 15_000): Promise<void> {
  await planTable(page, run, 'live').waitFor({ timeout });
}

/** "$2,203.45" -> 2203.45 */
export const dollars = (text: string): number => Number(text.replace(/[^\d.]/g, ''));
