/**
 * Numbers before a word for a stretch of time ("12 years", "24 heures"):
 * how long something lasted ("jailed for 12 years"), read with no event of
 * its own ("killed in the past 24 hours" kills no hours) and told apart by
 * its sentence (`byContext`), or no count at all: a time ago or later
 * ("ten years ago", `timeAfter`), or an amount ("$12 million a year").
 */
import type { SegmentedArticle } from '../article.js';
import type { FactWords } from './fact-words.js';
import type { ParsedNumber } from './numbers.js';

/** How a number with a duration noun reads: `how-long` a duration, `not-counted` no count at all; undefined when its counted noun is no duration. */
export type DurationReading = 'how-long' | 'not-counted';

export function durationOf(article: SegmentedArticle, parsed: ParsedNumber, counted: { text: string; head: string; end: number }, words: FactWords): DurationReading | undefined {
  const { tokens } = article;
  if (!words.durationNouns.has(counted.head) && !words.durationNouns.has(counted.text.split(' ')[0])) return undefined;
  const howLong = words.durationNouns.has(counted.head) && !parsed.currency && !parsed.unit && !words.timeAfter.has(tokens[counted.end]?.norm ?? '');
  return howLong ? 'how-long' : 'not-counted';
}
