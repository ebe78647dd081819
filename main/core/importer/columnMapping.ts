/**
 * Which column holds which vehicle field: synonyms first, the caller's overrides on top.
 * A missing VIN or mileage column is a file-level InputError that lists the headers we
 * saw, because the user's next step is to rename one or pick it by hand.
 */
import { InputError } from '../shared/errors.js';
import { fieldForHeader, foldHeader } from './synonyms.js';
import { MAPPED_COLUMNS, REQUIRED_FIELDS, type ColumnMapping, type ColumnOverrides, type MappedColumn } from './types.js';
import { columnLetter } from '../../../preload/columnLetter.js';

export { columnLetter };

export type PartialMapping = Partial<Record<MappedColumn, number>>;


/** Resolve one override to a column index, or undefined when this header row lacks it. */
function overrideIndex(headers: readonly string[], choice: string | number): number | undefined {
  if (typeof choice === 'number') return Number.isInteger(choice) && choice >= 0 ? choice : undefined;
  const wanted = foldHeader(choice);
  const exact = headers.findIndex((h) => h.trim() === choice.trim());
  if (exact >= 0) return exact;
  const folded = headers.findIndex((h) => wanted !== '' && foldHeader(h) === wanted);
  return folded >= 0 ? folded : undefined;
}

/**
 * Map the cells of one candidate header row. Never throws: header detection calls this
 * on every candidate row and scores what it finds.
 */
export function mapColumns(headers: readonly string[], overrides: ColumnOverrides = {}): PartialMapping {
  const mapping: PartialMapping = {};
  const bestRank: Partial<Record<MappedColumn, number>> = {};
  headers.forEach((header, index) => {
    const hit = fieldForHeader(header);
    if (!hit) return;
    const previous = bestRank[hit.field];
    if (previous === undefined || hit.rank < previous) {
      mapping[hit.field] = index;
      bestRank[hit.field] = hit.rank;
    }
  });
  const claimed = new Set<number>();
  for (const field of MAPPED_COLUMNS) {
    const choice = overrides[field];
    if (choice === undefined) continue;
    const index = overrideIndex(headers, choice);
    if (index === undefined) delete mapping[field];
    else {
      mapping[field] = index;
      claimed.add(index);
    }
  }
  // A column the caller assigned to one field is no longer a synonym match for another.
  for (const field of MAPPED_COLUMNS) {
    const index = mapping[field];
    if (index !== undefined && overrides[field] === undefined && claimed.has(index)) delete mapping[field];
  }
  return mapping;
}

/** Describe a header for messages: its text, or its column letter when blank. */
export function headerLabel(headers: readonly string[], index: number): string {
  const text = headers[index]?.trim() ?? '';
  return text === '' ? `column ${columnLetter(index)}` : text;
}

/** Check VIN and mileage are mapped; throw an InputError naming what was seen otherwise. */
export function requireMapping(
  mapping: PartialMapping,
  headers: readonly string[],
  where: { fileName: string; sheet?: string; headerRow: number; overrides?: ColumnOverrides },
): ColumnMapping {
  const missing = REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
  if (missing.length === 0) return mapping as ColumnMapping;
  const names: Record<MappedColumn, string> = {
    vin: 'VIN', mileage: 'mileage', stockNumber: 'stock number', year: 'year', make: 'make', model: 'model', vehicle: 'vehicle',
  };
  const seen = headers.map((h) => h.trim()).filter((h) => h !== '');
  const place = where.sheet ? `"${where.fileName}" (sheet "${where.sheet}")` : `"${where.fileName}"`;
  const asked = missing.filter((f) => where.overrides?.[f] !== undefined);
  const askedNote = asked.length
    ? ` The chosen column for ${asked.map((f) => `${names[f]} (${JSON.stringify(where.overrides?.[f])})`).join(', ')} is not there.`
    : '';
  throw new InputError(
    `Could not find the ${missing.map((f) => names[f]).join(' and ')} column in ${place}.${askedNote} ` +
      `Headers seen on row ${where.headerRow}: ${seen.length ? seen.join(', ') : '(none)'}. ` +
      'Rename the column or choose it by hand.',
    { missing, headers: seen, headerRow: where.headerRow, sheet: where.sheet },
  );
}
