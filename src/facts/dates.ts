/**
 * Dates an article states, resolved to ISO against its publication date:
 * "April 4, 2017", "21 March 2026", "Oct. 19", "October 2025" (month only),
 * "Tuesday", "on Wednesday", "last Thursday", "next Monday", "yesterday".
 *
 * A weekday alone is the latest such day on or before the publication date
 * (news reports the past), unless the clause speaks of the future ("will",
 * "is to", "next"). A month and day without a year take the publication year,
 * or the year before when that would put them months ahead. An article
 * without a publication date is read against the latest full date its text
 * gives, and says so (`basis: 'text'`).
 */
import { assertSegmented, type SegmentedArticle, type Token } from '../article.js';
import { matchesEvent } from './counts.js';
import { DATED_EVENTS, MONTHS, WEEKDAYS } from './lexicon.js';
import type { DateFact } from './types.js';

const FUTURE_WORDS = new Set(['will', 'next', 'scheduled', 'expected', 'plans', 'planned', "'ll", 'tomorrow', 'due', 'set', 'upcoming']);
const EVENT_WINDOW = 8;
const DAY = 86_400_000;

export function findDateFacts(article: SegmentedArticle): DateFact[] {
  assertSegmented(article, 'findDateFacts');
  const published = article.published?.slice(0, 10);
  const fromText = published ? undefined : latestFullDate(article);
  const reference = published ?? fromText;
  const basis: DateFact['basis'] = published ? 'published' : 'text';
  const facts: DateFact[] = [];
  for (const sentence of article.sentences) {
    const dated: Array<{ fact: DateFact; event?: { event: string; index: number; distance: number } }> = [];
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      const found = dateAt(article.tokens, index, sentence.tokenStart, sentence.tokenEnd, reference);
      if (!found) continue;
      const fact: DateFact = {
        article: article.id,
        span: { start: article.tokens[found.start].start, end: article.tokens[found.end - 1].end },
        iso: found.iso,
        basis: found.absolute ? 'absolute' : basis,
      };
      dated.push({ fact, event: nearestEvent(article.tokens, found.start, found.end, sentence.tokenStart, sentence.tokenEnd) });
      index = found.end - 1;
    }
    for (const { fact, event } of dated) {
      const closer = dated.some((other) => other.event && event && other.event.index === event.index && other.event.distance < event.distance);
      if (event && !closer) Object.assign(fact, { event: event.event, key: `when:${event.event}`, label: `when ${event.event}` });
      facts.push(fact);
    }
  }
  return facts;
}

interface Found {
  start: number;
  end: number;
  iso: string;
  absolute: boolean;
}

function dateAt(tokens: readonly Token[], index: number, start: number, end: number, reference: string | undefined): Found | undefined {
  const word = tokens[index].norm.replace(/\.$/, '');
  const next = tokens[index + 1]?.norm ?? '';
  const month = MONTHS[word];
  if (month !== undefined && (word !== 'may' || /^\d/.test(next))) {
    const day = index + 1 < end ? dayNumber(next) : undefined;
    if (day !== undefined) {
      const hasYear = tokens[index + 2]?.norm === ',' && /^\d{4}$/.test(tokens[index + 3]?.norm ?? '');
      const yearNext = /^\d{4}$/.test(tokens[index + 2]?.norm ?? '');
      const year = hasYear ? Number(tokens[index + 3].norm) : yearNext ? Number(tokens[index + 2].norm) : inferYear(month, day, reference, speaksOfFuture(tokens, index, start));
      if (year === undefined) return undefined;
      return { start: index, end: index + (hasYear ? 4 : yearNext ? 3 : 2), iso: iso(year, month, day), absolute: hasYear || yearNext };
    }
    if (/^\d{4}$/.test(next)) return { start: index, end: index + 2, iso: `${next}-${pad(month)}`, absolute: true };
    return undefined;
  }
  const day = dayNumber(tokens[index].norm);
  const monthAfter = MONTHS[next.replace(/\.$/, '')];
  if (day !== undefined && monthAfter !== undefined && next !== 'may') {
    const yearToken = tokens[index + 2]?.norm ?? '';
    const year = /^\d{4}$/.test(yearToken) ? Number(yearToken) : inferYear(monthAfter, day, reference, speaksOfFuture(tokens, index, start));
    if (year === undefined) return undefined;
    return { start: index, end: index + (/^\d{4}$/.test(yearToken) ? 3 : 2), iso: iso(year, monthAfter, day), absolute: /^\d{4}$/.test(yearToken) };
  }
  if (!reference) return undefined;
  const relative = relativeDay(tokens, index, start, reference);
  return relative && { start: relative.start, end: index + 1, iso: relative.iso, absolute: false };
}

function relativeDay(tokens: readonly Token[], index: number, start: number, reference: string): { start: number; iso: string } | undefined {
  const word = tokens[index].norm;
  const shift = ({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1 } as Record<string, number>)[word];
  const weekday = WEEKDAYS.indexOf(word.replace(/['’]s$/, ''));
  if (shift === undefined && weekday < 0) return undefined;
  const base = Date.parse(`${reference}T00:00:00Z`);
  if (Number.isNaN(base)) return undefined;
  if (shift !== undefined) return { start: index, iso: new Date(base + shift * DAY).toISOString().slice(0, 10) };
  const before = tokens[index - 1]?.norm ?? '';
  const today = new Date(base).getUTCDay();
  const future = before === 'next' || speaksOfFuture(tokens, index, start);
  let offset: number;
  if (future) offset = ((weekday - today + 7) % 7) || (before === 'next' ? 7 : 0);
  else offset = -(((today - weekday + 7) % 7) || (before === 'last' ? 7 : 0));
  const first = before === 'last' || before === 'next' || before === 'on' ? index - 1 : index;
  return { start: first, iso: new Date(base + offset * DAY).toISOString().slice(0, 10) };
}

/** "will", "is to", "set for", "scheduled": the clause before the date speaks of what is to come. */
function speaksOfFuture(tokens: readonly Token[], index: number, start: number): boolean {
  const clause = tokens.slice(Math.max(start, index - 7), index).map((token) => token.norm);
  return clause.some((norm) => FUTURE_WORDS.has(norm)) || (clause.includes('is') && clause.includes('to'));
}

function dayNumber(word: string): number | undefined {
  const match = word.match(/^(\d{1,2})(?:st|nd|rd|th)?,?$/);
  const day = match ? Number(match[1]) : NaN;
  return day >= 1 && day <= 31 ? day : undefined;
}

/**
 * The publication year; for the past, the year before when the date would
 * fall more than two months after publication; for the future, the year after
 * when it would fall before it.
 */
function inferYear(month: number, day: number, reference: string | undefined, future: boolean): number | undefined {
  if (!reference) return undefined;
  const year = Number(reference.slice(0, 4));
  const ahead = Date.parse(`${iso(year, month, day)}T00:00:00Z`) - Date.parse(`${reference.slice(0, 10)}T00:00:00Z`);
  if (future) return ahead < 0 ? year + 1 : year;
  return ahead > 62 * DAY ? year - 1 : year;
}

/**
 * The latest date the whole text writes in full ("on April 12, 2017", even in a
 * caption cleaning left out), as a stand-in publication date.
 */
function latestFullDate(article: SegmentedArticle): string | undefined {
  const months = Object.keys(MONTHS).join('|');
  const written = new RegExp(`\\b(${months})\\.? (\\d{1,2})(?:st|nd|rd|th)?, (\\d{4})\\b|\\b(\\d{1,2}) (${months})\\.? (\\d{4})\\b`, 'gi');
  let latest: string | undefined;
  for (const match of article.text.matchAll(written)) {
    const [month, day, year] = match[1] ? [match[1], match[2], match[3]] : [match[5], match[4], match[6]];
    const date = iso(Number(year), MONTHS[month.toLowerCase()], Number(day));
    if (!latest || date > latest) latest = date;
  }
  return latest;
}

/** Words before a participle that make it describe a thing ("the breached embankment"), not date an event. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those']);

/**
 * The event word nearest the date in its clause ("gave way … on Saturday",
 * "failed late on Friday"); not a participle after a determiner ("repairing
 * the breached embankment on Sunday" dates the repair).
 */
function nearestEvent(tokens: readonly Token[], start: number, end: number, sentenceStart: number, sentenceEnd: number): { event: string; index: number; distance: number } | undefined {
  for (let distance = 1; distance <= EVENT_WINDOW; distance++) {
    for (const index of [start - distance, end - 1 + distance]) {
      if (index < sentenceStart || index >= sentenceEnd || crossesClause(tokens, index, start, end)) continue;
      if (tokens[index].norm.endsWith('ed') && index > sentenceStart && DETERMINERS.has(tokens[index - 1].norm)) continue;
      const event = matchesEvent(tokens, index, DATED_EVENTS);
      if (event) return { event, index, distance };
    }
  }
  return undefined;
}

function crossesClause(tokens: readonly Token[], index: number, start: number, end: number): boolean {
  const [from, to] = index < start ? [index + 1, start] : [end, index];
  for (let between = from; between < to; between++) if ([',', ';', ':'].includes(tokens[between].norm)) return true;
  return false;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
