/**
 * The reported clause of an English report (`indirect.ts`): where it ends
 * (`clause`: at a semicolon, before another attribution, before "and" opening
 * another speaker's report), how many words it needs (`isLongEnough`), and
 * its end moved back past punctuation (`trimEnd`).
 */
import { MONTHS, WEEKDAYS } from '../facts/lexicon.js';
import { isSpeechVerb } from './attribute.js';
import { REPORTING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './cues.js';
import { isQuoteMark, norm, type QuoteContext, type Resolved } from './context.js';
import { onlyAdverbials } from './phrase-after.js';
import { isPronoun, phraseBefore, type Range } from './phrases.js';
import { CLAUSE_JOINERS, MAX_SPEAKER_REACH } from './report-speaker.js';

/** Verbs that take a clause without "that" ("said people were…"); the others need "that". */
export const BARE_CLAUSE_VERBS = new Set('said says say told tells insisted insists argued argues contended contends conceded concedes asserted asserts testified saying'.split(' '));
export const MIN_WORDS = 3;
/** A named speaker's clause may be this short ("Tom Reed said profits rose", "Costs fell, Ada Morrow said"); see `isLongEnough`. */
export const MIN_NAMED_WORDS = 2;

/**
 * A clause of `MIN_WORDS` words or more, or of `MIN_NAMED_WORDS` when the speaker is a person or
 * organisation the article names and the two words read as a subject and its verb
 * (`readsAsSubjectAndVerb`: "Tom Reed said profits rose", "said he refused"; "In January, Reed
 * said", "said today between tears", "said a prayer", "Years later, Reed said" and "Williams'
 * publicist, Harlan Boll, confirmed" report nothing).
 */
export function isLongEnough(context: QuoteContext, content: Range, speaker: Resolved): boolean {
  const words = wordsIn(context, content.start, content.end, MIN_WORDS);
  if (words >= MIN_WORDS) return true;
  const type = speaker.entity === undefined ? undefined : context.entities.entities[speaker.entity].type;
  return words >= MIN_NAMED_WORDS && (type === 'person' || type === 'organisation') && readsAsSubjectAndVerb(context, content);
}

/** Adverbs of time or frequency that end an opening phrase or what was said, never a clause: "Years later,", "said Mass daily". */
const TIME_ADVERBS = new Set(['later', 'earlier', 'ago', 'before', 'after', 'since', 'then', 'now', 'soon', 'afterwards', 'afterward', 'meanwhile', 'today', 'tonight', 'yesterday', 'tomorrow', 'daily', 'nightly', 'weekly', 'monthly', 'yearly', 'annually', 'hourly']);
/** Nouns of time that end a time phrase ("Last night,", "Twenty minutes,", "Tuesday morning,"), never a verb. */
const TIME_NOUNS = new Set('morning afternoon evening night day days week weeks weekend month months year years summer winter spring autumn hour hours minute minutes decade decades century time times season'.split(' '));
/** Months that are no verbs ("workers march", "he may" stay out). */
const MONTH_NOUNS: ReadonlySet<string> = new Set(Object.keys(MONTHS).filter((month) => month.length > 3 && month !== 'march'));
/** First words of greetings and wishes: "Good luck", "Happy birthday", "Merry Christmas", "Good morning". */
const GREETING_OPENERS = new Set(['good', 'happy', 'merry', 'congratulations', 'farewell', 'goodbye', 'hello', 'cheers']);
/** What "said" takes as its object, never a verb: "said kind words", "said bad things", "said his prayers". */
const SAID_OBJECTS = new Set(['words', 'things', 'prayers', 'remarks', 'goodbyes', 'farewells', 'thanks']);

/**
 * Two words with nothing between them, a pronoun or a word of content first (not a participle: "who he said escalated
 * tensions", nor a greeting: "Good luck") and a word of content after that is no word of time ("Last night",
 * "Tuesday morning", "said Mass Sunday", "said prayers nightly") nor what is said ("said kind words").
 */
function readsAsSubjectAndVerb(context: QuoteContext, content: Range): boolean {
  if (content.end - content.start !== 2) return false;
  const [subject, verb] = context.article.tokens.slice(content.start, content.end);
  const opens = isPronoun(subject.norm) || (!subject.stop && !/ed$/.test(subject.norm) && !GREETING_OPENERS.has(subject.norm));
  const timeOrObject = TIME_ADVERBS.has(verb.norm) || TIME_NOUNS.has(verb.norm) || WEEKDAYS.includes(verb.norm) || MONTH_NOUNS.has(verb.norm) || SAID_OBJECTS.has(verb.norm);
  return opens && !subject.punct && !verb.punct && !verb.stop && !timeOrObject && !/^\d/.test(verb.norm);
}

/**
 * The most tokens a reported clause is read over (the longest found in the English corpora is 64): one sentence of
 * thousands of "X said …" reads each clause this far, not to the sentence's end.
 */
export const MAX_CLAUSE_TOKENS = 150;

/** Where a reported clause opening at `from` is read to at the most: the sentence's `end`, or `MAX_CLAUSE_TOKENS` on. */
export function clauseLimit(from: number, end: number): number {
  return Math.min(end, from + MAX_CLAUSE_TOKENS);
}

/** The reported clause from `from`: up to the sentence end or the next attribution, `MAX_CLAUSE_TOKENS` at most. */
export function clause(context: QuoteContext, from: number, end: number, minWords = MIN_WORDS): Range | undefined {
  if (from >= end || isQuoteMark(context, from) || context.article.tokens[from].punct) return undefined;
  const last = clauseLimit(from, end);
  let stop = from;
  while (stop < last) {
    const word = norm(context, stop);
    const next = norm(context, stop + 1);
    if (word === ';' || (['but', 'and'].includes(word) && (SPEECH_VERBS.has(next) || opensAnotherReport(context, stop + 1, end)))) break;
    if (word === ',' && (SPEECH_PARTICIPLES.has(next) || /^\p{L}+ing$/u.test(next) || next === 'according' || next === 'but' || (next === 'and' && SPEECH_VERBS.has(norm(context, stop + 2))) || endsInAttribution(context, stop + 1, end))) break;
    stop++;
  }
  stop = trimEnd(context, from, stop);
  return wordsIn(context, from, stop, minWords) >= minWords ? { start: from, end: stop } : undefined;
}

/**
 * "X said costs were rising and Ada Morrow, the union's lawyer, said talks had failed": the words
 * from `from` (after "and" or "but") are the subject of a verb of saying that takes a clause of its
 * own (`BARE_CLAUSE_VERBS`): the phrase before it starts at `from`, a pronoun only after a comma
 * ("…, and he said"; "…caught one of the captors and he told police where…" goes on).
 */
function opensAnotherReport(context: QuoteContext, from: number, end: number): boolean {
  for (let verb = from + 1; verb < Math.min(end, from + MAX_SPEAKER_REACH); verb++) {
    if (context.quoted[verb] === 1 || (context.article.tokens[verb].punct && norm(context, verb) !== ',')) return false;
    if (!BARE_CLAUSE_VERBS.has(norm(context, verb)) || !isSpeechVerb(context, verb)) continue;
    const phrase = phraseBefore(context, verb, from);
    return phrase?.start === from && (!isPronoun(norm(context, from)) || norm(context, from - 2) === ',');
  }
  return false;
}

/** "…, Ngongi added." — the rest of the sentence only attributes what came before. */
function endsInAttribution(context: QuoteContext, from: number, end: number): boolean {
  for (let index = from; index < Math.min(end, from + 8); index++) {
    if (REPORTING_VERBS.has(norm(context, index)) && isSpeechVerb(context, index)) return onlyAdverbials(context, index + 1, end);
    if (context.article.tokens[index].punct && norm(context, index) !== '.') return false;
  }
  return false;
}

/**
 * Whether a clause of its own opens at `index`, after a report found in its sentence ending at `reported` (-1: none): after a
 * semicolon ("police said A; B, officials said"), or, when that report's clause came before its verb, after a comma
 * and a joiner ("A, said Ada Morrow, and B, said Tom Reed"; "X said A, but B, Y said" goes on with X's clause).
 */
export function opensClause(context: QuoteContext, index: number, reported: number, afterReportBefore: boolean): boolean {
  if (reported < 0 || index - 1 < reported) return false;
  return norm(context, index - 1) === ';' || (afterReportBefore && index - 2 >= reported && norm(context, index - 2) === ',' && CLAUSE_JOINERS.has(norm(context, index - 1)));
}

/** `end` moved back past trailing punctuation; a closing quote mark stays when it closes a quotation the range opens. */
export function trimEnd(context: QuoteContext, start: number, end: number): number {
  let stop = end;
  while (stop > start && context.article.tokens[stop - 1].punct) {
    if (isQuoteMark(context, stop - 1) && quoteMarks(context, start, stop - 1) % 2 === 1) break;
    stop--;
  }
  return stop;
}

function quoteMarks(context: QuoteContext, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) if (isQuoteMark(context, index)) count++;
  return count;
}

/** The words (no punctuation) in `[start, end)`, counted up to one more than `atMost` (a sentence's rest is read only as far as a comparison needs). */
export function wordsIn(context: QuoteContext, start: number, end: number, atMost = Infinity): number {
  let count = 0;
  for (let index = start; index < end && count <= atMost; index++) if (!context.article.tokens[index].punct) count++;
  return count;
}
