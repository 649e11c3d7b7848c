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
 *
 * Read with a language's `FactWords`: in French, German, Spanish, Italian,
 * Portuguese and Dutch the day comes first, with the words between it, the
 * month and the year ("12. März 2024", "12 de marzo de 2024", "12.03.2024", "12/03/2024"), a weekday
 * is put back or forward by a word before or after it ("letzten Montag",
 * "lundi dernier"), and a weekday followed by the date it falls on is that
 * date ("jeudi 7 mars 2024", in English too).
 */
import { assertSegmented, type SegmentedArticle, type Token } from '../article.js';
import { readingLanguage } from '../language/index.js';
import { isTitle } from '../entities/lexicon.js';
import { tokenAtOrAfter } from '../entities/tokens.js';
import { partitionPoint } from '../text/partition-point.js';
import { MAX_CONTEXT_TOKENS } from './contexts.js';
import { matchesEvent } from './events.js';
import { DATED_EVENT_NOUNS } from './lexicon.js';
import type { FactWords } from './fact-words.js';
import { factWords } from './language-facts.js';
import type { DateFact } from './types.js';

const EVENT_WINDOW = 8;
/** The key of a date claim opens on this ("when:arrested"): no number's key does (its event's name, "-" or "age", opens those). */
export const DATE_KEY = 'when';
const DAY = 86_400_000;

/** The dates an article states, read with the words of `language` (`factWords`: English for a language without tables), by default the article's own. */
export function findDateFacts(article: SegmentedArticle, language: string | undefined = readingLanguage(article)): DateFact[] {
  assertSegmented(article, 'findDateFacts');
  const words = factWords(language);
  const published = article.published?.slice(0, 10);
  const fromText = published ? undefined : latestFullDate(article, words);
  const reference = published ?? fromText;
  const basis: DateFact['basis'] = published ? 'published' : 'text';
  const facts: DateFact[] = [];
  for (const sentence of article.sentences) {
    const dated: Array<{ fact: DateFact; tokens: { start: number; end: number }; event?: { event: string; index: number; distance: number } }> = [];
    const reading: Reading = { start: sentence.tokenStart, end: sentence.tokenEnd, reference };
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      const found = dateAt(article.tokens, index, reading, words);
      if (!found) continue;
      const fact: DateFact = {
        article: article.id,
        span: { start: article.tokens[found.start].start, end: article.tokens[found.end - 1].end },
        iso: found.iso,
        basis: found.absolute ? 'absolute' : basis,
      };
      dated.push({ fact, tokens: { start: found.start, end: found.end }, event: nearestEvent(article, found, { start: sentence.tokenStart, end: sentence.tokenEnd }, words) });
      index = found.end - 1;
    }
    for (const { fact, tokens: date, event } of dated) {
      const closer = dated.some((other) => other.event && event && other.event.index === event.index && other.event.distance < event.distance);
      const object = event && !closer ? eventObject(article, event.index, date, sentence.tokenEnd, words) : undefined;
      const subject = object && event ? eventSubject(article, event.index, sentence.tokenStart, words) : undefined;
      if (event && !closer) Object.assign(fact, { event: event.event, ...(object ? { object } : {}), ...(subject ? { subject } : {}), key: `${DATE_KEY}:${event.event}`, label: `when ${event.event}` });
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

/** The sentence a date is looked for in, and the day it is read against. */
interface Reading {
  start: number;
  end: number;
  reference: string | undefined;
}

function dateAt(tokens: readonly Token[], index: number, reading: Reading, words: FactWords): Found | undefined {
  const { start, end, reference } = reading;
  const word = tokens[index].norm.replace(/\.$/, '');
  const next = tokens[index + 1]?.norm ?? '';
  const month = words.months[word];
  if (month !== undefined && (word !== 'may' || /^\d/.test(next))) {
    const day = index + 1 < end && words.monthFirst ? dayNumber(next) : undefined;
    if (day !== undefined) {
      const hasYear = tokens[index + 2]?.norm === ',' && /^\d{4}$/.test(tokens[index + 3]?.norm ?? '');
      const yearNext = /^\d{4}$/.test(tokens[index + 2]?.norm ?? '');
      const shift = hasYear || yearNext ? undefined : yearShift(tokens, index + 2, words);
      const year = hasYear ? Number(tokens[index + 3].norm) : yearNext ? Number(tokens[index + 2].norm) : shift && reference ? Number(reference.slice(0, 4)) + shift : inferYear(month, day, reference, speaksOfFuture(tokens, index, start, words));
      if (year === undefined) return undefined;
      return { start: index, end: index + (hasYear ? 4 : yearNext ? 3 : shift ? 4 : 2), iso: iso(year, month, day), absolute: hasYear || yearNext };
    }
    const yearAt = words.dateLinks.has(next) ? index + 2 : index + 1;
    if (/^\d{4}$/.test(tokens[yearAt]?.norm ?? '')) return { start: index, end: yearAt + 1, iso: `${tokens[yearAt].norm}-${pad(month)}`, absolute: true };
    return undefined;
  }
  const numeric = words.monthFirst ? undefined : tokens[index].norm.match(/^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/);
  if (numeric && Number(numeric[1]) <= 31 && Number(numeric[3]) >= 1 && Number(numeric[3]) <= 12) return { start: index, end: index + 1, iso: iso(Number(numeric[4]), Number(numeric[3]), Number(numeric[1])), absolute: true };
  const dayMonth = dayBeforeMonth(tokens, index, words);
  if (dayMonth !== undefined) {
    const { day, month: monthAfter, yearAt } = dayMonth;
    const year = yearAt !== undefined ? Number(tokens[yearAt].norm) : inferYear(monthAfter, day, reference, speaksOfFuture(tokens, index, start, words));
    if (year === undefined) return undefined;
    return { start: index, end: (yearAt ?? dayMonth.monthAt) + 1, iso: iso(year, monthAfter, day), absolute: yearAt !== undefined };
  }
  if (!reference) return undefined;
  const relative = relativeDay(tokens, index, start, reference, words);
  return relative && { start: relative.start, end: relative.end ?? index + 1, iso: relative.iso, absolute: relative.absolute ?? false };
}

/** "21 March 2026", "12. März 2024", "12 de marzo de 2024": the day, the month, and where each is written. */
function dayBeforeMonth(tokens: readonly Token[], index: number, words: FactWords): { day: number; month: number; monthAt: number; yearAt?: number } | undefined {
  const day = dayNumber(tokens[index]?.norm ?? '');
  if (day === undefined) return undefined;
  const linked = (at: number) => (words.dateLinks.has(tokens[at]?.norm ?? '') ? at + 1 : at);
  const monthAt = linked(index + 1);
  const monthWord = (tokens[monthAt]?.norm ?? '').replace(/\.$/, '');
  const month = words.months[monthWord];
  if (month === undefined || monthWord === 'may') return undefined;
  const yearAt = linked(monthAt + 1);
  return { day, month, monthAt, ...(/^\d{4}$/.test(tokens[yearAt]?.norm ?? '') ? { yearAt } : {}) };
}

function relativeDay(tokens: readonly Token[], index: number, start: number, reference: string, words: FactWords): { start: number; end?: number; iso: string; absolute?: boolean } | undefined {
  const word = tokens[index].norm;
  const shift = words.relativeDays[word];
  const weekday = words.weekdays.indexOf(word.replace(words.weekdaySuffix, ''));
  if (shift === undefined && weekday < 0) return undefined;
  const base = Date.parse(`${reference}T00:00:00Z`);
  if (Number.isNaN(base)) return undefined;
  if (shift !== undefined) return { start: index, iso: new Date(base + shift * DAY).toISOString().slice(0, 10) };
  const before = tokens[index - 1]?.norm ?? '';
  const after = tokens[index + 1]?.norm ?? '';
  const first = words.lastBefore.has(before) || words.nextBefore.has(before) || words.onWeekday.has(before) ? index - 1 : index;
  const written = weekdayDate(tokens, index + 1, weekday, words);
  if (written) return { start: first, ...written };
  const today = new Date(base).getUTCDay();
  const next = words.nextBefore.has(before) || words.nextAfter.has(after);
  const last = words.lastBefore.has(before) || words.lastAfter.has(after);
  const future = next || speaksOfFuture(tokens, index, start, words);
  let offset: number;
  if (future) offset = ((weekday - today + 7) % 7) || (next ? 7 : 0);
  else offset = -(((today - weekday + 7) % 7) || (last ? 7 : 0));
  return { start: first, ...(words.lastAfter.has(after) || words.nextAfter.has(after) ? { end: index + 2 } : {}), iso: new Date(base + offset * DAY).toISOString().slice(0, 10) };
}

/** A weekday with its date written after it ("Monday 12 March 2024", "lundi 12 mars", "el lunes 12 de marzo"), when the date falls on that weekday: the written date. */
function weekdayDate(tokens: readonly Token[], index: number, weekday: number, words: FactWords): { end: number; iso: string; absolute: boolean } | undefined {
  const at = tokens[index]?.norm === ',' || words.dateLinks.has(tokens[index]?.norm ?? '') ? index + 1 : index;
  const written = dayBeforeMonth(tokens, at, words);
  if (written?.yearAt === undefined) return undefined;
  const date = iso(Number(tokens[written.yearAt].norm), written.month, written.day);
  return new Date(`${date}T00:00:00Z`).getUTCDay() === weekday ? { end: written.yearAt + 1, iso: date, absolute: true } : undefined;
}

/** "will", "is to", "set for", "scheduled": the clause before the date speaks of what is to come. */
function speaksOfFuture(tokens: readonly Token[], index: number, start: number, words: FactWords): boolean {
  const clause = tokens.slice(Math.max(start, index - 7), index).map((token) => token.norm);
  return clause.some((norm) => words.futureWords.has(norm)) || (clause.includes('is') && clause.includes('to'));
}

/** +1 for "next year" at `index`, -1 for "last year": the year of a date written without one. */
function yearShift(tokens: readonly Token[], index: number, words: FactWords): number | undefined {
  if (!words.yearWords.has(tokens[index + 1]?.norm ?? '')) return undefined;
  const word = tokens[index]?.norm ?? '';
  return words.nextBefore.has(word) ? 1 : words.lastBefore.has(word) ? -1 : undefined;
}

function dayNumber(word: string): number | undefined {
  const match = word.match(/^(\d{1,2})(?:st|nd|rd|th|er)?,?$/);
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
function latestFullDate(article: SegmentedArticle, words: FactWords): string | undefined {
  let latest: string | undefined;
  for (const match of article.text.matchAll(fullDates(words))) {
    const [month, day, year] = match[1] ? [match[1], match[2], match[3]] : [match[5], match[4], match[6]];
    const date = iso(Number(year), words.months[month.toLowerCase()], Number(day));
    if (!latest || date > latest) latest = date;
  }
  return latest;
}

const FULL_DATES = new WeakMap<FactWords, RegExp>();

/** A date written in full, the month first ("April 12, 2017", where the language writes it so) or the day ("12 April 2017", "12. April 2017", "12 de abril de 2017"). */
function fullDates(words: FactWords): RegExp {
  const known = FULL_DATES.get(words);
  if (known) return known;
  const months = Object.keys(words.months).join('|');
  const link = words.dateLinks.size > 0 ? `(?:(?:${[...words.dateLinks].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) ?)?` : '';
  const dot = words.monthFirst ? '' : '\\.?';
  const monthFirst = words.monthFirst ? `\\b(${months})\\.? (\\d{1,2})(?:st|nd|rd|th)?, (\\d{4})\\b` : '(?!)()()()';
  const written = new RegExp(`${monthFirst}|\\b(\\d{1,2})${dot} ${link}(${months})\\.? ${link}(\\d{4})\\b`, 'gi');
  FULL_DATES.set(words, written);
  return written;
}

/**
 * The event word nearest the date in its clause ("gave way … on Saturday",
 * "failed late on Friday"); not a participle after a determiner ("repairing
 * the breached embankment on Sunday" dates the repair), nor a noun there
 * (`DATED_EVENT_NOUNS`: "the start of the season on Saturday"). A verb the date is
 * of (`isDateVerb`) before the date, no further than any event word (one as
 * far after it too: "traveled to Vardo Monday for a summit meeting"),
 * leaves it none.
 */
function nearestEvent(article: SegmentedArticle, { start, end }: Found, sentence: { start: number; end: number }, words: FactWords): { event: string; index: number; distance: number } | undefined {
  const { tokens } = article;
  const { start: sentenceStart, end: sentenceEnd } = sentence;
  for (let distance = 1; distance <= EVENT_WINDOW; distance++) {
    for (const index of [start - distance, end - 1 + distance]) {
      if (index < sentenceStart || index >= sentenceEnd || crossesClause(tokens, index, start, end)) continue;
      if ((tokens[index].norm.endsWith('ed') || DATED_EVENT_NOUNS.has(tokens[index].norm)) && index > sentenceStart && words.participleDeterminers.has(tokens[index - 1].norm)) continue;
      const event = matchesEvent(tokens, index, words.datedEvents);
      if (event) return { event, index, distance };
      if (index < start && isDateVerb(article, index, start, sentenceStart, words)) return undefined;
    }
  }
  return undefined;
}

/**
 * Whether the word at `index`, before a date at `start`, is a verb the date
 * is of (`FactWords.dateVerbs`) and no event word; an -ed word opening the
 * sentence or right before a name or a people noun is an adjective ("Armed
 * men Sunday night attacked", "masked gunmen").
 */
function isDateVerb(article: SegmentedArticle, index: number, start: number, sentenceStart: number, words: FactWords): boolean {
  const { tokens, text } = article;
  const { norm } = tokens[index];
  if (!words.dateVerbs?.test(norm) || matchesEvent(tokens, index, words.events) !== undefined) return false;
  if (!norm.endsWith('ed')) return true;
  if (index === sentenceStart) return false;
  const next = tokens[index + 1];
  return index + 1 >= start || !(/^\p{Lu}/u.test(text.slice(next.start, next.end)) || words.peopleNouns.has(next.norm) || words.perpetratorNouns.has(next.norm));
}

/** The most tokens between an event word and the name it takes ("met late on Sunday with"). */
const OBJECT_REACH = 5;
/** The most words of the name an event word takes. */
const OBJECT_WORDS = 6;

/**
 * The name an event word at `index` takes, as written: the capitalised words
 * right after it, past the date (`date`), a preposition before a date
 * (`onWeekday`) and a counterparty word ("met Sunday with Foreign Minister
 * Ivo Brandt", "talks with Mayor Lena Ruiz"), up to the first other word;
 * past a lower-case title to the name after it ("met with Vardo envoy Ivo
 * Brandt" → "Ivo Brandt"). No name that, with no counterparty word before
 * it, names what a noun after it is of ("met U.N. demands"). None in a
 * language whose nouns are all capitalised, nor for a word of time.
 */
function eventObject(article: SegmentedArticle, index: number, date: { start: number; end: number }, sentenceEnd: number, words: FactWords): string | undefined {
  if (words.nounsCapitalized) return undefined;
  const { tokens, text } = article;
  let first = index + 1;
  let counterparty = false;
  const inDate = (at: number) => at >= date.start && at < date.end;
  const skippable = (at: number) => inDate(at) || words.counterpartyWords.has(tokens[at].norm) || words.onWeekday.has(tokens[at].norm);
  for (; first < sentenceEnd && first - index <= OBJECT_REACH && skippable(first); first++) {
    if (words.counterpartyWords.has(tokens[first].norm)) counterparty = true;
  }
  let name = nameRun(article, first, sentenceEnd, date, words);
  while (name.end > name.start && name.end < sentenceEnd && isTitle(tokens[name.end].norm)) {
    const after = nameRun(article, name.end + 1, sentenceEnd, date, words);
    if (after.end === after.start) break;
    name = after;
  }
  if (name.end === name.start) return undefined;
  const next = tokens[name.end];
  if (!counterparty && next && name.end < sentenceEnd && !next.stop && !next.punct && !inDate(name.end)) return undefined;
  return text.slice(tokens[name.start].start, tokens[name.end - 1].end);
}

/** The name an event word at `index` follows, as written: the capitalised words right before it ("Envoy Mara Tellen met"), none in a language whose nouns are all capitalised. */
function eventSubject(article: SegmentedArticle, index: number, sentenceStart: number, words: FactWords): string | undefined {
  if (words.nounsCapitalized) return undefined;
  const { tokens, text } = article;
  let first = index;
  while (first > sentenceStart && index - first < OBJECT_WORDS && isNameWord(tokens[first - 1], text, words)) first--;
  return first < index ? text.slice(tokens[first].start, tokens[index - 1].end) : undefined;
}

/** The capitalised name words from `first` on, outside the date, at most `OBJECT_WORDS`. */
function nameRun(article: SegmentedArticle, first: number, sentenceEnd: number, date: { start: number; end: number }, words: FactWords): { start: number; end: number } {
  let last = first;
  while (last < sentenceEnd && last - first < OBJECT_WORDS && isNameWord(article.tokens[last], article.text, words) && !(last >= date.start && last < date.end)) last++;
  return { start: first, end: last };
}

/** A capitalised word that is no function word and no word of time ("Monday", "March"). */
function isNameWord(token: Token, text: string, words: FactWords): boolean {
  if (token.punct || token.stop || !/^\p{Lu}/u.test(text.slice(token.start, token.end))) return false;
  const norm = token.norm.replace(/\.$/, '');
  return words.months[norm] === undefined && !words.weekdays.includes(norm.replace(words.weekdaySuffix, '')) && words.relativeDays[norm] === undefined;
}

/**
 * The stems of the content words of the clause holding a date at `span`
 * (between the clause marks either side of it), the date itself and the
 * words of its own event (`event`: "begin" of `began`) left out: what tells
 * two planned dates of one event apart ("the strike will begin on Thursday",
 * "talks on a new contract will start on June 1"), sorted, each once.
 */
export function dateClauseWords(article: SegmentedArticle, span: { start: number; end: number }, event: string | undefined, language: string | undefined = readingLanguage(article)): string[] {
  const { tokens } = article;
  const words = factWords(language);
  const sentence = article.sentences[partitionPoint(article.sentences.length, (index) => article.sentences[index].start <= span.start) - 1];
  if (!sentence || span.start >= sentence.end) return [];
  const at = tokenAtOrAfter(tokens, span.start);
  let first = at;
  while (first > Math.max(sentence.tokenStart, at - MAX_CONTEXT_TOKENS) && !CLAUSE_MARKS.has(tokens[first - 1].norm)) first--;
  let last = at;
  while (last < Math.min(sentence.tokenEnd, at + MAX_CONTEXT_TOKENS) && (tokens[last].start < span.end || !CLAUSE_MARKS.has(tokens[last].norm))) last++;
  const stems = new Set<string>();
  for (let index = first; index < last; index++) {
    const token = tokens[index];
    const inDate = token.start >= span.start && token.end <= span.end;
    if (token.stop || token.punct || /\d/.test(token.norm) || token.stem.length < 2 || inDate || (event !== undefined && matchesEvent(tokens, index, words.datedEvents) === event)) continue;
    stems.add(token.stem);
  }
  return [...stems].sort();
}

const CLAUSE_MARKS = new Set([',', ';', ':']);

function crossesClause(tokens: readonly Token[], index: number, start: number, end: number): boolean {
  const [from, to] = index < start ? [index + 1, start] : [end, index];
  for (let between = from; between < to; between++) if (CLAUSE_MARKS.has(tokens[between].norm)) return true;
  return false;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
