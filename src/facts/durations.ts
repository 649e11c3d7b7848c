/**
 * Numbers before a word for a stretch of time ("12 years", "24 heures"):
 * how long something lasted ("jailed for 12 years"), read with no event of
 * its own and told apart by its sentence (`byContext`), or no count at all:
 * a time ago or later ("ten years ago", `timeAfter`), a stretch up to or
 * from now ("killed in the past 24 hours" kills no hours and says nothing of
 * how long: `periodWords`), a person's age ("Gaëlle Morvan, 54 ans", "un
 * homme de 58 ans": `yearsOld`), or an amount ("$12 million a year").
 */
import type { SegmentedArticle, Token } from '../article.js';
import type { FactWords } from './fact-words.js';
import type { ParsedNumber } from './numbers.js';

/** How a number with a duration noun reads: `how-long` a duration, `not-counted` no count at all. */
export type DurationReading = 'how-long' | 'not-counted';

/** Where a number's expression stands: `start` its first token, past its qualifier ("more than"); its sentence's last token. */
export interface DurationPlace {
  start: number;
  sentenceEnd: number;
}

/** How a number reads whose counted noun is a duration (or, where the noun comes first, a period word before one: "24 dernières heures"); undefined for any other number. */
export function durationOf(article: SegmentedArticle, parsed: ParsedNumber, counted: { text: string; head: string; end: number }, place: DurationPlace, words: FactWords): DurationReading | undefined {
  const { tokens } = article;
  const durationNoun = words.durationNouns.has(counted.head) || words.durationNouns.has(counted.text.split(' ')[0]);
  const periodFirst = words.periodWords.has(counted.head) && words.durationNouns.has(tokens[counted.end]?.norm ?? '');
  if (!durationNoun && !periodFirst) return undefined;
  if (periodFirst || words.periodWords.has(tokens[place.start - 1]?.norm ?? '') || isAge(tokens, parsed, counted, place, words)) return 'not-counted';
  const howLong = words.durationNouns.has(counted.head) && !parsed.currency && !parsed.unit && !words.timeAfter.has(tokens[counted.end]?.norm ?? '');
  return howLong ? 'how-long' : 'not-counted';
}

/**
 * A number of years that is a person's age, not how long: after a comma and
 * closed by punctuation ("Gaëlle Morvan, 54 ans,"), after a comma and an age
 * opener ("Tomás Ribera, de 58 años," `yearsOldBefore`), or after a noun
 * for a person and "of" ("un homme de 58 ans", "een man van 58 jaar").
 */
function isAge(tokens: readonly Token[], parsed: ParsedNumber, counted: { head: string; end: number }, place: DurationPlace, words: FactWords): boolean {
  if (!words.yearsOld.has(counted.head) || place.start !== parsed.start) return false;
  const before = tokens[parsed.start - 1]?.norm ?? '';
  const closed = counted.end >= place.sentenceEnd || tokens[counted.end].punct;
  if (before === ',' && closed) return true;
  if (words.yearsOldBefore.has(before) && tokens[parsed.start - 2]?.norm === ',') return true;
  return words.of.has(before) && words.peopleNouns.has(tokens[parsed.start - 2]?.norm ?? '');
}
