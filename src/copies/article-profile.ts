/**
 * What copy detection derives from an article, each part once and only when
 * needed: token hashes and the concepts of every sentence (for the
 * fingerprint and the content index), an index from content concept to the
 * sentences holding it (`ContentIndex`) and one from token sequence to the
 * sentence spelling it (when the article is a candidate source), and a full profile per
 * sentence (when one of its pairs is scored). Articles are
 * immutable, so all are memoized per article object in a private `WeakMap`
 * (freed with the article).
 */
import type { SegmentedArticle } from '../article.js';
import { scanConcepts, type Concept } from './concepts.js';
import { combineHash, mix32 } from './hash.js';
import { profileOf, type SentenceProfile } from './profile.js';

export interface ArticleProfile {
  /** The hash of the normalized form of every token of every sentence, in order. */
  tokenHashes: readonly number[];
  /** Where each sentence's tokens start in `tokenHashes` (one entry more: the end of the last). */
  sentenceStarts: readonly number[];
  /** A 32-bit hash of each sentence's `tokenHashes`: equal for sentences spelled alike. */
  sentenceHashes: readonly number[];
  /** Words (non-punctuation tokens) of each sentence. */
  words: readonly number[];
  /** Distinct content-concept hashes of each sentence. */
  content: readonly (readonly number[])[];
  /** The full profile of sentence `i`, built on first use. */
  sentence(i: number): SentenceProfile;
  /** Content concept hash → indices of the sentences holding it, ascending; built on first use. */
  index(): ContentIndex;
  /** `sentenceHashes` → the first sentence with that hash; built on first use. */
  spellings(): ReadonlyMap<number, number>;
}

/**
 * The sentences holding each content concept, in three typed arrays (a few
 * objects however many concepts: the index lives as long as its article):
 * sentences `sentences[starts[i]]` to `sentences[starts[i + 1] - 1]`,
 * ascending, hold `hashes[i]`; `hashes` ascending, each once.
 */
export interface ContentIndex {
  hashes: Float64Array;
  starts: Int32Array;
  sentences: Int32Array;
}

const profiles = new WeakMap<SegmentedArticle, ArticleProfile>();

export function articleProfile(article: SegmentedArticle): ArticleProfile {
  const known = profiles.get(article);
  if (known) return known;
  const made = buildProfile(article);
  profiles.set(article, made);
  return made;
}

function buildProfile(article: SegmentedArticle): ArticleProfile {
  const { tokens, sentences } = article;
  const tokenHashes: number[] = [];
  const sentenceStarts: number[] = [];
  const sentenceHashes: number[] = [];
  const sentenceConcepts: Concept[][] = [];
  const words: number[] = [];
  const content: number[][] = [];
  for (const sentence of sentences) {
    sentenceStarts.push(tokenHashes.length);
    const { concepts: found, words: count } = scanConcepts(tokens, sentence.tokenStart, sentence.tokenEnd, tokenHashes);
    sentenceHashes.push(rangeHash(tokenHashes, sentenceStarts[sentenceStarts.length - 1]));
    const distinct: number[] = [];
    for (const concept of found) if (concept.content && !distinct.includes(concept.hash)) distinct.push(concept.hash);
    sentenceConcepts.push(found);
    words.push(count);
    content.push(distinct);
  }
  sentenceStarts.push(tokenHashes.length);
  const full: (SentenceProfile | undefined)[] = new Array(sentences.length);
  let index: ContentIndex | undefined;
  let spellings: Map<number, number> | undefined;
  return {
    tokenHashes,
    sentenceStarts,
    sentenceHashes,
    words,
    content,
    sentence(i) {
      full[i] ??= profileOf(sentenceConcepts[i], tokens, sentences[i].tokenStart, sentences[i].tokenEnd);
      return full[i];
    },
    index() {
      index ??= contentIndex(content);
      return index;
    },
    spellings() {
      if (spellings) return spellings;
      spellings = new Map();
      for (let i = sentenceHashes.length - 1; i >= 0; i--) spellings.set(sentenceHashes[i], i);
      return spellings;
    },
  };
}

/** The content index of sentences whose distinct content concepts are `content`. */
export function contentIndex(content: readonly (readonly number[])[]): ContentIndex {
  let total = 0;
  for (const hashes of content) total += hashes.length;
  const sorted = new Float64Array(total);
  let at = 0;
  for (const hashes of content) for (const hash of hashes) sorted[at++] = hash;
  sorted.sort();
  let distinct = 0;
  for (let i = 0; i < total; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  const hashes = sorted.slice(0, distinct);
  const starts = new Int32Array(distinct + 1);
  for (const sentenceHashes of content) for (const hash of sentenceHashes) starts[indexOfHash(hashes, hash) + 1]++;
  for (let i = 0; i < distinct; i++) starts[i + 1] += starts[i];
  const filled = starts.slice(0, distinct);
  const sentences = new Int32Array(total);
  content.forEach((sentenceHashes, sentence) => {
    for (const hash of sentenceHashes) sentences[filled[indexOfHash(hashes, hash)]++] = sentence;
  });
  return { hashes, starts, sentences };
}

/** The position of `hash` in the ascending `hashes`, or −1. */
export function indexOfHash(hashes: Float64Array, hash: number): number {
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = hashes[middle];
    if (value < hash) low = middle + 1;
    else if (value > hash) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** The hash of `hashes` from `start` to the end. */
function rangeHash(hashes: readonly number[], start: number): number {
  let hash = hashes.length - start;
  for (let i = start; i < hashes.length; i++) hash = combineHash(hash, hashes[i]);
  return mix32(hash);
}

/** Sentence `a` of `left` and sentence `b` of `right` have the same tokens (normalized forms). */
export function spelledAlike(left: ArticleProfile, a: number, right: ArticleProfile, b: number): boolean {
  const start = left.sentenceStarts[a];
  const other = right.sentenceStarts[b];
  const length = left.sentenceStarts[a + 1] - start;
  if (right.sentenceStarts[b + 1] - other !== length) return false;
  for (let i = 0; i < length; i++) if (left.tokenHashes[start + i] !== right.tokenHashes[other + i]) return false;
  return true;
}
