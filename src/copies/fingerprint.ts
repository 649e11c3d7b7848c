/**
 * An article's copy fingerprint, what a store indexes to find an arriving
 * article's candidate sources without reading every earlier article:
 *
 * 1. `exact`: a 64-bit hash (16 hex digits) of its paragraphs' normalized
 *    tokens (lower case, quotes and dashes unified, whitespace collapsed).
 * 2. `minhash`: MinHash of its word shingles (`shingleSize` token norms in a
 *    row, punctuation dropped): estimates Jaccard against near-duplicates.
 * 3. `rewriteMinhash`: MinHash of the set of its content concepts (stems,
 *    with the paraphrase table's synonyms and long names folded together):
 *    survives reordering and synonym swaps that break every shingle.
 * 4. `bands`: LSH band keys of both signatures (`w…` and `r…`).
 */
import { assertSegmented, type SegmentedArticle, type Token } from '../article.js';
import { articleProfile } from './article-profile.js';
import { combineHash, hashString, hex32, mix32 } from './hash.js';
import { bandKeys, minhash } from './minhash.js';
import { checkCopyOptions, type CopyOptions } from './options.js';

export interface CopyFingerprint {
  exact: string;
  minhash: number[];
  /** MinHash of the content-concept set (rewrite-resistant). */
  rewriteMinhash: number[];
  /** LSH band keys of `minhash` (prefix `w`) and `rewriteMinhash` (prefix `r`). */
  bands: string[];
}

export function copyFingerprint(article: SegmentedArticle, options?: Partial<CopyOptions>): CopyFingerprint {
  assertSegmented(article, 'copyFingerprint');
  return fingerprintWith(article, checkCopyOptions(options));
}

export function fingerprintWith(article: SegmentedArticle, settings: CopyOptions): CopyFingerprint {
  const words = article.tokens.filter((token) => !token.punct);
  const shingles = minhash(shingleHashes(words, settings.shingleSize), settings.hashes);
  const concepts = minhash(contentHashes(article), settings.hashes);
  return {
    exact: exactHash(article.tokens),
    minhash: shingles,
    rewriteMinhash: concepts,
    bands: [...bandKeys(shingles, settings.bands, 'w'), ...bandKeys(concepts, settings.bands, 'r')],
  };
}

function exactHash(tokens: readonly Token[]): string {
  let low = 0;
  let high = 0x5bd1e995;
  for (const token of tokens) {
    low = combineHash(low, hashString(token.norm));
    high = combineHash(high, hashString(token.norm, 0x1b873593));
  }
  return `${hex32(mix32(low ^ tokens.length))}${hex32(mix32(high))}`;
}

/** One hash per run of `size` words; a shorter article is one shingle; none without words. */
function shingleHashes(words: readonly Token[], size: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map((word) => hashString(word.norm));
  const count = Math.max(1, words.length - size + 1);
  const shingles = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = size;
    for (let k = i; k < Math.min(i + size, words.length); k++) h = combineHash(h, wordHashes[k]);
    shingles[i] = mix32(h);
  }
  return shingles;
}

function contentHashes(article: SegmentedArticle): number[] {
  const distinct = new Set<number>();
  for (const sentence of articleProfile(article).sentences) for (const hash of sentence.content) distinct.add(hash);
  return [...distinct];
}
