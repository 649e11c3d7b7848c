/**
 * A sentence reduced to what sentence similarity compares: its concepts as
 * 32-bit hashes, sorted so that two profiles intersect in one merge. Built
 * once per sentence; comparing two profiles allocates almost nothing.
 */
import type { Token } from '../article.js';
import { concepts, isNegation, type Concept } from './concepts.js';
import { ngramHashesInto } from './hash.js';

/**
 * The profile's hash sets lie one after another in `hashes`, each sorted (a
 * multiset): a recent article keeps the profiles of its scored sentences,
 * and two arrays a sentence cost a scavenge far less than seven.
 */
export interface SentenceProfile {
  /** Words (non-punctuation tokens). */
  words: number;
  /**
   * `hashes[0, contentAt)`: every concept; `[contentAt, fourgramsAt)`: the
   * content concepts; `[fourgramsAt, bigramsAt)`: runs of four adjacent
   * concepts; `[bigramsAt, numbersAt)`: pairs of adjacent content concepts
   * (function words skipped); `[numbersAt, hashes.length)`: distinct numbers.
   */
  hashes: readonly number[];
  contentAt: number;
  fourgramsAt: number;
  bigramsAt: number;
  numbersAt: number;
  /** The content concepts in the order of their hashes in `hashes` (for weighing what is left over, and matching names by spelling). */
  content: readonly Concept[];
  /** Holds a negation ("not", "n't", "no", "never", "nor", "without"). */
  negated: boolean;
}

/** The profile of a sentence's tokens. */
export function sentenceProfile(tokens: readonly Token[]): SentenceProfile {
  const found = concepts(tokens);
  const norms = tokens.filter((token) => !token.punct).map((token) => token.norm);
  return profileOf(found, 0, found.length, norms.length, norms.some(isNegation));
}

/** The distinct numbers' hashes of the sentence being profiled (scratch, reused). */
const numberScratch: number[] = [];

/** The profile of a sentence of `words` words, `negated` or not, whose concepts are `found[from]` to `found[to - 1]`. */
export function profileOf(found: readonly Concept[], from: number, to: number, words: number, negated: boolean): SentenceProfile {
  const count = to - from;
  const content: Concept[] = [];
  numberScratch.length = 0;
  for (let i = from; i < to; i++) {
    const concept = found[i];
    if (concept.content) content.push(concept);
    if (concept.number && !numberScratch.includes(concept.hash)) numberScratch.push(concept.hash);
  }
  const contentAt = count;
  const fourgramsAt = contentAt + content.length;
  const bigramsAt = fourgramsAt + Math.max(0, count - 3);
  const numbersAt = bigramsAt + Math.max(0, content.length - 1);
  const hashes = new Array<number>(numbersAt + numberScratch.length);
  for (let i = 0; i < count; i++) hashes[i] = found[from + i].hash;
  for (let i = 0; i < content.length; i++) hashes[contentAt + i] = content[i].hash;
  ngramHashesInto(hashes, 0, contentAt, 4, hashes, fourgramsAt);
  ngramHashesInto(hashes, contentAt, fourgramsAt, 2, hashes, bigramsAt);
  for (let i = 0; i < numberScratch.length; i++) hashes[numbersAt + i] = numberScratch[i];
  sortByHash(content);
  for (let i = 0; i < content.length; i++) hashes[contentAt + i] = content[i].hash;
  sortAscending(hashes, 0, contentAt);
  sortAscending(hashes, fourgramsAt, bigramsAt);
  sortAscending(hashes, bigramsAt, numbersAt);
  sortAscending(hashes, numbersAt, hashes.length);
  return { words, hashes, contentAt, fourgramsAt, bigramsAt, numbersAt, content, negated };
}

/** Concepts by hash, in place (insertion sort: a sentence has few). */
function sortByHash(values: Concept[]): Concept[] {
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    let j = i - 1;
    for (; j >= 0 && values[j].hash > value.hash; j--) values[j + 1] = values[j];
    values[j + 1] = value;
  }
  return values;
}

/** Sorts `values[from, to)` ascending in place (insertion sort: a sentence's sets are short). */
function sortAscending(values: number[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = values[i];
    let j = i - 1;
    for (; j >= from && values[j] > value; j--) values[j + 1] = values[j];
    values[j + 1] = value;
  }
}
