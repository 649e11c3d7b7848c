import { fMeasure } from './score.js';
import { roundLikeRouge } from './round.js';

/**
 * Bootstrap resampling as in ROUGE-1.5.5 (`computeAverages` and
 * `bootstrapResampling`). Resample i reseeds Perl's generator with `srand(i)`
 * and draws `n` instances with `int(rand(n))`; Perl's `rand` is drand48
 * (Perl ≥ 5.20 everywhere, the C library's drand48 before), reproduced here
 * so the same seeds give the same resamples. The average ROUGE reports is the
 * mean of the resample means, not the plain mean of the instances.
 */

const multiplierHigh = 0x5de; // 0x5DEECE66D split at bit 24
const multiplierLow = 0xece66d;
const increment = 0xb;
const twoTo24 = 0x1000000;

/** The drand48 sequence after `srand48(seed)`: x0 = seed << 16 | 0x330E, x' = (0x5DEECE66D x + 0xB) mod 2^48, value x / 2^48. */
export function drand48(seed: number): () => number {
  const state = seed % 2 ** 32;
  // x as two 24-bit halves, so every product stays exact in a double.
  let high = Math.floor(state / 2 ** 8);
  let low = (state % 2 ** 8) * 2 ** 16 + 0x330e;
  return () => {
    const lowProduct = multiplierLow * low + increment;
    const carry = Math.floor(lowProduct / twoTo24);
    const nextLow = lowProduct - carry * twoTo24;
    high = (multiplierLow * high + multiplierHigh * low + carry) % twoTo24;
    low = nextLow;
    return (high * twoTo24 + low) / 2 ** 48;
  };
}

/** The instance indices each resample draws: `samples` rows of `size` indices. */
export function resampleIndices(size: number, samples: number, seed: number): Int32Array[] {
  return Array.from({ length: samples }, (_, sample) => {
    const random = drand48(seed + sample);
    return Int32Array.from({ length: size }, () => Math.floor(random() * size));
  });
}

/** One instance: a summary's R, P, F (`unit: 'summary'`) or its reference, peer and hit counts (`unit: 'token'`). */
export type Triple = readonly [number, number, number];

export interface Estimate {
  R: number;
  P: number;
  F: number;
}

export interface BootstrapResult {
  /** The mean of the resample means, as ROUGE-1.5.5 reports it. */
  average: Estimate;
  low: Estimate;
  high: Estimate;
}

/** The value of one resample: the mean triple, or R/P/F from the pooled counts. */
function resampleValue(instances: readonly Triple[], indices: Int32Array, unit: 'summary' | 'token', alpha: number): Triple {
  let first = 0;
  let second = 0;
  let third = 0;
  for (let draw = 0; draw < indices.length; draw += 1) {
    const instance = instances[indices[draw]];
    first += instance[0];
    second += instance[1];
    third += instance[2];
  }
  if (unit === 'summary') return [first / indices.length, second / indices.length, third / indices.length];
  const recall = first > 0 ? third / first : 0;
  const precision = second > 0 ? third / second : 0;
  return [recall, precision, fMeasure(recall, precision, alpha)];
}

/** The sorted resample values' mean and the interpolated interval bounds, rounded as ROUGE prints them. */
function summarize(values: Float64Array, confidence: number): [number, number, number] {
  const sorted = values.slice().sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const samples = sorted.length;
  const delta = (samples * ((100 - confidence) / 2)) / 100;
  const upperIndex = Math.trunc(samples - delta - 1);
  const lowerIndex = Math.trunc(delta);
  const ratio = samples - delta - 1 - upperIndex;
  const at = (index: number): number => sorted[index] ?? 0;
  return [
    roundLikeRouge(sum / samples),
    roundLikeRouge(at(lowerIndex) + (at(lowerIndex + 1) - at(lowerIndex)) * ratio),
    roundLikeRouge(at(upperIndex) + (at(upperIndex + 1) - at(upperIndex)) * ratio),
  ];
}

/** Bootstrap average and confidence interval of instances in ROUGE's order (sorted by `task.system`). */
export function bootstrap(
  instances: readonly Triple[],
  resamples: readonly Int32Array[],
  options: { unit: 'summary' | 'token'; alpha: number; confidence: number },
): BootstrapResult {
  const values = [0, 1, 2].map(() => new Float64Array(resamples.length));
  resamples.forEach((indices, sample) => {
    const value = instances.length > 0 ? resampleValue(instances, indices, options.unit, options.alpha) : ([0, 0, 0] as const);
    values[0][sample] = value[0];
    values[1][sample] = value[1];
    values[2][sample] = value[2];
  });
  const [R, P, F] = values.map((column) => summarize(column, options.confidence));
  return {
    average: { R: R[0], P: P[0], F: F[0] },
    low: { R: R[1], P: P[1], F: F[1] },
    high: { R: R[2], P: P[2], F: F[2] },
  };
}
