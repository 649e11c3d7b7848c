/**
 * Pass 1, second half: quotations in single marks (‘We will not back down,’
 * the minister said), as British, Irish and Australian papers, most
 * headlines and many Dutch papers print them.
 *
 * The reader folds ‘ ’ ‚ ‛ and the backtick into a straight `'`
 * (`src/read/normalize.ts`), as a CMS that flattened its marks would have
 * done anyway, so the marks are told from apostrophes here, by their
 * neighbours, and the Article keeps no record of which were curly openers
 * (an article whose marks were all straight must be read the same way):
 *
 * - between two letters or digits it is an apostrophe (`don't`, `O'Neill`,
 *   `zo'n`, `foto's`);
 * - an elision is no mark: a year (`'90s`, `in '84`), `rock 'n' roll`,
 *   `'em`, `'til`, `'cause`, `'tis`, Dutch `'s avonds`, `'t Zandt`;
 * - an opener has a space, a bracket, a dash or a double mark (or the
 *   paragraph's start) before it and a letter, digit or double mark after it;
 * - a closer has a letter, digit or punctuation before it and a space,
 *   punctuation or the paragraph's end after it; with no quotation open it is
 *   an apostrophe (`the Smiths' house`). With one open, a plural possessive
 *   (`s'` before a word: `the lads' legs are gone.'`) looks like a closer:
 *   it closes only when no other closer follows in the paragraph before the
 *   next opener.
 *
 * Single marks inside a double-quoted quotation (American style: `"He told
 * me, 'Go home,' and left"`) are left alone, so an article quoting in double
 * marks gives exactly the quotations it gave before. A quotation runs over
 * paragraphs as in news style (each new paragraph reopening with a mark, only
 * the last closing); one opened and never closed in its only paragraph was a
 * misread apostrophe and quotes nothing.
 */
import type { SegmentedArticle, Span } from '../article.js';
import type { QuotedPiece } from './marks.js';
import { partitionPoint } from '../text/partition-point.js';

/** How many paragraphs one quotation may run over, in double marks (`marks.ts`) or single ones. */
export const MAX_QUOTE_PARAGRAPHS = 6;

type SingleSide = 'open' | 'close';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const OPEN_BEFORE = /[\s([{"\u2014\u2013/-]/u;
const OPEN_AFTER = /[\p{L}\p{N}"(….]/u;
const CLOSE_BEFORE = /[\p{L}\p{N}.,;:?!…")\]]/u;
const CLOSE_AFTER = /[\s.,;:?!…)\]"\u2014\u2013-]/u;
/** Words elided at their start: English `'em`, `'til`, `'cause`, `'tis`, `'twas`, `'bout`; Dutch `'s` and `'t`. */
const ELIDED_START = /^'(?:em|til|cause|tis|twas|bout|s|t)(?![\p{L}\p{N}])/iu;
/** A year or decade: `'90s`, `'84`, `'80s-style`. */
const ELIDED_YEAR = /^'\d\d(?:s)?(?![\p{L}\p{N}])/u;

/** The quoted pieces in single marks, none of them starting inside one of `doublePieces`. */
export function singleQuotedPieces(article: SegmentedArticle, doublePieces: readonly QuotedPiece[]): QuotedPiece[] {
  const { text, paragraphs } = article;
  if (!mayQuoteInSingleMarks(text)) return [];
  const marksOf = singleMarks(text, paragraphs, doubleRanges(doublePieces));
  const pieces: QuotedPiece[] = [];
  let current: { open: number; parts: Span[]; paragraphs: number } | undefined;
  paragraphs.forEach((paragraph, index) => {
    const marks = marksOf[index];
    let partStart = paragraph.start;
    let from = 0;
    if (current) {
      if (reopens(text, paragraph, marks)) {
        partStart = marks[0].at + 1;
        from = 1;
      }
      current.paragraphs++;
    }
    for (let position = from; position < marks.length; position++) {
      const { at, side } = marks[position];
      if (side === 'open') {
        current = { open: at, parts: [], paragraphs: 1 };
        partStart = at + 1;
      } else if (current && !(isPossessive(text, at, paragraph) && closerFollows(text, marks, position, paragraphs[index + 1], marksOf[index + 1]))) {
        pushPart(text, current.parts, { start: partStart, end: at });
        if (current.parts.length > 0) pieces.push(pieceOf(current.parts, current.open, at));
        current = undefined;
      }
    }
    if (!current) return;
    pushPart(text, current.parts, { start: partStart, end: paragraph.end });
    const next = paragraphs[index + 1];
    if (next && current.paragraphs < MAX_QUOTE_PARAGRAPHS && reopens(text, next, marksOf[index + 1])) return;
    if (current.paragraphs > 1 && current.parts.length > 0) pieces.push(pieceOf(current.parts, current.open));
    current = undefined;
  });
  return pieces;
}

/** Whether a text holds a `'` placed as an opener (most hold none: their `'` are all apostrophes), searched natively. */
export function mayQuoteInSingleMarks(text: string): boolean {
  return MAY_OPEN.test(text);
}

const MAY_OPEN = /(?:^|[\s([{"\u2014\u2013/-])'[\p{L}\p{N}"(….]/u;

interface SingleMark {
  at: number;
  side: SingleSide;
}

/**
 * The marks of each paragraph (in text order and apart) that open or close a
 * quotation, apostrophes, elisions and marks inside double quotations left
 * out: one pass over the text's `'`.
 */
function singleMarks(text: string, paragraphs: readonly Span[], inDouble: (offset: number) => boolean): SingleMark[][] {
  const marks: SingleMark[][] = paragraphs.map(() => []);
  let index = 0;
  for (let at = text.indexOf("'"); at >= 0; at = text.indexOf("'", at + 1)) {
    while (index < paragraphs.length && paragraphs[index].end <= at) index++;
    if (index === paragraphs.length) break;
    const paragraph = paragraphs[index];
    if (at < paragraph.start) continue;
    const side = singleSide(text, at, paragraph);
    if (side && !inDouble(at)) marks[index].push({ at, side });
  }
  return marks;
}

function singleSide(text: string, at: number, paragraph: Span): SingleSide | undefined {
  const before = at > paragraph.start ? text[at - 1] : ' ';
  const after = at + 1 < paragraph.end ? text[at + 1] : ' ';
  if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return undefined;
  if (isElision(text, at)) return undefined;
  if (OPEN_BEFORE.test(before) && OPEN_AFTER.test(after)) return 'open';
  if (CLOSE_BEFORE.test(before) && CLOSE_AFTER.test(after)) return 'close';
  return undefined;
}

function isElision(text: string, at: number): boolean {
  if (text[at + 1] === 'n' && text[at + 2] === "'") return true;
  if (text[at - 1] === 'n' && text[at - 2] === "'") return true;
  const rest = text.slice(at, at + 8);
  return !WORD_CHAR.test(text[at - 1] ?? ' ') && (ELIDED_START.test(rest) || ELIDED_YEAR.test(rest));
}

/** `s'` before a word: a plural possessive (`the workers' union`) as much as a closing mark. */
function isPossessive(text: string, at: number, paragraph: Span): boolean {
  return /s/i.test(text[at - 1] ?? '') && at + 2 < paragraph.end && text[at + 1] === ' ' && WORD_CHAR.test(text[at + 2]);
}

/**
 * The quotation goes on past the mark at `position`: the next mark closes too,
 * or there is none left in the paragraph and the next paragraph reopens (news
 * style: `…the neighbours' alarm, not ours.` then `‘I opened the door…`).
 */
function closerFollows(text: string, marks: readonly SingleMark[], position: number, next: Span | undefined, nextMarks: readonly SingleMark[] | undefined): boolean {
  if (position + 1 < marks.length) return marks[position + 1].side === 'close';
  return next !== undefined && reopens(text, next, nextMarks ?? []);
}

/** A paragraph opening on a single mark (`marks`, its own) goes on with the quotation left open in the one before. */
function reopens(text: string, paragraph: Span, marks: readonly SingleMark[]): boolean {
  const first = marks[0];
  return first !== undefined && first.side === 'open' && /^\s*$/.test(text.slice(paragraph.start, first.at));
}

/**
 * The offsets of the single marks that open, reopen (a new paragraph of the
 * quotation) or close the single-quoted pieces among `pieces`: the `'` that
 * are quote marks, not apostrophes.
 */
export function singleMarkOffsets(text: string, pieces: readonly QuotedPiece[]): number[] {
  const offsets: number[] = [];
  for (const piece of pieces) {
    if (piece.open === undefined || text[piece.open] !== "'") continue;
    offsets.push(piece.open);
    for (const part of piece.parts.slice(1)) {
      const reopen = text.lastIndexOf("'", part.start);
      if (reopen > piece.open) offsets.push(reopen);
    }
    if (piece.close !== undefined) offsets.push(piece.close);
  }
  return offsets;
}

function pushPart(text: string, parts: Span[], span: Span): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) parts.push({ start, end });
}

function pieceOf(parts: Span[], open: number, close?: number): QuotedPiece {
  const piece: QuotedPiece = { span: { start: parts[0].start, end: parts[parts.length - 1].end }, parts, open };
  if (close !== undefined) piece.close = close;
  return piece;
}

/** Whether an offset lies inside a double-quoted piece, its marks included (the pieces are in text order and apart). */
function doubleRanges(pieces: readonly QuotedPiece[]): (offset: number) => boolean {
  const starts = pieces.map((piece) => piece.open ?? piece.span.start);
  const ends = pieces.map((piece) => (piece.close ?? piece.span.end - 1) + 1);
  return (offset) => {
    const low = partitionPoint(starts.length, (index) => starts[index] <= offset);
    return low > 0 && offset < ends[low - 1];
  };
}
