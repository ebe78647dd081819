/**
 * CSV / TSV / semicolon / pipe text to rows of text with csv-parse's streaming parser,
 * in batches as the bytes arrive. No casting: "00123" stays "00123". Blank lines are
 * kept as empty rows so that rows[i] is what Excel shows as row i + 1 when it opens the
 * same file. UTF-8 bytes go to csv-parse as they are (it decodes per field, the fastest
 * path); other encodings are decoded to text first.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { InputError } from '../shared/errors.js';
import type { ByteSource } from './byteSource.js';
import { sniffDelimiter, type Delimiter } from './delimiterSniffer.js';
import { tooManyColumnsError, tooManyRowsError } from './limits.js';
import { decodeHead, decodeStream, detectEncoding, type TextEncodingName } from './textDecoding.js';
import type { ReadLimits } from './types.js';

export interface DelimitedText {
  delimiter: Delimiter;
  encoding: TextEncodingName;
  notices: string[];
  /** The rows, in order, in batches of about `batchRows`. */
  batches: AsyncGenerator<string[][]>;
}

export interface DelimitedReadOptions {
  fileName: string;
  limits: ReadLimits;
  batchRows: number;
  /** A single cell larger than this is a damaged file (an unclosed quote swallowing the rest). */
  maxCellChars?: number;
}

const DEFAULT_MAX_CELL_CHARS = 1 << 20;
const SNIFF_BYTES = 64 * 1024;

export async function readDelimitedText(source: ByteSource, options: DelimitedReadOptions): Promise<DelimitedText> {
  const head = await source.head(SNIFF_BYTES);
  const detected = await detectEncoding(head, () => source.chunks());
  const { delimiter } = sniffDelimiter(decodeHead(head, detected));
  const input = detected.encoding === 'utf-8' ? source.chunks() : decodeStream(source.chunks(), detected);
  return {
    delimiter,
    encoding: detected.encoding,
    notices: detected.notice ? [detected.notice] : [],
    batches: parseBatches(input, delimiter, options),
  };
}

async function* parseBatches(input: AsyncIterable<Buffer | string>, delimiter: Delimiter, options: DelimitedReadOptions): AsyncGenerator<string[][]> {
  const { limits, fileName } = options;
  const place = `"${fileName}"`;
  const parser = parse({
    delimiter,
    bom: true,
    // Real exports have ragged rows and stray quotes inside unquoted cells (12" wheels).
    relax_column_count: true,
    relax_quotes: true,
    // Files edited by two tools mix CRLF and LF; csv-parse would otherwise take the first
    // one it sees as the only line end and glue the other rows together.
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_empty_lines: false,
    max_record_size: options.maxCellChars ?? DEFAULT_MAX_CELL_CHARS,
  });
  let batch: string[][] = [];
  const full: string[][][] = [];
  let count = 0;
  let failure: unknown;
  parser.on('data', (record: string[]) => {
    if (failure) return;
    count++;
    if (count > limits.maxRows) failure = tooManyRowsError(place, limits);
    else if (record.length > limits.maxColumns) failure = tooManyColumnsError(place, count, record.length, limits);
    if (failure) return void parser.destroy();
    batch.push(record);
    if (batch.length >= options.batchRows) {
      full.push(batch);
      batch = [];
    }
  });
  parser.on('error', (err) => (failure ??= err));
  const done = finished(parser).catch((err: unknown) => (failure ??= err));
  try {
    for await (const chunk of input) {
      if (!parser.write(chunk) && !failure) await Promise.race([once(parser, 'drain'), done]);
      if (failure) break;
      while (full.length) yield full.shift()!;
    }
    if (!failure) parser.end();
    await done;
    if (failure) throw failure;
    while (full.length) yield full.shift()!;
    if (batch.length) yield batch;
  } catch (err) {
    throw asInputError(err, fileName, delimiter);
  } finally {
    parser.destroy();
  }
}

/** What the user can do about csv-parse's two ways a damaged text file ends. */
const HINTS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quote (") opens a cell that never closes, so the rest of the file would be one cell; find the stray quote and remove it',
  CSV_MAX_RECORD_SIZE: 'one row is over 1 MB (an unclosed quote, or not a spreadsheet at all); fix that row or save the sheet again',
};

function asInputError(err: unknown, fileName: string, delimiter: Delimiter): unknown {
  if (err instanceof InputError) return err;
  const info = err as { code?: string; lines?: number; message?: string };
  const line = info.lines ? ` near line ${info.lines}` : '';
  const why = (info.code && HINTS[info.code]) ?? info.message ?? String(err);
  return new InputError(`"${fileName}" could not be read as ${describe(delimiter)}${line}: ${why}.`, {
    code: info.code,
    line: info.lines,
  });
}

function describe(delimiter: Delimiter): string {
  const names: Record<Delimiter, string> = { ',': 'CSV', '\t': 'tab-separated text', ';': 'semicolon-separated text', '|': 'pipe-separated text' };
  return names[delimiter];
}
