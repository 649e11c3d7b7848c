/**
 * The one line that sums a story up, as the CLI and the web reader both show
 * it: "6 articles from 5 outlets, 2026-03-14 to 2026-03-15". Outlets are
 * left out when no article names one.
 */

/** The date part of an ISO date-time ('' for none). */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** "1 article", "3 outlets". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

export interface StoryFigures {
  size: number;
  outlets: number;
  firstSeen: string;
  lastSeen: string;
}

export function storyOverview({ size, outlets, firstSeen, lastSeen }: StoryFigures): string {
  const dates = day(firstSeen) === day(lastSeen) ? day(firstSeen) : `${day(firstSeen)} to ${day(lastSeen)}`;
  return `${count(size, 'article')}${outlets > 0 ? ` from ${count(outlets, 'outlet')}` : ''}, ${dates}`;
}
