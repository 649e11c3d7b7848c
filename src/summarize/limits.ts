/**
 * How much one summary of articles sent in (`tidings summarize`, `POST
 * /api/summarize`) reads: its time grows with its articles and their text
 * (about 3 ms an article, 3 s a megabyte), so more are refused with a reason
 * naming the limit, not summarized for minutes. A stored story's summary
 * is not bounded here: it is made once and cached.
 */
import { checkPositiveInteger, withDefaults } from '../options.js';
import { sizeText } from '../read/size.js';

export interface SummaryLimitOptions {
  /** The most articles one summary reads. */
  maxArticles: number;
  /** The most bytes (UTF-8) of article text one summary reads, counted as read, before cleaning. */
  maxBytes: number;
}

export const defaultSummaryLimitOptions: Readonly<SummaryLimitOptions> = Object.freeze({
  maxArticles: 500,
  maxBytes: 2 * 1024 * 1024,
});

export function checkSummaryLimitOptions(options: Partial<SummaryLimitOptions> | undefined): SummaryLimitOptions {
  const merged = withDefaults('summaryLimits', defaultSummaryLimitOptions as SummaryLimitOptions, options);
  for (const name of ['maxArticles', 'maxBytes'] as const) checkPositiveInteger('summaryLimits', name, merged[name]);
  return merged;
}

/** Counts the articles a summary is to read, as they come and before they are prepared; says why once they are more than the limits allow. */
export class SummaryIntake {
  private articles = 0;
  private bytes = 0;

  constructor(private readonly limits: SummaryLimitOptions) {}

  /** Counts the article; the reason it is one too many (over `maxArticles` or `maxBytes`), else undefined. */
  add(article: { text: string }): string | undefined {
    this.articles += 1;
    this.bytes += Buffer.byteLength(article.text);
    const { maxArticles } = this.limits;
    if (this.articles > maxArticles) return `more than ${maxArticles.toLocaleString('en-US')} ${maxArticles === 1 ? 'article' : 'articles'}, the most one summary reads (maxArticles)`;
    if (this.bytes > this.limits.maxBytes) return `more than ${sizeText(this.limits.maxBytes)} of article text, the most one summary reads (maxBytes)`;
    return undefined;
  }
}
