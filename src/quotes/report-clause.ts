/**
 * The reported clause of an English report (`indirect.ts`): where it ends
 * (`clause`: at a semicolon, before another attribution, before "and" opening
 * another speaker's report), how many words it needs (`isLongEnough`), and
 * its end moved back past punctuation (`trimEnd`).
 */
import { isSpeechVerb } from './attribute.js';
import { REPORTING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './cues.js';
import { isQuoteMark, norm, type QuoteContext, type Resolved } from './context.js';
import { onlyAdverbials } from './phrase-after.js';
import { isPronoun, phraseBefore, type Range } from './phrases.js';
import { MAX_SPEAKER_REACH } from './report-speaker.js';

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
  const words = wordsIn(context, content.start, content.end);
  if (words >= MIN_WORDS) return true;
  const type = speaker.entity === undefined ? undefined : context.entities.entities[speaker.entity].type;
  return words >= MIN_NAMED_WORDS && (type === 'person' || type === 'organisation') && readsAsSubjectAndVerb(context, content);
}

/** Adverbs of time that end an opening phrase, never a clause: "Years later,", "Days earlier,". */
const TIME_ADVERBS = new Set(['later', 'earlier', 'ago', 'before', 'after', 'since', 'then', 'now', 'soon', 'afterwards', 'afterward', 'meanwhile']);

/** Two words with nothing between them, a pronoun or a word of content first (not a participle: "who he said escalated tensions") and a word of content after. */
function readsAsSubjectAndVerb(context: QuoteContext, content: Range): boolean {
  if (content.end - content.start !== 2) return false;
  const [subject, verb] = context.article.tokens.slice(content.start, content.end);
  const opens = isPronoun(subject.norm) || (!subject.stop && !/ed$/.test(subject.norm));
  return opens && !subject.punct && !verb.punct && !verb.stop && !TIME_ADVERBS.has(verb.norm) && !/^\d/.test(verb.norm);
}

/** The reported clause from `from`: up to the sentence end or the next attribution. */
export function clause(context: QuoteContext, from: number, end: number, minWords = MIN_WORDS): Range | undefined {
  if (from >= end || isQuoteMark(context, from) || context.article.tokens[from].punct) return undefined;
  let stop = from;
  while (stop < end) {
    const word = norm(context, stop);
    const next = norm(context, stop + 1);
    if (word === ';' || (['but', 'and'].includes(word) && (SPEECH_VERBS.has(next) || opensAnotherReport(context, stop + 1, end)))) break;
    if (word === ',' && (SPEECH_PARTICIPLES.has(next) || /^\p{L}+ing$/u.test(next) || next === 'according' || next === 'but' || (next === 'and' && SPEECH_VERBS.has(norm(context, stop + 2))) || endsInAttribution(context, stop + 1, end))) break;
    stop++;
  }
  stop = trimEnd(context, from, stop);
  return wordsIn(context, from, stop) >= minWords ? { start: from, end: stop } : undefined;
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

export function wordsIn(context: QuoteContext, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) if (!context.article.tokens[index].punct) count++;
  return count;
}
