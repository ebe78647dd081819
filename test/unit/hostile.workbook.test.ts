/**
 * The workbook half of the hostile-file corpus (test/fixtures/hostileWorkbooks.ts): each
 * file read from disk and imported, with its exact outcome. The last test checks that no
 * file of the corpus went untested.
 */
import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useHostileCorpus } from '../fixtures/hostileHarness.js';
import { V1, V2, V3, V4 } from '../fixtures/hostileText.js';
import { BOMB_MB, hostileWorkbookFiles } from '../fixtures/hostileWorkbooks.js';
import {
  declaredUnzippedBytes,
  NUMBER_VIN_REASON,
  parseSpreadsheetBuffer,
  type ImportResult,
} from '../../main/core/importer/index.js';

const { pathOf, bytesOf, run, failure, reasons, untested } = useHostileCorpus('qr-hostile-book-', hostileWorkbookFiles);
const vehicles = (r: ImportResult) => r.vehicles.map((v) => [v.source?.row, v.vin, v.mileage, v.stockNumber]);
const uncalculated = (cell: string, formula: string) =>
  `cell ${cell} holds a formula (=${formula}) whose value was not saved; open the file in Excel, let it calculate, save it and import again`;

describe('sheets', () => {
  it('a hidden first sheet with a code list is skipped; the inventory on the second is used and named', async () => {
    const r = await run('hidden-code-list-first.xlsx');
    expect(r.sheet).toBe('Inventory');
    expect(r.sheets).toEqual([
      { name: 'Codes', hidden: true, score: 0 },
      { name: 'Inventory', hidden: false, score: 7 },
    ]);
    expect(r.notices).toEqual(['Skipped hidden sheet "Codes".', 'Used sheet "Inventory", the best match for an inventory header.']);
    expect(vehicles(r)).toEqual([[2, V1, 100, '00123'], [3, V2, 200, '00124']]);
    // Chosen by name, the hidden sheet is read (and has no vehicles).
    const codes = await run('hidden-code-list-first.xlsx', { sheet: 'Codes' });
    expect(codes).toMatchObject({ sheet: 'Codes', summary: { rows: 2, vehicles: 0, invalidRows: 2 } });
  });

  it('the visible sheet whose header matches best wins, in XLSX and in ODS', async () => {
    const xlsx = await run('best-header-second-sheet.xlsx');
    expect(xlsx).toMatchObject({ sheet: 'Stock', notices: ['Used sheet "Stock", the best match for an inventory header.'] });
    const ods = await run('numbers-export.ods');
    expect(ods).toMatchObject({ format: 'ods', sheet: 'Inventory' });
    expect(vehicles(ods)).toEqual([[2, V1, 100, '00123'], [3, V2, 200, '00124']]);
  });

  it('all sheets hidden: nothing to pick', async () => {
    expect(await failure('all-sheets-hidden.xlsx')).toMatchObject({
      message: '"all-sheets-hidden.xlsx" has no visible sheet; unhide the inventory sheet in Excel and save again.',
    });
  });
});

describe('cells', () => {
  it('a VIN cell Excel stored as a number is rejected with the re-export hint (XLSX and XLS)', async () => {
    const xlsx = await run('numeric-vin-cell.xlsx');
    expect(reasons(xlsx)).toEqual([[3, 'vin', '1.23457E+16', NUMBER_VIN_REASON]]);
    expect(NUMBER_VIN_REASON).toBe('Excel converted this VIN to a number; re-export the column as text');
    const xls = await run('biff8.xls');
    expect(xls).toMatchObject({ format: 'xls', sheet: 'Inventory', notices: ['Skipped hidden sheet "Codes".', 'Used sheet "Inventory", the best match for an inventory header.'] });
    expect(reasons(xls)).toEqual([[4, 'vin', '1.23457E+16', NUMBER_VIN_REASON]]);
    expect(vehicles(xls)).toEqual([[2, V1, 100, '00123'], [3, V2, 200, '00124']]);
  });

  it('formulas without a saved value are reported, never read as 0 or blank; a calculated one is read', async () => {
    const r = await run('formula-without-value.xlsx');
    expect(reasons(r)).toEqual([
      [2, 'mileage', '=D2*1000', uncalculated('C2', 'D2*1000')],
      [3, 'vin', '=CONCATENATE(E3,F3)', uncalculated('B3', 'CONCATENATE(E3,F3)')],
    ]);
    expect(vehicles(r)).toEqual([[4, V3, 1200, 'S3'], [5, V4, 500, undefined]]);
    expect(r.warnings.map((w) => [w.row, w.field, w.reason])).toEqual([[5, 'stockNumber', `${uncalculated('A5', '"S"&ROW()')}; left out`]]);
  });

  it('dates stay as shown, numbers as formatted, a location stays text', async () => {
    const sheet = await parseSpreadsheetBuffer(await bytesOf('dates-as-shown.xlsx'));
    expect(sheet.rows[1]).toEqual([V1, '45,000', '05/01/2024', '2019', 'Mayslanding, NJ 08234']);
    const r = await run('dates-as-shown.xlsx');
    expect(r.vehicles).toEqual([{ vin: V1, mileage: 45000, year: '2019', source: { file: 'dates-as-shown.xlsx', row: 2 } }]);
  });

  it('a number cell formatted "00000" reads "00123", as Excel shows it', async () => {
    expect(vehicles(await run('leading-zero-format.xlsx'))).toEqual([[2, V1, 100, '00123']]);
  });

  it('an HTML table saved as .xls keeps "000123" and reads "45,000"', async () => {
    const r = await run('html-table-saved-as.xls');
    expect(r.format).toBe('html');
    expect(vehicles(r)).toEqual([[2, V1, 45000, '000123']]);
  });
});

describe('headers', () => {
  it('merged header cells: "VIN" and "Mileage" merged down over a two-row header', async () => {
    const r = await run('merged-two-row-header.xlsx');
    expect(r.headerRow).toBe(2);
    expect(r.headers).toEqual(['VIN', 'Mileage', 'Year', 'Make', 'Model']);
    expect(r.vehicles).toEqual([
      { vin: V1, mileage: 100, year: '2019', make: 'Ford', model: 'F-150', source: { file: 'merged-two-row-header.xlsx', row: 3 } },
      { vin: V2, mileage: 200, year: '2003', make: 'Honda', model: 'Accord', source: { file: 'merged-two-row-header.xlsx', row: 4 } },
    ]);
  });

  it('a merged report title and a date above the header', async () => {
    const r = await run('title-rows-merged.xlsx');
    expect(r).toMatchObject({ sheet: 'Stock', headerRow: 4, headers: ['Stock', 'VIN', 'Miles'] });
    expect(vehicles(r)).toEqual([[5, V1, 100, 'S1']]);
  });
});

describe('archives and limits', () => {
  it(`a worksheet that inflates to ${BOMB_MB} MB is refused from its zip directory, before anything is inflated`, async () => {
    const bytes = await bytesOf('zip-bomb.xlsx');
    expect((await stat(pathOf('zip-bomb.xlsx'))).size).toBeLessThan(1024 * 1024);
    expect(declaredUnzippedBytes(bytes, 'zip-bomb.xlsx')).toBeGreaterThan(BOMB_MB * 1024 * 1024);
    const started = performance.now();
    expect(await failure('zip-bomb.xlsx')).toMatchObject({
      kind: 'InputError',
      message: `"zip-bomb.xlsx" would unpack to ${BOMB_MB} MB, over the 256 MB limit for a workbook; it was not opened. Save the inventory sheet alone, or as CSV.`,
      details: { limit: 'maxUnzippedBytes' },
    });
    // Generous: inflating 600 MB takes seconds; reading a directory takes microseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a ZIP64 archive (over 4 GB) is refused the same way', async () => {
    expect(await failure('zip64-claim.xlsx')).toMatchObject({
      message: '"zip64-claim.xlsx" would unpack to more than 4 GB, over the 256 MB limit for a workbook; it was not opened. Save the inventory sheet alone, or as CSV.',
    });
  });

  it.each([
    ['lying-local-header.xlsx', '"lying-local-header.xlsx" is a damaged zip archive (part "xl/worksheets/sheet1.xml" declares two different sizes); save the workbook again from Excel.'],
    ['truncated.xlsx', '"truncated.xlsx" is a damaged zip archive (no central directory); save the workbook again from Excel.'],
    ['wide-row.xlsx', 'Sheet "S" of "wide-row.xlsx" has 2,055 columns on row 1, over the 2,000 column limit; export only the inventory columns.'],
  ])('%s', async (name, message) => {
    expect(await failure(name)).toMatchObject({ kind: 'InputError', message });
  });

  it('too-many-rows.xlsx: over a lowered row limit', async () => {
    expect(await failure('too-many-rows.xlsx', { limits: { maxRows: 100 } })).toMatchObject({
      message: 'Sheet "S" of "too-many-rows.xlsx" has more than 100 rows; split it into smaller files.',
    });
  });

  it('a used range that claims a million rows and 16,384 columns costs nothing', async () => {
    const sheet = await parseSpreadsheetBuffer(await bytesOf('huge-claimed-range.xlsx'));
    expect(sheet.rows).toHaveLength(3);
    const r = await run('huge-claimed-range.xlsx');
    expect(vehicles(r)).toEqual([[2, V1, 100, '00123'], [3, V2, 200, '00124']]);
  });
});

it('tests every workbook of the corpus', () => {
  expect(untested()).toEqual([]);
});
