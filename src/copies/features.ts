/**
 * The features sentence similarity weighs, computed from two sentence
 * profiles. All treat the two sentences alike (only the greedy pairing of
 * names spelled alike depends on which comes first), so similarity is
 * symmetric in practice. Chosen by greedy forward selection among
 * overlap features under 10-fold cross-validation on MSRP train;
 * `bench/msrp.ts` scores the chosen set the same way.
 */
import type { Concept } from './concepts.js';
import type { SentenceProfile } from './profile.js';

export const FEATURE_NAMES = [
  'bias',
  /** Shared content concepts over the smaller sentence's (containment). */
  'contentOfShorter',
  /** Shared content concepts over the larger sentence's. */
  'contentOfLonger',
  /** Dice coefficient of all concepts, function words included. */
  'conceptDice',
  /** Shared runs of four concepts over the fewer runs: long stretches copied word for word. */
  'fourgramsOfShorter',
  /** Dice coefficient of adjacent content-concept pairs: content word order kept. */
  'contentBigramDice',
  /** log(1 + unmatched content of the sentence with more), each concept weighted min(length, 8)/8: long words are specific. */
  'unmatchedInLonger',
  /** The same for the sentence with less unmatched content. */
  'unmatchedInShorter',
  /** Numbers in one sentence only, over numbers in either (0 when neither has one). */
  'numberMismatch',
  /** 1 when only one of the two sentences is negated. */
  'negationMismatch',
  /** Difference in words, over 10. */
  'lengthDifference',
  /** contentOfLonger squared: lets the model bend near full overlap. */
  'contentOfLongerSquared',
  /** conceptDice squared. */
  'conceptDiceSquared',
] as const;

/** Names spelled alike count as the same concept: character-trigram Dice at least this (stems of 4+ characters). */
const NAME_TRIGRAM_DICE = 0.6;
const SPECIFIC_LENGTH = 8;

export function similarityFeatures(a: SentenceProfile, b: SentenceProfile): number[] {
  const matched = matchContent(a, b);
  const contentA = a.fourgramsAt - a.contentAt;
  const contentB = b.fourgramsAt - b.contentAt;
  const shorter = Math.min(contentA, contentB);
  const longer = Math.max(contentA, contentB);
  const contentOfLonger = longer === 0 ? 0 : matched.shared / longer;
  const conceptDice = dice(sharedCount(a.hashes, 0, a.contentAt, b.hashes, 0, b.contentAt), a.contentAt, b.contentAt);
  const fourgramsA = a.bigramsAt - a.fourgramsAt;
  const fourgramsB = b.bigramsAt - b.fourgramsAt;
  const fourgramsShorter = Math.min(fourgramsA, fourgramsB);
  const numbersShared = sharedCount(a.hashes, a.numbersAt, a.hashes.length, b.hashes, b.numbersAt, b.hashes.length);
  const numbersEither = a.hashes.length - a.numbersAt + b.hashes.length - b.numbersAt - numbersShared;
  const bigramsShared = sharedCount(a.hashes, a.bigramsAt, a.numbersAt, b.hashes, b.bigramsAt, b.numbersAt);
  return [
    1,
    shorter === 0 ? 0 : matched.shared / shorter,
    contentOfLonger,
    conceptDice,
    fourgramsShorter === 0 ? 0 : sharedCount(a.hashes, a.fourgramsAt, a.bigramsAt, b.hashes, b.fourgramsAt, b.bigramsAt) / fourgramsShorter,
    dice(bigramsShared, a.numbersAt - a.bigramsAt, b.numbersAt - b.bigramsAt),
    Math.log1p(Math.max(matched.leftA, matched.leftB)),
    Math.log1p(Math.min(matched.leftA, matched.leftB)),
    numbersEither === 0 ? 0 : (numbersEither - numbersShared) / numbersEither,
    a.negated === b.negated ? 0 : 1,
    Math.abs(a.words - b.words) / 10,
    contentOfLonger * contentOfLonger,
    conceptDice * conceptDice,
  ];
}

function dice(shared: number, left: number, right: number): number {
  return left + right === 0 ? 0 : (2 * shared) / (left + right);
}

/**
 * Size of the multiset intersection of the sorted `a[aFrom, aTo)` and
 * `b[bFrom, bTo)`; marks matched entries (by their place from `aFrom` and
 * `bFrom`) when given flags.
 */
function sharedCount(a: readonly number[], aFrom: number, aTo: number, b: readonly number[], bFrom: number, bTo: number, matchedA?: Uint8Array, matchedB?: Uint8Array): number {
  let i = aFrom;
  let j = bFrom;
  let shared = 0;
  while (i < aTo && j < bTo) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      if (matchedA) matchedA[i - aFrom] = 1;
      if (matchedB) matchedB[j - bFrom] = 1;
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/**
 * Content concepts in common, then unmatched names spelled alike
 * ("Russia"/"Russian", "Assad"/"al-Assad"); and the weighted content each
 * side has left over.
 */
function matchContent(a: SentenceProfile, b: SentenceProfile): { shared: number; leftA: number; leftB: number } {
  const matchedA = matchedFlags(0, a.content.length);
  const matchedB = matchedFlags(1, b.content.length);
  let shared = sharedCount(a.hashes, a.contentAt, a.fourgramsAt, b.hashes, b.contentAt, b.fourgramsAt, matchedA, matchedB);
  for (let i = 0; i < a.content.length; i++) {
    const left = a.content[i].trigrams;
    if (matchedA[i] || left.length === 0) continue;
    for (let j = 0; j < b.content.length; j++) {
      const right = b.content[j].trigrams;
      if (matchedB[j] || right.length === 0 || !spelledAlike(left, right)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      shared++;
      break;
    }
  }
  return { shared, leftA: leftover(a.content, matchedA), leftB: leftover(b.content, matchedB) };
}

/** `matchContent`'s flags of each side's content concepts (scratch, reused: a pair is scored at a time), grown as needed. */
const matched = [new Uint8Array(64), new Uint8Array(64)];

/** The flags of `side`, the first `length` of them zero. */
function matchedFlags(side: 0 | 1, length: number): Uint8Array {
  if (matched[side].length < length) matched[side] = new Uint8Array(Math.max(length, 2 * matched[side].length));
  matched[side].fill(0, 0, length);
  return matched[side];
}

function leftover(content: readonly Concept[], matched: Uint8Array): number {
  let weight = 0;
  for (let i = 0; i < content.length; i++) if (!matched[i]) weight += Math.min(content[i].key.length, SPECIFIC_LENGTH) / SPECIFIC_LENGTH;
  return weight;
}

/** Trigram Dice at least `NAME_TRIGRAM_DICE`; a length check first spares most merges. */
function spelledAlike(a: readonly number[], b: readonly number[]): boolean {
  const total = a.length + b.length;
  if (2 * Math.min(a.length, b.length) < NAME_TRIGRAM_DICE * total) return false;
  return 2 * sharedCount(a, 0, a.length, b, 0, b.length) >= NAME_TRIGRAM_DICE * total;
}
