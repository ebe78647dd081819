/**
 * Excel's column letters for a 0-based index (0 -> A, 25 -> Z, 26 -> AA). Pure and
 * dependency-free so the importer (main) and the Import screen (renderer) name columns alike.
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
