/**
 * Who copied whom in a story, with the word edits of every copied sentence:
 * each stored copy link is aligned again (`compareCopies` against its one
 * source), so the edits are spans into the two stored texts.
 */
import { spanText, type SegmentedArticle, type Span } from '../article.js';
import { compareCopies, type SentenceMatch } from './compare.js';
import type { WordEdit } from './edits.js';
import type { CopyLink } from '../store/index.js';

export interface QuotedSpan extends Span {
  text: string;
}

export interface EditView {
  op: 'equal' | 'insert' | 'delete' | 'replace';
  /** The words in the source (absent for insert). */
  source?: QuotedSpan;
  /** The words in the copy (absent for delete). */
  copy?: QuotedSpan;
}

export interface CopiedSentence {
  /** The copy's sentence. */
  sentence: QuotedSpan;
  /** The source's sentence it was taken from. */
  source: QuotedSpan;
  similarity: number;
  verbatim: boolean;
  /** Against the source sentence, the two merged ones (`merged`), or the part a split half took (`split`). */
  edits: EditView[];
  /** The copy's sentence merges two source sentences; `leftOut`, the sentences between them, is in no edit. */
  merged?: { first: QuotedSpan; second: QuotedSpan; leftOut?: QuotedSpan };
  /** The copy's sentence is half of the source sentence split in two: it took `part`, the copy's neighbouring `sentence` took the `rest`. */
  split?: { sentence: QuotedSpan; part: QuotedSpan; rest: QuotedSpan };
}

export interface CopyView extends CopyLink {
  sentences: CopiedSentence[];
}

/**
 * Every match is wanted here, whatever share of the copy it covers: the
 * stored link already says which kind of copy it is, so the thresholds that
 * decide the kind are set to keep any alignment.
 */
const KEEP_EVERY_MATCH = { reprintShare: 0, rewriteShare: 0 } as const;

/** The span with the text it covers, for display. */
export function quoted(text: string, span: Span): QuotedSpan {
  return { start: span.start, end: span.end, text: spanText(text, span) };
}

/** A word edit with the words it covers: `source` in `sourceText`, `copy` in `copyText`. */
export function editView(sourceText: string, copyText: string, edit: WordEdit): EditView {
  return {
    op: edit.op,
    ...(edit.source ? { source: quoted(sourceText, edit.source) } : {}),
    ...(edit.copy ? { copy: quoted(copyText, edit.copy) } : {}),
  };
}

function sentenceView(copy: SegmentedArticle, source: SegmentedArticle, match: SentenceMatch): CopiedSentence {
  const sentence = copy.sentences[match.sentence];
  return {
    sentence: quoted(copy.text, sentence),
    source: quoted(source.text, match.source.span),
    similarity: match.similarity,
    verbatim: match.verbatim,
    edits: match.edits.map((edit) => editView(source.text, copy.text, edit)),
    ...(match.merged ? { merged: mergedView(source.text, match.merged) } : {}),
    ...(match.split
      ? { split: { sentence: quoted(copy.text, copy.sentences[match.split.sentence]), part: quoted(source.text, match.split.part), rest: quoted(source.text, match.split.rest) } }
      : {}),
  };
}

function mergedView(text: string, merged: NonNullable<SentenceMatch['merged']>): NonNullable<CopiedSentence['merged']> {
  return { first: quoted(text, merged.first), second: quoted(text, merged.second), ...(merged.leftOut ? { leftOut: quoted(text, merged.leftOut) } : {}) };
}

export function copyViews(links: readonly CopyLink[], articles: readonly SegmentedArticle[]): CopyView[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return links.map((link) => {
    const copy = byId.get(link.article);
    const source = byId.get(link.source);
    if (!copy || !source) return { ...link, sentences: [] };
    const verdict = compareCopies(copy, [source], KEEP_EVERY_MATCH);
    const matches = verdict.sources.find((candidate) => candidate.article === source.id)?.matches ?? [];
    return { ...link, sentences: matches.map((match) => sentenceView(copy, source, match)) };
  });
}
