/**
 * The one line that sums a story up, as the CLI and the web reader both show
 * it: "6 articles from 5 outlets, 2026-03-14 to 2026-03-15". Outlets are
 * left out when no article names one. Its days are those its articles give
 * (an undated article's ingest day is no news of when it happened); a story
 * with no dated article shows the days it was ingested, saying so.
 */
import type { StoryRow } from '../store/types.js';

/** The date part of an ISO date-time ('' for none). */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** "1 article", "3 outlets". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** What the line reads of a stored story (`StoryRow`): its size, outlets and days. */
export type StoryFigures = Pick<StoryRow, 'size' | 'outlets' | 'firstSeen' | 'lastSeen' | 'firstPublished' | 'lastPublished'>;

/** The first and last day a story's articles give; the days they were ingested (`ingested`) when none gives one. */
export function storyDays(story: Omit<StoryFigures, 'size' | 'outlets'>): { first: string; last: string; ingested: boolean; updatedUndated?: string } {
  if (story.firstPublished === null || story.lastPublished === null) return { first: day(story.firstSeen), last: day(story.lastSeen), ingested: true };
  const days = { first: day(story.firstPublished), last: day(story.lastPublished), ingested: false };
  // An undated article ingested after the dated ones orders the story by that day, which the dates shown do not tell.
  return day(story.lastSeen) > days.last ? { ...days, updatedUndated: day(story.lastSeen) } : days;
}

export function storyOverview(story: StoryFigures): string {
  const { first, last, ingested } = storyDays(story);
  const dates = first === last ? first : `${first} to ${last}`;
  return `${count(story.size, 'article')}${story.outlets > 0 ? ` from ${count(story.outlets, 'outlet')}` : ''}, ${ingested ? `no article dated (ingested ${dates})` : dates}`;
}
