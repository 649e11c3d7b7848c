/**
 * What a reader checks a citation with: the cited passage against the
 * summary sentence, word by word. Words only in the passage are what the
 * summary left out or wrote otherwise ("United States" for its "U.S."); words
 * only in the summary sentence are what the passage does not state (the
 * details a `partly` citation lacks).
 */
import type { SegmentedArticle, Span, Token } from '../article.js';
import { wordDiff, type EditView, type QuotedSpan } from '../copies/index.js';
import { summaryPartsText } from '../summarize/index.js';

/** The summary sentence as the reader sees it, and the cited passage, each edit's words quoted from them. */
export interface CitationDiff {
  /** The summary sentence's text (its parts joined as `summaryPartsText` joins them). */
  sentence: string;
  /** Edits from the passage (`source`, spans into the cited article's text) to the sentence (`copy`, spans into `sentence`). */
  edits: EditView[];
  /** True when the passage holds every word of the sentence and no other. */
  same: boolean;
}

/** Index of the first token that ends after `offset` (tokens are in text order). */
function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The tokens wholly inside `span`. */
export function tokensIn(article: SegmentedArticle, span: Span): Token[] {
  const found: Token[] = [];
  for (let i = firstTokenAfter(article.tokens, span.start); i < article.tokens.length && article.tokens[i].start < span.end; i++) {
    const token = article.tokens[i];
    if (token.start >= span.start && token.end <= span.end) found.push(token);
  }
  return found;
}

/**
 * The summary sentence's tokens with offsets into its own text: its parts
 * are spans of the article out of order or apart (a short form taken from
 * elsewhere), so a run of its words is a span of the joined sentence.
 */
function sentenceTokens(article: SegmentedArticle, parts: readonly Span[]): { text: string; tokens: Token[] } {
  const tokens: Token[] = [];
  const joined: Span[] = [];
  for (const part of parts) {
    joined.push(part);
    const text = summaryPartsText(article.text, joined);
    const shift = text.length - (part.end - part.start) - part.start;
    for (const token of tokensIn(article, part)) tokens.push({ ...token, start: token.start + shift, end: token.end + shift });
  }
  return { text: summaryPartsText(article.text, parts), tokens };
}

function quote(text: string, span: Span | undefined): QuotedSpan | undefined {
  return span && { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** The word edits that turn the passage `span` of `cited` into the summary sentence made of `parts` of `source`. */
export function citationDiff(source: SegmentedArticle, parts: readonly Span[], cited: SegmentedArticle, span: Span): CitationDiff {
  const sentence = sentenceTokens(source, parts);
  const diff = wordDiff(tokensIn(cited, span), sentence.tokens);
  const edits = diff.edits.map((edit) => {
    const from = quote(cited.text, edit.source);
    const to = quote(sentence.text, edit.copy);
    return { op: edit.op, ...(from ? { source: from } : {}), ...(to ? { copy: to } : {}) };
  });
  return { sentence: sentence.text, edits, same: edits.every((edit) => edit.op === 'equal') };
}
