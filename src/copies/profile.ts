/**
 * A sentence reduced to what sentence similarity compares: its concepts as
 * 32-bit hashes, sorted so that two profiles intersect in one merge. Built
 * once per sentence; comparing two profiles allocates almost nothing.
 */
import type { Token } from '../article.js';
import { concepts, type Concept } from './concepts.js';
import { ngramHashes } from './hash.js';

export interface SentenceProfile {
  /** Words (non-punctuation tokens). */
  words: number;
  /** Every concept, sorted (a multiset). */
  all: readonly number[];
  /** Content concepts, sorted (a multiset). */
  content: readonly number[];
  /** The key of each entry of `content`, for weighing what is left over. */
  contentKeys: readonly string[];
  /** The character trigrams of each entry of `content` that may be a name (stems of 4+ characters), for matching names by spelling. */
  contentTrigrams: readonly (readonly number[])[];
  /** Runs of four adjacent concepts, sorted. */
  fourgrams: readonly number[];
  /** Pairs of adjacent content concepts (function words skipped), sorted. */
  contentBigrams: readonly number[];
  /** Distinct numbers, sorted. */
  numbers: readonly number[];
  /** Holds a negation ("not", "n't", "no", "never", "nor", "without"). */
  negated: boolean;
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'nor', 'without']);

/** The profile of a sentence's tokens. */
export function sentenceProfile(tokens: readonly Token[]): SentenceProfile {
  const found = concepts(tokens);
  const norms = tokens.filter((token) => !token.punct).map((token) => token.norm);
  return profileOf(found, 0, found.length, norms.length, holdsNegation(norms, 0, norms.length));
}

/** One of `norms[start]` to `norms[end - 1]` (a sentence's words) is a negation. */
export function holdsNegation(norms: readonly string[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (NEGATIONS.has(norms[i])) return true;
  return false;
}

/** The profile of a sentence of `words` words, `negated` or not, whose concepts are `found[from]` to `found[to - 1]`. */
export function profileOf(found: readonly Concept[], from: number, to: number, words: number, negated: boolean): SentenceProfile {
  const hashes = new Array<number>(to - from);
  const content: Concept[] = [];
  const contentHashes: number[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < hashes.length; i++) {
    const concept = found[from + i];
    hashes[i] = concept.hash;
    if (concept.content) {
      content.push(concept);
      contentHashes.push(concept.hash);
    }
    if (concept.number && !numbers.includes(concept.hash)) numbers.push(concept.hash);
  }
  const fourgrams = sortAscending(ngramHashes(hashes, 4));
  const contentBigrams = sortAscending(ngramHashes(contentHashes, 2));
  sortByHash(content);
  const contentKeys = new Array<string>(content.length);
  const contentTrigrams = new Array<readonly number[]>(content.length);
  for (let i = 0; i < content.length; i++) {
    contentHashes[i] = content[i].hash;
    contentKeys[i] = content[i].key;
    contentTrigrams[i] = content[i].trigrams;
  }
  return {
    words,
    all: sortAscending(hashes),
    content: contentHashes,
    contentKeys,
    contentTrigrams,
    fourgrams,
    contentBigrams,
    numbers: sortAscending(numbers),
    negated,
  };
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

/** Sorts numbers ascending in place and returns them (insertion sort: a sentence's arrays are short). */
function sortAscending(values: number[]): number[] {
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    let j = i - 1;
    for (; j >= 0 && values[j] > value; j--) values[j + 1] = values[j];
    values[j + 1] = value;
  }
  return values;
}
