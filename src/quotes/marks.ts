/**
 * Pass 1 of quote finding: quote marks to quoted pieces; double marks here,
 * single ones (‘…’, read apart from apostrophes) in `single-marks.ts`. The reader has
 * already made every double quote a straight `"`, so a mark's side is read from
 * its neighbours:
 *
 * - an opener has a space (or a paragraph start) before it and a word after it;
 * - a closer has a word or punctuation before it and a space or punctuation after;
 * - marks with spaces on both sides (tokenized copy: `" The data`) or on neither
 *   side alternate;
 * - a digit then a mark with no quotation open is an inch mark (`17" MacBook`);
 * - an opener inside a quotation opened earlier in the same paragraph, not
 *   after a sentence end, means that earlier mark was stray (never closed:
 *   `"Under such talks … held an "impromptu" meeting`): it is dropped and the
 *   quotation starts at the opener.
 *
 * - a mark after a comma, "?" or "!" and a space, before an attribution,
 *   closes however it is spaced (`…party, "police said in a statement.`); with
 *   no quotation open, it closes one whose opener was lost (`started, " he
 *   said.`).
 *
 * A quotation still open at a paragraph's end continues into the next
 * paragraph when that paragraph opens with a mark (news style: no closing mark
 * until the speaker's last paragraph) or when it holds the closing mark;
 * otherwise its closing mark was lost and it ends with its first sentence,
 * unless its words report speech themselves (`"A gunman shot three people,
 * police said.`): then the mark was stray, is recorded as unmatched (`quoteMarks`)
 * and quotes nothing. The same happens inside one paragraph whose breaks were
 * lost: an opener right after a sentence end while a quotation is open starts
 * its next part.
 */
import { oncePerArticle, type Message, type SegmentedArticle, type Span } from '../article.js';
import { MAX_QUOTE_PARAGRAPHS, mayQuoteInSingleMarks, singleMarkOffsets, singleQuotedPieces } from './single-marks.js';
import { closesBeforeAttribution, reportsSpeech } from './stray.js';

export interface QuotedPiece {
  /** From the first quoted character to the last, marks of inner parts included. */
  span: Span;
  /** The quoted words without marks or surrounding spaces, one per paragraph or restart. */
  parts: Span[];
  /** Offset of the opening mark; absent when the closing mark had no opener. */
  open?: number;
  /** Offset of the closing mark; absent when the quotation never closes. */
  close?: number;
}

type Side = 'open' | 'close' | 'either';

/** The quoted pieces of an article (see `quoteMarks`). */
export function quotedPieces(article: SegmentedArticle): readonly QuotedPiece[] {
  return quoteMarks(article).pieces;
}

/**
 * The offsets of the `'` that are quote marks of quotations in single marks
 * (none in an article quoting in double marks); the article's quoted pieces
 * are asked for only when single marks may quote.
 */
export function singleQuoteMarks(article: SegmentedArticle): number[] {
  return mayQuoteInSingleMarks(article.text) ? singleMarkOffsets(article.text, quotedPieces(article)) : [];
}

/** What `quoteMarks` found in an article. */
export interface QuoteMarks {
  pieces: readonly QuotedPiece[];
  unmatched: readonly Message[];
}

/**
 * Quoted pieces, and the opening marks found stray: never closed, before
 * words that are no quotation. Read once per article (`oncePerArticle`):
 * quote finding, the summarizer's quoted words and single marks and the
 * article page all ask for them.
 */
export const quoteMarks: (article: SegmentedArticle) => QuoteMarks = oncePerArticle((article: SegmentedArticle): QuoteMarks => {
  const { text, paragraphs } = article;
  const pieces: QuotedPiece[] = [];
  const unmatched: Message[] = [];
  let current: { open?: number; parts: Span[]; partStart: number; paragraphs: number; paragraphStart: number } | undefined;
  const endPart = (end: number): void => {
    const part = trim(text, { start: current!.partStart, end });
    if (part.end > part.start) current!.parts.push(part);
  };
  const finish = (close?: number): void => {
    if (current && close === undefined && current.paragraphs === 1 && current.parts.length === 1) {
      const sentence = firstSentence(article, current.parts[0]);
      if (current.open !== undefined && opensSentence(text, current.paragraphStart, current.open) && reportsSpeech(text.slice(sentence.start, sentence.end))) {
        unmatched.push({ stage: 'quotes', rule: 'unmatched-quote-mark', reason: 'an opening quote mark never closed, before words that report speech themselves: not a quotation', span: { start: current.open, end: current.open + 1 } });
        current = undefined;
        return;
      }
      current.parts[0] = sentence;
    }
    if (current && current.parts.length > 0) {
      const piece: QuotedPiece = { span: { start: current.parts[0].start, end: current.parts[current.parts.length - 1].end }, parts: current.parts };
      if (current.open !== undefined) piece.open = current.open;
      if (close !== undefined) piece.close = close;
      pieces.push(piece);
    }
    current = undefined;
  };

  paragraphs.forEach((paragraph, index) => {
    const marks = markOffsets(text, paragraph);
    let from = 0;
    if (current) {
      if (marks[0] !== undefined && /^\s*$/.test(text.slice(paragraph.start, marks[0]))) {
        current.partStart = marks[0] + 1;
        from = 1;
      } else {
        current.partStart = paragraph.start;
      }
      current.paragraphs++;
    }
    for (const mark of marks.slice(from)) {
      const side = sideOf(text, mark, paragraph);
      const attributed = side !== 'close' && closesBeforeAttribution(text, mark, paragraph.start, paragraph.end);
      if (!current) {
        if (isInchMark(text, mark)) continue;
        if (side === 'close' || (side === 'either' && attributed)) pieces.push(...orphanPiece(article, mark, paragraph));
        else current = { open: mark, parts: [], partStart: mark + 1, paragraphs: 1, paragraphStart: paragraph.start };
      } else if (attributed) {
        endPart(mark);
        finish(mark);
      } else if (side === 'open' && /[.?!…]\s*$/.test(text.slice(paragraph.start, mark))) {
        endPart(mark);
        current.partStart = mark + 1;
      } else if (side === 'open' && current.paragraphs === 1 && current.parts.length === 0) {
        current = { open: mark, parts: [], partStart: mark + 1, paragraphs: 1, paragraphStart: paragraph.start };
      } else {
        endPart(mark);
        finish(mark);
      }
    }
    if (!current) return;
    endPart(paragraph.end);
    const next = paragraphs[index + 1];
    if (!next || current.paragraphs >= MAX_QUOTE_PARAGRAPHS || !continuesInto(text, next)) finish();
  });
  finish();
  const single = singleQuotedPieces(article, pieces);
  if (single.length === 0 || single.length <= outerPieces(pieces, single)) return { pieces, unmatched };
  return { pieces: [...pieces, ...single].sort((a, b) => a.span.start - b.span.start), unmatched };
});

/**
 * How many double-quoted pieces lie outside every single-quoted one. An
 * article quotes in single marks only when it holds more single-quoted pieces
 * than these: one quoting in double marks keeps exactly its quotations, the
 * odd single-quoted word of a crosshead (`'Colossal' factors`) or a
 * nickname not read as a quotation.
 */
function outerPieces(double: readonly QuotedPiece[], single: readonly QuotedPiece[]): number {
  let count = 0;
  let outer = 0;
  for (const piece of double) {
    while (outer < single.length && single[outer].span.end < piece.span.end) outer++;
    if (outer >= single.length || single[outer].span.start > piece.span.start) count++;
  }
  return count;
}

/**
 * Whether a mark at `end` opens a sentence: only spaces before it in its
 * paragraph, or spaces after a sentence's end (`.`, `?`, `!`, `…`, perhaps
 * followed by a closing mark or bracket). Read backwards from the mark, so a
 * long paragraph's many marks do not each read it whole.
 */
function opensSentence(text: string, paragraphStart: number, end: number): boolean {
  let at = end;
  while (at > paragraphStart && /\s/u.test(text[at - 1])) at--;
  if (at === paragraphStart) return true;
  if (at === end) return false;
  const last = text[at - 1];
  if (SENTENCE_ENDS.has(last)) return true;
  return CLOSERS.has(last) && at - 1 > paragraphStart && SENTENCE_ENDS.has(text[at - 2]);
}

const SENTENCE_ENDS = new Set(['.', '?', '!', '…']);
const CLOSERS = new Set(['"', "'", ')', ']']);

function markOffsets(text: string, paragraph: Span): number[] {
  const offsets: number[] = [];
  for (let offset = text.indexOf('"', paragraph.start); offset >= 0 && offset < paragraph.end; offset = text.indexOf('"', offset + 1)) offsets.push(offset);
  return offsets;
}

function sideOf(text: string, mark: number, paragraph: Span): Side {
  const before = mark > paragraph.start ? text[mark - 1] : ' ';
  const after = mark + 1 < paragraph.end ? text[mark + 1] : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]'\u2014\u2013-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

function isInchMark(text: string, mark: number): boolean {
  return /\d/.test(text[mark - 1] ?? '') && /^(?:\s\p{L}|[\s)-]|$)/u.test(text.slice(mark + 1, mark + 3));
}

/** An open quotation goes on into `next` when it opens with a mark or holds a closing one. */
function continuesInto(text: string, next: Span): boolean {
  const marks = markOffsets(text, next);
  if (marks.length === 0) return false;
  if (/^\s*$/.test(text.slice(next.start, marks[0]))) return true;
  return sideOf(text, marks[0], next) !== 'open';
}

/**
 * A closing mark with no opener (the opening one was lost, as in wire copy
 * cut at a paragraph): the quotation runs from the start of its sentence.
 */
function orphanPiece(article: SegmentedArticle, mark: number, paragraph: Span): QuotedPiece[] {
  if (!/[,.?!]\s*$/.test(article.text.slice(Math.max(paragraph.start, mark - 3), mark))) return [];
  const sentence = article.sentences.find((candidate) => candidate.start <= mark && mark < candidate.end + 1);
  const start = Math.max(sentence?.start ?? paragraph.start, paragraph.start);
  const part = trim(article.text, { start, end: mark });
  return part.end > part.start ? [{ span: part, parts: [part], close: mark }] : [];
}

/**
 * A quotation that never closes and does not go on into the next paragraph
 * lost its closing mark: it is taken to end with its first sentence, not to
 * swallow the rest of the paragraph (scraped text runs into a footer).
 */
function firstSentence(article: SegmentedArticle, part: Span): Span {
  const sentence = article.sentences.find((candidate) => candidate.start <= part.start && part.start < candidate.end);
  return sentence && sentence.end < part.end ? trim(article.text, { start: part.start, end: sentence.end }) : part;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
