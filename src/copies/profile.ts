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
  /** Every concept, in sentence order. */
  sequence: Uint32Array;
  /** Every concept, sorted (a multiset). */
  all: Uint32Array;
  /** Content concepts, sorted (a multiset). */
  content: Uint32Array;
  /** The key of each entry of `content`, for matching names by spelling. */
  contentKeys: readonly string[];
  /** Pairs of adjacent concepts, sorted. */
  bigrams: Uint32Array;
  /** Distinct numbers, sorted. */
  numbers: Uint32Array;
}

const sortNumbers = (a: number, b: number): number => a - b;

export function sentenceProfile(tokens: readonly Token[]): SentenceProfile {
  const found = concepts(tokens);
  const sequence = new Uint32Array(found.length);
  const content: { hash: number; key: string }[] = [];
  const numbers = new Set<number>();
  let words = 0;
  for (const token of tokens) if (!token.punct) words++;
  found.forEach((concept, i) => {
    const hash = hashString(concept.key);
    sequence[i] = hash;
    if (concept.content) content.push({ hash, key: concept.key });
    if (concept.number) numbers.add(hash);
  });
  content.sort((a, b) => a.hash - b.hash);
  const bigrams = new Uint32Array(Math.max(0, found.length - 1));
  for (let i = 1; i < found.length; i++) bigrams[i - 1] = mix32(combineHash(sequence[i - 1], sequence[i]));
  return {
    words,
    sequence,
    all: Uint32Array.from(sequence).sort(),
    content: Uint32Array.from(content, (entry) => entry.hash),
    contentKeys: content.map((entry) => entry.key),
    bigrams: bigrams.sort(),
    numbers: Uint32Array.from([...numbers].sort(sortNumbers)),
  };
}
