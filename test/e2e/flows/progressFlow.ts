/** Progress: read the tiles, wait for the run to end, pause and resume. */
import type { Page } from 'playwright-core';
import { waitFor } from './screens.js';

export async function stateCount(page: Page, state: string): Promise<number> {
  const t = await page.getByTestId(`state-${state}`).locator('.state-tile-count').innerText();
  return Number(t.replace(/[^\d]/g, ''));
}

export async function runStatus(page: Page): Promise<string> {
  return (await page.getByTestId('run-headline').getAttribute('data-status')) ?? '';
}

export async function waitForRunEnd(page: Page, timeoutMs: number): Promise<void> {
  await waitFor(
    page,
    async () => {
      const status = await runStatus(page);
      const remaining = (await stateCount(page, 'queued')) + (await stateCount(page, 'registering')) + (await stateCount(page, 'waiting-retry'));
      return status === 'idle' && remaining === 0;
    },
    timeoutMs,
    'the registration run to finish',
  );
}
