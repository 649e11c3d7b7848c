import type { SegmentedArticle } from '../article.js';
import { storyOptions, type StoryOptions } from './options.js';
import { articleProfile, type ArticleProfile } from './profile.js';
import { frequenciesOf } from './frequencies.js';
import { articleVectors, fieldCosines } from './story.js';
import { blend, termStats, timeDecay, type TermStats } from './weights.js';

/**
 * How alike two profiles are, 0–1, as the clusterer scores an article against
 * a story of one: the TF-IDF cosines of content stems, of event-specific
 * keys (names, numbers) and of headline stems, blended by `entityWeight` and
 * `leadWeight` on a square-root scale, times the time decay when both are dated. Frequencies come from `stats` (a corpus the caller counted
 * with `termStats`), or from the two profiles alone.
 */
export function profileSimilarity(a: ArticleProfile, b: ArticleProfile, stats?: TermStats, options?: Partial<StoryOptions>): number {
  const settings = storyOptions(options);
  const counted = stats ?? termStats([a, b]);
  const frequencies = {
    documents: counted.documents,
    terms: frequenciesOf(counted.terms, a.terms, b.terms, a.lead, b.lead),
    entities: frequenciesOf(counted.entities, a.entities, b.entities),
  };
  const cosines = fieldCosines(articleVectors(a, frequencies), articleVectors(b, frequencies));
  return Math.min(1, blend(cosines, settings) * timeDecay(a.time, b.time, b.time, settings.halfLifeDays));
}

/** `profileSimilarity` of two segmented articles. */
export function articleSimilarity(a: SegmentedArticle, b: SegmentedArticle, stats?: TermStats, options?: Partial<StoryOptions>): number {
  return profileSimilarity(articleProfile(a, options), articleProfile(b, options), stats, options);
}
