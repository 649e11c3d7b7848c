import { expected } from '../errors.js';
import { checkFraction, checkPositiveInteger, withDefaults } from '../options.js';

export interface CopyOptions {
  /** Words per shingle of the near-duplicate signature (punctuation dropped). */
  shingleSize: number;
  /** MinHash positions of each signature; more is a finer Jaccard estimate (error about 0.5/sqrt(hashes)). */
  hashes: number;
  /**
   * LSH bands each signature is cut into (`hashes / bands` rows each). Two
   * articles become candidates when one band agrees, with probability
   * `1 - (1 - J^rows)^bands` at Jaccard J: with 128 hashes in 32 bands, 87%
   * at J = 0.5 and 5% at J = 0.2.
   */
  bands: number;
  /** At most this many indexed articles, those sharing the most band keys, are aligned against an arriving one. */
  maxCandidates: number;
  /** Sentences with fewer words (datelines, "He said.") are neither matched nor counted in shares. */
  minSentenceWords: number;
  /** A sentence is taken from a source sentence when their `sentenceSimilarity` is at least this. */
  matchThreshold: number;
  /** A match is near-verbatim when this share of the longer sentence's words is unchanged. */
  verbatimRatio: number;
  /** `reprint` when at least this share of the sentences come near-verbatim from one source. */
  reprintShare: number;
  /** `rewrite` when at least this share of the sentences are taken from earlier articles. */
  rewriteShare: number;
}

export const defaultCopyOptions: Readonly<CopyOptions> = Object.freeze({
  shingleSize: 5,
  hashes: 128,
  bands: 32,
  maxCandidates: 20,
  minSentenceWords: 5,
  matchThreshold: 0.6,
  verbatimRatio: 0.9,
  reprintShare: 0.8,
  rewriteShare: 0.5,
});

export function checkCopyOptions(options: Partial<CopyOptions> | undefined): CopyOptions {
  const merged = withDefaults('copies', defaultCopyOptions as CopyOptions, options);
  for (const name of ['shingleSize', 'hashes', 'bands', 'maxCandidates', 'minSentenceWords'] as const) checkPositiveInteger('copies', name, merged[name]);
  for (const name of ['matchThreshold', 'verbatimRatio', 'reprintShare', 'rewriteShare'] as const) checkFraction('copies', name, merged[name]);
  if (merged.hashes % merged.bands !== 0) expected(`copies.bands to divide copies.hashes (${merged.hashes})`, merged.bands);
  return merged;
}
