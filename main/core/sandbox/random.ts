/**
 * Seeded randomness for the sandbox. Two kinds, on purpose:
 * - `hashUnit(seed, ...parts)`: a pure function of its inputs, so everything derived from a VIN
 *   (plans, prices, registration time) is the same on every run and every request order;
 * - `mulberry32(seed)`: a stream, for per-request fault rolls, reproducible for a given
 *   request sequence.
 */

/** A small, well-mixed 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the text, then mixed with the seed: a stable 32-bit hash. */
export function hash32(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix) so near-identical VINs land far apart.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A number in [0, 1) fixed by the seed and the parts (e.g. VIN, "registrationMs"). */
export function hashUnit(seed: number, ...parts: Array<string | number>): number {
  return hash32(seed, parts.join('\u241f')) / 4294967296;
}

/** A deterministic stream for one subject (e.g. one VIN's catalogue). */
export function streamFor(seed: number, ...parts: Array<string | number>): () => number {
  return mulberry32(hash32(seed, parts.join('\u241f')));
}

/** Picks one element with `rand`; the list must not be empty. */
export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** A number in [min, max] with `rand`. */
export function between(rand: () => number, min: number, max: number): number {
  return min + rand() * (max - min);
}
