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
const isDateOnly = (published: string): boolean => published.length === 10;

/** Whether `article` names `outlet` in its byline or the head of its text: "BRENMOUTH (Valley Wire Service) -", "By Ana Ruiz, Valley Wire Service". */
function credits(article: Dated, outlet: string): boolean {
  return (article.byline?.includes(outlet) ?? false) || article.text.slice(0, CREDIT_HEAD).includes(outlet);
}

/**
 * Each dated article's place. A date-only article's hour is unknown, so it
 * counts from the start of its day, except after a report timed that same
 * day by an outlet it credits: a regional paper's reprint dated "11 March"
 * that writes "(Valley Wire Service)" came after that wire's 12:45 report,
 * not before it.
 */
function datedPlaces(articles: readonly Dated[]): (Place | undefined)[] {
  const timedOutlets = new Map<string, Map<string, number>>();
  const places = articles.map((article): Place | undefined => {
    if (article.published === undefined) return undefined;
    const time = instantOf(article.published);
    if (!Number.isFinite(time)) return undefined;
    if (!isDateOnly(article.published) && article.outlet !== undefined) {
      const day = timedOutlets.get(dayOf(article.published)) ?? new Map<string, number>();
      day.set(article.outlet, Math.max(day.get(article.outlet) ?? time, time));
      timedOutlets.set(dayOf(article.published), day);
    }
    return { time, after: 0 };
  });
  return places.map((place, i) => {
    const { published, outlet } = articles[i];
    if (place === undefined || !isDateOnly(published!)) return place;
    let credited = Number.NEGATIVE_INFINITY;
    for (const [other, time] of timedOutlets.get(dayOf(published!)) ?? []) {
      if (other !== outlet && other.length > 1 && time > credited && credits(articles[i], other)) credited = time;
    }
    return Number.isFinite(credited) ? { time: credited, after: 1 } : place;
  });
}

/**
 * Whether `other`, timed on the day `arrival` gives by its date alone, was
 * published after it, as `inPublicationOrder` places them: the arrival counts
 * from the start of its day unless it credits `other`'s outlet (a reprint
 * dated "11 March" that writes "(Valley Wire Service)" follows that wire's
 * 12:45 report). Copy detection across runs asks it of stored articles, so
 * that an article read in a later run is traced as it would have been in
 * the same run.
 */
export function followsDateOnly(other: Pick<Article, 'published' | 'outlet'>, arrival: Dated): boolean {
  const { published } = arrival;
  if (published === undefined || !isDateOnly(published) || other.published === undefined || isDateOnly(other.published)) return false;
  if (dayOf(other.published) !== published) return false;
  return other.outlet === undefined || other.outlet === arrival.outlet || other.outlet.length <= 1 || !credits(arrival, other.outlet);
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
