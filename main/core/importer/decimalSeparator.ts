/**
 * Which character a file uses for decimals. Excel in most of Europe writes "45.000,5"
 * and separates "CSV" fields with ";" because the comma is taken. A reading like
 * "45.000" is ambiguous on its own (45 or 45,000), so the file decides: first the
 * readings that are NOT ambiguous ("1.234.567", "45.000,5", "12,5" against "45,000.5",
 * "12.5"), then the delimiter (semicolon means a decimal comma), else a decimal point.
 */
import type { DecimalSeparator } from './types.js';

const UNIT = /\s*(?:mi|mi\.|mls|miles?|km|kms|km\.|kilomet(?:er|re)s?)$/i;

const COMMA_EVIDENCE = [/^\d{1,3}(?:\.\d{3})+,\d+$/, /^\d{1,3}(?:\.\d{3}){2,}$/, /^\d+,\d{1,2}$/, /^\d{4,},\d+$/];
const POINT_EVIDENCE = [/^\d{1,3}(?:,\d{3})+\.\d+$/, /^\d{1,3}(?:,\d{3}){2,}$/, /^\d+\.\d{1,2}$/, /^\d{4,}\.\d+$/];

/** Decide from sample cells of the mileage column and the file's delimiter (text files only). */
export function detectDecimalSeparator(samples: Iterable<string>, delimiter?: string): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const raw of samples) {
    const text = raw.trim().replace(UNIT, '');
    if (COMMA_EVIDENCE.some((re) => re.test(text))) comma++;
    else if (POINT_EVIDENCE.some((re) => re.test(text))) point++;
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

export const DECIMAL_COMMA_NOTICE = 'Numbers in this file use a decimal comma (45.000 is forty-five thousand; 12,5 is twelve and a half).';
