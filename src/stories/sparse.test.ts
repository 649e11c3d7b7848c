import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { addVector, appendEntry, heaviestEntries, keepHeaviest, sparseDots, sparseVector, vectorNorm, type SparseVector } from './sparse.js';

/** One dot product, as `sparseDots` gives it for a single other vector. */
function sparseDot(a: SparseVector, b: SparseVector): number {
  return sparseDots(a, [b])[0];
}

/** A random map of distinct ids (up to `ids`) to weights with ties, and the same as a sparse vector. */
function randomPair(next: () => number, ids: number, tied: boolean): { map: Map<number, number>; vector: SparseVector } {
  const map = new Map<number, number>();
  const length = Math.floor(next() * 60);
  for (let i = 0; i < length; i++) map.set(Math.floor(next() * ids), tied ? Math.floor(next() * 8) / 4 + 0.25 : next() + 1e-9);
  const vector = sparseVector();
  map.forEach((value, id) => appendEntry(vector, id, value));
  return { map, vector };
}

function entries(vector: SparseVector): Array<[number, number]> {
  return Array.from({ length: vector.size }, (_, i) => [vector.ids[i], vector.values[i]]);
}

/** The `Map` versions the clusterer used before sparse vectors: the results must be the same to the bit. */
function mapDot(a: Map<number, number>, b: Map<number, number>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  small.forEach((value, key) => {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  });
  return sum;
}

function mapNorm(map: Map<number, number>): number {
  let sum = 0;
  for (const value of map.values()) sum += value * value;
  return Math.sqrt(sum);
}

describe('sparse vectors', () => {
  it('give the dot product, norm and sum of the Map version, bit for bit and in its order, on 2,000 random pairs', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 2000 && wrong.length < 3; seed++) {
      const next = seededRandom(seed);
      const ids = seed % 3 === 0 ? 5000 : 80;
      const a = randomPair(next, ids, false);
      const b = randomPair(next, ids, false);
      if (!Object.is(sparseDot(a.vector, b.vector), mapDot(a.map, b.map))) wrong.push(`seed ${seed}: dot`);
      if (!Object.is(sparseDot(b.vector, a.vector), mapDot(b.map, a.map))) wrong.push(`seed ${seed}: dot reversed`);
      if (!Object.is(vectorNorm(a.vector), mapNorm(a.map))) wrong.push(`seed ${seed}: norm`);
      b.map.forEach((value, key) => a.map.set(key, (a.map.get(key) ?? 0) + value));
      addVector(a.vector, b.vector);
      if (JSON.stringify(entries(a.vector)) !== JSON.stringify([...a.map])) wrong.push(`seed ${seed}: sum`);
    }
    expect(wrong).toEqual([]);
    expect(sparseDot(sparseVector(), randomPair(seededRandom(1), 10, false).vector)).toBe(0);
  });

  it('sparseDots gives each dot product of the Map version, bit for bit, with one vector placed for 24 others of every size', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 300 && wrong.length < 3; seed++) {
      const next = seededRandom(seed);
      const ids = seed % 3 === 0 ? 5000 : 80;
      const one = randomPair(next, ids, false);
      const others = Array.from({ length: 24 }, () => randomPair(next, ids, false));
      const dots = sparseDots(one.vector, others.map((other) => other.vector));
      others.forEach((other, i) => {
        if (!Object.is(dots[i], mapDot(one.map, other.map))) wrong.push(`seed ${seed}, other ${i}: ${dots[i]} ≠ ${mapDot(one.map, other.map)}`);
      });
      if (!Object.is(sparseDot(one.vector, others[0].vector), dots[0])) wrong.push(`seed ${seed}: sparseDot`);
    }
    expect(wrong).toEqual([]);
  });

  it('heaviestEntries is the start of a stable sort by weight of the kept ids, on 2,000 random vectors with ties', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 2000 && wrong.length < 3; seed++) {
      const next = seededRandom(seed);
      const { map, vector } = randomPair(next, 100, true);
      const count = Math.floor(next() * 20);
      const keep = seed % 2 === 0 ? undefined : (id: number) => id % 3 !== 0;
      const exact = [...map].filter(([id]) => !keep || keep(id)).sort((a, b) => b[1] - a[1]).slice(0, count);
      const found = heaviestEntries(vector, count, keep);
      if (JSON.stringify(found) !== JSON.stringify(exact)) wrong.push(`seed ${seed}: ${JSON.stringify(found)} ≠ ${JSON.stringify(exact)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keepHeaviest keeps what a stable sort by weight keeps, in entry order, on 2,000 random vectors with ties', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 2000 && wrong.length < 3; seed++) {
      const next = seededRandom(seed);
      const { map, vector } = randomPair(next, 100, true);
      const count = 1 + Math.floor(next() * Math.max(1, map.size));
      const kept = new Set([...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([id]) => id));
      const exact = [...map].filter(([id]) => kept.has(id));
      keepHeaviest(vector, count);
      if (JSON.stringify(entries(vector)) !== JSON.stringify(exact)) wrong.push(`seed ${seed}: ${JSON.stringify(entries(vector))} ≠ ${JSON.stringify(exact)}`);
    }
    expect(wrong).toEqual([]);
  });
});
