/**
 * Long lists a reader is shown in text, Markdown and HTML: the sources
 * carrying a quote, giving a value or writing a spelling, and the times an
 * outlet published. A story of thousands of reprints has thousands of each;
 * the first ones are shown and the rest counted. JSON gives every one.
 */
import { MAX_SHOWN_CITATIONS } from './resolve.js';

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
