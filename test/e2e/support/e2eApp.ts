/**
 * One app under test: the browser harness on a temporary data folder (fast sandbox),
 * and a Chromium page on it. Collects page errors and CSP violations so a test can
 * assert that the screens ran clean.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../../main/harness/ensureBuilt.js';
import { startHarness, type Harness, type HarnessOptions } from '../../../main/harness/startHarness.js';
import { launchChromium } from './browser.js';

export const SCREENSHOTS = join(REPO_ROOT, 'screenshots');
export const SAMPLES = join(REPO_ROOT, '..', 'shared', 'samples');

export interface E2eApp {
  harness: Harness;
  browser: Browser;
  page: Page;
  /** Uncaught errors and console errors seen so far (CSP violations included). */
  problems: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startE2eApp(o: Omit<HarnessOptions, 'dataDir' | 'build'> = {}): Promise<E2eApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'quoteready-e2e-'));
  const harness = await startHarness({ ...o, dataDir, build: 'if-stale' });
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, acceptDownloads: true, locale: 'en-US', timezoneId: 'America/Chicago' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(harness.url);
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    await mkdir(SCREENSHOTS, { recursive: true });
    const b = browser;
    return {
      harness,
      browser: b,
      page,
      problems,
      async screenshot(name) {
        const path = join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path });
        return path;
      },
      async close() {
        await b.close();
        await harness.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close();
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}
