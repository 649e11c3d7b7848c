/**
 * Times of day an article states ("at 9.40pm", "shortly before 10 a.m.",
 * "14:30"), in minutes after midnight, with how they are hedged: "about"
 * and "around" (`about`, `TIME_ABOUT_MINUTES` either side), "shortly
 * before" (`nearly`, up to `TIME_NEAR_MINUTES` earlier), "shortly after"
 * (`more-than`, up to `TIME_NEAR_MINUTES` later), "by" (`up-to`).
 *
 * A time names no event of its own, so it is keyed by the day its sentence
 * gives, when it gives one ("on Friday", "on May 4": `TIME_KEY` and the
 * day), and told apart from the story's other times by its sentence's words
 * (`FactClaim.context`, `byContext` with `TIME_SHARED_WORDS`): "ran aground
 * off Solvik at 9.40pm on Friday" and "struck rocks near Solvik shortly
 * before 10.30pm on Friday" tell one time; "set out at 10 a.m. on Friday"
 * and "was found at 6.15am on Saturday" two. English words only.
 */
import { assertSegmented, type SegmentedArticle, type Span } from '../article.js';
import { findDateFacts } from './dates.js';
import type { Qualifier } from './types.js';

export const TIME_KEY = 'time';
export const TIME_UNIT = 'time of day';
/** "About 9.40pm" covers this many minutes either side. */
export const TIME_ABOUT_MINUTES = 15;
/** "Shortly before 10.30pm" covers up to this many minutes before it, "shortly after", after. */
export const TIME_NEAR_MINUTES = 30;
/** Content words two sentences must share to tell one time (the day, when written, is in the key). */
export const TIME_SHARED_WORDS = 2;

export interface TimeFact {
  article: string;
  /** The time with its hedge ("shortly before 10.30pm"). */
  span: Span;
  /** Minutes after midnight. */
  value: number;
  qualifier: Qualifier;
  /** `time:` and the ISO day the sentence gives (`time:2026-08-14`), or `time:` alone. */
  key: string;
  label: string;
}

const TWELVE_HOUR = /\b(\d{1,2})(?:[.:]([0-5]\d))?\s?([ap])(?:\.m\.|m\b)/gi;
/** Two digits for the hour ("07:28", "14:30"): "7:41 left in the half" is a game clock. */
const TWENTY_FOUR_HOUR = /(?<![\d:.])([01]\d|2[0-3]):([0-5]\d)(?![\d:]|\s?[ap]\.?m\b)/gi;
/** After a time: a game clock ("7:42 remaining"), or another zone than the article's ("08:06 Coordinated Universal Time", "(0800 GMT)" after a local time): left out. */
const NOT_LOCAL_AFTER = /^\s*(?:hours\s+)?(?:left|remaining|to go|to play|GMT|UTC|Coordinated Universal|[A-Z]{2,4}T\b)/;
/** Before or after a time: one end of a span of time ("between 07:28 and 08:06", "from 9 to 11 a.m."): left out. */
const SPAN_BEFORE = /\bbetween\s+(?:\S+\s+(?:and|to)\s+)?$|\bfrom\s+\S+\s+(?:to|until|till)\s+$/i;
const SPAN_AFTER = /^\s*(?:and|to|until|till|[-–])\s*\d/;
const HEDGES: Array<[RegExp, Qualifier]> = [
  [/\b(?:shortly|just|soon)\s+before\s+$/i, 'nearly'],
  [/\b(?:shortly|just|soon)\s+after\s+$/i, 'more-than'],
  [/\b(?:at\s+)?(?:about|around|approximately|roughly|some)\s+$/i, 'about'],
  [/\bby\s+$/i, 'up-to'],
];

/** The times of day `article` states, in text order. */
export function findTimeFacts(article: SegmentedArticle): TimeFact[] {
  assertSegmented(article, 'findTimeFacts');
  const dates = findDateFacts(article);
  const facts: TimeFact[] = [];
  for (const sentence of article.sentences) {
    const text = article.text.slice(sentence.start, sentence.end);
    const found: Array<{ start: number; end: number; value: number }> = [];
    for (const match of text.matchAll(TWELVE_HOUR)) {
      const hour = Number(match[1]);
      if (hour < 1 || hour > 12) continue;
      const value = (hour % 12) * 60 + (match[3].toLowerCase() === 'p' ? 720 : 0) + Number(match[2] ?? 0);
      found.push({ start: match.index!, end: match.index! + match[0].length, value });
    }
    for (const match of text.matchAll(TWENTY_FOUR_HOUR)) {
      if (found.some((time) => time.start <= match.index! && match.index! < time.end)) continue;
      found.push({ start: match.index!, end: match.index! + match[0].length, value: Number(match[1]) * 60 + Number(match[2]) });
    }
    const days = dates.filter((date) => date.span.start >= sentence.start && date.span.end <= sentence.end && /^\d{4}-\d{2}-\d{2}$/.test(date.iso));
    for (const time of found.sort((a, b) => a.start - b.start)) {
      const before = text.slice(Math.max(0, time.start - 24), time.start);
      if (NOT_LOCAL_AFTER.test(text.slice(time.end, time.end + 30)) || SPAN_BEFORE.test(before) || SPAN_AFTER.test(text.slice(time.end, time.end + 8))) continue;
      const hedge = HEDGES.find(([pattern]) => pattern.test(before));
      const start = sentence.start + time.start - (hedge ? before.match(hedge[0])![0].length : 0);
      const at = sentence.start + time.start;
      const day = days.sort((a, b) => Math.abs(a.span.start - at) - Math.abs(b.span.start - at))[0]?.iso;
      facts.push({
        article: article.id,
        span: { start, end: sentence.start + time.end },
        value: time.value,
        qualifier: hedge?.[1] ?? 'exact',
        key: `${TIME_KEY}:${day ?? ''}`,
        label: day ? `time of day (${day})` : 'time of day',
      });
    }
  }
  return facts;
}

/** The minutes a time of day covers, by its hedge; news rounds, so "shortly after 2:30" may be 2:30. */
export function timeInterval(value: number, qualifier: Qualifier): { low: number; high: number; lowOpen?: boolean; highOpen?: boolean } {
  switch (qualifier) {
    case 'about': return { low: value - TIME_ABOUT_MINUTES, high: value + TIME_ABOUT_MINUTES };
    case 'nearly': return { low: value - TIME_NEAR_MINUTES, high: value };
    case 'more-than': return { low: value, high: value + TIME_NEAR_MINUTES };
    case 'up-to': return { low: 0, high: value };
    default: return { low: value, high: value };
  }
}
