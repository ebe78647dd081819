/**
 * Merged header cells. Excel keeps a merged cell's text in its top-left cell only, so a
 * "VIN" header merged down over a two-row header, or "Odometer" merged across two
 * columns, leaves blanks where the header row needs a name. We copy the text into the
 * covered cells, but only on rows up to the header: below it a merge is data, and Excel
 * shows that value once.
 */

/** A merged area, 0-based and inclusive, as SheetJS reports it in "!merges". */
export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** Copy each merge's text into its blank covered cells on rows 0..lastRow (mutates rows). */
export function fillMergedCells(rows: string[][], merges: readonly CellRange[] | undefined, lastRow: number, maxColumns: number): void {
  if (!merges) return;
  for (const { s, e } of merges) {
    if (s.r > lastRow) continue;
    const text = rows[s.r]?.[s.c] ?? '';
    if (text === '') continue;
    for (let r = s.r; r <= Math.min(e.r, lastRow); r++) {
      const row = (rows[r] ??= []);
      for (let c = s.c; c <= Math.min(e.c, maxColumns - 1); c++) {
        for (let fill = row.length; fill < c; fill++) row[fill] = '';
        if (!row[c]) row[c] = text;
      }
    }
  }
}
