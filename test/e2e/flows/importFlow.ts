/** Import: choose a file, read the counts, commit. */
import type { Page } from 'playwright-core';
import { countOf } from './screens.js';

export async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles(path);
  await page.getByTestId('count-rows').waitFor({ timeout: 30_000 });
}

export async function importCounts(page: Page) {
  return {
    rows: await countOf(page, 'count-rows'),
    valid: await countOf(page, 'count-valid'),
    invalid: await countOf(page, 'count-invalid'),
    duplicates: await countOf(page, 'count-duplicates'),
    fresh: await countOf(page, 'count-fresh'),
    queued: await countOf(page, 'count-queued'),
  };
}

/** Commits and waits for the Progress screen it leads to. */
export async function commitImport(page: Page): Promise<void> {
  await page.getByTestId('commit-import').click();
  await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor({ timeout: 30_000 });
}
