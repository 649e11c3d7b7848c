import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { heaviestEntries } from './weights.js';

describe('heaviestEntries', () => {
  it('is the start of a stable sort by weight, on 2,000 random maps with ties', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 2000 && wrong.length < 3; seed++) {
      const next = seededRandom(seed);
      const weights = new Map(Array.from({ length: Math.floor(next() * 60) }, (_, i) => [`k${i}`, Math.floor(next() * 8) / 4] as [string, number]));
      const count = Math.floor(next() * 20);
      const exact = [...weights].sort((a, b) => b[1] - a[1]).slice(0, count);
      const found = heaviestEntries(weights, count);
      if (JSON.stringify(found) !== JSON.stringify(exact)) wrong.push(`seed ${seed}: ${JSON.stringify(found)} ≠ ${JSON.stringify(exact)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('takes any iterable of entries, and none for a count of 0', () => {
    expect(heaviestEntries([['a', 1], ['b', 3], ['c', 3]], 2)).toEqual([['b', 3], ['c', 3]]);
    expect(heaviestEntries(new Map([['a', 1]]), 0)).toEqual([]);
  });
});
