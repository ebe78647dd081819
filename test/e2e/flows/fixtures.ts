/** Small inventory files written for a test: valid VINs, and one the partner will refuse. */
import { writeFile } from 'node:fs/promises';
import XLSX from 'xlsx';
import { join } from 'node:path';
import { makeVins } from '../../support/vins.js';

export interface SmallInventory {
  path: string;
  validVins: string[];
  /** Right shape, wrong check digit: the importer lets it through only with acceptBadCheckDigit, then the partner answers CantParseVIN 4005. */
  badCheckDigitVin: string;
}

export async function writeSmallInventory(dir: string, count: number): Promise<SmallInventory> {
  const validVins = makeVins(count, '1FTFW1ET5');
  const good = makeVins(1, '2HGFC2F59')[0]!;
  const digit = good.charAt(8);
  const badCheckDigitVin = good.slice(0, 8) + (digit === '7' ? '3' : '7') + good.slice(9);
  const lines = ['Stock #,VIN,Year,Make,Model,Miles'];
  validVins.forEach((vin, i) => lines.push(`STK${String(i + 1).padStart(4, '0')},${vin},2021,Ford,F-150,${12_000 + i * 1_013}`));
  lines.push(`STK9999,${badCheckDigitVin},2019,Honda,Civic,45210`);
  const path = join(dir, 'small-inventory.csv');
  await writeFile(path, `${lines.join('\r\n')}\r\n`);
  return { path, validVins, badCheckDigitVin };
}

/** A workbook with a notes sheet first and the inventory second, for the sheet picker. */
export async function writeTwoSheetWorkbook(dir: string, vins: string[]): Promise<string> {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Inventory export'], ['Prepared by the office']]), 'Notes');
  const rows = [['Stock', 'VIN', 'Odometer'], ...vins.map((vin, i) => [`W${i + 1}`, vin, 20_000 + i])];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Inventory');
  const path = join(dir, 'two-sheets.xlsx');
  await writeFile(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}
