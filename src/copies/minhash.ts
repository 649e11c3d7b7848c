/**
 * MinHash signatures and LSH band keys over sets of 32-bit hashes.
 *
 * Permutation `i` maps a hash `h` to `(a[i] * h + b[i]) mod 2^32` with an odd
 * `a[i]`, a bijection of 32-bit values; the signature keeps each
 * permutation's minimum over the set. Two sets agree at one position with
 * probability equal to their Jaccard similarity, so the fraction of agreeing
 * positions estimates it (standard error `sqrt(J(1-J)/k)` with `k` positions).
 * The parameters come from a fixed seed: signatures from different processes
 * compare.
 */
import { combineHash, hex32, mix32, randomWords } from './hash.js';

const PERMUTATION_SEED = 0x7469646e;
const EMPTY = 0xffffffff;

interface Permutations {
  multipliers: Uint32Array;
  offsets: Uint32Array;
}

const permutationsByCount = new Map<number, Permutations>();

function permutations(count: number): Permutations {
  const known = permutationsByCount.get(count);
  if (known) return known;
  const random = randomWords(PERMUTATION_SEED);
  const multipliers = new Uint32Array(count);
  const offsets = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    multipliers[i] = (random.next().value as number) | 1;
    offsets[i] = random.next().value as number;
  }
  const made = { multipliers, offsets };
  permutationsByCount.set(count, made);
  return made;
}

/**
 * The `count`-position MinHash signature of a set of 32-bit hashes
 * (duplicates are harmless). An empty set gives all `0xffffffff`.
 */
export function minhash(hashes: ArrayLike<number>, count: number): number[] {
  const { multipliers, offsets } = permutations(count);
  const signature = new Array<number>(count);
  const n = hashes.length;
  for (let i = 0; i < count; i++) {
    const a = multipliers[i];
    const b = offsets[i];
    let min = EMPTY;
    for (let j = 0; j < n; j++) {
      const value = (Math.imul(a, hashes[j]) + b) >>> 0;
      if (value < min) min = value;
    }
    signature[i] = min;
  }
  return signature;
}

/** The fraction of positions where two signatures of equal length agree: the estimated Jaccard similarity. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** The exact Jaccard similarity of two sets of hashes (1 for two empty sets). */
export function exactJaccard(a: Iterable<number>, b: Iterable<number>): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const value of left) if (right.has(value)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * LSH band keys: the signature cut into `bands` bands of equal rows, each
 * band hashed to 16 hex digits and prefixed with `prefix` and the band number
 * (`w7:1f…`), so keys of different bands and signatures never meet. Two sets
 * share at least one key with probability `1 - (1 - J^rows)^bands`. The
 * signature of an empty set has no keys.
 */
export function bandKeys(signature: readonly number[], bands: number, prefix: string): string[] {
  if (signature.every((value) => value === EMPTY)) return [];
  const rows = signature.length / bands;
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    let low = band + 1;
    let high = ~band;
    for (let row = band * rows; row < (band + 1) * rows; row++) {
      low = combineHash(low, signature[row]);
      high = combineHash(high, mix32(signature[row]));
    }
    keys.push(`${prefix}${band}:${hex32(mix32(low))}${hex32(mix32(high))}`);
  }
  return keys;
}
