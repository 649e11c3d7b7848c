/**
 * Pass 2 of merging quotations across articles: which two are the same
 * (`sameQuotation`), and the pairs worth asking (`candidatePairs`).
 */
import type { Quote } from './types.js';

/** A quotation cut short still counts as the same from this many words. */
export const MIN_TRUNCATED_WORDS = 3;
/** Share of the longer quotation's words two edited versions must have in common, in order. */
export const MIN_EDITED_SHARE = 0.8;

/** A quotation as pass 2 compares it: its kind and its lower-cased words. */
export interface Wording {
  kind: Quote['kind'];
  words: readonly string[];
  /** The words joined, with a space at each end, for run tests. */
  joined: string;
  distinct: ReadonlySet<string>;
}

export function wording(kind: Quote['kind'], words: readonly string[]): Wording {
  return { kind, words, joined: ` ${words.join(' ')} `, distinct: new Set(words) };
}

/** A word pair shared by more quotations than this does not make them candidates (it is a phrase, not a quotation). */
const MAX_PAIR_POSTING = 200;

/**
 * Pass 2, candidates: the pairs `sameQuotation` could accept, without trying
 * all of them (a story of thousands of articles holds tens of thousands of
 * quotations). Equal wordings are joined at once (a reprinted quote is one
 * candidate, not one per reprint); otherwise a quotation of 3 words or more
 * is only compared with those sharing a pair of adjacent words with it,
 * which every accepted pair does: a run of 3 or more words has its own
 * pairs, and two wordings with 80% of the longer's words (4 or more) in
 * common, in order, keep more adjacent matches than the edits can break.
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
    const compared = new Set<number>();
    for (let index = 1; index < item.words.length; index++) {
      const pair = `${item.kind}\u0000${item.words[index - 1]} ${item.words[index]}`;
      const posting = postings.get(pair) ?? [];
      if (posting.length === 0) postings.set(pair, posting);
      if (posting.length > MAX_PAIR_POSTING) continue;
      for (const a of posting) {
        if (compared.has(a)) continue;
        compared.add(a);
        yield [a, b];
      }
      if (posting[posting.length - 1] !== b) posting.push(b);
    }
  }
}

/** Whether two wordings are one quotation: equal, one a run of the other's words (cut short), or nearly all words in common, in order (edited). */
export function sameQuotation(a: Wording, b: Wording): boolean {
  if (a.kind !== b.kind || a.words.length === 0 || b.words.length === 0) return false;
  const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (shorter.joined === longer.joined) return true;
  if (shorter.words.length >= MIN_TRUNCATED_WORDS && longer.joined.includes(shorter.joined)) return true;
  const needed = MIN_EDITED_SHARE * longer.words.length;
  if (shorter.words.length < 4 || shorter.words.length < needed) return false;
  let shared = 0;
  for (const word of shorter.distinct) if (longer.distinct.has(word)) shared++;
  return shared >= needed * 0.5 && commonInOrder(shorter.words, longer.words) >= needed;
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

