import type { SegmentedArticle } from '../article.js';
import { storyOptions, type StoryOptions } from './options.js';
import { articleProfile, type ArticleProfile } from './profile.js';
import { articleVectors } from './story.js';
import { blend, dot, termStats, timeDecay, type TermStats } from './weights.js';

/**
 * How alike two profiles are, 0–1, as the clusterer scores an article against
 * a story of one: the TF-IDF cosine of content stems and of event-specific
 * keys (names, numbers), blended by `entityWeight`, times the time decay when
 * both are dated. Frequencies come from `stats` (a corpus the caller counted
 * with `termStats`), or from the two profiles alone.
 */
export function profileSimilarity(a: ArticleProfile, b: ArticleProfile, stats?: TermStats, options?: Partial<StoryOptions>): number {
  const { entityWeight, halfLifeDays } = storyOptions(options);
  const frequencies = stats ?? termStats([a, b]);
  const left = articleVectors(a, frequencies);
  const right = articleVectors(b, frequencies);
  const termCosine = dot(left.terms.weights, right.terms.weights);
  const entityCosine = dot(left.entities.weights, right.entities.weights);
  const hasEntities = left.entities.length > 0 || right.entities.length > 0;
  return Math.min(1, blend(termCosine, entityCosine, hasEntities, entityWeight) * timeDecay(a.time, b.time, b.time, halfLifeDays));
}

/** `profileSimilarity` of two segmented articles. */
export function articleSimilarity(a: SegmentedArticle, b: SegmentedArticle, stats?: TermStats, options?: Partial<StoryOptions>): number {
  return profileSimilarity(articleProfile(a, options), articleProfile(b, options), stats, options);
}
