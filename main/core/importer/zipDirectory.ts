/**
 * Reads a zip archive's central directory (the table of contents at its end) WITHOUT
 * inflating anything, so an XLSX/ODS that would unpack to gigabytes is refused before
 * SheetJS sees it: SheetJS inflates every part fully into memory while parsing.
 *
 * Sizes are the ones the archive declares. The local header of every entry is checked
 * against the directory too, because SheetJS trusts the local header. An archive that
 * lies consistently in both places is still inflated by SheetJS; the worker's memory and
 * time limits are the backstop for that case.
 */
import { InputError } from '../shared/errors.js';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
/** Sizes of 0xFFFFFFFF (or counts of 0xFFFF) mean "see the ZIP64 record": over 4 GB. */
const ZIP64_U32 = 0xffffffff;
const ZIP64_U16 = 0xffff;

function damaged(fileName: string, why: string): InputError {
  return new InputError(`"${fileName}" is a damaged zip archive (${why}); save the workbook again from Excel.`, {
    limit: 'zip',
    cause: why,
  });
}

/** Offset of the end-of-central-directory record; it sits in the last 64 KB + 22 bytes. */
function findEndRecord(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  for (let at = bytes.length - EOCD_SIZE; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

/**
 * Every entry of the archive, as its directory declares it. Throws an InputError for a
 * damaged directory; `declaresZip64` is true for archives over 4 GB (we never open those).
 */
export function readZipDirectory(bytes: Buffer, fileName: string): { entries: ZipEntry[]; declaresZip64: boolean } {
  const end = findEndRecord(bytes);
  if (end < 0) throw damaged(fileName, 'no central directory');
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === ZIP64_U16 || size === ZIP64_U32 || offset === ZIP64_U32) return { entries: [], declaresZip64: true };
  if (offset + size > end) throw damaged(fileName, 'directory outside the file');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw damaged(fileName, `directory entry ${i + 1} unreadable`);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (compressedSize === ZIP64_U32 || uncompressedSize === ZIP64_U32 || localOffset === ZIP64_U32) {
      return { entries: [], declaresZip64: true };
    }
    checkLocalHeader(bytes, localOffset, { compressedSize, uncompressedSize }, fileName, name);
    entries.push({ name, method, compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, declaresZip64: false };
}

/**
 * The local header must agree with the directory. Writers that stream (bit 3 set) put
 * zeros there and the real sizes after the data; SheetJS then reads the directory's.
 */
function checkLocalHeader(
  bytes: Buffer,
  at: number,
  declared: { compressedSize: number; uncompressedSize: number },
  fileName: string,
  name: string,
): void {
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw damaged(fileName, `part "${name}" not found`);
  const flags = bytes.readUInt16LE(at + 6);
  if (flags & 0x8) return;
  const compressedSize = bytes.readUInt32LE(at + 18);
  const uncompressedSize = bytes.readUInt32LE(at + 22);
  if (compressedSize !== declared.compressedSize || uncompressedSize !== declared.uncompressedSize) {
    throw damaged(fileName, `part "${name}" declares two different sizes`);
  }
}

/** Total bytes the parts unpack to, as declared; Infinity for a ZIP64 (over 4 GB) archive. */
export function declaredUnzippedBytes(bytes: Buffer, fileName: string): number {
  const { entries, declaresZip64 } = readZipDirectory(bytes, fileName);
  if (declaresZip64) return Infinity;
  return entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
}
