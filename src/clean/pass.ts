/**
 * What a cleaning pass is, and the small text tests the passes share. A pass
 * gets the paragraphs still kept and returns those it keeps plus one
 * `Message` per removal; it never touches the text.
 */
import type { Message, Span } from '../article.js';
import { isFullWidthTerminal, isSpace } from '../segment/chars.js';
import { wordsUpTo } from '../text/words.js';
import type { CleanOptions } from './options.js';
import type { WordCounts } from './word-counts.js';

export interface CleanContext {
  text: string;
  title?: string;
  options: CleanOptions;
  /** Paragraph word counts shared by the passes (`clean` keeps them for each article). */
  wordCounts?: WordCounts;
}

export interface PassResult {
  paragraphs: Span[];
  messages: Message[];
}

export type Pass = (paragraphs: readonly Span[], context: CleanContext) => PassResult;

/** A paragraph with its text, as the tests see it. */
export interface Paragraph {
  span: Span;
  text: string;
  index: number;
}

export function removal(rule: string, reason: string, span: Span): Message {
  return { stage: 'clean', rule, reason, span: { start: span.start, end: span.end } };
}

export function paragraphsOf(spans: readonly Span[], text: string): Paragraph[] {
  return spans.map((span, index) => ({ span, text: text.slice(span.start, span.end), index }));
}

/**
 * A pass that removes every paragraph for which `test` gives a reason. The
 * test sees all paragraphs, so it can look at neighbours.
 */
export function removeWhere(rule: string, test: (paragraph: Paragraph, all: readonly Paragraph[], context: CleanContext) => string | undefined): Pass {
  return (spans, context) => {
    const all = paragraphsOf(spans, context.text);
    const kept: Span[] = [];
    const messages: Message[] = [];
    for (const paragraph of all) {
      const reason = test(paragraph, all, context);
      if (reason) messages.push(removal(rule, reason, paragraph.span));
      else kept.push(paragraph.span);
    }
    return { paragraphs: kept, messages };
  };
}

/** `wordsUpTo(paragraph.text, limit)`, answered from the context's shared counts when it keeps them. */
export function paragraphWords(paragraph: Paragraph, limit: number, context: CleanContext): number {
  return context.wordCounts ? context.wordCounts.upTo(paragraph.span, paragraph.text, limit) : wordsUpTo(paragraph.text, limit);
}

/**
 * Ends with . ! ? 。 ！ ？ or an ellipsis, possibly followed by closing quotes or
 * brackets and spaces: read backwards from the end, as
 * `/[.!?…]["'”’)\]]*$/.test(text.trim())` would say.
 */
export function endsLikeSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  while (end > 0 && closesSentence(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const c = text.charCodeAt(end - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || isFullWidthTerminal(c);
}

/** `" ' ” ’ ) ]`: what may follow a sentence's final mark. */
function closesSentence(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** Lower-case letters and digits only, single-spaced: for "same text" comparisons. ASCII text is read in one pass. */
export function comparable(text: string): string {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return comparableUnicode(text);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs.join(' ').toLowerCase();
}

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * How much of a paragraph's comparable form `comparableHash` reads when the
 * passes group paragraphs: enough to tell most paragraphs apart without
 * reading them to the end (those that agree this far are compared in full).
 */
export const HASHED_LENGTH = 40;

/**
 * The FNV-1a hash of `comparable(text).slice(0, limit)`, worked out without
 * building that string: paragraphs whose hashes differ do not read the
 * same, so only those with equal hashes need their comparable forms. ASCII
 * text is read only until `limit` characters of the form are hashed.
 */
export function comparableHash(text: string, limit = Infinity): number {
  let hash = FNV_BASIS;
  let inWord = false;
  let length = 0;
  for (let i = 0; i < text.length && length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return lowerCaseHash(text.toLowerCase(), limit);
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord && length > 0) {
        hash = Math.imul(hash ^ 32, FNV_PRIME);
        if (++length === limit) break;
      }
      hash = Math.imul(hash ^ (upper ? c + 32 : c), FNV_PRIME);
      length++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return hash;
}

/**
 * `comparableHash` of a text already in lower case, as `comparableUnicode`
 * reads it: runs of letter and number code points (a surrogate pair is one),
 * single-spaced, without the regex replacement and the string it builds.
 */
function lowerCaseHash(lower: string, limit: number): number {
  let hash = FNV_BASIS;
  let inWord = false;
  let length = 0;
  for (let i = 0; i < lower.length; ) {
    const point = lower.codePointAt(i)!;
    const units = point > 0xffff ? 2 : 1;
    if (isLetterOrNumber(point)) {
      if (!inWord && length > 0) {
        hash = Math.imul(hash ^ 32, FNV_PRIME);
        if (++length === limit) return hash;
      }
      for (let unit = 0; unit < units; unit++) {
        hash = Math.imul(hash ^ lower.charCodeAt(i + unit), FNV_PRIME);
        if (++length === limit) return hash;
      }
      inWord = true;
    } else {
      inWord = false;
    }
    i += units;
  }
  return hash;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Whether each BMP code point is a letter or number, learnt on first sight: 0 unknown, 1 yes, 2 no. */
const BMP_LETTER_OR_NUMBER = new Uint8Array(0x10000);

function isLetterOrNumber(point: number): boolean {
  if (point < 128) return (point >= 48 && point <= 57) || (point >= 65 && point <= 90) || (point >= 97 && point <= 122);
  if (point > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(point));
  if (BMP_LETTER_OR_NUMBER[point] === 0) BMP_LETTER_OR_NUMBER[point] = LETTER_OR_NUMBER.test(String.fromCharCode(point)) ? 1 : 2;
  return BMP_LETTER_OR_NUMBER[point] === 1;
}

/**
 * Whether `comparable(text)` is `form`, read only as far as the two agree
 * (most paragraphs differ from a headline in their first word); text that
 * is not ASCII is compared through `comparable`.
 */
export function readsAs(text: string, form: string): boolean {
  let at = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return comparable(text) === form;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord && at > 0 && form.charCodeAt(at++) !== 32) return false;
      if (form.charCodeAt(at++) !== (upper ? c + 32 : c)) return false;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return at === form.length;
}

function comparableUnicode(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
