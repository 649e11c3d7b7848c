/**
 * The features sentence similarity weighs, each in 0..1, computed from two
 * sentence profiles. All are symmetric, so `similarity(a, b) === similarity(b, a)`.
 */
import type { SentenceProfile } from './profile.js';

export const FEATURE_NAMES = [
  'bias',
  /** Shared content concepts over the smaller sentence's (containment). */
  'contentOfShorter',
  /** Shared content concepts over the larger sentence's. */
  'contentOfLonger',
  /** Dice coefficient of all concepts, function words included. */
  'conceptDice',
  /** Dice coefficient of adjacent concept pairs: word order kept. */
  'bigramDice',
  /** Longest common subsequence of concepts over the longer sequence. */
  'commonSubsequence',
  /** Numbers in one sentence only, over numbers in either (0 when neither has one). */
  'numberMismatch',
  /** Fewer words over more words. */
  'lengthRatio',
] as const;

export type FeatureVector = number[];

/** Names spelled alike count as the same concept: trigram Dice at least this, both at least 4 characters. */
const NAME_TRIGRAM_DICE = 0.6;
const MIN_NAME_LENGTH = 4;

export function similarityFeatures(a: SentenceProfile, b: SentenceProfile): FeatureVector {
  const sharedContent = sharedContentConcepts(a, b);
  const shorter = Math.min(a.content.length, b.content.length);
  const longer = Math.max(a.content.length, b.content.length);
  const numbersShared = sharedCount(a.numbers, b.numbers, null, null);
  const numbersEither = a.numbers.length + b.numbers.length - numbersShared;
  return [
    1,
    shorter === 0 ? 0 : sharedContent / shorter,
    longer === 0 ? 0 : sharedContent / longer,
    dice(sharedCount(a.all, b.all, null, null), a.all.length, b.all.length),
    dice(sharedCount(a.bigrams, b.bigrams, null, null), a.bigrams.length, b.bigrams.length),
    longestCommonSubsequence(a.sequence, b.sequence) / Math.max(1, a.sequence.length, b.sequence.length),
    numbersEither === 0 ? 0 : (numbersEither - numbersShared) / numbersEither,
    Math.max(a.words, b.words) === 0 ? 0 : Math.min(a.words, b.words) / Math.max(a.words, b.words),
  ];
}

function dice(shared: number, left: number, right: number): number {
  return left + right === 0 ? 0 : (2 * shared) / (left + right);
}

/** Size of the multiset intersection of two sorted arrays; marks matched entries when given flags. */
function sharedCount(a: Uint32Array, b: Uint32Array, matchedA: Uint8Array | null, matchedB: Uint8Array | null): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      if (matchedA) matchedA[i] = 1;
      if (matchedB) matchedB[j] = 1;
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/** Content concepts in common, then unmatched names spelled alike ("Russia"/"Russian", "Assad"/"al-Assad"). */
function sharedContentConcepts(a: SentenceProfile, b: SentenceProfile): number {
  const matchedA = new Uint8Array(a.content.length);
  const matchedB = new Uint8Array(b.content.length);
  let shared = sharedCount(a.content, b.content, matchedA, matchedB);
  for (let i = 0; i < a.content.length; i++) {
    const left = a.contentKeys[i];
    if (matchedA[i] || left.length < MIN_NAME_LENGTH || !isWordKey(left)) continue;
    for (let j = 0; j < b.content.length; j++) {
      const right = b.contentKeys[j];
      if (matchedB[j] || right.length < MIN_NAME_LENGTH || !isWordKey(right)) continue;
      if (trigramDice(left, right) >= NAME_TRIGRAM_DICE) {
        matchedB[j] = 1;
        shared++;
        break;
      }
    }
  }
  return shared;
}

function isWordKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first !== 35 && first !== 61;
}

function trigramDice(a: string, b: string): number {
  const left = new Set<string>();
  for (let i = 0; i + 3 <= a.length; i++) left.add(a.slice(i, i + 3));
  const right = new Set<string>();
  for (let i = 0; i + 3 <= b.length; i++) right.add(b.slice(i, i + 3));
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size);
}

function longestCommonSubsequence(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const value = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] = value === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
