import { describe, expect, it } from 'vitest';
import { bootstrap, drand48, resampleIndices } from './bootstrap.js';

describe('drand48 (Perl rand after srand)', () => {
  it.each([
    [0, [0.17082803610628972, 0.7499019804849638, 0.09637165562356742]],
    [1, [0.041630344771878214, 0.45449244472862915, 0.8348172181669149]],
    [999, [0.10233439302919933, 0.635775759906636, 0.8034886364276979]],
  ])('gives Perl 5 values for seed %d', (seed, values) => {
    const random = drand48(seed);
    expect([random(), random(), random()]).toEqual(values);
  });

  it('draws the indices Perl draws with int(rand(n))', () => {
    // perl -e 'srand(5); print join(",", map { int(rand(50)) } 1..10)'
    expect(Array.from(resampleIndices(50, 6, 0)[5].slice(0, 10))).toEqual([26, 13, 39, 9, 25, 43, 8, 23, 12, 42]);
  });
});

describe('bootstrap', () => {
  it('reports the mean of resample means and the 2.5% and 97.5% resample values', () => {
    const instances = [[0.1, 0.2, 0.15], [0.3, 0.2, 0.25], [0.5, 0.4, 0.45]] as const;
    const result = bootstrap(instances, resampleIndices(3, 1000, 0), { unit: 'summary', alpha: 0.5, confidence: 95 });
    expect(result.average.R).toBeCloseTo(0.3, 2);
    expect(result.low.R).toBeGreaterThanOrEqual(0.1);
    expect(result.high.R).toBeLessThanOrEqual(0.5);
    expect(result.low.R).toBeLessThan(result.average.R);
    expect(result.high.R).toBeGreaterThan(result.average.R);
  });

  it('gives zero-width intervals when every instance is the same', () => {
    const result = bootstrap([[0.25, 0.5, 0.33333]], resampleIndices(1, 100, 0), { unit: 'summary', alpha: 0.5, confidence: 95 });
    expect(result).toEqual({ average: { R: 0.25, P: 0.5, F: 0.33333 }, low: { R: 0.25, P: 0.5, F: 0.33333 }, high: { R: 0.25, P: 0.5, F: 0.33333 } });
  });

  it('pools counts with unit "token": R = hits / reference grams', () => {
    const result = bootstrap([[10, 20, 5]], resampleIndices(1, 10, 0), { unit: 'token', alpha: 0.5, confidence: 95 });
    expect(result.average).toEqual({ R: 0.5, P: 0.25, F: 0.33333 });
  });
});
