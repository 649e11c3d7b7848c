/**
 * What the attribution passes look up while they read an article: which
 * tokens lie inside quotation marks, which name mention covers a token, the
 * sentence of a token, and the speakers found so far (for "he said").
 */
import type { SegmentedArticle, Span } from '../article.js';
import type { ArticleEntities, NameMention } from '../entities/index.js';
import { sentenceOfTokens, tokenAtOrAfter } from '../entities/tokens.js';
import type { QuotedPiece } from './marks.js';
import { singleMarkOffsets } from './single-marks.js';
import { partitionPoint } from '../text/partition-point.js';

/** A speaker as resolved: the fullest name (or the description as written) and where it was named. */
export interface Resolved {
  name: string;
  span?: Span;
  /** Index into `entities.entities` when the speaker is a known entity. */
  entity?: number;
  /** A group ("officials", "they"), so "they" may refer back to it. */
  plural?: boolean;
}

export interface QuoteContext {
  article: SegmentedArticle;
  entities: ArticleEntities;
  /** The mention covering each token, if any. */
  mentionOf: Array<(NameMention & { entity?: number }) | undefined>;
  /** 1 for tokens inside a quotation (marks included). */
  quoted: Uint8Array;
  /** 1 for quote-mark tokens: every `"`, and each `'` that opens, reopens or closes a quotation in single marks (not an apostrophe). */
  marks: Uint8Array;
  sentenceOf: Int32Array;
  /** Speakers resolved so far, with the token where they were attributed (in text order); `nested` for a quotation inside another one, whose speaker the story around it does not go on about. */
  history: Array<{ token: number; speaker: Resolved; nested?: boolean }>;
}

export function quoteContext(article: SegmentedArticle, pieces: readonly QuotedPiece[], entities: ArticleEntities): QuoteContext {
  const mentionOf: QuoteContext['mentionOf'] = new Array(article.tokens.length).fill(undefined);
  for (const mention of entities.mentions) for (let index = mention.tokenStart; index < mention.tokenEnd; index++) mentionOf[index] = mention;
  return { article, entities, mentionOf, quoted: quotedTokens(article, pieces), marks: markTokens(article, pieces), sentenceOf: sentenceOfTokens(article), history: [] };
}

/**
 * The pieces inside another piece, each with the one holding it (pieces in
 * order of start): only quotations in single marks hold others (double-quoted
 * pieces never nest).
 */
export function nestedPieces(pieces: readonly QuotedPiece[]): Map<QuotedPiece, QuotedPiece> {
  const nested = new Map<QuotedPiece, QuotedPiece>();
  let outer: QuotedPiece | undefined;
  for (const piece of pieces) {
    if (outer && piece.span.end <= outer.span.end) nested.set(piece, outer);
    else outer = piece;
  }
  return nested;
}

/**
 * The context a quotation inside another one is attributed in: the words of
 * the outer quotation around it are read as unquoted, so `She said, “…”`
 * inside a witness's quotation names its speaker as a sentence outside
 * would. The speakers found so far are shared.
 */
export function innerContext(context: QuoteContext, pieces: readonly QuotedPiece[], outers: ReadonlySet<QuotedPiece>): QuoteContext {
  return { ...context, quoted: quotedTokens(context.article, pieces.filter((piece) => !outers.has(piece))) };
}

/** 1 for the tokens inside `pieces`, their marks included. */
export function quotedTokens(article: SegmentedArticle, pieces: readonly QuotedPiece[]): Uint8Array {
  const quoted = new Uint8Array(article.tokens.length);
  for (const piece of pieces) {
    const from = tokenAtOrAfter(article.tokens, piece.open ?? piece.span.start);
    const to = tokenAtOrAfter(article.tokens, (piece.close ?? piece.span.end - 1) + 1);
    quoted.fill(1, from, to);
  }
  return quoted;
}

function markTokens(article: SegmentedArticle, pieces: readonly QuotedPiece[]): Uint8Array {
  const { tokens, text } = article;
  const marks = new Uint8Array(tokens.length);
  tokens.forEach((token, index) => {
    if (token.norm === '"') marks[index] = 1;
  });
  for (const offset of singleMarkOffsets(text, pieces)) {
    const index = tokenAtOrAfter(tokens, offset);
    if (tokens[index]?.start === offset) marks[index] = 1;
  }
  return marks;
}

/** The token index of the character at `offset` (the token starting there or the one containing it). */
export function tokenAt(context: QuoteContext, offset: number): number {
  const { tokens } = context.article;
  const index = tokenAtOrAfter(tokens, offset);
  if (index < tokens.length && tokens[index].start === offset) return index;
  return Math.max(0, index - 1);
}

export function norm(context: QuoteContext, index: number): string {
  return context.article.tokens[index]?.norm ?? '';
}

/**
 * Farthest a speech cue is looked for from its quotation, in tokens, before
 * it or after it in the sentence, and farthest from the sentence's start its
 * subject is: news sentences are far shorter, and a sentence of 100,000
 * words and thousands of quote marks would otherwise be walked once for
 * every quotation in it.
 */
export const MAX_CUE_DISTANCE = 200;

export function sentenceBounds(context: QuoteContext, index: number): { start: number; end: number } {
  const sentence = context.article.sentences[context.sentenceOf[index]];
  return { start: sentence.tokenStart, end: sentence.tokenEnd };
}

export function isQuoteMark(context: QuoteContext, index: number): boolean {
  return context.marks[index] === 1;
}

/** The index of the paragraph holding `offset` (its end included), or -1: a binary search over the paragraphs in text order. */
export function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  const low = partitionPoint(paragraphs.length, (index) => paragraphs[index].end < offset);
  return low < paragraphs.length && paragraphs[low].start <= offset ? low : -1;
}

/**
 * The first "that" word (`isThat`) in the `window` words from `from`, before
 * `end` and any punctuation but commas (`announced by the mayor on Monday
 * that`, `Fa sapere l'ufficio scolastico provinciale che`); none past a
 * comma opening another clause (`opensClause`, given the word after it).
 */
export function thatWithin(context: QuoteContext, from: number, end: number, window: number, isThat: (word: string) => boolean, opensClause?: (index: number) => boolean): number | undefined {
  for (let index = from; index < Math.min(end, from + window); index++) {
    const word = norm(context, index);
    if (isThat(word)) return index;
    if (context.article.tokens[index].punct && (word !== ',' || opensClause?.(index + 1) === true)) return undefined;
  }
  return undefined;
}

/** How many words one of `phrases` holds at `index` (`a été`, `de acordo com`, `peut-on lire`), the first that matches; undefined for none. */
export function phraseAt(context: QuoteContext, phrases: ReadonlyArray<readonly string[]> | undefined, index: number): number | undefined {
  return phrases?.find((words) => words.every((word, offset) => norm(context, index + offset) === word))?.length;
}
