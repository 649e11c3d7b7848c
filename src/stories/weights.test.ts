import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { heaviestEntries, keepHeaviest } from './weights.js';

describe('heaviestEntries', () => {
  it('is the start of a stable sort by weight of the kept keys, on 2,000 random maps with ties', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 2000 && wrong.length < 3; seed++) {
      const next = seededRandom(seed);
      const weights = new Map(Array.from({ length: Math.floor(next() * 60) }, (_, i) => [`k${i}`, Math.floor(next() * 8) / 4] as [string, number]));
      const count = Math.floor(next() * 20);
      const keep = seed % 2 === 0 ? undefined : (key: string) => key.length === 3;
      const exact = [...weights].filter(([key]) => !keep || keep(key)).sort((a, b) => b[1] - a[1]).slice(0, count);
      const found = heaviestEntries(weights, count, keep);
      if (JSON.stringify(found) !== JSON.stringify(exact)) wrong.push(`seed ${seed}: ${JSON.stringify(found)} ≠ ${JSON.stringify(exact)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('takes the earlier of equal weights, and none for a count of 0', () => {
    expect(heaviestEntries(new Map([['a', 1], ['b', 3], ['c', 3], ['d', 3]]), 2)).toEqual([['b', 3], ['c', 3]]);
    expect(heaviestEntries(new Map([['a', 1]]), 0)).toEqual([]);
  });
});

describe('keepHeaviest', () => {
  it('keeps what a stable sort by weight keeps, in the map order, on 2,000 random maps with ties', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 2000 && wrong.length < 3; seed++) {
      const next = seededRandom(seed);
      const weights = new Map(Array.from({ length: 1 + Math.floor(next() * 60) }, (_, i) => [`k${i}`, Math.floor(next() * 8) / 4] as [string, number]));
      const count = 1 + Math.floor(next() * weights.size);
      const kept = new Set([...weights].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key]) => key));
      const exact = [...weights].filter(([key]) => kept.has(key));
      const pruned = new Map(weights);
      keepHeaviest(pruned, count);
      if (JSON.stringify([...pruned]) !== JSON.stringify(exact)) wrong.push(`seed ${seed}: ${JSON.stringify([...pruned])} ≠ ${JSON.stringify(exact)}`);
    }
    expect(wrong).toEqual([]);
  });
});
