/**
 * A claim: one article's statement of one fact key, the unit `alignFacts`
 * lines up across articles. Numbers, dates and people's ages all become
 * claims.
 */
import type { SegmentedArticle, Span } from '../article.js';
import type { Qualifier } from './types.js';

export interface FactClaim {
  key: string;
  label: string;
  value: number | string;
  qualifier: Qualifier;
  upper?: number;
  unit?: string;
  /** What a price is of, as written (`NumberFact.object`): a story of several deals compares each deal's prices apart (`byObject`). */
  object?: string;
  article: string;
  span: Span;
  /** The article's publication day, `YYYY-MM-DD`, or `UNDATED`. */
  day: string;
  /**
   * A value later reports do not revise, only get wrong (a person's age):
   * two that differ conflict across days too, unless the days are a year
   * apart.
   */
  settled?: boolean;
}

export const UNDATED = 'undated';

export function claimDay(article: SegmentedArticle): string {
  return (article.modified ?? article.published)?.slice(0, 10) ?? UNDATED;
}
