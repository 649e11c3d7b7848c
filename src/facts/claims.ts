/**
 * A claim: one article's statement of one fact key, the unit `alignFacts`
 * lines up across articles. Numbers, dates and people's ages all become
 * claims.
 */
import { inPost, postDay, type Article, type Span } from '../article.js';
import type { Qualifier } from './types.js';

export interface FactClaim {
  key: string;
  label: string;
  value: number | string;
  qualifier: Qualifier;
  upper?: number;
  unit?: string;
  /** The content words of the sentence stating a count with no event or unit ("19 goals"), which tell apart counts of one noun (`byContext`). */
  context?: string[];
  /** What a price is of, as written (`NumberFact.object`): a story of several deals compares each deal's prices apart (`byObject`). */
  object?: string;
  article: string;
  span: Span;
  /** The day it was told, `YYYY-MM-DD` (`claimDay`), or `UNDATED`. */
  day: string;
  /**
   * A value later reports do not revise, only get wrong (a person's age):
   * two that differ conflict across days too, unless the days are a year
   * apart.
   */
  settled?: boolean;
  /** A value its own article revises later (a live blog's post, `articleClaims`): it and another that differs are an update, never a conflict. */
  revised?: boolean;
}

export const UNDATED = 'undated';

/**
 * The day a claim at `span` was told: the day of the live blog post that
 * holds it when the post's time gives one (a post of a blog's first day was
 * told that day, not on the day the blog was last modified), else the
 * article's modified day, else its published day, else `UNDATED`.
 */
export function claimDay(article: Article, span?: Span): string {
  const post = span && article.posts?.find((candidate) => inPost(candidate, span));
  return (post && postDay(post)) ?? (article.modified ?? article.published)?.slice(0, 10) ?? UNDATED;
}
