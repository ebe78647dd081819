/**
 * A text row with more fields than the header: almost always an unquoted value with a
 * comma in it, most often a mileage typed "45,000" in a comma-separated file. Every
 * column after the split is shifted, so such a row cannot be trusted where it is shifted;
 * we name the value that split and how to fix the file.
 */

export interface RowSplit {
  /** 0-based column where the split value starts, when we can tell (else undefined). */
  at?: number;
  /** The value as it was probably written ("45,000"). */
  value?: string;
  reason: string;
}

/** "45" followed by "000" (or "000 mi"): a number that was split at its thousands comma. */
const GROUP_HEAD = /^\d{1,3}$/;
const GROUP_TAIL = /^\d{3}(?:\D.*)?$/;

/** Undefined when the row fits the header (extra trailing blanks are harmless). */
export function detectRowSplit(cells: readonly string[], headerWidth: number, delimiter = ','): RowSplit | undefined {
  if (cells.length <= headerWidth) return undefined;
  let last = cells.length - 1;
  while (last >= headerWidth && cells[last]!.trim() === '') last--;
  if (last < headerWidth) return undefined;
  const fields = last + 1;
  const counts = `row has ${fields} fields but the header has ${headerWidth}`;
  if (delimiter !== ',') {
    const name = delimiter === '\t' ? 'a tab' : `"${delimiter}"`;
    return { reason: `${counts}; a value containing ${name} must be in quotes. Fix the row in the file and import again` };
  }
  for (let c = 0; c + 1 < cells.length; c++) {
    const head = cells[c]!.trim();
    const tail = cells[c + 1]!.trim();
    if (GROUP_HEAD.test(head) && GROUP_TAIL.test(tail)) {
      const value = `${head},${tail}`;
      return {
        at: c,
        value,
        reason: `${counts}: "${value}" was split at its comma; put it in quotes ("${value}") or drop the comma, then import again`,
      };
    }
  }
  return { reason: `${counts}; a value containing a comma must be in quotes. Fix the row in the file and import again` };
}
