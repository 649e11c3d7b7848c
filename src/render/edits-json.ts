/**
 * The word edits of copies and of articles' updates as JSON, each quoted
 * text (a sentence, the words of an edit) cut to its first `maxChars`
 * characters as the API cuts every quoted text (`MAX_QUOTED_CHARS`):
 * `textTruncated` says so, and the span gives the whole. A story of many
 * reprints of one huge sentence gives it once per copy and per edit. The
 * CLI's JSON keeps every character (`maxChars` unbounded).
 */
import type { CopiedSentence, CopyView, EditView, QuotedSpan, VersionChanges } from '../copies/index.js';
import { cutText } from './shown.js';

/** A quoted span, its text cut to its first `maxChars` characters (`cutText`). */
export function quotedJson(quoted: QuotedSpan, maxChars = Infinity): QuotedSpan & { textTruncated?: true } {
  return { ...quoted, ...cutText(quoted.text, maxChars) };
}

function editJson(edit: EditView, maxChars: number): EditView {
  return {
    op: edit.op,
    ...(edit.source ? { source: quotedJson(edit.source, maxChars) } : {}),
    ...(edit.copy ? { copy: quotedJson(edit.copy, maxChars) } : {}),
  };
}

function copiedSentenceJson(copied: CopiedSentence, maxChars: number): CopiedSentence {
  const { sentence, source, edits, merged, split } = copied;
  const cut = (quoted: QuotedSpan) => quotedJson(quoted, maxChars);
  return {
    ...copied,
    sentence: cut(sentence),
    source: cut(source),
    edits: edits.map((edit) => editJson(edit, maxChars)),
    ...(merged ? { merged: { first: cut(merged.first), second: cut(merged.second), ...(merged.leftOut ? { leftOut: cut(merged.leftOut) } : {}) } } : {}),
    ...(split ? { split: { sentence: cut(split.sentence), part: cut(split.part), rest: cut(split.rest) } } : {}),
  };
}

/** A copy with the word edits of each sentence it took, each quoted text its first `maxChars` characters. */
export function copyJson(copy: CopyView, maxChars = Infinity): CopyView {
  return { ...copy, sentences: copy.sentences.map((sentence) => copiedSentenceJson(sentence, maxChars)) };
}

/** What an update changed, each quoted sentence and edit its first `maxChars` characters (the headline is a title, given whole: a reader keeps at most `MAX_FIELD_CHARS` of one). */
export function versionChangesJson(changes: VersionChanges, maxChars = Infinity): VersionChanges {
  const cut = (quoted: QuotedSpan) => quotedJson(quoted, maxChars);
  return {
    ...changes,
    sentences: changes.sentences.map((sentence) => ({
      ...sentence,
      ...(sentence.before ? { before: cut(sentence.before) } : {}),
      ...(sentence.after ? { after: cut(sentence.after) } : {}),
      ...(sentence.edits ? { edits: sentence.edits.map((edit) => editJson(edit, maxChars)) } : {}),
    })),
    numbers: changes.numbers.map((number) => ({ before: cut(number.before), after: cut(number.after) })),
  };
}
