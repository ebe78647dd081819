/**
 * Rows and vehicles cross from the worker as one JSON string per batch, and the main
 * thread keeps them that way until something reads them. A 100,000-row file as separate
 * strings and arrays is over a million objects; received during the parse, every
 * young-generation GC on the main thread had to copy them (20-40 ms pauses on our
 * 2-core machines). Large strings live outside the young generation and cost nothing.
 */

export const pack = (value: unknown): string => JSON.stringify(value);

/** Unpack batches in order into one array (each batch is a JSON array). */
export function unpackAll<T>(batches: readonly string[]): T[] {
  const out: T[] = [];
  for (const batch of batches) for (const item of JSON.parse(batch) as T[]) out.push(item);
  return out;
}

/**
 * Define `target[key]` as an array unpacked on first read (then kept). Assigning to it
 * replaces it. Enumerable, so spreading or comparing the object sees the values.
 */
export function defineUnpackedOnRead<T extends object, K extends keyof T>(target: T, key: K, batches: readonly string[]): T {
  let value: T[K] | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (value ??= unpackAll(batches) as T[K]),
    set: (next: T[K]) => {
      value = next;
    },
  });
  return target;
}
