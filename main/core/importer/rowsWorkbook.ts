/**
 * Rows of text as an XLSX file (the rejected-rows export): every cell a TEXT cell, so a
 * VIN, a stock number "00123" or a mileage "45,000" come back exactly as they went out
 * when the user fixes them in Excel and imports again. SheetJS stays inside the importer.
 */
import { sheetJs } from './sheetjs.js';

export function rowsToXlsx(header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>, sheetName = 'Rejected rows'): Uint8Array<ArrayBuffer> {
  const XLSX = sheetJs();
  const text = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const ws = XLSX.utils.aoa_to_sheet(text);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  // A copy on its own ArrayBuffer: what IPC and the harness bridge carry as bytes.
  return new Uint8Array(bytes);
}
