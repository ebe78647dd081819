/**
 * A European export with a kilometre column: held back until the clerk confirms, then
 * converted; the rejected rows download as an Excel workbook that keeps VINs as text.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { makeVins } from '../support/vins.js';
import { chooseFile, importCounts } from './flows/importFlow.js';
import { startE2eApp, type E2eApp } from './support/e2eApp.js';

const XLSX = createRequire(import.meta.url)('xlsx') as typeof import('xlsx');

let app: E2eApp;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qr-km-'));
  const vins = makeVins(3, 'WVWZZZ1JZ');
  file = join(dir, 'lager-export.csv');
  await writeFile(file, ['VIN;Kilometerstand;Bestand', `${vins[0]};45.000;A1`, `${vins[1]};120.500;A2`, `NOT-A-VIN;10.000;A3`].join('\r\n'));
  app = await startE2eApp({ sandboxOptions: { registrationMs: 50 } });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('browser: kilometres and rejected rows as Excel', () => {
  it('holds kilometre rows back until the clerk confirms, then converts them', async () => {
    const { page } = app;
    await chooseFile(page, file);
    const note = page.getByTestId('kilometres-note');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/"Kilometerstand" looks like kilometres/);
    await app.screenshot('import-kilometres-ask-light');
    await note.getByRole('button', { name: 'Convert kilometres to miles' }).click();
    await page.getByText(/was read as kilometres and converted to miles/).waitFor();
    const counts = await importCounts(page);
    expect(counts).toMatchObject({ rows: 3, valid: 2, invalid: 1 });
    await app.screenshot('import-kilometres-converted-light');
  });

  it('downloads the rejected rows as XLSX with the reason and the VIN as text', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (XLSX)' }).click()]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(saved).toMatch(/\.xlsx$/);
    const wb = XLSX.read(await readFile(saved));
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
    expect(rows[0]).toEqual(['Row', 'VIN', 'Kilometerstand', 'Bestand', 'Reason']);
    expect(rows[1]![1]).toBe('NOT-A-VIN');
    expect(String(rows[1]!.at(-1))).toMatch(/VIN/);
  });
});
