import { describe, expect, it } from 'vitest';
import { CopyKeyIndex } from './copy-key-index.js';

const BIG = 2 ** 52 + 12345;

/** The row ids `candidates` gives, in its order. */
const rows = (index: CopyKeyIndex, keys: number[], limit: number) => index.candidates(keys, limit).map(({ value }) => value);

describe('CopyKeyIndex', () => {
  it('finds articles by shared 53-bit keys, most shared first, then newest', () => {
    const index = new CopyKeyIndex(100);
    index.add(1, [10, 20, BIG]);
    index.add(2, [10, 30]);
    index.add(5, [10, 20, 30]);
    expect(index.candidates([10, 20], 10)).toEqual([
      { value: 5, shared: 2 },
      { value: 1, shared: 2 },
      { value: 2, shared: 1 },
    ]);
    expect(rows(index, [BIG], 10)).toEqual([1]);
    expect(rows(index, [BIG - 1, BIG + 1, 2 ** 32 + 10], 10)).toEqual([]);
    expect(rows(index, [10], 2)).toEqual([5, 2]);
    expect(index.newest).toBe(5);
  });

  it('keeps only the most recent window of articles, compacting as it goes, and grows', () => {
    const index = new CopyKeyIndex(1000);
    for (let article = 1; article <= 5000; article++) index.add(article, Array.from({ length: 65 }, (_, k) => article * 1000 + k).concat([7]));
    expect(index.size).toBe(1000);
    expect(rows(index, [7], 5000)).toHaveLength(1000);
    expect(Math.min(...rows(index, [7], 5000))).toBe(4001);
    expect(rows(index, [4001 * 1000 + 3], 10)).toEqual([4001]);
    expect(rows(index, [4000 * 1000 + 3], 10)).toEqual([]);
  });

  it('drops removed articles, in the window or already out of it, and keeps indexing after them', () => {
    const index = new CopyKeyIndex(4);
    for (let article = 1; article <= 6; article++) index.add(article, [7, article * 10]);
    index.remove(new Set([1, 4, 5]));
    expect(rows(index, [7], 10)).toEqual([6, 3]);
    expect(rows(index, [40, 50], 10)).toEqual([]);
    expect(index.size).toBe(2);
    index.add(8, [7]);
    expect(rows(index, [7], 10)).toEqual([8, 6, 3]);
    for (let article = 9; article <= 12; article++) index.add(article, [7]);
    expect(rows(index, [7], 10)).toEqual([12, 11, 10, 9]);
  });

  it('rejects articles out of order and bad windows', () => {
    const index = new CopyKeyIndex(10);
    index.add(3, [1]);
    expect(() => index.add(3, [1])).toThrow(RangeError);
    expect(() => index.add(2 ** 31, [1])).toThrow(RangeError);
    expect(() => new CopyKeyIndex(0)).toThrow(/tidings: expected CopyKeyIndex.window/);
  });
});
