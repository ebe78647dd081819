/**
 * Bytes of a delimited text file to text. A BOM decides the encoding (and is dropped,
 * so the first header reads "year", not "\ufeffyear"); without one, valid UTF-8 is
 * UTF-8 and anything else is read as Windows-1252, the encoding Excel on Windows writes
 * "CSV" in, and the user is told it was a guess. Decoding streams chunk by chunk so a
 * 200 MB file never becomes one giant string.
 */
import { isUtf8 } from 'node:buffer';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of BOM to skip. */
  bomLength: number;
  /** Set when we had to guess, for the user's notices. */
  notice?: string;
}

export const WINDOWS_1252_NOTICE =
  'The file is not UTF-8; its encoding was guessed as Windows-1252 (Excel\'s "CSV" encoding). Check accented names.';

/** The encoding a BOM announces, if the bytes start with one. */
export function encodingFromBom(head: Uint8Array): DetectedEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return undefined;
}

/** Length of `bytes` up to the end of its last COMPLETE UTF-8 sequence. */
function completeUtf8Length(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead <= 3 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const byte = bytes[lead]!;
  const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return bytes.length - lead >= need ? bytes.length : lead;
}

/** Strict UTF-8 check over a stream of chunks (a sequence may straddle two chunks). */
async function isUtf8Stream(chunks: AsyncIterable<Buffer>): Promise<boolean> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = completeUtf8Length(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) return false;
    carry = Buffer.from(bytes.subarray(cut));
  }
  return carry.length === 0;
}

/** BOM first; otherwise one strict UTF-8 pass over the bytes decides UTF-8 or Windows-1252. */
export async function detectEncoding(head: Uint8Array, chunks: () => AsyncIterable<Buffer>): Promise<DetectedEncoding> {
  const fromBom = encodingFromBom(head);
  if (fromBom) return fromBom;
  if (await isUtf8Stream(chunks())) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: 'windows-1252', bomLength: 0, notice: WINDOWS_1252_NOTICE };
}

/**
 * Windows-1252 bytes 0x80-0x9F (curly quotes, dashes, euro sign). Node 20's TextDecoder
 * decodes the 'windows-1252' label as plain Latin-1 and leaves them as C1 controls, so
 * we fix them up; the five undefined bytes stay as they are.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const fixCp1252 = (text: string) => text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));

/** A decoder for one encoding; Windows-1252 is single-byte, so chunks never split a character. */
function makeDecoder(encoding: TextEncodingName): (bytes: Uint8Array, last: boolean) => string {
  if (encoding === 'windows-1252') {
    const latin1 = new TextDecoder('latin1');
    return (bytes) => fixCp1252(latin1.decode(bytes));
  }
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  return (bytes, last) => decoder.decode(bytes, { stream: !last });
}

/** The text after the BOM, chunk by chunk. */
export async function* decodeStream(chunks: AsyncIterable<Buffer>, detected: DetectedEncoding): AsyncGenerator<string> {
  const decode = makeDecoder(detected.encoding);
  let skip = detected.bomLength;
  for await (const chunk of chunks) {
    const bytes = skip ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
    skip = Math.max(0, skip - chunk.length);
    const text = decode(bytes, false);
    if (text) yield text;
  }
  const tail = decode(new Uint8Array(0), true);
  if (tail) yield tail;
}

/** The first bytes after the BOM as text, for sniffing the delimiter. */
export function decodeHead(head: Uint8Array, detected: DetectedEncoding): string {
  return makeDecoder(detected.encoding)(head.subarray(detected.bomLength), false);
}
