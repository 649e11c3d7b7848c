/**
 * A sentence reduced to what sentence similarity compares: its concepts as
 * 32-bit hashes, sorted so that two profiles intersect in one merge. Built
 * once per sentence; comparing two profiles allocates almost nothing.
 */
import type { Token } from '../article.js';
import { concepts } from './concepts.js';
import { combineHash, hashString, mix32 } from './hash.js';

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
const MIN_NAME_LENGTH = 4;
const NO_TRIGRAMS: readonly number[] = Object.freeze([]);

export function sentenceProfile(tokens: readonly Token[]): SentenceProfile {
  const found = concepts(tokens);
  const hashes = new Array<number>(found.length);
  const contentInOrder: number[] = [];
  const contentKeysInOrder: string[] = [];
  const numbers: number[] = [];
  const contentTrigramsInOrder: (readonly number[])[] = [];
  found.forEach((concept, i) => {
    const known = keyFeatures(concept.key);
    const hash = known.hash;
    hashes[i] = hash;
    if (concept.content) {
      contentInOrder.push(hash);
      contentKeysInOrder.push(concept.key);
      contentTrigramsInOrder.push(known.trigrams);
    }
    if (concept.number && !numbers.includes(hash)) numbers.push(hash);
  });
  const { sorted: content, keys: contentKeys, trigrams: contentTrigrams } = sortWithKeys(contentInOrder, contentKeysInOrder, contentTrigramsInOrder);
  let words = 0;
  let negated = false;
  for (const token of tokens) {
    if (token.punct) continue;
    words++;
    if (NEGATIONS.has(token.norm)) negated = true;
  }
  return {
    words,
    all: sortAscending([...hashes]),
    content,
    contentKeys,
    contentTrigrams,
    fourgrams: ngramHashes(hashes, 4),
    contentBigrams: ngramHashes(contentInOrder, 2),
    numbers: sortAscending(numbers),
    negated,
  };
}

/** Hashes sorted ascending, their keys and trigrams carried along (insertion sort: a sentence has few). */
function sortWithKeys(
  hashes: readonly number[],
  keys: readonly string[],
  trigrams: readonly (readonly number[])[],
): { sorted: number[]; keys: string[]; trigrams: (readonly number[])[] } {
  const sorted = [...hashes];
  const sortedKeys = [...keys];
  const sortedTrigrams = [...trigrams];
  for (let i = 1; i < sorted.length; i++) {
    const hash = sorted[i];
    const key = sortedKeys[i];
    const grams = sortedTrigrams[i];
    let j = i - 1;
    for (; j >= 0 && sorted[j] > hash; j--) {
      sorted[j + 1] = sorted[j];
      sortedKeys[j + 1] = sortedKeys[j];
      sortedTrigrams[j + 1] = sortedTrigrams[j];
    }
    sorted[j + 1] = hash;
    sortedKeys[j + 1] = key;
    sortedTrigrams[j + 1] = grams;
  }
  return { sorted, keys: sortedKeys, trigrams: sortedTrigrams };
}

interface KeyFeatures {
  hash: number;
  trigrams: readonly number[];
}

const KEY_CACHE_LIMIT = 100_000;
const knownKeys = new Map<string, KeyFeatures>();

/** A concept key's hash and trigrams, memoized in a private bounded cache (news repeats its words). */
function keyFeatures(key: string): KeyFeatures {
  const known = knownKeys.get(key);
  if (known !== undefined) return known;
  if (knownKeys.size >= KEY_CACHE_LIMIT) knownKeys.clear();
  const features = { hash: hashString(key), trigrams: nameTrigrams(key) };
  knownKeys.set(key, features);
  return features;
}

/**
 * The distinct character trigrams of a stem that may be a name, as sorted
 * numbers (three UTF-16 code units packed); empty for numbers (`#…`), table
 * concepts (`=…`) and stems shorter than 4 characters.
 */
function nameTrigrams(key: string): readonly number[] {
  const first = key.charCodeAt(0);
  if (key.length < MIN_NAME_LENGTH || first === 35 || first === 61) return NO_TRIGRAMS;
  const grams: number[] = [];
  for (let i = 0; i + 3 <= key.length; i++) {
    const gram = mix32(combineHash(combineHash(key.charCodeAt(i), key.charCodeAt(i + 1)), key.charCodeAt(i + 2)));
    if (!grams.includes(gram)) grams.push(gram);
  }
  return sortAscending(grams);
}

function ngramHashes(hashes: readonly number[], n: number): number[] {
  const grams = new Array<number>(Math.max(0, hashes.length - n + 1));
  for (let i = 0; i < grams.length; i++) {
    let h = n;
    for (let k = 0; k < n; k++) h = combineHash(h, hashes[i + k]);
    grams[i] = mix32(h);
  }
  return sortAscending(grams);
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
