/**
 * An article's copy fingerprint, what a store indexes to find an arriving
 * article's candidate sources without reading every earlier article:
 *
 * 1. `exact`: a 64-bit hash (16 hex digits) of its paragraphs' normalized
 *    tokens (lower case, quotes and dashes unified, whitespace collapsed).
 * 2. `minhash`: MinHash of its word shingles (`shingleSize` token norms in a
 *    row, punctuation dropped; a shorter article is one shingle): estimates
 *    Jaccard against near-duplicates.
 * 3. `rewriteMinhash`: MinHash of the set of its content concepts (stems,
 *    with the paraphrase table's synonyms and long names folded together):
 *    survives reordering and synonym swaps that break every shingle.
 * 4. `bands`: LSH band keys of both signatures (`w…` and `r…`).
 */
import { assertSegmented, type SegmentedArticle } from '../article.js';
import { articleProfile, type ArticleProfile } from './article-profile.js';
import { hexKeyNumber, ngramHashes, sequenceHalves, sequenceHash } from './hash.js';
import { bandKeyNumbers, bandKeys, minhash } from './minhash.js';
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
  const { profile, shingles, concepts } = signatures(article, settings);
  return {
    exact: sequenceHash(profile.tokenHashes),
    minhash: shingles,
    rewriteMinhash: concepts,
    bands: [...bandKeys(shingles, settings.bands, 'w'), ...bandKeys(concepts, settings.bands, 'r')],
  };
}

/** The prefix of the exact hash's copy key (band keys carry their own: `w3:`, `r3:`). */
export const EXACT_KEY_PREFIX = 'x:';

/**
 * The fingerprint's keys as a store indexes them: `copyKeyNumber` of
 * `x:` + `exact`, then of each of `bands`, made without their text.
 */
export function copyKeyNumbers(article: SegmentedArticle, options?: Partial<CopyOptions>): Float64Array {
  assertSegmented(article, 'copyKeyNumbers');
  const settings = checkCopyOptions(options);
  const { profile, shingles, concepts } = signatures(article, settings);
  const keys = new Float64Array(1 + 2 * settings.bands);
  const [first, second] = sequenceHalves(profile.tokenHashes);
  keys[0] = hexKeyNumber(EXACT_KEY_PREFIX, first, second);
  const end = bandKeyNumbers(concepts, settings.bands, 'r', keys, bandKeyNumbers(shingles, settings.bands, 'w', keys, 1));
  return end === keys.length ? keys : keys.slice(0, end);
}

/** The article's profile and its two MinHash signatures: of its word shingles, and of its content concepts. */
function signatures(article: SegmentedArticle, settings: CopyOptions): { profile: ArticleProfile; shingles: number[]; concepts: number[] } {
  const profile = articleProfile(article);
  const wordHashes = wordsOnly(article, profile);
  const shingles = minhash(wordHashes.length === 0 ? [] : ngramHashes(wordHashes, Math.min(settings.shingleSize, wordHashes.length)), settings.hashes);
  // Each sentence's distinct concepts, some repeated across sentences: a repeat does not change a MinHash.
  const concepts = minhash(profile.content, settings.hashes);
  return { profile, shingles, concepts };
}

/** The hashes of the words among the sentences' tokens, which the profile's `tokenHashes` hashes in order. */
function wordsOnly(article: SegmentedArticle, profile: ArticleProfile): Uint32Array {
  let total = 0;
  for (let i = 0; i < profile.words.length; i++) total += profile.words[i];
  const words = new Uint32Array(total);
  let word = 0;
  let at = 0;
  for (const sentence of article.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++, at++) if (!article.tokens[i].punct) words[word++] = profile.tokenHashes[at];
  }
  return words;
}
