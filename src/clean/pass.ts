/**
 * What a cleaning pass is, and the small text tests the passes share. A pass
 * gets the paragraphs still kept and returns those it keeps plus one
 * `Message` per removal; it never touches the text.
 */
import type { Message, Span } from '../article.js';
import { isSpace } from '../segment/chars.js';
import type { CleanOptions } from './options.js';

export interface CleanContext {
  text: string;
  title?: string;
  options: CleanOptions;
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

/**
 * The words of `text` (runs of characters other than JavaScript's `\s`),
 * read only as far as needed to compare them with `limit`: the count when
 * it is at most `limit`, else `limit + 1` (a long paragraph is not scanned
 * to its end to learn it is no short line).
 */
export function wordsUpTo(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++count > limit) return count;
    inWord = !space;
  }
  return count;
}

/** Ends with . ! ? or an ellipsis, possibly followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
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

function comparableUnicode(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
