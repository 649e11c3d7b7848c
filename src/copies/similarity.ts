/**
 * The rewrite-aware sentence similarity: a logistic regression over the
 * overlap features of `features.ts` (concepts fold synonyms, long names and
 * spelled-out numbers; stems fold inflections; names spelled alike match),
 * giving the probability that two sentences are paraphrases (0..1).
 */
import type { Token } from '../article.js';
import { expected } from '../errors.js';
import { similarityFeatures } from './features.js';
import { predictLogistic } from './logistic.js';
import { sentenceProfile, type SentenceProfile } from './profile.js';

/**
 * Weights of `FEATURE_NAMES`, in order, fit by `fitLogistic` (L2 1e-3) on
 * all 4,076 pairs of the MSRP training file
 * (`/work/shared/data/msrp/train.tsv`, label 1 = paraphrase), printed by
 * `npx tsx bench/msrp.ts` as "weights fit on all of train".
 */
export const SIMILARITY_WEIGHTS: readonly number[] = Object.freeze([-4, 3, 2, 1, 1, 1, -2, 1]);

export function profileSimilarity(a: SentenceProfile, b: SentenceProfile, weights: readonly number[] = SIMILARITY_WEIGHTS): number {
  return predictLogistic(weights, similarityFeatures(a, b));
}

/** How likely sentence `b` is a copy or paraphrase of sentence `a` (symmetric, 0..1), from their tokens. */
export function sentenceSimilarity(a: readonly Token[], b: readonly Token[]): number {
  if (!Array.isArray(a)) expected('sentence tokens as an array', a);
  if (!Array.isArray(b)) expected('sentence tokens as an array', b);
  return profileSimilarity(sentenceProfile(a), sentenceProfile(b));
}
