/**
 * Fast 32-bit hashing on `Math.imul`, for shingles, concepts and MinHash:
 * FNV-1a over UTF-16 code units finished with MurmurHash3's avalanche step.
 * Not cryptographic; stable across runs and platforms, so stored fingerprints
 * stay comparable.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const GOLDEN = 0x9e3779b1;

/** MurmurHash3's finalizer: every input bit affects every output bit. */
export function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a string; `seed` picks an independent hash function. */
export function hashString(value: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME);
  return mix32(h ^ value.length);
}

/** Folds `value` into the running hash `h` (order matters); finish with `mix32`. */
export function combineHash(h: number, value: number): number {
  const folded = Math.imul(h ^ value, GOLDEN);
  return ((folded << 13) | (folded >>> 19)) >>> 0;
}

/** Eight lower-case hex digits. */
export function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/**
 * A deterministic stream of 32-bit values (mulberry32), for MinHash
 * permutation parameters that must be the same in every process.
 */
export function* randomWords(seed: number): Generator<number> {
  let state = seed >>> 0;
  for (;;) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    yield (t ^ (t >>> 14)) >>> 0;
  }
}
