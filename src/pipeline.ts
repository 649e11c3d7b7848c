import type { Article, SegmentedArticle, Span } from './article.js';
import { clean, type CleanOptions } from './clean/index.js';
import { factsStatedIn } from './facts/index.js';
import { segment, type SegmentOptions } from './segment/index.js';
import { markDisputes, summarize, summarySentenceOwnParts, type Summary, type SummarizeOptions } from './summarize/index.js';

export interface PrepareOptions {
  clean?: Partial<CleanOptions>;
  segment?: Partial<SegmentOptions>;
}

/** What every read article goes through before summarizing: cleaning, then sentences and tokens. */
export function prepare(article: Article, options: PrepareOptions = {}): SegmentedArticle {
  return segment(clean(article, options.clean), options.segment);
}

/**
 * The cited summary of one story's prepared articles with no store behind
 * them (`tidings summarize`, `POST /api/summarize`), each sentence marked
 * with the values it states that other sources dispute: `markDisputes` with
 * the facts of the articles' `storyReport` that the summary's sentences
 * state in their own words (`factsStatedIn` over `summarySentenceOwnParts`;
 * the marks are those of the whole report's facts, which `storyView` has for
 * a stored story), without the rest of the report.
 */
export function summaryWithDisputes(articles: readonly SegmentedArticle[], options?: Partial<SummarizeOptions>): Summary {
  const summary = summarize(articles, options);
  const passages = new Map<string, Span[]>();
  for (const sentence of summary.sentences) passages.set(sentence.article, [...(passages.get(sentence.article) ?? []), ...summarySentenceOwnParts(sentence)]);
  return markDisputes(summary, factsStatedIn(articles, passages));
}
