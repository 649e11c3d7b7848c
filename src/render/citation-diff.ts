/**
 * What a reader checks a citation with: the cited passage against the
 * summary sentence, word by word. Words only in the passage are what the
 * summary left out or wrote otherwise ("United States" for its "U.S."); words
 * only in the summary sentence are what the passage does not state (the
 * details a `partly` citation lacks).
 */
import type { SegmentedArticle, Span, Token } from '../article.js';
import { wordDiff, type EditView, type QuotedSpan } from '../copies/index.js';
import { joinedSummaryParts } from '../summarize/index.js';
import { partitionPoint } from '../text/partition-point.js';

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
  return partitionPoint(tokens.length, (index) => tokens[index].end <= offset);
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

/** A summary sentence as the reader sees it: its text and its tokens with offsets into that text. */
export interface SummarySentenceWords {
  text: string;
  tokens: Token[];
}

/**
 * The summary sentence's tokens with offsets into its own text: its parts
 * are spans of the article out of order or apart (a short form taken from
 * elsewhere), so a run of its words is a span of the joined sentence. Made
 * once per sentence, for all the passages it cites (`passageDiff`).
 */
export function summarySentenceWords(article: SegmentedArticle, parts: readonly Span[]): SummarySentenceWords {
  const { text, offsets } = joinedSummaryParts(article.text, parts);
  const tokens = parts.flatMap((part, index) => {
    const shift = offsets[index] - part.start;
    return tokensIn(article, part).map((token) => ({ ...token, start: token.start + shift, end: token.end + shift }));
  });
  return { text, tokens };
}

function quote(text: string, span: Span | undefined): QuotedSpan | undefined {
  return span && { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** The word edits that turn the passage `span` of `cited` into the summary sentence. */
export function passageDiff(sentence: SummarySentenceWords, cited: SegmentedArticle, span: Span): CitationDiff {
  const diff = wordDiff(tokensIn(cited, span), sentence.tokens);
  const edits = diff.edits.map((edit) => {
    const from = quote(cited.text, edit.source);
    const to = quote(sentence.text, edit.copy);
    return { op: edit.op, ...(from ? { source: from } : {}), ...(to ? { copy: to } : {}) };
  });
  return { sentence: sentence.text, edits, same: edits.every((edit) => edit.op === 'equal') };
}

/** The word edits that turn the passage `span` of `cited` into the summary sentence made of `parts` of `source`. */
export function citationDiff(source: SegmentedArticle, parts: readonly Span[], cited: SegmentedArticle, span: Span): CitationDiff {
  return passageDiff(summarySentenceWords(source, parts), cited, span);
}
