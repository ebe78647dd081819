import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInventoryBuffer, importInventoryFile, NUMBER_VIN_REASON } from '../../main/core/importer/index.js';
import { sheetJs } from '../../main/core/importer/sheetjs.js';
import type { WorkBook, WorkSheet } from '../../main/core/importer/sheetjs.js';

const XLSX = sheetJs();
const V1 = '1M8GDM9AXKP042788';
const V2 = '1HGCM82633A004352';
const V3 = 'JTEZU11F88K007763';
const HEADER = ['Stock #', 'Year', 'Make', 'Model', 'VIN', 'Odometer'];

/** Inventory below a title block; mileage as a formatted NUMBER, one VIN as a NUMBER cell. */
function inventorySheet(): WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Smith Motors - used inventory'],
    ['Printed', 45413],
    [],
    HEADER,
    ['A1', 2019, 'Ford', 'F-150', V1, 45000],
    ['A2', 2003, 'Honda', 'Accord', 12345678901234568, 100],
    ['A3', 2008, 'Toyota', 'Cruiser', `  ${V3.toLowerCase()}`, '12,000 mi'],
  ]);
  ws['B2']!.z = 'm/d/yyyy';
  ws['F5']!.z = '#,##0';
  return ws;
}

/** A hidden first sheet that matches the header even better than the visible one. */
function workbookWithHiddenFirstSheet(): WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([HEADER, ['H1', 2003, 'Honda', 'Accord', V2, 5]]), 'Lookup');
  XLSX.utils.book_append_sheet(wb, inventorySheet(), 'Inventory');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Notes'], ['call Bob']]), 'Notes');
  wb.Workbook = { Sheets: [{ name: 'Lookup', Hidden: 1 }, { name: 'Inventory', Hidden: 0 }, { name: 'Notes', Hidden: 0 }] };
  return wb;
}

const write = (wb: WorkBook, bookType: 'xlsx' | 'xls' | 'ods') => XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qr-importer-wb-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(['xlsx', 'xls'] as const)('%s workbook', (bookType) => {
  it('skips the hidden sheet, finds the header under the title, rejects the numeric VIN (in a worker)', async () => {
    const path = join(dir, `inventory.${bookType}`);
    await writeFile(path, write(workbookWithHiddenFirstSheet(), bookType));
    const result = await importInventoryFile(path);

    expect(result.format).toBe(bookType);
    expect(result.sheet).toBe('Inventory');
    expect(result.sheets).toEqual([
      { name: 'Lookup', hidden: true, score: 0 },
      { name: 'Inventory', hidden: false, score: 10 },
      { name: 'Notes', hidden: false, score: 0 },
    ]);
    expect(result.notices).toContain('Skipped hidden sheet "Lookup".');
    expect(result.headerRow).toBe(4);
    expect(result.mapping).toEqual({ stockNumber: 0, year: 1, make: 2, model: 3, vin: 4, mileage: 5 });
    expect(result.vehicles).toEqual([
      { vin: V1, mileage: 45000, stockNumber: 'A1', year: '2019', make: 'Ford', model: 'F-150', source: { file: `inventory.${bookType}`, row: 5 } },
      { vin: V3, mileage: 12000, stockNumber: 'A3', year: '2008', make: 'Toyota', model: 'Cruiser', source: { file: `inventory.${bookType}`, row: 7 } },
    ]);
    expect(result.invalid).toEqual([
      { row: 6, column: 'VIN', field: 'vin', value: '1.23457E+16', reason: NUMBER_VIN_REASON },
    ]);
    expect(NUMBER_VIN_REASON).toBe('Excel converted this VIN to a number; re-export the column as text');
  });

  it('reads cells as the text Excel displays', async () => {
    const result = await importInventoryBuffer(write(workbookWithHiddenFirstSheet(), bookType), { fileName: `x.${bookType}` });
    // Neither the date serial nor the raw number: the formatted text.
    expect(result.invalid[0]?.value).toBe('1.23457E+16');
    expect(result.vehicles[0]?.year).toBe('2019');
  });

  it('uses a hidden sheet only when the caller names it', async () => {
    const result = await importInventoryBuffer(write(workbookWithHiddenFirstSheet(), bookType), { sheet: 'lookup' });
    expect(result.sheet).toBe('Lookup');
    expect(result.vehicles).toEqual([expect.objectContaining({ vin: V2, mileage: 5, source: { file: 'file', row: 2 } })]);
    await expect(importInventoryBuffer(write(workbookWithHiddenFirstSheet(), bookType), { sheet: 'Stock' })).rejects.toThrow(
      'has no sheet named "Stock". Sheets: Lookup, Inventory, Notes.',
    );
  });
});

describe('other workbook inputs', () => {
  it('picks the visible sheet with the best header in an ODS file', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Notes'], ['VIN list below']]), 'Notes');
    XLSX.utils.book_append_sheet(wb, inventorySheet(), 'Inventory');
    const result = await importInventoryBuffer(write(wb, 'ods'), { fileName: 'stock.ods' });
    expect(result).toMatchObject({ format: 'ods', sheet: 'Inventory', headerRow: 4 });
    expect(result.vehicles.map((v) => v.vin)).toEqual([V1, V3]);
    expect(result.invalid.map((p) => [p.row, p.reason])).toEqual([[6, NUMBER_VIN_REASON]]);
  });

  it('reads an HTML table saved as .xls without turning text into numbers', async () => {
    const html = `<html><body><table><tr><td>VIN</td><td>Miles</td><td>Stock</td></tr>
      <tr><td>${V1}</td><td>45,000</td><td>000123</td></tr></table></body></html>`;
    const result = await importInventoryBuffer(Buffer.from(html), { fileName: 'dms-export.xls' });
    expect(result.format).toBe('html');
    expect(result.vehicles).toEqual([expect.objectContaining({ vin: V1, mileage: 45000, stockNumber: '000123' })]);
  });

  it('refuses a workbook whose sheets are all hidden', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([HEADER]), 'Only');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([HEADER]), 'Other');
    wb.Workbook = { Sheets: [{ name: 'Only', Hidden: 1 }, { name: 'Other', Hidden: 2 }] };
    await expect(importInventoryBuffer(write(wb, 'xlsx'), { fileName: 'h.xlsx' })).rejects.toThrow(
      '"h.xlsx" has no visible sheet; unhide the inventory sheet in Excel and save again.',
    );
  });

  it('enforces the row limit on sheets', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['VIN', 'Miles'], ...Array.from({ length: 20 }, () => [V1, 1])]), 'S');
    await expect(importInventoryBuffer(write(wb, 'xlsx'), { fileName: 'big.xlsx', limits: { maxRows: 10 } })).rejects.toThrow(
      'Sheet "S" of "big.xlsx" has more than 10 rows; split it into smaller files.',
    );
  });

  it('turns a damaged workbook into an InputError', async () => {
    const bytes = write(workbookWithHiddenFirstSheet(), 'xlsx').subarray(0, 400);
    await expect(importInventoryBuffer(bytes, { fileName: 'cut.xlsx' })).rejects.toMatchObject({
      kind: 'InputError',
      message: '"cut.xlsx" is a damaged zip archive (no central directory); save the workbook again from Excel.',
    });
  });
});
