/**
 * What articles add to their stories' rows: size, dated span and headline.
 * A batch grows its stories with it; a removal makes a story's row again
 * from the members it keeps, choosing the headline by the same rule.
 */

/** The headline an article offers its story (`ArticleRecord.headline`, `headlineRank`). */
export interface OfferedHeadline {
  headline?: string;
  headlineRank?: number;
}

/** What some articles add to one story. */
export interface StoryGrowth {
  id: string;
  size: number;
  firstSeen: string;
  lastSeen: string;
  headline: string | null;
  /** `ArticleRecord.headlineRank` of the headline. */
  headlineRank: number;
  /** Date of the article the headline is taken from. */
  headlineSeen: string;
}

/**
 * Adds one article, dated `seen`, to its story's growth. Its headline (else
 * its title, ranked 2) replaces the story's when better ranked, or as well
 * ranked and earlier.
 */
export function grow(growth: Map<string, StoryGrowth>, story: string, offered: OfferedHeadline, title: string | null, seen: string): void {
  const headline = offered.headline ?? title;
  const rank = offered.headlineRank ?? 2;
  const known = growth.get(story);
  if (!known) {
    growth.set(story, { id: story, size: 1, firstSeen: seen, lastSeen: seen, headline, headlineRank: rank, headlineSeen: seen });
    return;
  }
  known.size += 1;
  if (headline !== null && (known.headline === null || rank > known.headlineRank || (rank === known.headlineRank && seen < known.headlineSeen))) {
    known.headline = headline;
    known.headlineRank = rank;
    known.headlineSeen = seen;
  }
  if (seen < known.firstSeen) known.firstSeen = seen;
  if (seen > known.lastSeen) known.lastSeen = seen;
}
