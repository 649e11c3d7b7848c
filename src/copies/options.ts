import { expected } from '../errors.js';
import { checkedOnce, checkFraction, checkPositiveInteger, withDefaults } from '../options.js';

/** Copy detection settings. What each does is said here; why its default is what it is, in `defaultCopyOptions`. */
export interface CopyOptions {
  /** Words per shingle of the near-duplicate signature (punctuation dropped). */
  shingleSize: number;
  /** MinHash positions of each signature: standard error of the Jaccard estimate sqrt(J(1-J)/hashes). */
  hashes: number;
  /**
   * LSH bands each signature is cut into (`hashes / bands` rows each). Two
   * articles become candidates when one band agrees, with probability
   * `1 - (1 - J^rows)^bands` at Jaccard J.
   */
  bands: number;
  /** At most this many indexed articles, those sharing the most band keys, are aligned against an arriving one. */
  maxCandidates: number;
  /** Sentences with fewer words are neither matched nor counted in shares. */
  minSentenceWords: number;
  /** A sentence is taken from a source sentence when their `sentenceSimilarity` is at least this. */
  matchThreshold: number;
  /** A match is near-verbatim when this share of the longer sentence's words is unchanged. */
  verbatimRatio: number;
  /** `reprint` when at least this share of the sentences come near-verbatim from one source, in its order. */
  reprintShare: number;
  /** `rewrite` when at least this share of the sentences are taken from earlier articles. */
  rewriteShare: number;
}

export const defaultCopyOptions: Readonly<CopyOptions> = Object.freeze({
  /** Five words: long enough that two independent reports rarely share one, short enough that an edit breaks few. */
  shingleSize: 5,
  /** 128: mean absolute error about 0.03 against exact Jaccard (`minhash.test.ts`). */
  hashes: 128,
  /** 32 bands of 4 rows: a candidate at J = 0.5 with 87% probability, at J = 0.2 with 5%. */
  bands: 32,
  /** Enough for every copy in a news cluster; bounds the work when a band key is common. */
  maxCandidates: 20,
  /** Five words: datelines, credits and "He said." carry no evidence of copying. */
  minSentenceWords: 5,
  /**
   * 0.6: above the 0.52 that maximizes accuracy on MSRP (`bench/msrp.ts`), since
   * two reports of one event share sentences that merely agree on the facts.
   */
  matchThreshold: 0.6,
  /** 0.9: a changed word or two in a long sentence is still the same sentence. */
  verbatimRatio: 0.9,
  /** 0.8: a reprint may add a byline, a caption or a changed paragraph. */
  reprintShare: 0.8,
  /** 0.5: half the sentences taken is a copy; a shared quote or two is not. */
  rewriteShare: 0.5,
});

/** The defaults merged with `options`, every value checked (frozen; returned as it is when passed again: `checkedOnce`). */
export const checkCopyOptions = checkedOnce(checkEveryCopyOption);

function checkEveryCopyOption(options: Partial<CopyOptions> | undefined): CopyOptions {
  const merged = withDefaults('copies', defaultCopyOptions as CopyOptions, options);
  for (const name of ['shingleSize', 'hashes', 'bands', 'maxCandidates', 'minSentenceWords'] as const) checkPositiveInteger('copies', name, merged[name]);
  for (const name of ['matchThreshold', 'verbatimRatio', 'reprintShare', 'rewriteShare'] as const) checkFraction('copies', name, merged[name]);
  if (merged.hashes % merged.bands !== 0) expected(`copies.bands to divide copies.hashes (${merged.hashes})`, merged.bands);
  return merged;
}
