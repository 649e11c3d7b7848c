import type { Span } from '../article.js';
import type { FactValue } from '../facts/types.js';
import type { CitationGrade } from './grade.js';

/** One article that states (part of) a summary sentence, and where. */
export interface Citation {
  /** `Article.id` of the citing article. */
  article: string;
  /** The sentence in that article's text that states the content. */
  span: Span;
  /** Share of the summary sentence's content words found in the cited sentence, 0–1. */
  support: number;
  /**
   * How much of the summary sentence the cited sentence states (`citationGrade`):
   * `states` its whole claim, `partly` part of it, with less detail. The
   * sentence's own source always `states` it.
   */
  grade: CitationGrade;
}

export interface SummarySentence {
  /** `Article.id` of the article the words are taken from. */
  article: string;
  /**
   * The spans of the source article's text that make the sentence, in order,
   * joined by one space, or by none before a span opening on closing
   * punctuation (", he said."; `summaryPartsText`): one span for a whole
   * sentence, several when a compressed sentence leaves words out or writes a
   * name short ("the U.S." for "the United States": the short form's span is
   * where the article writes it, outside the sentence).
   */
  parts: Span[];
  /** Every article that states the sentence's content, the source article first. */
  citations: Citation[];
  /** Set when the sentence was cut at the end of the budget (`fillBudget`). */
  truncated?: boolean;
  /** Numbers, dates, ages, names and titles the sentence states that other sources give otherwise (`markDisputes`); absent when none. */
  disputed?: DisputedFact[];
}

/**
 * A value a summary sentence states for a fact the story's sources disagree
 * on (a `conflicting` fact group), and the values it cannot be true with.
 */
export interface DisputedFact {
  /** What the fact counts: "people killed", "cost (£) of Tomasz Wren". */
  label: string;
  /** The value the sentence states, with every article that states it. */
  stated: FactValue;
  /** The values that cannot both be true with it, each with every article that states it. */
  others: FactValue[];
}

export interface Headline {
  /** `Article.id` of the article whose title (or first sentence) is used. */
  article: string;
  /** The headline text: an article title is metadata, not a span of the body. */
  text: string;
  /** Set when the headline is a sentence of the body rather than the title. */
  span?: Span;
}

export interface Summary {
  headline?: Headline;
  sentences: SummarySentence[];
  /** Ids of the summarized articles, in the order citations are numbered. */
  articles: string[];
  /**
   * Ids of the articles whose own figure for a count a later day's reports
   * raised (`Development.outdated`): their titles and openings name the story
   * by a superseded figure. Absent when none.
   */
  outdated?: string[];
  /** Length of the summary as the budget counts it. */
  length: { words: number; bytes: number; sentences: number };
}
