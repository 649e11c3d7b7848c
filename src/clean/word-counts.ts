/**
 * Word counts the cleaning passes of one article share. Most passes ask how
 * many words a paragraph has, up to a limit of their own (12, 25, 30, 40,
 * 60…): each paragraph is counted once, up to `cap`, and every question
 * about the same span with a limit at most `cap` is answered from that count
 * (`wordsUpTo(text, limit)` is the smaller of the count and `limit + 1`).
 */
import type { Span } from '../article.js';
import { wordsUpTo } from '../text/words.js';

export class WordCounts {
  /** By span start: the span's end and its words up to `cap`. */
  private readonly counts = new Map<number, { end: number; words: number }>();

  constructor(private readonly cap: number) {}

  /** `wordsUpTo(text, limit)` for the paragraph `text` at `span`. */
  upTo(span: Span, text: string, limit: number): number {
    if (limit > this.cap) return wordsUpTo(text, limit);
    let known = this.counts.get(span.start);
    if (known === undefined || known.end !== span.end) {
      known = { end: span.end, words: wordsUpTo(text, this.cap) };
      this.counts.set(span.start, known);
    }
    return Math.min(known.words, limit + 1);
  }
}
