/**
 * What an update changed in a report kept under its id: two versions of one
 * article compared as a reader would, the headline, then the sentences (the
 * word-level diff of `wordDiff` run over whole sentences, each sentence a
 * "word" keyed by its words), and in each run of differing sentences the
 * pairs that still share most of their words read as one sentence changed,
 * with its word edits; the rest were added or removed. A replaced run of
 * words holding a number on both sides is a number changed ("12 dead" →
 * "14 dead"). Every change is spans into the two texts, with the text they
 * cover for display, as `copyViews` gives a copy's edits.
 */
import { type SegmentedArticle, type Sentence, type Span, type Token } from '../article.js';
import { factWords } from '../facts/language-facts.js';
import { parseNumberAt } from '../facts/numbers.js';
import { editView, quoted, type EditView, type QuotedSpan } from './copy-view.js';
import { sharedWords, wordDiff } from './edits.js';

export interface SentenceChange {
  kind: 'added' | 'removed' | 'changed';
  /** The sentence in the earlier version (absent for `added`). */
  before?: QuotedSpan;
  /** The sentence in the later version (absent for `removed`). */
  after?: QuotedSpan;
  /** For `changed`: the word edits from the earlier sentence (`source`) to the later (`copy`). */
  edits?: EditView[];
}

export interface NumberChange {
  /** The replaced words of the earlier version, a number among them. */
  before: QuotedSpan;
  /** The words of the later version in their place, a number among them. */
  after: QuotedSpan;
}

export interface VersionChanges {
  /** The title changed (null: none). */
  headline?: { before: string | null; after: string | null };
  /** In the order of the texts: each sentence added, removed or changed. */
  sentences: SentenceChange[];
  /** The numbers the changed sentences replaced, in order. */
  numbers: NumberChange[];
}

/**
 * A removed and an added sentence are one sentence changed when the words
 * they share (a longest common subsequence) are at least this share of the
 * longer one's: a corrected figure or a name added keeps most of the words.
 */
export const CHANGED_SENTENCE_SHARE = 0.5;

/** What changed from the `earlier` version of an article to the `later` one. */
export function versionChanges(earlier: SegmentedArticle, later: SegmentedArticle): VersionChanges {
  const changes: VersionChanges = { sentences: [], numbers: [] };
  if ((earlier.title ?? null) !== (later.title ?? null)) changes.headline = { before: earlier.title ?? null, after: later.title ?? null };
  const from = sentenceWords(earlier);
  const to = sentenceWords(later);
  for (const edit of wordDiff(from, to).edits) {
    if (edit.op === 'equal') continue;
    const removed = edit.source ? sentencesIn(earlier, edit.source) : [];
    const added = edit.copy ? sentencesIn(later, edit.copy) : [];
    runChanges(earlier, later, removed, added, changes);
  }
  return changes;
}

/** The changes of one run of differing sentences: pairs sharing most words changed, the others removed or added, in the later text's order. */
function runChanges(earlier: SegmentedArticle, later: SegmentedArticle, removed: Sentence[], added: Sentence[], changes: VersionChanges): void {
  const pairedWith = new Map<Sentence, Sentence>();
  const taken = new Set<Sentence>();
  for (const sentence of added) {
    let best: Sentence | undefined;
    let bestShare = 0;
    for (const candidate of removed) {
      if (taken.has(candidate)) continue;
      const counts = sharedWords(tokensOf(earlier, candidate), tokensOf(later, sentence));
      const share = counts.equalWords / Math.max(1, counts.sourceWords, counts.copyWords);
      if (share >= CHANGED_SENTENCE_SHARE && share > bestShare) [best, bestShare] = [candidate, share];
    }
    if (best === undefined) continue;
    pairedWith.set(sentence, best);
    taken.add(best);
  }
  for (const sentence of removed) if (!taken.has(sentence)) changes.sentences.push({ kind: 'removed', before: quoted(earlier.text, sentence) });
  for (const sentence of added) {
    const before = pairedWith.get(sentence);
    if (before === undefined) {
      changes.sentences.push({ kind: 'added', after: quoted(later.text, sentence) });
      continue;
    }
    const edits = wordDiff(tokensOf(earlier, before), tokensOf(later, sentence)).edits;
    changes.sentences.push({ kind: 'changed', before: quoted(earlier.text, before), after: quoted(later.text, sentence), edits: edits.map((edit) => editView(earlier.text, later.text, edit)) });
    for (const edit of edits) {
      if (edit.op !== 'replace') continue;
      const before = numbersIn(earlier, edit.source!);
      const after = numbersIn(later, edit.copy!);
      if (before.length > 0 && after.length > 0 && before.join(' ') !== after.join(' ')) {
        changes.numbers.push({ before: quoted(earlier.text, edit.source!), after: quoted(later.text, edit.copy!) });
      }
    }
  }
}

/** Each sentence as one "word" for `wordDiff`: its span, keyed by its words (punctuation and spacing aside). */
function sentenceWords(article: SegmentedArticle): Token[] {
  return article.sentences.map((sentence) => {
    const key = tokensOf(article, sentence)
      .filter((token) => !token.punct)
      .map((token) => token.norm)
      .join(' ');
    return { start: sentence.start, end: sentence.end, norm: key, stem: key, stop: false, punct: key === '', form: -1 };
  });
}

/** The sentences a span of `sentenceWords` covers. */
function sentencesIn(article: SegmentedArticle, span: Span): Sentence[] {
  return article.sentences.filter((sentence) => sentence.start >= span.start && sentence.end <= span.end);
}

function tokensOf(article: SegmentedArticle, sentence: Sentence): Token[] {
  return article.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/**
 * The numbers the span's words say ("12", "1,200", "twelve", "a dozen"), read in the article's
 * language: their values, or the words of digits not read as one (a time, "3-1"). Written
 * otherwise with the same value ("12" → "twelve") is no number changed.
 */
function numbersIn(article: SegmentedArticle, span: Span): string[] {
  const words = factWords(article.textLanguage ?? article.language);
  const { tokens } = article;
  const numbers: string[] = [];
  let index = tokens.findIndex((token) => token.end > span.start);
  if (index < 0) return numbers;
  let end = index;
  while (end < tokens.length && tokens[end].start < span.end) end++;
  while (index < end) {
    const parsed = parseNumberAt(article, index, end, words);
    if (parsed !== undefined) numbers.push(String(parsed.value));
    else if (/\d/.test(tokens[index].norm)) numbers.push(tokens[index].norm);
    index = parsed === undefined ? index + 1 : Math.max(index + 1, parsed.end);
  }
  return numbers;
}

