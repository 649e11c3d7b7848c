import { describe, expect, it } from 'vitest';
import { hashString } from './hash.js';
import { bandKeys, estimateJaccard, exactJaccard, minhash } from './minhash.js';
import { available, ducArticles, DUC_DOCS } from './test-support/articles.js';

/** A small deterministic generator (LCG), so the property test is reproducible. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

/** Mean absolute error of the 128-position estimate over pairs of sets. */
function meanAbsoluteError(pairs: readonly (readonly [number[], number[]])[]): number {
  let error = 0;
  for (const [a, b] of pairs) error += Math.abs(estimateJaccard(minhash(a, 128), minhash(b, 128)) - exactJaccard(a, b));
  return error / pairs.length;
}

/** Word 5-shingles of a text, hashed. */
function shingles(words: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + 5 <= words.length; i++) found.push(hashString(words.slice(i, i + 5).join(' ')));
  return found;
}

describe('minhash', () => {
  it('estimates Jaccard within a mean absolute error of 0.05 on random sets of 5 to 2,000 hashes', () => {
    const next = generator(42);
    const pairs: [number[], number[]][] = [];
    for (let trial = 0; trial < 400; trial++) {
      const size = 5 + (next() % 2000);
      const shared = Array.from({ length: next() % (size + 1) }, next);
      pairs.push([
        [...shared, ...Array.from({ length: size - shared.length }, next)],
        [...shared, ...Array.from({ length: next() % (size + 1) }, next)],
      ]);
    }
    const error = meanAbsoluteError(pairs);
    console.log(`minhash on random sets: mean absolute error ${error.toFixed(4)} at 128 positions`);
    expect(error).toBeLessThan(0.05);
  });

  it('gives 1 for equal sets, 0 for disjoint ones, and ignores duplicates and order', () => {
    const set = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(estimateJaccard(minhash(set, 128), minhash([...set].reverse().concat(set), 128))).toBe(1);
    expect(estimateJaccard(minhash(set, 128), minhash([11, 12, 13, 14, 15], 128))).toBe(0);
  });

  it('has no band keys for an empty set, one per band otherwise, equal for equal sets', () => {
    expect(bandKeys(minhash([], 128), 32, 'w')).toEqual([]);
    const keys = bandKeys(minhash([7, 8, 9], 128), 32, 'w');
    expect(keys).toHaveLength(32);
    expect(new Set(keys).size).toBe(32);
    expect(keys[3]).toMatch(/^w3:[0-9a-f]{16}$/);
    expect(bandKeys(minhash([9, 8, 7], 128), 32, 'w')).toEqual(keys);
  });
});

describe.skipIf(!available(DUC_DOCS, 'minhash on DUC 2004'))('minhash on DUC 2004', () => {
  it('estimates the word-shingle Jaccard of real article pairs within a mean absolute error of 0.05', async () => {
    const articles = await ducArticles();
    const sets = articles.map((article) => shingles(article.tokens.filter((token) => !token.punct).map((token) => token.norm)));
    const pairs: [number[], number[]][] = [];
    for (let i = 1; i < sets.length; i++) {
      pairs.push([sets[i - 1], sets[i]]);
      if (i % 5 === 0) pairs.push([sets[i], sets[i].slice(0, Math.ceil(sets[i].length * ((i % 9) + 1) / 10))]);
    }
    const error = meanAbsoluteError(pairs);
    const overlapping = pairs.filter(([a, b]) => exactJaccard(a, b) > 0.1);
    const overlappingError = meanAbsoluteError(overlapping);
    console.log(`minhash on DUC 2004: mean absolute error ${error.toFixed(4)} over ${pairs.length} pairs, ${overlappingError.toFixed(4)} over the ${overlapping.length} with Jaccard > 0.1`);
    expect(overlapping.length).toBeGreaterThan(100);
    expect(error).toBeLessThan(0.05);
    expect(overlappingError).toBeLessThan(0.05);
  });
});
