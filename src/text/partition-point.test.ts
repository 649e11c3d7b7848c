import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partition-point.js';

/** The exact version: the first index at which `before` fails, read one by one. */
function linearPoint(count: number, before: (index: number) => boolean): number {
  let index = 0;
  while (index < count && before(index)) index++;
  return index;
}

describe('partitionPoint', () => {
  it('finds the first index past a sorted prefix, as a linear scan does, for every offset in sorted lists with repeats', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let list = 0; list < 200; list++) {
      const values = Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 30)).sort((a, b) => a - b);
      for (let offset = -1; offset <= 31; offset++) {
        expect(partitionPoint(values.length, (index) => values[index] < offset)).toBe(linearPoint(values.length, (index) => values[index] < offset));
        expect(partitionPoint(values.length, (index) => values[index] <= offset)).toBe(linearPoint(values.length, (index) => values[index] <= offset));
      }
    }
  });

  it('gives 0 for an empty range and the count when every index is before', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(5, () => true)).toBe(5);
    expect(partitionPoint(5, () => false)).toBe(0);
  });
});
