import type { Article } from '../article.js';
import { instantOf } from '../time.js';

type Dated = Pick<Article, 'published' | 'outlet' | 'byline' | 'text'>;

/** How far into an article's text a credit to another outlet is looked for: its dateline and first lines. */
const CREDIT_HEAD = 300;

/** Where an article falls in the order: its instant, then 1 when it must follow a timed report of its day that it credits. */
interface Place {
  time: number;
  after: number;
}

/** The calendar day an ISO date or date-time is written on, as written (its own offset). */
const dayOf = (published: string): string => published.slice(0, 10);

/** Whether a published date gives the day alone ("2026-11-12"), no time. */
export const isDateOnly = (published: string): boolean => published.length === 10;

/** Whether `article` names `outlet` in its byline or the head of its text: "BRENMOUTH (Valley Wire Service) -", "By Ana Ruiz, Valley Wire Service". */
function credits(article: Dated, outlet: string): boolean {
  return (article.byline?.includes(outlet) ?? false) || article.text.slice(0, CREDIT_HEAD).includes(outlet);
}

/** Reports timed on one day: each outlet's latest instant. */
type TimedOutlets = Map<string, number>;

/** Notes a timed report of an outlet under its day; a date-only, undated or unreadable one, or one of no outlet, is left out. */
function noteTimed(days: Map<string, TimedOutlets>, report: Pick<Article, 'published' | 'outlet'>): void {
  const { published, outlet } = report;
  if (published === undefined || isDateOnly(published) || outlet === undefined) return;
  const time = instantOf(published);
  if (!Number.isFinite(time)) return;
  const day = days.get(dayOf(published)) ?? new Map<string, number>();
  day.set(outlet, Math.max(day.get(outlet) ?? time, time));
  days.set(dayOf(published), day);
}

/**
 * The instant a date-only article follows: that of the latest report timed
 * on its day by an outlet it credits (not its own; a one-letter name credits
 * nothing); -Infinity when it credits none, so it counts from the start of
 * its day.
 */
function creditedInstant(article: Dated, timedThatDay: TimedOutlets | undefined): number {
  let credited = Number.NEGATIVE_INFINITY;
  for (const [outlet, time] of timedThatDay ?? []) {
    if (outlet !== article.outlet && outlet.length > 1 && time > credited && credits(article, outlet)) credited = time;
  }
  return credited;
}

/**
 * Each dated article's place. A date-only article's hour is unknown, so it
 * counts from the start of its day, except after a report timed that same
 * day by an outlet it credits: a regional paper's reprint dated "11 March"
 * that writes "(Valley Wire Service)" came after that wire's 12:45 report,
 * not before it.
 */
function datedPlaces(articles: readonly Dated[]): (Place | undefined)[] {
  const timed = new Map<string, TimedOutlets>();
  for (const article of articles) noteTimed(timed, article);
  return articles.map((article): Place | undefined => {
    if (article.published === undefined) return undefined;
    const time = instantOf(article.published);
    if (!Number.isFinite(time)) return undefined;
    if (!isDateOnly(article.published)) return { time, after: 0 };
    const credited = creditedInstant(article, timed.get(dayOf(article.published)));
    return Number.isFinite(credited) ? { time: credited, after: 1 } : { time, after: 0 };
  });
}

/**
 * Which reports were published after `arrival`, dated by its day alone, as
 * `inPublicationOrder` places it among `reports` (`datedPlaces`): after the
 * latest of them timed on its day by an outlet it credits (a reprint dated
 * "11 March" that writes "(Valley Wire Service)" follows that wire's 12:45
 * report, and a report timed earlier that day, by any outlet, precedes it);
 * when it credits none, at the start of its day, before every report timed
 * that day. Reports of other days, and every report when `arrival` carries
 * a time, are left to `publishedAfter`: false. Copy detection across runs
 * asks it of stored candidates, so that an article read in a later run is
 * traced as it would have been in the same run.
 */
export function laterThanDateOnly(arrival: Dated, reports: Iterable<Pick<Article, 'published' | 'outlet'>>): (other: Pick<Article, 'published'>) => boolean {
  const { published } = arrival;
  if (published === undefined || !isDateOnly(published)) return () => false;
  const timed = new Map<string, TimedOutlets>();
  for (const report of reports) noteTimed(timed, report);
  const credited = creditedInstant(arrival, timed.get(published));
  return (other) => {
    if (other.published === undefined || isDateOnly(other.published) || dayOf(other.published) !== published) return false;
    return !Number.isFinite(credited) || instantOf(other.published) > credited;
  };
}

/**
 * The articles of one ingest window in the order they were published, so the
 * earliest report of an event starts its story and is the one later copies
 * trace to, whatever order the files were read in. An article dated by day
 * only counts from the start of its day unless it credits an outlet that
 * reported that day at a known time (`datedPlaces`). An undated article keeps
 * its place after the dated article read just before it (or first, when none
 * was). The sort is stable and returns a new array; the input is not changed.
 */
export function inPublicationOrder<T extends { article: Dated }>(items: readonly T[]): T[] {
  const places = datedPlaces(items.map((item) => item.article));
  let previous: Place = { time: Number.NEGATIVE_INFINITY, after: 0 };
  const keyed = items.map((item, index) => {
    previous = places[index] ?? previous;
    return { item, index, place: previous };
  });
  keyed.sort((a, b) => a.place.time - b.place.time || a.place.after - b.place.after || a.index - b.index);
  return keyed.map(({ item }) => item);
}
