import type { Span } from '../article.js';

export interface Speaker {
  /** The fullest name the article gives, or the description as written ("a launch controller"). */
  name: string;
  /** Where the speaker is named or referred to for this quote ("he", "the mayor", "Tillerson"). */
  span?: Span;
}

/** A quotation or a report of speech, as spans into `Article.text`. */
export interface Quote {
  kind: 'direct' | 'indirect';
  /** The quoted (or reported) words without quote marks; for a quotation over several paragraphs, first word to last. */
  span: Span;
  /** For a quotation over several paragraphs or restarts: each part without its marks. */
  parts?: Span[];
  speaker?: Speaker;
  /** The speech verb or phrase ("said", "told", "according to"). */
  cue?: Span;
}

export interface QuoteOptions {
  /** Also report indirect speech ("X said that …", "according to X, …"). */
  indirect: boolean;
  /** Keep quotations nobody is named for when they are at least this many words long. */
  minUnattributedWords: number;
}

/** One quotation as carried by one article. */
export interface QuoteOccurrence {
  article: string;
  span: Span;
  speaker?: Speaker;
}

/** The same words quoted by one or more articles. */
export interface MergedQuote {
  /** Stable key from the quotation's first words. */
  key: string;
  kind: 'direct' | 'indirect';
  /** The speaker most occurrences name (the fullest form of it). */
  speaker?: string;
  /** The longest occurrence: the fullest version of the words. */
  representative: QuoteOccurrence;
  occurrences: QuoteOccurrence[];
  /** How many different articles carry it. */
  articles: number;
}
