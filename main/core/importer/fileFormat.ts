/**
 * What a file really is, from its first bytes rather than its name: dealers rename
 * freely, and many DMS "Excel exports" are tab-separated text or an HTML table saved
 * as .xls. The extension only breaks ties for binary files we do not recognise.
 */
import { extname } from 'node:path';
import type { SpreadsheetFormat } from './types.js';

export type ReaderKind = 'delimited' | 'workbook';

export interface FileKind {
  reader: ReaderKind;
  format: SpreadsheetFormat;
  /** Workbook from markup (HTML/XML): SheetJS must keep cell text, not guess numbers. */
  textInput?: boolean;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04] as const;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const WORKBOOK_EXTENSIONS = new Set(['.xls', '.xlsx', '.xlsm', '.xlsb', '.ods']);

/**
 * ODS zips should store an uncompressed "mimetype" entry first, but not every writer
 * does (SheetJS does not); zip entry names are stored uncompressed, so an archive with
 * content.xml and no [Content_Types].xml (every OOXML file has one) is OpenDocument.
 */
function isOds(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 100).toString('latin1').includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return true;
  return !buffer.includes('[Content_Types].xml') && buffer.includes('content.xml');
}

/** Text if no NUL byte appears early (UTF-16 text carries a BOM, which we check first). */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return false;
  return true;
}

/** Markup starts with "<" after an optional BOM and whitespace: an HTML table or SpreadsheetML. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c;
}

/** Classify the bytes; undefined when nothing we read matches. */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind | undefined {
  if (startsWith(bytes, ZIP)) return { reader: 'workbook', format: isOds(bytes) ? 'ods' : 'xlsx' };
  if (startsWith(bytes, CFB)) return { reader: 'workbook', format: 'xls' };
  if (looksLikeText(bytes)) {
    if (looksLikeMarkup(bytes)) return { reader: 'workbook', format: 'html', textInput: true };
    return { reader: 'delimited', format: 'csv' };
  }
  // Pre-1997 BIFF2-4 .xls files have no container signature; SheetJS still reads them.
  if (WORKBOOK_EXTENSIONS.has(extname(fileName).toLowerCase())) return { reader: 'workbook', format: 'xls' };
  return undefined;
}
