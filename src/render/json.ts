import type { Article } from '../article.js';
import type { Summary } from '../summarize/types.js';
import { resolveSummary } from './resolve.js';
import type { RenderOptions } from './text.js';

/** JSON format version, bumped when the shape changes. */
export const SUMMARY_JSON_VERSION = 1;

/** An article's metadata as JSON, absent fields as null. */
export function articleMetadata(article: Article) {
  return {
    id: article.id,
    url: article.url ?? null,
    outlet: article.outlet ?? null,
    title: article.title ?? null,
    byline: article.byline ?? null,
    published: article.published ?? null,
    modified: article.modified ?? null,
    language: article.language ?? null,
    origin: article.origin,
  };
}

/**
 * JSON: the summary with every span and the text it covers, the articles'
 * metadata, and (with `explain`) each article's messages.
 */
export function summaryToJson(summary: Summary, articles: readonly Article[], options: RenderOptions = {}): object {
  const resolved = resolveSummary(summary, articles);
  return {
    version: SUMMARY_JSON_VERSION,
    headline: summary.headline ?? null,
    length: summary.length,
    sentences: summary.sentences.map((sentence, s) => ({
      text: resolved.sentences[s].text,
      article: sentence.article,
      parts: sentence.parts,
      citations: sentence.citations.map((citation, c) => ({ ...citation, number: resolved.sentences[s].citations[c].number, text: resolved.sentences[s].citations[c].text })),
    })),
    sources: resolved.sources.map((article) => article.id),
    articles: articles.map((article) => ({ ...articleMetadata(article), ...(options.explain ? { messages: article.messages } : {}) })),
  };
}

export function renderJson(summary: Summary, articles: readonly Article[], options: RenderOptions = {}): string {
  return `${JSON.stringify(summaryToJson(summary, articles, options), null, 2)}\n`;
}
