import { describe, expect, it } from 'vitest';
import { roundLikeRouge } from './round.js';

describe('roundLikeRouge (Perl sprintf "%7.5f")', () => {
  it.each([
    [2 / 3, 0.66667],
    [0.123454, 0.12345],
    [0.123456, 0.12346],
    [0, 0],
    [1, 1],
    // Exact binary ties round half to even, as C printf does (toFixed would round up).
    [1 / 64, 0.01562],
    [3 / 64, 0.04688],
    [5 / 64, 0.07812],
  ])('rounds %d to %d', (value, rounded) => {
    expect(roundLikeRouge(value)).toBe(rounded);
  });
});
