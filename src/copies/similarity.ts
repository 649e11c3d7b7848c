/**
 * The rewrite-aware sentence similarity: a logistic regression over the
 * overlap features of `features.ts` (concepts fold synonyms, long names and
 * spelled-out numbers; stems fold inflections; names spelled alike match),
 * scaled so that a sentence compared with itself scores 1.
 *
 * The model is the probability that two sentences are paraphrases, and it
 * is not monotone in overlap: MSRP's non-paraphrases are often long
 * stretches copied word for word around a changed fact, so given the same
 * words, longer shared runs weigh slightly against. Scaling by the
 * probability of an identical pair and capping at 1 keeps the ranking
 * (and MSRP accuracy) while making verbatim copies the most similar.
 */
import type { Token } from '../article.js';
import { expected } from '../errors.js';
import { FEATURE_NAMES, similarityFeatures } from './features.js';
import { predictLogistic } from './logistic.js';
import { sentenceProfile, type SentenceProfile } from './profile.js';

/**
 * Weights of `FEATURE_NAMES`, in order, fit by `fitLogistic` (L2 1e-3) on
 * all 4,076 pairs of the MSRP training file (`../shared/data/msrp/train.tsv`,
 * label 1 = paraphrase), printed by `npx tsx bench/msrp.ts` as "weights fit
 * on all of train".
 */
export const SIMILARITY_WEIGHTS: readonly number[] = Object.freeze([
  -1.7262, 0.9436, 0.9295, 2.2229, -0.8674, -1.4963, -0.2749, -0.1448, -0.4224, -0.7936, -1.3971, 1.3793, 2.9237,
]);

/** The features of two identical sentences of four words or more: full overlap, nothing left over. */
const IDENTICAL_FEATURES: readonly number[] = FEATURE_NAMES.map((name) =>
  ['unmatchedInLonger', 'unmatchedInShorter', 'numberMismatch', 'negationMismatch', 'lengthDifference'].includes(name) ? 0 : 1,
);

const CONCEPT_DICE = FEATURE_NAMES.indexOf('conceptDice');
const IDENTICAL_PROBABILITY = predictLogistic(SIMILARITY_WEIGHTS, IDENTICAL_FEATURES);

/**
 * Similarity of two profiles under `weights`: the paraphrase probability
 * over an identical pair's, at most 1; 0 when they share no concept at all.
 */
export function profileSimilarity(a: SentenceProfile, b: SentenceProfile, weights: readonly number[] = SIMILARITY_WEIGHTS): number {
  const features = similarityFeatures(a, b);
  if (features[CONCEPT_DICE] === 0) return 0;
  const identical = weights === SIMILARITY_WEIGHTS ? IDENTICAL_PROBABILITY : predictLogistic(weights, IDENTICAL_FEATURES);
  return Math.min(1, predictLogistic(weights, features) / identical);
}

/** How likely two sentences are copies or paraphrases of each other (0..1, 1 for identical sentences), from their tokens. */
export function sentenceSimilarity(a: readonly Token[], b: readonly Token[]): number {
  if (!Array.isArray(a)) expected('sentence tokens as an array', a);
  if (!Array.isArray(b)) expected('sentence tokens as an array', b);
  return profileSimilarity(sentenceProfile(a), sentenceProfile(b));
}
