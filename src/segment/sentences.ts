import type { Span } from '../article.js';
import { abbreviationKind, SENTENCE_OPENERS, SPEECH_VERBS, TITLE_MODIFIERS } from './abbreviations.js';
import { isCloser, isClosingQuote, isDigit, isFullWidthTerminal, isLetter, isLower, isOpener, isSpace, isTerminal, isUpper, lettersAt } from './chars.js';
import { rulesFor, type LanguageRules } from './languages.js';
import { checkRange } from './range.js';

/**
 * Splits `range` of `text` (one paragraph) into sentences, rule-based in
 * passes as compromise's splitter:
 *
 * 1. candidate ends at `.` `!` `?` `…` (and runs such as `?!` or `. . .`),
 *    taking the closing quotes and brackets that follow, when whitespace comes next
 *    (after Chinese and Japanese `。` `！` `？` nothing need come, but a
 *    quotation closed and followed at once by text runs on: `「…。」と述べた`);
 * 2. rejected before a lower-case word, after abbreviations, initials and
 *    list numbers ("Mr. Smith", "George W. Bush", "1. First"), and inside an
 *    amount a tokenizer spaced out ("$2. 6 million");
 * 3. a quote ends its sentence after `."` or `?"`, but not when a lower-case
 *    or name-and-verb attribution follows (`"Why now?" he asked.`);
 * 4. a blank line ends a sentence, and so does a line break before a capital
 *    or a list bullet when the line before has no final punctuation (headlines);
 * 5. every span is trimmed: it starts and ends on a non-space character.
 *
 * `extraAbbreviations` ("Calif.", "approx") end a sentence only before a
 * common sentence opener such as "The" or "He", as "U.S." does. `language`
 * (ISO 639-1: "de", "fr") brings its abbreviations and openers ("z. B.",
 * "Sra.", "am 3. Oktober"); English is the default (`rulesFor`).
 */
export function splitSentences(text: string, range: Span, extraAbbreviations: readonly string[] = [], language?: string): Span[] {
  checkRange('splitSentences', text, range);
  return sentenceSpans(text, range, rulesFor(language, extraAbbreviations));
}

/** `splitSentences` with the range checked and the rules chosen. */
export function sentenceSpans(text: string, range: Span, rules: LanguageRules): Span[] {
  return trimmedSpans(text, range, mergeSorted(punctuationEnds(text, range, rules), lineEnds(text, range, rules)));
}

/** Passes 1–3: where terminal punctuation ends a sentence (the offset after its closing quotes). */
function punctuationEnds(text: string, range: Span, rules: LanguageRules): number[] {
  const ends: number[] = [];
  const end = range.end;
  const paragraph = text.slice(range.start, end);
  let lastEnd = range.start;
  let i = range.start;
  while (i < end) {
    TERMINAL.lastIndex = i - range.start;
    if (!TERMINAL.test(paragraph)) break;
    const runStart = range.start + TERMINAL.lastIndex - 1;
    let runEnd = runStart + 1;
    while (runEnd < end && isTerminal(text.charCodeAt(runEnd))) runEnd++;
    runEnd = spacedEllipsisEnd(text, runEnd, end);
    let after = runEnd;
    while (after < end && isCloser(text.charCodeAt(after))) after++;
    if (rules.spacedQuotes) after = spacedQuoteEnd(text, range, after);
    const sentenceEnd = after < end && isSpace(text.charCodeAt(after)) ? after : fullWidthEnd(text, runEnd, after, end) ?? gluedQuoteEnd(text, range, runEnd, after);
    if (sentenceEnd !== undefined && endsSentence(text, range, rules, lastEnd, runStart, runEnd, sentenceEnd)) {
      ends.push(sentenceEnd);
      lastEnd = sentenceEnd;
    }
    i = after;
  }
  return ends;
}

/** The characters `isTerminal` accepts, searched for natively rather than one character at a time. */
export const TERMINAL = /[.!?\u2026\u203c\u2047-\u2049\u3002\uff01\uff1f]/g;

/** After a full-width `。` `！` `？` the sentence ends with no space, unless a quotation it closes runs on into text (`「…。」と述べた`, `“…。”他说`). */
function fullWidthEnd(text: string, runEnd: number, after: number, end: number): number | undefined {
  if (!isFullWidthTerminal(text.charCodeAt(runEnd - 1))) return undefined;
  return after > runEnd && after < end ? undefined : after;
}

/**
 * Text that lost the space around a quote mark (`weapon."Hours earlier`,
 * `concessions."We'll see`, `now.“We`): the sentence ends at the mark when
 * a capitalized word follows it, after the mark when it closes a quotation
 * and before it when it opens the next one. A straight mark closes when the
 * paragraph holds an odd number of them before it.
 */
function gluedQuoteEnd(text: string, range: Span, runEnd: number, after: number): number | undefined {
  const word = after > runEnd ? after : after + 1;
  if (word - runEnd !== 1 || word + 1 >= range.end || !isUpper(text.charCodeAt(word)) || !isLower(text.charCodeAt(word + 1))) return undefined;
  const mark = text.charCodeAt(runEnd);
  if (mark === 0x201d) return after;
  if (mark === 0x201c) return runEnd;
  if (mark !== 34) return undefined;
  return closesQuotation(text, range, runEnd) ? after : runEnd;
}

/** A straight quote mark at `at` closes a quotation: the paragraph holds an odd number of them before it. */
function closesQuotation(text: string, range: Span, at: number): boolean {
  let marks = 0;
  for (let mark = text.indexOf('"', range.start); mark >= 0 && mark < at; mark = text.indexOf('"', mark + 1)) marks++;
  return marks % 2 === 1;
}

/**
 * French writes its quotation marks apart from the words (« Nous partons. »,
 * read as `" Nous partons. "`): past the end of a sentence at `after`, a
 * space and a quote mark that closes a quotation, with a space or the
 * paragraph's end after it, belong to that sentence.
 */
function spacedQuoteEnd(text: string, range: Span, after: number): number {
  let mark = after;
  while (mark < range.end && isSpace(text.charCodeAt(mark))) mark++;
  if (mark === after || mark >= range.end || text.charCodeAt(mark) !== 34 || (mark + 1 < range.end && !isSpace(text.charCodeAt(mark + 1)))) return after;
  return closesQuotation(text, range, mark) ? mark + 1 : after;
}

/** After a spaced-out decimal point, what the number measures: "$2. 6 million". */
const AMOUNT_WORDS = /^(?:million|billion|trillion|percent|per cent|%)/i;

/**
 * "$2. 6 million", "at 4. 30am": a decimal number or a clock time a
 * tokenizer spaced out (ECB+ texts), not a sentence ending on "$2" or "4":
 * one period between digits, one space, and an amount or a time around it
 * (a currency sign before; "million", "percent", "am" after the digits).
 * "The score was 3-1. 20,000 fans left" still ends.
 */
function spacedDecimal(text: string, range: Span, runStart: number, runEnd: number, after: number, next: number): boolean {
  if (runEnd - runStart !== 1 || text.charCodeAt(runStart) !== 46 || after !== runEnd || next !== after + 1 || !isDigit(text.charCodeAt(runStart - 1))) return false;
  let digits = next;
  while (digits < range.end && isDigit(text.charCodeAt(digits))) digits++;
  const wordStart = previousWordStart(text, range.start, runStart);
  const rest = text.slice(digits, digits + 12);
  return /^[$€£¥]/.test(text.slice(wordStart, runStart)) || AMOUNT_WORDS.test(rest.replace(/^\s+/, '')) || /^ ?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i.test(rest);
}

/** Extends a run of periods over `. . .`. */
function spacedEllipsisEnd(text: string, runEnd: number, end: number): number {
  let to = runEnd;
  while (to + 1 < end && text.charCodeAt(to - 1) === 46 && text.charCodeAt(to) === 32 && text.charCodeAt(to + 1) === 46) to += 2;
  return to;
}

const NOT_AN_OPENING = new Set([44, 59, 58, 41, 93, 125, 37]);

/** Pass 2 and 3: does the punctuation run `[runStart, runEnd)` plus closers up to `after` end a sentence? */
function endsSentence(
  text: string, range: Span, rules: LanguageRules, lastEnd: number, runStart: number, runEnd: number, after: number,
): boolean {
  const end = range.end;
  let next = after;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  while (next < end && isOpener(text.charCodeAt(next))) next++;
  if (next >= end) return true;
  const c = text.charCodeAt(next);
  if (isLower(c) && !isCamelCase(text, next, end)) return false;
  if (NOT_AN_OPENING.has(c) || isTerminal(c)) return false;
  if (isDigit(c) && spacedDecimal(text, range, runStart, runEnd, after, next)) return false;
  const quoted = after > runEnd && isClosingQuote(text.charCodeAt(after - 1));
  if (!onlyPeriods(text, runStart, runEnd)) return !(quoted && isAttribution(text, next, end));
  if (runEnd - runStart > 1 || text.charCodeAt(runStart) === 0x2026 || after > runEnd) return true;
  const wordStart = previousWordStart(text, range.start, runStart);
  if (wordStart === runStart) return true;
  const word = text.slice(wordStart, runStart);
  if (isListNumber(word) && startsLine(text, Math.max(range.start, lastEnd), wordStart)) return false;
  if (rules.ordinalNouns !== undefined && ORDINAL.test(word) && rules.ordinalNouns.has(lettersAt(text, next, end).toLowerCase())) return false;
  switch (abbreviationKind(word, rules)) {
    case undefined:
      return true;
    case 'title':
      return rules.afterTitleOpeners.has(lettersAt(text, next, end).toLowerCase()) || (rules.titlesEndNames && isUpper(text.charCodeAt(wordStart)) && endsName(text, range.start, wordStart));
    case 'numeric':
      return !isDigit(c);
    case 'final':
      return rules.openers.has(lettersAt(text, next, end).toLowerCase());
  }
}

/**
 * "…from strongman Hun Sen. Hun Sen complained": a title word right after a
 * capitalized name word ("Hun") is the end of that name, not a title before
 * the next one — unless the word before is a modifier titles take ("Democratic Sen.").
 */
function endsName(text: string, floor: number, titleStart: number): boolean {
  let wordEnd = titleStart;
  while (wordEnd > floor && isSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  if (wordEnd === titleStart || wordEnd <= floor) return false;
  const wordStart = previousWordStart(text, floor, wordEnd);
  const word = text.slice(wordStart, wordEnd);
  return /^[A-Z][a-z]+$/.test(word) && !TITLE_MODIFIERS.has(word.toLowerCase());
}

function onlyPeriods(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 32 && c !== 0x2026) return false;
  }
  return true;
}

/** "eBay", "iPhone": a lower-case start with a capital inside the word. */
function isCamelCase(text: string, from: number, end: number): boolean {
  for (let i = from + 1; i < end && i < from + 24; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) return true;
    if (!isLetter(c)) return false;
  }
  return false;
}

/** Start of the word before a period: back to whitespace, then past opening quotes and brackets. */
function previousWordStart(text: string, floor: number, runStart: number): number {
  let start = runStart;
  while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--;
  while (start < runStart && isOpener(text.charCodeAt(start))) start++;
  return start;
}

/** A number an ordinal's period may follow: "3." in "am 3. Oktober". */
const ORDINAL = /^\d{1,3}$/;

/** "1." or "12." as a list number, "Q." and "A." as interview labels. */
function isListNumber(word: string): boolean {
  return LIST_MARK.test(word);
}

const LIST_MARK = /^(?:\d{1,3}|\p{L})$/u;

/** Only spaces between `wordStart` and the start of its line or of the current sentence. */
function startsLine(text: string, sentenceStart: number, wordStart: number): boolean {
  let i = wordStart;
  while (i > sentenceStart) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return true;
    if (!isSpace(c)) return false;
    i--;
  }
  return true;
}

/** `Smith asked`, `Prime Minister Sharon said`: capitalized words then a verb of saying. */
function isAttribution(text: string, from: number, end: number): boolean {
  let at = from;
  for (let n = 0; n < 4; n++) {
    const word = lettersAt(text, at, end);
    if (word.length === 0) return false;
    if (n > 0 && SPEECH_VERBS.has(word)) return true;
    if (!isUpper(word.charCodeAt(0)) || SENTENCE_OPENERS.has(word.toLowerCase())) return false;
    at += word.length;
    if (at < end && text.charCodeAt(at) === 46) at++;
    if (at >= end || text.charCodeAt(at) !== 32) return false;
    at++;
  }
  return false;
}

const CONTINUING = new Set([44, 59, 58, 45, 0x2013, 0x2014, 40, 47, 38]);

/** Pass 4: line breaks that end a sentence (offset of the line break). */
function lineEnds(text: string, range: Span, rules: LanguageRules): number[] {
  const ends: number[] = [];
  const part = text.slice(range.start, range.end);
  for (let n = part.indexOf('\n'); n !== -1; n = part.indexOf('\n', n + 1)) {
    if (lineBreakEnds(text, range, rules, range.start + n)) ends.push(range.start + n);
  }
  return ends;
}

function lineBreakEnds(text: string, range: Span, rules: LanguageRules, n: number): boolean {
  let last = n - 1;
  while (last >= range.start && text.charCodeAt(last) !== 10 && isSpace(text.charCodeAt(last))) last--;
  if (last < range.start || text.charCodeAt(last) === 10) return true;
  let first = n + 1;
  while (first < range.end && text.charCodeAt(first) !== 10 && isSpace(text.charCodeAt(first))) first++;
  if (first >= range.end || text.charCodeAt(first) === 10) return true;
  if (isBullet(text, first, range.end)) return true;
  let closed = last;
  while (closed > range.start && isCloser(text.charCodeAt(closed))) closed--;
  const c = text.charCodeAt(closed);
  if (isTerminal(c) || CONTINUING.has(c)) return false;
  if (isLower(text.charCodeAt(last)) && rules.openers.has(lastWord(text, range.start, last + 1))) return false;
  while (first < range.end && isOpener(text.charCodeAt(first))) first++;
  return first < range.end && isUpper(text.charCodeAt(first));
}

function lastWord(text: string, floor: number, to: number): string {
  let from = to;
  while (from > floor && isLetter(text.charCodeAt(from - 1))) from--;
  return text.slice(from, to);
}

/** `- `, `* `, `• `, `– `, `1. `, `2) ` at the start of a line. */
function isBullet(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 45 || c === 42 || c === 0x2022 || c === 0x2013 || c === 0x2014) return at + 1 < end && isSpace(text.charCodeAt(at + 1));
  let i = at;
  while (i < end && i < at + 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === at || i + 1 >= end) return false;
  const mark = text.charCodeAt(i);
  return (mark === 46 || mark === 41) && isSpace(text.charCodeAt(i + 1));
}

function mergeSorted(a: number[], b: number[]): number[] {
  return b.length === 0 ? a : [...a, ...b].sort((x, y) => x - y);
}

/** Pass 5: the pieces between ends, trimmed of whitespace, empty pieces dropped. */
function trimmedSpans(text: string, range: Span, ends: readonly number[]): Span[] {
  const spans: Span[] = [];
  let from = range.start;
  for (let k = 0; k <= ends.length; k++) {
    const to = k < ends.length ? ends[k] : range.end;
    let start = from;
    let stop = to;
    while (start < stop && isSpace(text.charCodeAt(start))) start++;
    while (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--;
    if (stop > start) spans.push({ start, end: stop });
    from = to;
  }
  return spans;
}
