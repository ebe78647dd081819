/**
 * Where a file's bytes come from: memory (tests, pasted data) or disk. The disk source
 * streams in chunks, so a 200 MB CSV never sits in memory as one buffer next to the rows
 * parsed from it; only workbooks (whose zip must be read whole) ask for everything.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';

export interface ByteSource {
  size: number;
  /** The first `maxBytes` bytes (fewer for a short file). */
  head(maxBytes: number): Promise<Buffer>;
  /** A fresh pass over all the bytes, in chunks. */
  chunks(): AsyncIterable<Buffer>;
  /** All the bytes at once. */
  all(): Promise<Buffer>;
}

/** Chunk size for reads: large enough that per-chunk overhead vanishes, small enough to stream. */
export const CHUNK_BYTES = 1 << 20;

export function bufferSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    head: async (maxBytes) => bytes.subarray(0, maxBytes),
    async *chunks() {
      for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
    },
    all: async () => bytes,
  };
}

export async function fileSource(path: string): Promise<ByteSource> {
  const { size } = await stat(path);
  return {
    size,
    async head(maxBytes) {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(maxBytes, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    chunks: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    all: () => readFile(path),
  };
}
