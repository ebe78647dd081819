/**
 * Guess the delimiter of a text export from its first lines. "CSV" from European Excel
 * uses ";", DMS exports use tabs or "|". The delimiter is the candidate that appears the
 * same number of times on the most lines (title lines above the table have none, so
 * consistency matters more than a raw count); delimiters inside quotes do not count.
 */

export const DELIMITER_CANDIDATES = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITER_CANDIDATES)[number];

const SNIFF_LINES = 30;

/** Split the head of a file into lines, keeping quoted line breaks inside their field. */
function headLines(text: string, maxLines: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (c === 10 /* \n */ && !quoted) {
      lines.push(text.slice(start, i).replace(/\r$/, ''));
      start = i + 1;
    }
  }
  if (lines.length < maxLines && start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Occurrences of `delimiter` outside double quotes. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

export interface SniffResult {
  delimiter: Delimiter;
  /** Lines (of those sampled) that agree on the modal field count. */
  agreeing: number;
  sampled: number;
}

/** Pick the delimiter; a single-column file (no candidate at all) falls back to comma. */
export function sniffDelimiter(head: string): SniffResult {
  const lines = headLines(head, SNIFF_LINES).filter((l) => l.trim() !== '');
  let best: { delimiter: Delimiter; agreeing: number; perLine: number } = { delimiter: ',', agreeing: 0, perLine: 0 };
  for (const delimiter of DELIMITER_CANDIDATES) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, delimiter);
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    for (const [perLine, agreeing] of tally) {
      const better =
        agreeing > best.agreeing || (agreeing === best.agreeing && agreeing > 0 && perLine > best.perLine);
      if (better) best = { delimiter, agreeing, perLine };
    }
  }
  return { delimiter: best.delimiter, agreeing: best.agreeing, sampled: lines.length };
}
