/** Spreadsheet words: column letters, the fields a column can feed, and where a problem sits. */
import type { MappingView, PreviewView, RowProblemView } from '../../preload/contract';
import { columnLetter } from '../../preload/columnLetter';

export { columnLetter };

export type FieldKey = keyof MappingView;

export const FIELDS: Array<{ key: FieldKey; label: string; required: boolean }> = [
  { key: 'vin', label: 'VIN', required: true },
  { key: 'mileage', label: 'Mileage', required: true },
  { key: 'stockNumber', label: 'Stock number', required: false },
  { key: 'year', label: 'Year', required: false },
  { key: 'make', label: 'Make', required: false },
  { key: 'model', label: 'Model', required: false },
];

export const FIELD_LABEL = Object.fromEntries(FIELDS.map((f) => [f.key, f.label])) as Record<FieldKey, string>;


/** The field a column feeds, if any. */
export function fieldOfColumn(mapping: MappingView, column: number): FieldKey | null {
  const hit = FIELDS.find((f) => mapping[f.key] === column);
  return hit ? hit.key : null;
}

/** The 0-based column a problem points at: by field first (exact), then by header text or letter. */
export function problemColumn(preview: PreviewView, p: RowProblemView): number | null {
  if (p.field && p.field in preview.mapping) {
    const c = preview.mapping[p.field as FieldKey];
    if (c !== null) return c;
  }
  if (p.column) {
    const byHeader = preview.headers.findIndex((h) => h.trim().toLowerCase() === p.column!.trim().toLowerCase());
    if (byHeader >= 0) return byHeader;
    if (/^[A-Z]{1,3}$/.test(p.column)) {
      const byLetter = preview.headers.findIndex((_, i) => columnLetter(i) === p.column);
      if (byLetter >= 0) return byLetter;
    }
  }
  return null;
}

/** "odometer (J)" for messages, or the field's name when the column is unknown. */
export function describeColumn(preview: PreviewView, p: RowProblemView): string {
  const c = problemColumn(preview, p);
  if (c !== null) return `${preview.headers[c] || 'Column'} (${columnLetter(c)})`;
  return p.column ?? (p.field ? (FIELD_LABEL[p.field as FieldKey] ?? p.field) : '—');
}
