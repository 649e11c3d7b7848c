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
import { oncePerArticle, type SegmentedArticle } from '../article.js';
import { scanConcepts, type Concept, type ConceptScan } from './concepts.js';
import { combineHash, mix32 } from './hash.js';
import { profileOf, type SentenceProfile } from './profile.js';

export interface ArticleProfile {
  /** The hash of the normalized form of every token of every sentence, in order. */
  tokenHashes: Uint32Array;
  /** Where each sentence's tokens start in `tokenHashes` (one entry more: the end of the last). */
  sentenceStarts: Int32Array;
  /** A 32-bit hash of each sentence's `tokenHashes`: equal for sentences spelled alike. */
  sentenceHashes: Uint32Array;
  /** Words (non-punctuation tokens) of each sentence. */
  words: Int32Array;
  /** The distinct content-concept hashes of every sentence, each sentence's in order of first occurrence, sentence after sentence. */
  content: Uint32Array;
  /** Where each sentence's hashes start in `content` (one entry more: the end of the last). */
  contentStarts: Int32Array;
  /** The normalized forms of sentence `i`'s words, in order. */
  wordNorms(i: number): string[];
  /** The full profile of sentence `i`, built on first use. */
  sentence(i: number): SentenceProfile;
  /** The profile of sentences `i` and `j` (`i + 1` unless given) read as one (a sentence split in two, or two merged), built at each call. */
  joined(i: number, j?: number): SentenceProfile;
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

/** An article's profile, built once per article (`oncePerArticle`). */
export const articleProfile: (article: SegmentedArticle) => ArticleProfile = oncePerArticle((article: SegmentedArticle) => buildProfile(article));

/**
 * The profile in a few flat arrays (typed where they hold numbers), each of
 * its exact size: a candidate's profile lives as long as the article stays
 * among the recent ones. It holds no token: the words' normalized forms are
 * what comparison reads of them.
 */
function buildProfile(article: SegmentedArticle): ArticleProfile {
  const { tokens, sentences } = article;
  const count = sentences.length;
  let total = 0;
  for (const sentence of sentences) total += sentence.tokenEnd - sentence.tokenStart;
  const scanned: ConceptScan = { normHashes: new Uint32Array(total), hashesAt: 0, norms: [], content: [], contentFrom: 0, negated: false };
  const tokenHashes = scanned.normHashes;
  const sentenceStarts = new Int32Array(count + 1);
  const sentenceHashes = new Uint32Array(count);
  const words = new Int32Array(count);
  /** 1 for a sentence holding a negation. */
  const negations = new Uint8Array(count);
  const wordStarts = new Int32Array(count + 1);
  const concepts: Concept[] = [];
  const conceptStarts = new Int32Array(count + 1);
  const contentStarts = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const { tokenStart, tokenEnd } = sentences[i];
    const at = sentenceStarts[i];
    scanned.hashesAt = at;
    scanned.contentFrom = contentStarts[i];
    scanned.negated = false;
    words[i] = scanConcepts(tokens, tokenStart, tokenEnd, concepts, scanned);
    negations[i] = scanned.negated ? 1 : 0;
    wordStarts[i + 1] = scanned.norms.length;
    sentenceStarts[i + 1] = at + tokenEnd - tokenStart;
    sentenceHashes[i] = rangeHash(tokenHashes, at, sentenceStarts[i + 1]);
    conceptStarts[i + 1] = concepts.length;
    contentStarts[i + 1] = scanned.content.length;
  }
  const { norms } = scanned;
  const content = Uint32Array.from(scanned.content);
  const full: (SentenceProfile | undefined)[] = new Array(count);
  let index: ContentIndex | undefined;
  let spellings: Map<number, number> | undefined;
  return {
    tokenHashes,
    sentenceStarts,
    sentenceHashes,
    words,
    content,
    contentStarts,
    wordNorms(i) {
      return norms.slice(wordStarts[i], wordStarts[i + 1]);
    },
    sentence(i) {
      full[i] ??= profileOf(concepts, conceptStarts[i], conceptStarts[i + 1], words[i], negations[i] === 1);
      return full[i];
    },
    joined(i, j = i + 1) {
      const negated = negations[i] === 1 || negations[j] === 1;
      if (j === i + 1) return profileOf(concepts, conceptStarts[i], conceptStarts[i + 2], words[i] + words[j], negated);
      const both = [...concepts.slice(conceptStarts[i], conceptStarts[i + 1]), ...concepts.slice(conceptStarts[j], conceptStarts[j + 1])];
      return profileOf(both, 0, both.length, words[i] + words[j], negated);
    },
    index() {
      index ??= contentIndex(content, contentStarts);
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

/** The content index of sentences whose distinct content concepts are `content` from `starts[i]` to `starts[i + 1]` (sentence `i`). */
export function contentIndex(content: Uint32Array, starts: Int32Array): ContentIndex {
  const total = content.length;
  const sorted = Float64Array.from(content);
  sorted.sort();
  let distinct = 0;
  for (let i = 0; i < total; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  const hashes = sorted.slice(0, distinct);
  /** Where each of `content`'s hashes stands in `hashes`, searched once. */
  const at = new Int32Array(total);
  const holders = new Int32Array(distinct + 1);
  for (let k = 0; k < total; k++) holders[(at[k] = indexOfHash(hashes, content[k])) + 1]++;
  for (let i = 0; i < distinct; i++) holders[i + 1] += holders[i];
  const filled = holders.slice(0, distinct);
  const sentences = new Int32Array(total);
  for (let sentence = 0; sentence + 1 < starts.length; sentence++) {
    for (let k = starts[sentence]; k < starts[sentence + 1]; k++) sentences[filled[at[k]]++] = sentence;
  }
  return { hashes, starts: holders, sentences };
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

/** The hash of `hashes` from `start` to `end`. */
function rangeHash(hashes: Uint32Array, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = combineHash(hash, hashes[i]);
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
