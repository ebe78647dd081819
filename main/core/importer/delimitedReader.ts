/**
 * CSV / TSV / semicolon / pipe text to rows of text with csv-parse's streaming parser.
 * No casting: "00123" stays "00123". Blank lines are kept as empty rows so that
 * rows[i] is what Excel shows as row i + 1 when it opens the same file.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { InputError } from '../shared/errors.js';
import { sniffDelimiter, type Delimiter } from './delimiterSniffer.js';
import { decodeChunks, decodeHead, detectEncoding, type TextEncodingName } from './textDecoding.js';

export interface DelimitedText {
  rows: string[][];
  delimiter: Delimiter;
  encoding: TextEncodingName;
  notices: string[];
}

export interface DelimitedReadOptions {
  fileName: string;
  maxRows: number;
  /** A single cell larger than this is a damaged file (an unclosed quote swallowing the rest). */
  maxCellChars?: number;
}

const DEFAULT_MAX_CELL_CHARS = 1 << 20;

/** Rows of text from delimited bytes; throws InputError on a damaged or oversized file. */
export async function readDelimitedText(bytes: Uint8Array, options: DelimitedReadOptions): Promise<DelimitedText> {
  const detected = detectEncoding(bytes);
  const { delimiter } = sniffDelimiter(decodeHead(bytes, detected));
  const parser = Readable.from(decodeChunks(bytes, detected)).pipe(
    parse({
      delimiter,
      bom: true,
      // Real exports have ragged rows and stray quotes inside unquoted cells (12" wheels).
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: options.maxCellChars ?? DEFAULT_MAX_CELL_CHARS,
    }),
  );
  const rows: string[][] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (rows.length >= options.maxRows) {
        throw new InputError(
          `"${options.fileName}" has more than ${options.maxRows.toLocaleString('en-US')} rows; split it into smaller files.`,
          { limit: 'maxRows', maxRows: options.maxRows },
        );
      }
      rows.push(record);
    }
  } catch (err) {
    parser.destroy();
    if (err instanceof InputError) throw err;
    const info = err as { code?: string; lines?: number; message?: string };
    const line = info.lines ? ` near line ${info.lines}` : '';
    throw new InputError(`"${options.fileName}" could not be read as ${describe(delimiter)}${line}: ${info.message ?? String(err)}`, {
      code: info.code,
      line: info.lines,
    });
  }
  const notices = detected.notice ? [detected.notice] : [];
  return { rows, delimiter, encoding: detected.encoding, notices };
}

function describe(delimiter: Delimiter): string {
  const names: Record<Delimiter, string> = { ',': 'CSV', '\t': 'tab-separated text', ';': 'semicolon-separated text', '|': 'pipe-separated text' };
  return names[delimiter];
}
