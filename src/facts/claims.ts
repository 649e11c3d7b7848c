/**
 * A claim: one article's statement of one fact key, the unit `alignFacts`
 * lines up across articles. Numbers, dates and people's ages all become
 * claims.
 */
import { inPost, postDay, type Article, type Span } from '../article.js';
import { instantOf } from '../time.js';
import type { Qualifier } from './types.js';

export interface FactClaim {
  key: string;
  label: string;
  value: number | string;
  qualifier: Qualifier;
  upper?: number;
  unit?: string;
  /** The step of the last digit written under a multiplier word (`NumberFact.precision`): "$4 billion" agrees with "$4.2 billion". */
  precision?: number;
  /** The content words of the sentence stating a count with no event or unit ("19 goals"), which tell apart counts of one noun (`byContext`). */
  context?: string[];
  /** Who a dated event's word follows (`DateFact.subject`): "Milosevic met Holbrooke" is the meeting "Holbrooke met Milosevic" is (`byObject`). */
  subject?: string;
  /** The content words of a planned date's clause beside the date and its event word (`dateClauseWords`): planned dates of one event far apart are one plan only when they share some (`onePlan`). */
  clause?: string[];
  /** What a price is of, as written (`NumberFact.object`): a story of several deals compares each deal's prices apart (`byObject`). */
  object?: string;
  article: string;
  span: Span;
  /** The day it was told, `YYYY-MM-DD` (`claimDay`), or `UNDATED`. */
  day: string;
  /** The instant it was told, in milliseconds (`claimInstant`), when known: reports close in time are one day's whatever dates their zones write (`sameDay`). */
  told?: number;
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

/**
 * Reports told less than this many hours apart are the same day's, whatever
 * the dates written in their own zones: a report at 23:30-08:00 and one at
 * 08:45+01:00 are 15 minutes apart. Farther apart, the dates as written
 * decide (a morning-after report 10 hours after a late-evening one revises it).
 */
export const SAME_DAY_HOURS = 6;

/** The instant a claim at `span` was told: its live blog post's time when it is a date-time, else the article's modified, else published time; undefined for a date with no time of day (its hour is not known) or none. */
export function claimInstant(article: Article, span?: Span): number | undefined {
  const post = span && article.posts?.find((candidate) => inPost(candidate, span));
  const time = post && postDay(post) ? post.time : (article.modified ?? article.published);
  const instant = time === undefined || !time.includes('T') ? Number.NaN : instantOf(time);
  return Number.isNaN(instant) ? undefined : instant;
}

/** A claim's day and instant (`claimDay`, `claimInstant`). */
export function claimTime(article: Article, span?: Span): Pick<FactClaim, 'day' | 'told'> {
  const instant = claimInstant(article, span);
  return { day: claimDay(article, span), ...(instant !== undefined ? { told: instant } : {}) };
}

/** Whether two claims were told the same day: the same day as written, or instants less than `SAME_DAY_HOURS` apart. */
export function sameDay(a: Pick<FactClaim, 'day' | 'told'>, b: Pick<FactClaim, 'day' | 'told'>): boolean {
  return a.day === b.day || (a.told !== undefined && b.told !== undefined && Math.abs(a.told - b.told) < SAME_DAY_HOURS * 3_600_000);
}
