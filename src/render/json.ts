import type { Article, Span } from '../article.js';
import { expected } from '../errors.js';
import type { Summary } from '../summarize/types.js';
import { versioned } from '../version.js';
import { resolveSummary, type ResolvedDispute } from './resolve.js';
import { cutText } from './shown.js';
import type { RenderOptions } from './text.js';

/** JSON format version, bumped when the shape changes (2: each sentence's `citationCount`; 3: a sentence stating one side of a conflict in a story gives it as `disputed`; 4: each citation's `grade`, `states` or `partly`, and `summarize` gives `disputed` too; 5: a citation's `span` is `{start, end}` alone, as in the API; 6: a text cut to the API's `MAX_QUOTED_CHARS` gives `textTruncated`). */
export const SUMMARY_JSON_VERSION = 6;

/**
 * JSON format versions of the lists the CLI and the API give alike, each
 * `{version, …}`, bumped when the shape changes: the stories (`tidings
 * stories --format json`, `GET /api/stories`; 2: each story's
 * `firstPublished` and `lastPublished`), a search's hits (`tidings search`,
 * `GET /api/search`; 2: each hit's `marked` and `readingLanguage`) and the outlets (`tidings outlets`, `GET /api/outlets`).
 */
export const STORIES_JSON_VERSION = 2;
export const SEARCH_JSON_VERSION = 2;
export const OUTLETS_JSON_VERSION = 1;

/** JSON format version of a removal (`tidings remove --format json`, `DELETE /api/articles/{id}`) and of its undoing (`--undo`) (2: `leftoverTexts`, the ids whose earlier texts a takedown deleted with no article stored under them). */
export const REMOVE_JSON_VERSION = 2;

/** A removal or its undoing as the CLI and the API give it: `{version, …}`, the report's fields as they are (`removed`, `notFound`, …). */
export function removalJson<T extends object>(report: T): { version: number } & T {
  return versioned(REMOVE_JSON_VERSION, report);
}

export interface JsonOptions extends RenderOptions {
  /** Citations listed per sentence, the first ones (the API's `sources`); `citationCount` says how many there are. Default all. */
  maxCitations?: number;
  /** Characters of each text given (the headline, a sentence, a citation), the rest cut with `textTruncated: true` (the API's `MAX_QUOTED_CHARS`). Default all. */
  maxTextChars?: number;
}

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

/** A span as JSON: just `{start, end}` (a citation's span can be the cited `Sentence`, which carries its paragraph and tokens). */
const plainSpan = ({ start, end }: Span): Span => ({ start, end });

/**
 * JSON: the summary with every span (just `{start, end}`) and the text it covers, the articles'
 * metadata, and (with `explain`) each article's messages. Sources are
 * numbered over the citations listed.
 */
export function summaryToJson(summary: Summary, articles: readonly Article[], options: JsonOptions = {}): object {
  const { maxCitations, maxTextChars } = options;
  if (maxCitations !== undefined && !(Number.isInteger(maxCitations) && maxCitations > 0)) expected('summaryToJson options.maxCitations to be a positive integer', maxCitations);
  if (maxTextChars !== undefined && !(Number.isInteger(maxTextChars) && maxTextChars > 0)) expected('summaryToJson options.maxTextChars to be a positive integer', maxTextChars);
  const resolved = resolveSummary(summary, articles, maxCitations);
  return versioned(SUMMARY_JSON_VERSION, {
    headline: summary.headline ? { ...summary.headline, ...cutText(summary.headline.text, maxTextChars) } : null,
    length: summary.length,
    sentences: summary.sentences.map((sentence, s) => ({
      ...cutText(resolved.sentences[s].text, maxTextChars),
      article: sentence.article,
      parts: sentence.parts.map(plainSpan),
      citations: resolved.sentences[s].citations.map((citation, c) => ({ ...sentence.citations[c], span: plainSpan(citation.span), number: citation.number, ...cutText(citation.text, maxTextChars) })),
      citationCount: sentence.citations.length,
      ...(sentence.disputed ? { disputed: resolved.sentences[s].disputes.map(disputeJson) } : {}),
    })),
    sources: resolved.sources.map((article) => article.id),
    articles: articles.map((article) => ({ ...articleMetadata(article), ...(options.explain ? { messages: article.messages } : {}) })),
  });
}

export function renderJson(summary: Summary, articles: readonly Article[], options: RenderOptions = {}): string {
  return `${JSON.stringify(summaryToJson(summary, articles, options), null, 2)}\n`;
}

/** A disputed value as JSON: what is counted, the value stated with its sources, and each other value with its sources, numbered as citations are; how values were read (`reading`, `precision`) stays inside. */
function disputeJson(dispute: ResolvedDispute) {
  const { sources, reading: _reading, precision: _precision, ...stated } = dispute.stated;
  return {
    label: dispute.label,
    stated: { ...stated, sources: sources.map(({ article, span }) => ({ article, span: plainSpan(span) })) },
    others: dispute.others.map(({ value: { sources: _all, reading: _other, precision: _otherPrecision, ...value }, sources: shown }) => ({ ...value, sources: shown.map(({ article, span, number }) => ({ article: article.id, span: plainSpan(span), number })) })),
  };
}
