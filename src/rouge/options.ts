import { expected } from '../errors.js';
import { checkFraction, checkPositiveInteger, withDefaults } from '../options.js';

/**
 * ROUGE-1.5.5's command-line flags as named options. The defaults are the
 * flags used for DUC 2004 (`-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0`)
 * without a length limit: set `words: 100` for the DUC `-l 100`.
 */
export interface RougeOptions {
  /** Compute ROUGE-1 … ROUGE-maxN (`-n`). */
  maxN: number;
  /** Porter-stem tokens longer than 3 characters (`-m`). */
  stem: boolean;
  /** Remove ROUGE's stopwords before counting (`-s`). */
  removeStopwords: boolean;
  /** Compute ROUGE-L, the summary-level union LCS (off is `-x`). */
  lcs: boolean;
  /** Maximum gap of skip-bigrams (`-2`); negative means no limit; `null` computes no skip-bigrams. */
  skipGap: number | null;
  /** Count unigrams with the skip-bigrams, ROUGE-SU instead of ROUGE-S (`-u`). */
  skipUnigrams: boolean;
  /** Keep only the first N words of every summary (`-l`); `null` keeps all. */
  words: number | null;
  /** Keep only the first N bytes (UTF-8) of every summary (`-b`); `null` keeps all. */
  bytes: number | null;
  /** Several references: pool their counts (`-f A`) or keep the best-scoring one (`-f B`). */
  combine: 'average' | 'best';
  /** Weight of precision in F = 1 / (alpha / P + (1 - alpha) / R) (`-p`). */
  alpha: number;
  /** Average per summary (`-t 0`) or pool token counts over all summaries (`-t 1`). */
  unit: 'summary' | 'token';
  /** Bootstrap resamples for system averages and confidence intervals (`-r`). */
  samples: number;
  /** Confidence level of the intervals in percent (`-c`). */
  confidence: number;
  /** Seed of resample 0; resample i is seeded with `seed + i`, as ROUGE-1.5.5 seeds with i. */
  seed: number;
}

export const defaultRougeOptions: Readonly<RougeOptions> = Object.freeze({
  maxN: 2,
  stem: true,
  removeStopwords: false,
  lcs: true,
  skipGap: 4,
  skipUnigrams: true,
  words: null,
  bytes: null,
  combine: 'average',
  alpha: 0.5,
  unit: 'summary',
  samples: 1000,
  confidence: 95,
  seed: 0,
});

function checkBoolean(name: string, value: unknown): void {
  if (typeof value !== 'boolean') expected(`rouge.${name} to be true or false`, value);
}

function checkLimit(name: string, value: unknown): void {
  if (value !== null) checkPositiveInteger('rouge', name, value);
}

/** Merges options with the defaults and checks every value. */
export function resolveRougeOptions(options?: Partial<RougeOptions>): RougeOptions {
  const resolved = withDefaults('rouge', defaultRougeOptions as RougeOptions, options);
  checkPositiveInteger('rouge', 'maxN', resolved.maxN);
  checkBoolean('stem', resolved.stem);
  checkBoolean('removeStopwords', resolved.removeStopwords);
  checkBoolean('lcs', resolved.lcs);
  checkBoolean('skipUnigrams', resolved.skipUnigrams);
  if (resolved.skipGap !== null && !Number.isInteger(resolved.skipGap)) expected('rouge.skipGap to be a whole number or null', resolved.skipGap);
  checkLimit('words', resolved.words);
  checkLimit('bytes', resolved.bytes);
  if (resolved.words !== null && resolved.bytes !== null) expected('rouge.words or rouge.bytes, not both', resolved);
  if (resolved.combine !== 'average' && resolved.combine !== 'best') expected('rouge.combine to be "average" or "best"', resolved.combine);
  checkFraction('rouge', 'alpha', resolved.alpha);
  if (resolved.unit !== 'summary' && resolved.unit !== 'token') expected('rouge.unit to be "summary" or "token"', resolved.unit);
  checkPositiveInteger('rouge', 'samples', resolved.samples);
  if (typeof resolved.confidence !== 'number' || !(resolved.confidence >= 0 && resolved.confidence <= 100)) {
    expected('rouge.confidence between 0 and 100', resolved.confidence);
  }
  if (!Number.isSafeInteger(resolved.seed) || resolved.seed < 0) expected('rouge.seed to be a whole number ≥ 0', resolved.seed);
  return resolved;
}

/** The measures the options compute, in ROUGE's order: ROUGE-1 … ROUGE-N, ROUGE-L, ROUGE-S(U)gap. */
export function measureNames(options: RougeOptions): string[] {
  const names = Array.from({ length: options.maxN }, (_, index) => `ROUGE-${index + 1}`);
  if (options.lcs) names.push('ROUGE-L');
  if (options.skipGap !== null) names.push(skipMeasureName(options.skipGap, options.skipUnigrams));
  return names;
}

function skipMeasureName(gap: number, unigrams: boolean): string {
  return `ROUGE-${unigrams ? 'SU' : 'S'}${gap < 0 ? '*' : gap}`;
}
