import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { countEntries, emptyFrequencies, frequenciesOf, setCount, weighCounts, type Frequencies } from './frequencies.js';
import type { SparseVector } from './sparse.js';

/** The `Map` version the clusterer used before ids: count the document's keys, then weigh them. */
function mapCountAndWeigh(stats: Map<string, number>, documents: number, counts: Map<string, number>, count: boolean): Map<string, number> {
  if (count) for (const key of counts.keys()) stats.set(key, (stats.get(key) ?? 0) + 1);
  const weights = new Map<string, number>();
  counts.forEach((tf, key) => {
    if (tf > 0) weights.set(key, (1 + Math.log(tf)) * (Math.log((documents + 1) / ((stats.get(key) ?? 1) + 1)) + 1));
  });
  return weights;
}

function keyed(vector: SparseVector, frequencies: Frequencies): Array<[string, number]> {
  return Array.from({ length: vector.size }, (_, i) => [frequencies.vocabulary.keys[vector.ids[i]], vector.values[i]]);
}

function randomCounts(next: () => number): Map<string, number> {
  return new Map(Array.from({ length: Math.floor(next() * 30) }, () => [`k${Math.floor(next() * 60)}`, Math.floor(next() * 4)] as [string, number]));
}

describe('document frequencies by key id', () => {
  it('count and weigh as the Map version did, bit for bit and in its order, over 500 random streams', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 500 && wrong.length < 3; seed++) {
      const next = seededRandom(seed);
      const stats = new Map<string, number>();
      const frequencies = emptyFrequencies();
      for (let documents = 1; documents <= 20; documents++) {
        const counts = randomCounts(next);
        const count = next() < 0.8;
        const expected = [...mapCountAndWeigh(stats, documents, counts, count)];
        const found = keyed(weighCounts(counts, frequencies, documents, count), frequencies);
        if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`seed ${seed} document ${documents}: weights`);
        if (JSON.stringify(countEntries(frequencies)) !== JSON.stringify([...stats])) wrong.push(`seed ${seed} document ${documents}: counts`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('set counts as a Map sets them, and take a corpus\'s counts for the keys asked about only', () => {
    const frequencies = emptyFrequencies();
    for (const [key, count] of [['a', 1], ['b', 2], ['a', 3]] as const) setCount(frequencies, key, count);
    expect(countEntries(frequencies)).toEqual([...new Map([['a', 1], ['b', 2], ['a', 3]])]);
    const some = frequenciesOf(new Map([['x', 4], ['y', 5], ['z', 6]]), new Map([['y', 1], ['w', 1]]));
    expect(countEntries(some)).toEqual([['y', 5]]);
    expect(some.vocabulary.keys).toEqual(['y', 'w']);
  });
});
