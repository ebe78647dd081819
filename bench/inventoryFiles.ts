/**
 * Generated inventory files for benchmarks: what a dealer's DMS export looks like (a
 * dozen columns, quoted "45,000" mileages, text VINs), every row a valid, distinct
 * vehicle so the import does its full work (validate, deduplicate, write).
 */
import { writeFile } from 'node:fs/promises';
import { sheetJs } from '../main/core/importer/sheetjs.js';
import { makeVins } from '../test/support/vins.js';

const HEADER = ['Stock #', 'Year', 'Make', 'Model', 'Trim', 'VIN', 'Mileage', 'Color', 'Price', 'Location'];
const MAKES = [['Toyota', 'Camry'], ['Ford', 'F-150'], ['Honda', 'Accord'], ['Chevrolet', 'Silverado'], ['Nissan', 'Altima']] as const;

function vehicleRow(i: number, vin: string): Array<string | number> {
  const [make, model] = MAKES[i % MAKES.length]!;
  return [`S${String(i).padStart(6, '0')}`, 2010 + (i % 15), make, model, 'SE', vin, 1 + ((i * 7919) % 240_000), 'Blue', 9_995 + (i % 30_000), 'Mays Landing, NJ 08330'];
}

const quoted = (cell: string | number) => (typeof cell === 'number' || !/[",]/.test(cell) ? String(cell) : `"${cell.replace(/"/g, '""')}"`);

/** A comma-separated export; mileage written "45,000" (quoted), CRLF line ends. */
export async function writeInventoryCsv(path: string, rows: number): Promise<void> {
  const vins = makeVins(rows);
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const cells = vehicleRow(i, vins[i]!);
    cells[6] = (cells[6] as number).toLocaleString('en-US');
    lines.push(cells.map(quoted).join(','));
  }
  await writeFile(path, lines.join('\r\n') + '\r\n');
}

/** An XLSX as Excel writes it: shared strings, numbers as numbers, mileage formatted "#,##0". */
export async function writeInventoryXlsx(path: string, rows: number): Promise<void> {
  const XLSX = sheetJs();
  const vins = makeVins(rows, '2T1BURHE0');
  const aoa = [HEADER, ...Array.from({ length: rows }, (_, i) => vehicleRow(i, vins[i]!))];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  for (let r = 1; r <= rows; r++) ws[XLSX.utils.encode_cell({ r, c: 6 })]!.z = '#,##0';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Inventory');
  await writeFile(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer);
}
