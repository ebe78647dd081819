/**
 * Bytes of a delimited text file to text. A BOM decides the encoding (and is dropped,
 * so the first header reads "year", not "\ufeffyear"); without one, valid UTF-8 is
 * UTF-8 and anything else is read as Windows-1252, the encoding Excel on Windows writes
 * "CSV" in. Decoding is chunked so a 200 MB file never becomes one giant string.
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

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (isUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0 };
  return {
    encoding: 'windows-1252',
    bomLength: 0,
    notice: 'The file is not UTF-8; it was read as Windows-1252 (Excel\'s "CSV" encoding). Check accented names.',
  };
}

const CHUNK_BYTES = 1 << 20;

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

/** The text of `bytes` after the BOM, as a sequence of string chunks. */
export function* decodeChunks(bytes: Uint8Array, detected: DetectedEncoding, chunkBytes = CHUNK_BYTES): Generator<string> {
  const decode = makeDecoder(detected.encoding);
  for (let at = detected.bomLength; at < bytes.length; at += chunkBytes) {
    const end = Math.min(at + chunkBytes, bytes.length);
    const text = decode(bytes.subarray(at, end), end === bytes.length);
    if (text) yield text;
  }
}

/** The first `maxBytes` bytes after the BOM as text, for sniffing (delimiter, markup). */
export function decodeHead(bytes: Uint8Array, detected: DetectedEncoding, maxBytes = 64 * 1024): string {
  const end = Math.min(bytes.length, detected.bomLength + maxBytes);
  return makeDecoder(detected.encoding)(bytes.subarray(detected.bomLength, end), false);
}
