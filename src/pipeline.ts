import type { Article, SegmentedArticle } from './article.js';
import { clean, type CleanOptions } from './clean/index.js';
import { segment, type SegmentOptions } from './segment/index.js';

export interface PrepareOptions {
  clean?: Partial<CleanOptions>;
  segment?: Partial<SegmentOptions>;
}

/** What every read article goes through before summarizing: cleaning, then sentences and tokens. */
export function prepare(article: Article, options: PrepareOptions = {}): SegmentedArticle {
  return segment(clean(article, options.clean), options.segment);
}
