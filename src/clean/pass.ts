/**
 * What a cleaning pass is, and the small text tests the passes share. A pass
 * gets the paragraphs still kept and returns those it keeps plus one
 * `Message` per removal; it never touches the text.
 */
import type { Message, Span } from '../article.js';
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

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Ends with . ! ? or an ellipsis, possibly followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}

/** Lower-case letters and digits only, single-spaced: for "same text" comparisons. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
