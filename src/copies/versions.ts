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
import { tokenAtOrAfter } from '../entities/tokens.js';
import { factWords } from '../facts/language-facts.js';
import { parseNumberAt } from '../facts/numbers.js';
import { editView, quoted, type EditView, type QuotedSpan } from './copy-view.js';
import { sharedNorms, wordDiff, wordNorms, type WordEdit } from './edits.js';

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
  /** Each sentence added, removed or changed, run by run in the order of the texts: in each run of differing sentences, those removed, then those added or changed. */
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

/**
 * A removed sentence is compared with an added one only when it lies at most this many sentences from
 * the added one's place in its run (the run's removed sentences spread evenly over its added ones): a
 * sentence changed stays near where it was, and a run of a whole text rewritten is not compared pair
 * by pair. Runs of at most this many removed sentences compare every pair.
 */
export const SENTENCE_PAIRING_WINDOW = 50;

/**
 * The word-by-word tables (words of one sentence × words of the other) the pairing of an update may
 * fill, per word of its two texts; past it the sentences not yet paired are listed as removed and
 * added. It bounds the time on a text rewritten throughout or on very long sentences; news updates
 * stay far below it.
 */
export const PAIRING_CELLS_PER_WORD = 1_000;

/** What changed from the `earlier` version of an article to the `later` one. */
export function versionChanges(earlier: SegmentedArticle, later: SegmentedArticle): VersionChanges {
  const changes: VersionChanges = { sentences: [], numbers: [] };
  if ((earlier.title ?? null) !== (later.title ?? null)) changes.headline = { before: earlier.title ?? null, after: later.title ?? null };
  const from = sentenceWords(earlier);
  const to = sentenceWords(later);
  const budget = { cells: PAIRING_CELLS_PER_WORD * (earlier.tokens.length + later.tokens.length) };
  for (const edit of sentenceRuns(from, to)) {
    if (edit.op === 'equal') continue;
    const removed = edit.source ? sentencesIn(earlier, edit.source) : [];
    const added = edit.copy ? sentencesIn(later, edit.copy) : [];
    runChanges(earlier, later, removed, added, budget, changes);
  }
  return changes;
}

/**
 * The sentence table `wordDiff` fills (sentences of one version × sentences of the other) is at most
 * this large (2,000 sentences a side, 16 MB); past it the sentences both versions start and end with
 * are kept and all between is one run, paired within `SENTENCE_PAIRING_WINDOW`.
 */
export const SENTENCE_TABLE_CELLS = 4_000_000;

/** The runs of `wordDiff` over two texts' sentences (`sentenceWords`), or past `SENTENCE_TABLE_CELLS` the one run between their shared start and end. */
function sentenceRuns(from: readonly Token[], to: readonly Token[]): WordEdit[] {
  if (from.length * to.length <= SENTENCE_TABLE_CELLS) return wordDiff(from, to).edits;
  const source = from.filter((sentence) => !sentence.punct);
  const copy = to.filter((sentence) => !sentence.punct);
  let head = 0;
  while (head < source.length && head < copy.length && source[head].norm === copy[head].norm) head++;
  let tail = 0;
  while (tail < source.length - head && tail < copy.length - head && source[source.length - 1 - tail].norm === copy[copy.length - 1 - tail].norm) tail++;
  const run = (sentences: readonly Token[]): Span | undefined => (head < sentences.length - tail ? { start: sentences[head].start, end: sentences[sentences.length - 1 - tail].end } : undefined);
  const [removed, added] = [run(source), run(copy)];
  return removed || added ? [{ op: removed && added ? 'replace' : removed ? 'delete' : 'insert', source: removed, copy: added }] : [];
}

/**
 * The changes of one run of differing sentences: the removed sentences no added one took first, in the
 * earlier text's order, then the added ones, in the later text's order, each changed when it shares most
 * words with a removed one (`pairs`), else added; one paired with the same words (a run past
 * `SENTENCE_TABLE_CELLS` holds sentences kept as they were) is no change.
 */
function runChanges(earlier: SegmentedArticle, later: SegmentedArticle, removed: Sentence[], added: Sentence[], budget: { cells: number }, changes: VersionChanges): void {
  const pairedWith = pairs(earlier, later, removed, added, budget);
  const taken = new Set(pairedWith.values());
  for (const sentence of removed) if (!taken.has(sentence)) changes.sentences.push({ kind: 'removed', before: quoted(earlier.text, sentence) });
  for (const sentence of added) {
    const before = pairedWith.get(sentence);
    if (before === undefined) {
      changes.sentences.push({ kind: 'added', after: quoted(later.text, sentence) });
      continue;
    }
    const edits = wordDiff(tokensOf(earlier, before), tokensOf(later, sentence)).edits;
    if (edits.every((edit) => edit.op === 'equal')) continue;
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

/**
 * Each added sentence with the removed sentence it changed: of those not taken yet, the one sharing
 * the greatest share of words (a longest common subsequence) of at least `CHANGED_SENTENCE_SHARE`,
 * the first of equals. Only removed sentences within `SENTENCE_PAIRING_WINDOW` are candidates, and only
 * those that hold one of the added sentence's rarest words (rarest among the run's removed sentences)
 * and are not too short or too long: a pair sharing that share of words must hold one of its
 * `n - ceil(share × n) + 1` rarest, so this filter drops no pair. Each comparison spends its table
 * (words × words) from `budget`; one that does not fit is not made.
 */
function pairs(earlier: SegmentedArticle, later: SegmentedArticle, removed: Sentence[], added: Sentence[], budget: { cells: number }): Map<Sentence, Sentence> {
  const pairedWith = new Map<Sentence, Sentence>();
  if (removed.length === 0 || added.length === 0) return pairedWith;
  const removedWords = removed.map((sentence) => wordNorms(tokensOf(earlier, sentence)));
  const removedSets = removedWords.map((words) => new Set(words));
  const sentencesWith = new Map<string, number>();
  for (const words of removedSets) for (const word of words) sentencesWith.set(word, (sentencesWith.get(word) ?? 0) + 1);
  const taken = new Set<number>();
  const addedWords = added.map((sentence) => wordNorms(tokensOf(later, sentence)));
  // Pass 1: a sentence with the same words as a removed one is that one, wherever it moved (a block
  // inserted before it shifts it past any window); pass 2 pairs the others near their place.
  const removedWith = new Map<string, number[]>();
  removedWords.forEach((words, index) => {
    const key = words.join(' ');
    removedWith.set(key, [...(removedWith.get(key) ?? []), index]);
  });
  const unpaired: number[] = [];
  addedWords.forEach((words, place) => {
    const same = removedWith.get(words.join(' '));
    const index = same?.shift();
    if (index === undefined) unpaired.push(place);
    else {
      pairedWith.set(added[place], removed[index]);
      taken.add(index);
    }
  });
  for (const place of unpaired) {
    const sentence = added[place];
    const words = addedWords[place];
    const rarest = [...new Set([...words].sort((a, b) => (sentencesWith.get(a) ?? 0) - (sentencesWith.get(b) ?? 0)).slice(0, words.length - Math.ceil(CHANGED_SENTENCE_SHARE * words.length) + 1))];
    const aligned = Math.round((place * removed.length) / added.length);
    let best = -1;
    let bestShare = 0;
    for (let index = Math.max(0, aligned - SENTENCE_PAIRING_WINDOW); index < Math.min(removed.length, aligned + SENTENCE_PAIRING_WINDOW + 1); index++) {
      const candidate = removedWords[index];
      if (taken.has(index) || Math.min(candidate.length, words.length) < CHANGED_SENTENCE_SHARE * Math.max(candidate.length, words.length)) continue;
      if (!rarest.some((word) => removedSets[index].has(word))) continue;
      const cells = candidate.length * words.length;
      if (cells > budget.cells) continue;
      budget.cells -= cells;
      const counts = sharedNorms(candidate, words);
      const share = counts.equalWords / Math.max(1, counts.sourceWords, counts.copyWords);
      if (share >= CHANGED_SENTENCE_SHARE && share > bestShare) [best, bestShare] = [index, share];
    }
    if (best < 0) continue;
    pairedWith.set(sentence, removed[best]);
    taken.add(best);
  }
  return pairedWith;
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
  let index = tokenAtOrAfter(tokens, span.start);
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

