/**
 * Long lists a reader is shown in text, Markdown and HTML: the sources
 * carrying a quote, giving a value or writing a spelling, and the times an
 * outlet published. A story of thousands of reprints has thousands of each;
 * the first ones are shown and the rest counted. JSON gives every one.
 */
import { MAX_SHOWN_CITATIONS } from './resolve.js';
import { prefixOf } from '../text/prefix.js';

/** Items of one list shown to a reader, as many as the citations of a summary sentence. */
export const MAX_SHOWN_ITEMS = MAX_SHOWN_CITATIONS;

export interface ShownItems<T> {
  shown: T[];
  /** How many items are left out. */
  more: number;
}

/** The first `max` items and how many follow them. */
export function firstShown<T>(items: readonly T[], max = MAX_SHOWN_ITEMS): ShownItems<T> {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** " and 19,990 more", or '' when nothing is left out. */
export function moreNote(more: number): string {
  return more > 0 ? ` and ${more.toLocaleString('en-US')} more` : '';
}

/**
 * Characters of a quoted text the API gives (a summary sentence, a citation,
 * a quotation, a value's source): a longer one is cut there with
 * `textTruncated` beside it, its span giving the whole. A sentence of one
 * 0.9 MB word was given five times over.
 */
export const MAX_QUOTED_CHARS = 2_000;

/** The text, or its first `max` characters (a surrogate pair left whole or out) with `textTruncated: true`. */
export function cutText(text: string, max = Infinity): { text: string; textTruncated?: true } {
  if (text.length <= max) return { text };
  return { text: prefixOf(text, max), textTruncated: true };
}
