/**
 * Fast 32-bit hashing on `Math.imul`, for shingles, concepts and MinHash:
 * FNV-1a over UTF-16 code units finished with MurmurHash3's avalanche step.
 * Loops over many hashes live here too, so hot paths stay inside one module.
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

const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Eight lower-case hex digits (a table lookup per byte: `toString(16)` is slow on large numbers). */
export function hex32(value: number): string {
  return HEX_BYTES[(value >>> 24) & 0xff] + HEX_BYTES[(value >>> 16) & 0xff] + HEX_BYTES[(value >>> 8) & 0xff] + HEX_BYTES[value & 0xff];
}

/**
 * The hash of every run of `n` consecutive hashes of `hashes[from, to)`, in
 * order (none when there are fewer than `n`), written to `out` from `at` on
 * (`out` may be `hashes` itself when `at` is at most `from`).
 */
export function ngramHashesInto(hashes: ArrayLike<number>, from: number, to: number, n: number, out: number[] | Uint32Array, at: number): void {
  for (let i = from; i + n <= to; i++) {
    let h = n;
    for (let k = i; k < i + n; k++) h = combineHash(h, hashes[k]);
    out[at++] = mix32(h);
  }
}

/** A 64-bit hash of a sequence of hashes (two independent folds), as 16 hex digits: `sequenceHalves` in hex. */
export function sequenceHash(hashes: ArrayLike<number>): string {
  const [first, second] = sequenceHalves(hashes);
  return `${hex32(first)}${hex32(second)}`;
}

/** `sequenceHash` as its two 32-bit halves. */
export function sequenceHalves(hashes: ArrayLike<number>): [number, number] {
  let low = 0;
  let high = 0x5bd1e995;
  for (let i = 0; i < hashes.length; i++) {
    low = combineHash(low, hashes[i]);
    high = combineHash(high, mix32(hashes[i] ^ 0x1b873593));
  }
  return [mix32(low ^ hashes.length), mix32(high)];
}

const KEY_LOW_SEED = 0x811c9dc5;
const KEY_HIGH_SEED = 0x050c5d1f;

/** The 53-bit number of a copy key from its two 32-bit FNV-1a lanes. */
function keyNumber(low: number, high: number): number {
  return (high >>> 11) * 0x100000000 + (low >>> 0);
}

/** The two FNV-1a lanes of a copy key's text, updated in place: `[low, high]`. */
const lanes = new Int32Array(2);

function startLanes(text: string): void {
  lanes[0] = KEY_LOW_SEED;
  lanes[1] = KEY_HIGH_SEED;
  for (let i = 0; i < text.length; i++) feedLanes(text.charCodeAt(i));
}

function feedLanes(code: number): void {
  lanes[0] = Math.imul(lanes[0] ^ code, FNV_PRIME);
  lanes[1] = Math.imul(lanes[1] ^ code, FNV_PRIME);
}

/**
 * A copy key (`x:…`, `w3:…`) as the 53-bit integer a store indexes: two
 * 32-bit FNV-1a hashes, a third of the size of the text and faster to look
 * up. A collision can only add a candidate, which comparison then rejects.
 */
export function copyKeyNumber(key: string): number {
  startLanes(key);
  return keyNumber(lanes[0], lanes[1]);
}

/**
 * `copyKeyNumber(prefix + hex32(first) + hex32(second))` without making that
 * text: an article has 65 copy keys, and the ingest needs only their numbers.
 */
export function hexKeyNumber(prefix: string, first: number, second: number): number {
  startLanes(prefix);
  for (let digit = 0; digit < 16; digit++) {
    const nibble = ((digit < 8 ? first : second) >>> (28 - 4 * (digit & 7))) & 15;
    feedLanes(nibble < 10 ? 48 + nibble : 87 + nibble);
  }
  return keyNumber(lanes[0], lanes[1]);
}
