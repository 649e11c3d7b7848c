/**
 * Pass 2 of merging quotations across articles: which two are the same
 * (`sameQuotation`), and the pairs worth asking (`candidatePairs`).
 */
import { statedNumber } from '../facts/lexicon.js';
import type { Quote } from './types.js';

/** A quotation cut short still counts as the same from this many words. */
export const MIN_TRUNCATED_WORDS = 3;
/** Share of the longer quotation's words two edited versions must have in common, in order. */
export const MIN_EDITED_SHARE = 0.8;
/**
 * Share of the longer report's adjacent word pairs two reports of speech
 * must have in common, in any order: an outlet rewording a report moves its
 * clauses ("the cause was not known and that the gate had passed its
 * inspection"), which breaks the order but only the pairs at the seams.
 */
export const MIN_REORDERED_SHARE = 0.8;

/** A quotation as pass 2 compares it: its kind and its lower-cased words. */
export interface Wording {
  kind: Quote['kind'];
  words: readonly string[];
  /** The words joined, with a space at each end, for run tests. */
  joined: string;
  distinct: ReadonlySet<string>;
  /** Reported speech only: its distinct adjacent word pairs. */
  pairs?: ReadonlySet<string>;
  /** The numbers its words state (`statedNumber`). */
  numbers: ReadonlySet<number>;
}

export function wording(kind: Quote['kind'], words: readonly string[]): Wording {
  const numbers = new Set(words.map(statedNumber).filter((value): value is number => value !== undefined));
  const made: Wording = { kind, words, joined: ` ${words.join(' ')} `, distinct: new Set(words), numbers };
  return kind === 'indirect' ? { ...made, pairs: new Set(words.slice(1).map((word, index) => `${words[index]} ${word}`)) } : made;
}

/** A word pair shared by more quotations than this does not make them candidates (it is a phrase, not a quotation). */
const MAX_PAIR_POSTING = 200;

/**
 * Pass 2, candidates: the pairs `sameQuotation` could accept, without trying
 * all of them (a story of thousands of articles holds tens of thousands of
 * quotations). Equal wordings are joined at once (a reprinted quote is one
 * candidate, not one per reprint); otherwise a quotation of 3 words or more
 * is only compared with those sharing enough of its adjacent word pairs for
 * one of the tests to pass (`minSharedPairs`), counted over its positions;
 * a pair whose posting outgrew `MAX_PAIR_POSTING` counts as shared with all.
 * Each pair once, earlier item first.
 */
export function* candidatePairs(items: readonly Wording[]): Generator<[number, number]> {
  const firstWith = new Map<string, number>();
  const postings = new Map<string, number[]>();
  for (let b = 0; b < items.length; b++) {
    const item = items[b];
    const key = `${item.kind}\u0000${item.joined}`;
    const same = firstWith.get(key);
    if (same !== undefined) {
      yield [same, b];
      continue;
    }
    firstWith.set(key, b);
    if (item.words.length < MIN_TRUNCATED_WORDS) continue;
    const shared = new Map<number, number>();
    let unknown = 0;
    for (let index = 1; index < item.words.length; index++) {
      const pair = `${item.kind}\u0000${item.words[index - 1]} ${item.words[index]}`;
      const posting = postings.get(pair) ?? [];
      if (posting.length === 0) postings.set(pair, posting);
      if (posting.length > MAX_PAIR_POSTING) {
        unknown++;
        continue;
      }
      for (const a of posting) if (a !== b) shared.set(a, (shared.get(a) ?? 0) + 1);
      if (posting[posting.length - 1] !== b) posting.push(b);
    }
    for (const [a, count] of shared) if (count + unknown >= minSharedPairs(items[a], item)) yield [a, b];
  }
}

/**
 * The fewest positions of one wording whose adjacent word pair the other
 * holds, below which `sameQuotation` cannot accept the two: a run of `s`
 * words inside the other shares its `s - 1` pairs; two wordings with `l`
 * words in common in order (`l` at least `MIN_EDITED_SHARE` of the longer's
 * `L`) keep at least `3l - s - L - 1` of those pairs adjacent in both, as each
 * word outside the common ones breaks one adjacency at most; reworded reports
 * share `MIN_REORDERED_SHARE` of the larger set of distinct pairs.
 */
function minSharedPairs(a: Wording, b: Wording): number {
  const [s, L] = a.words.length <= b.words.length ? [a.words.length, b.words.length] : [b.words.length, a.words.length];
  const run = s >= MIN_TRUNCATED_WORDS ? s - 1 : Infinity;
  const needed = Math.ceil(MIN_EDITED_SHARE * L);
  const edited = s >= 4 && s >= needed ? 3 * needed - s - L - 1 : Infinity;
  const reworded = a.pairs && b.pairs ? Math.ceil(MIN_REORDERED_SHARE * Math.max(a.pairs.size, b.pairs.size)) : Infinity;
  return Math.max(1, Math.min(run, edited, reworded));
}

/**
 * Whether two wordings are one quotation: equal, one a run of the other's
 * words (cut short), nearly all words in common, in order (edited), or, for
 * reported speech, nearly all word pairs in common in any order (reworded);
 * never two stating other numbers (`otherNumbers`).
 */
export function sameQuotation(a: Wording, b: Wording): boolean {
  if (a.kind !== b.kind || a.words.length === 0 || b.words.length === 0 || otherNumbers(a, b)) return false;
  const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (shorter.joined === longer.joined) return true;
  if (shorter.words.length >= MIN_TRUNCATED_WORDS && longer.joined.includes(shorter.joined)) return true;
  const needed = MIN_EDITED_SHARE * longer.words.length;
  if (shorter.words.length < 4 || shorter.words.length < needed) return false;
  let shared = 0;
  for (const word of shorter.distinct) if (longer.distinct.has(word)) shared++;
  if (shared < needed * 0.5) return false;
  return commonInOrder(shorter.words, longer.words) >= needed || reordered(shorter, longer);
}

/**
 * Whether each of two wordings states a number the other does not: "three
 * workers were taken to hospital" is not "two workers were taken to
 * hospital" (a correction, a misquote), however many words they share; a
 * quotation cut short before its number is still the longer one.
 */
export function otherNumbers(a: Wording, b: Wording): boolean {
  const lacks = (from: Wording, other: Wording) => [...from.numbers].some((value) => !other.numbers.has(value));
  return lacks(a, b) && lacks(b, a);
}

/** Whether two reports of speech share `MIN_REORDERED_SHARE` of the longer's adjacent word pairs. */
function reordered(shorter: Wording, longer: Wording): boolean {
  if (!shorter.pairs || !longer.pairs) return false;
  let shared = 0;
  for (const pair of shorter.pairs) if (longer.pairs.has(pair)) shared++;
  return shared >= MIN_REORDERED_SHARE * Math.max(shorter.pairs.size, longer.pairs.size);
}

/** Length of the longest common subsequence of two word lists. */
function commonInOrder(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) current[j + 1] = word === b[j] ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
    previous = current;
  }
  return previous[b.length];
}

