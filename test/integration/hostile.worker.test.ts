/**
 * The hostile corpus through the real path: the import worker reading from disk
 * (streamed CSV, packed rows), for a sample of files covering each reader and each kind
 * of refusal. The results must equal the in-process import of the same bytes, which the
 * unit tests pin down exactly. (Every file through a worker would cost ~0.5 s each in
 * tsx start-up under vitest; the unit tests cover them all in process.)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileCorpus } from '../fixtures/hostileCorpus.js';
import { importInventoryBuffer, importInventoryFile, importSpreadsheetFile } from '../../main/core/importer/index.js';
import { InputError } from '../../main/core/shared/errors.js';

let dir = '';
let files: Record<string, string> = {};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qr-hostile-worker-'));
  files = await writeHostileCorpus(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('the corpus has at least 40 hostile files', () => {
  expect(Object.keys(files).length).toBeGreaterThanOrEqual(40);
});

describe('through the worker, the same outcome as in process', () => {
  it.each([
    'bom-before-vin-header.csv',
    'windows-1252-dealers.csv',
    'utf16be.csv',
    'unquoted-45,000-split.csv',
    'vin-variants.csv',
    'hidden-code-list-first.xlsx',
    'formula-without-value.xlsx',
    'merged-two-row-header.xlsx',
    'numbers-export.ods',
  ])('%s', async (name) => {
    const viaWorker = await importInventoryFile(files[name]!);
    const inProcess = await importInventoryBuffer(await readFile(files[name]!), { fileName: name });
    expect(viaWorker).toEqual(inProcess);
  });

  it('kilometres: held back, then converted when confirmed', async () => {
    const asked = await importInventoryFile(files['km-column.csv']!);
    expect(asked.kilometres).toEqual({ column: 'KM', index: 1, rows: 3, converted: false });
    const converted = await importInventoryFile(files['km-column.csv']!, { kilometres: 'convert' });
    expect(converted.vehicles.map((v) => v.mileage)).toEqual([27962, 27962]);
  });

  it('keeps the rows for the preview, as text', async () => {
    const { sheet } = await importSpreadsheetFile(files['leading-zeros-digit-vin.csv']!);
    expect(sheet.rows).toEqual([['Stock #', 'VIN', 'Mileage'], ['00123', '1M8GDM9AXKP042788', '100'], ['00042', '12345678901234567', '200']]);
  });
});

describe('refusals cross the thread as InputErrors', () => {
  it.each([
    ['zip-bomb.xlsx', '"zip-bomb.xlsx" would unpack to 600 MB, over the 256 MB limit for a workbook; it was not opened. Save the inventory sheet alone, or as CSV.'],
    ['unclosed-quote.csv', '"unclosed-quote.csv" could not be read as CSV near line 5: a quote (") opens a cell that never closes, so the rest of the file would be one cell; find the stray quote and remove it.'],
    ['too-many-columns.csv', '"too-many-columns.csv" has 2,001 columns on row 1, over the 2,000 column limit; export only the inventory columns.'],
  ])('%s', async (name, message) => {
    const error = await importInventoryFile(files[name]!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(message);
  });
});
