/**
 * The one line that sums a story up, as the CLI and the web reader both show
 * it: "6 articles from 5 outlets, 2026-03-14 to 2026-03-15". Outlets are
 * left out when no article names one. Its days are those its articles give
 * (an undated article's ingest day is no news of when it happened); a story
 * with no dated article shows the days it was ingested, saying so.
 */
import type { StoryRow } from '../store/types.js';

/**
 * What a story is called where it has no headline: "(no headline)", not the
 * "(untitled)" that marks an article named by the words it opens with
 * (`OPENING_LABEL`).
 */
export const NO_HEADLINE = '(no headline)';

/** A story's headline, or `NO_HEADLINE`. */
export function storyHeadline(story: { headline: string | null }): string {
  return story.headline ?? NO_HEADLINE;
}

/** The date part of an ISO date-time ('' for none). */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** The zone a date-time is written in: "UTC" ("Z", "+00:00"), "UTC+09:00"; '' for a date alone or a time written with none. */
export function writtenZone(iso: string): string {
  const offset = iso.length > 10 ? /(?:Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[0] : undefined;
  if (offset === undefined) return '';
  return offset === 'Z' || offset.endsWith('00:00') ? 'UTC' : `UTC${offset}`;
}

/** "1 article", "3 outlets". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** What the line tells of a story: its size, its outlets, its days published, else ingested (`firstSeen`, `lastSeen`), and published only (null when no article gives a date). */
export type StoryFigures = Pick<StoryRow, 'size' | 'outlets' | 'firstSeen' | 'lastSeen' | 'firstPublished' | 'lastPublished'>;

/**
 * The first and last day a story's articles give; the days they were
 * ingested (`ingested`) when none gives one. Each is the day as its article
 * writes it, so the earliest report, written in UTC on the 15th, may give a
 * later day than the latest, written on the evening of the 14th in New York:
 * the two days are then given in order.
 */
export function storyDays(story: Omit<StoryFigures, 'size' | 'outlets'>): { first: string; last: string; ingested: boolean; updatedUndated?: string } {
  if (story.firstPublished === null || story.lastPublished === null) return { first: day(story.firstSeen), last: day(story.lastSeen), ingested: true };
  const [first, last] = [day(story.firstPublished), day(story.lastPublished)].sort();
  const days = { first, last, ingested: false };
  // An undated article ingested after the dated ones orders the story by that day, which the dates shown do not tell.
  return day(story.lastSeen) > days.last ? { ...days, updatedUndated: day(story.lastSeen) } : days;
}

export function storyOverview(story: StoryFigures): string {
  const { first, last, ingested } = storyDays(story);
  const dates = first === last ? first : `${first} to ${last}`;
  return `${count(story.size, 'article')}${story.outlets > 0 ? ` from ${count(story.outlets, 'outlet')}` : ''}, ${ingested ? `no article dated (ingested ${dates})` : dates}`;
}
