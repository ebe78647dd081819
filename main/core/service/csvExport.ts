/**
 * CSV for people who open it in Excel: every cell quoted, and cells that start with
 * = + - @ (or a tab/CR) neutralised with a leading apostrophe so a VIN or a partner
 * message can never run as a formula (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  // CRLF and a BOM: what Excel on Windows expects to open UTF-8 correctly.
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
