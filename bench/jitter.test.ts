import { describe, expect, it } from 'vitest';
import { conceptWeightJitter, JITTER_AMPLITUDE, jitterSeeds } from './jitter.js';

describe('jitterSeeds', () => {
  it('reads --jitter=N as seeds 1 to N and --jitter=A-B as seeds A to B', () => {
    expect(jitterSeeds(['--jitter=3'])).toEqual([1, 2, 3]);
    expect(jitterSeeds(['x', '--jitter=7-9'])).toEqual([7, 8, 9]);
    expect(jitterSeeds([])).toBeUndefined();
  });

  it('rejects what is not a seed count or range, naming the argument', () => {
    for (const arg of ['--jitter', '--jitter=0', '--jitter=9-7', '--jitter=six']) expect(() => jitterSeeds([arg])).toThrow(arg);
  });
});

describe('conceptWeightJitter', () => {
  it('moves every weight within the amplitude, the same way for a seed and otherwise for another', () => {
    const draw = (seed: number) => {
      const weights = new Float64Array(1000).fill(2);
      conceptWeightJitter(seed)(weights);
      return weights;
    };
    const first = draw(1);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(2 * (1 - JITTER_AMPLITUDE));
    expect(Math.max(...first)).toBeLessThanOrEqual(2 * (1 + JITTER_AMPLITUDE));
    expect(new Set(first).size).toBeGreaterThan(990);
    expect(draw(1)).toEqual(first);
    expect(draw(2)).not.toEqual(first);
  });
});
