import type { Article, SegmentedArticle } from './article.js';
import { clean, type CleanOptions } from './clean/index.js';
import { storyReport } from './facts/index.js';
import { segment, type SegmentOptions } from './segment/index.js';
import { markDisputes, summarize, type Summary, type SummarizeOptions } from './summarize/index.js';

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
 * the facts of the articles' `storyReport`, as `storyView` marks a stored
 * story's summary with its cached report's.
 */
export function summaryWithDisputes(articles: readonly SegmentedArticle[], options?: Partial<SummarizeOptions>): Summary {
  const summary = summarize(articles, options);
  return markDisputes(summary, storyReport(articles).facts);
}
