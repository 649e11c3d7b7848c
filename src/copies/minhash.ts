/**
 * MinHash signatures and LSH band keys over sets of 32-bit hashes.
 *
 * One-permutation hashing with optimal densification (Li, Owen & Zhang
 * 2012; Shrivastava 2017): one random permutation (a 32-bit mix of each
 * hash) is cut into `count` bins by the top bits; each bin keeps its
 * smallest value; an empty bin borrows the value of the first non-empty bin
 * on its own fixed pseudo-random probe sequence. As with `count`
 * independent permutations, two sets agree at a position with probability
 * equal to their Jaccard similarity, so the fraction of agreeing positions
 * estimates it (error about `sqrt(J(1-J)/count)`), but a set of n hashes
 * costs O(n + count) instead of O(n × count). All mixing is fixed: signatures
 * from different processes and machines compare.
 */

import { hex32, hexKeyNumber, mix32 } from './hash.js';

const EMPTY = 0xffffffff;
const VALUE_SEED = 0x7469646e;
const PROBE_SEED = 0x636f7079;

/** The permutation: a seeded 32-bit bijection (xor-shift-multiply), kept in this module for the hot loop. */
function permute(value: number): number {
  let h = value ^ VALUE_SEED;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The `count`-position MinHash signature of a set of 32-bit hashes
 * (duplicates are harmless; `count` at most 65,536). An empty set gives all
 * `0xffffffff`.
 */
export function minhash(hashes: ArrayLike<number>, count: number): number[] {
  return Array.from(minhashInto(hashes, hashes.length, new Uint32Array(count)));
}

/** The bins before densifying, a scratch array shared by every `minhashInto` call, grown to the largest signature met. */
let bins = new Uint32Array(128);

/**
 * `minhash` of `hashes[0, length)` written to `signature` (its length is
 * the count of positions) and returned: the ingest makes two signatures an
 * arrival and reads only their band keys, so nothing is allocated for them.
 */
export function minhashInto(hashes: ArrayLike<number>, length: number, signature: Uint32Array): Uint32Array {
  const count = signature.length;
  if (bins.length < count) bins = new Uint32Array(count);
  bins.fill(EMPTY, 0, count);
  for (let j = 0; j < length; j++) {
    const value = permute(hashes[j]);
    const bin = ((value >>> 16) * count) >>> 16;
    const rank = permute(value ^ PROBE_SEED);
    if (rank < bins[bin]) bins[bin] = rank;
  }
  signature.set(count === bins.length ? bins : bins.subarray(0, count));
  if (length === 0) return signature;
  for (let bin = 0; bin < count; bin++) {
    if (bins[bin] !== EMPTY) continue;
    for (let attempt = 1; ; attempt++) {
      const probe = ((permute(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b) ^ PROBE_SEED) >>> 16) * count) >>> 16;
      if (bins[probe] !== EMPTY) {
        signature[bin] = bins[probe];
        break;
      }
    }
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
 * band hashed to 64 bits (16 hex digits) and prefixed with `prefix` and
 * the band number (`w7:1f…`), so keys of different bands and signatures
 * never meet. Two sets share at least one key with probability
 * `1 - (1 - J^rows)^bands`. The signature of an empty set has no keys.
 */
export function bandKeys(signature: readonly number[], bands: number, prefix: string): string[] {
  const halves = bandHalves(signature, bands);
  const keys: string[] = [];
  for (let band = 0; 2 * band < halves.length; band++) keys.push(`${prefix}${band}:${hex32(halves[2 * band])}${hex32(halves[2 * band + 1])}`);
  return keys;
}

/** `bandKeys` as their numbers (`copyKeyNumber`), appended to `keys` from `at` on; returns where they end. */
export function bandKeyNumbers(signature: ArrayLike<number>, bands: number, prefix: string, keys: Float64Array, at: number): number {
  const halves = bandHalves(signature, bands);
  for (let band = 0; 2 * band < halves.length; band++) keys[at++] = hexKeyNumber(`${prefix}${band}:`, halves[2 * band], halves[2 * band + 1]);
  return at;
}

/** The two 32-bit hashes of each band (band after band), none when the signature is of an empty set. */
function bandHalves(signature: ArrayLike<number>, bands: number): Uint32Array {
  if (allEmpty(signature)) return new Uint32Array(0);
  const rows = signature.length / bands;
  const halves = new Uint32Array(2 * bands);
  for (let band = 0; band < bands; band++) {
    let low = band + 1;
    let high = ~band;
    for (let row = band * rows; row < (band + 1) * rows; row++) {
      low = mix32(low ^ signature[row]) ^ Math.imul(low, 0x9e3779b1);
      high = mix32(high ^ permute(signature[row])) ^ Math.imul(high, 0x85ebca6b);
    }
    halves[2 * band] = mix32(low);
    halves[2 * band + 1] = mix32(high);
  }
  return halves;
}

/** The signature is of an empty set: every position `EMPTY`. */
function allEmpty(signature: ArrayLike<number>): boolean {
  for (let i = 0; i < signature.length; i++) if (signature[i] !== EMPTY) return false;
  return true;
}
