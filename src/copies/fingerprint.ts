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
import { hexKeyNumber, ngramHashesInto, sequenceHalves, sequenceHash } from './hash.js';
import { bandKeyNumbers, bandKeys, minhashInto } from './minhash.js';
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
  const minhash = Array.from(shingles);
  const rewriteMinhash = Array.from(concepts);
  return {
    exact: sequenceHash(profile.tokenHashes),
    minhash,
    rewriteMinhash,
    bands: [...bandKeys(minhash, settings.bands, 'w'), ...bandKeys(rewriteMinhash, settings.bands, 'r')],
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

/**
 * Scratch arrays shared by every `signatures` call, grown as needed: the
 * words' hashes, turned into their shingles' in place, and the two
 * signatures, which a call's caller reads before the next call.
 */
const scratch = { words: new Uint32Array(4096), shingles: new Uint32Array(128), concepts: new Uint32Array(128) };

/**
 * The article's profile and its two MinHash signatures: of its word
 * shingles, and of its content concepts. The signatures are scratch arrays,
 * overwritten by the next call.
 */
function signatures(article: SegmentedArticle, settings: CopyOptions): { profile: ArticleProfile; shingles: Uint32Array; concepts: Uint32Array } {
  const profile = articleProfile(article);
  if (scratch.shingles.length !== settings.hashes) {
    scratch.shingles = new Uint32Array(settings.hashes);
    scratch.concepts = new Uint32Array(settings.hashes);
  }
  const words = wordsOnly(article, profile);
  const shingles = words === 0 ? 0 : shingleHashes(scratch.words, words, Math.min(settings.shingleSize, words));
  minhashInto(scratch.words, shingles, scratch.shingles);
  // Each sentence's distinct concepts, some repeated across sentences: a repeat does not change a MinHash.
  minhashInto(profile.content, profile.content.length, scratch.concepts);
  return { profile, shingles: scratch.shingles, concepts: scratch.concepts };
}

/** The hashes of the words among the sentences' tokens, which the profile's `tokenHashes` hashes in order, written to `scratch.words`; their number returned. */
function wordsOnly(article: SegmentedArticle, profile: ArticleProfile): number {
  let total = 0;
  for (let i = 0; i < profile.words.length; i++) total += profile.words[i];
  if (scratch.words.length < total) scratch.words = new Uint32Array(Math.max(total, 2 * scratch.words.length));
  const words = scratch.words;
  let word = 0;
  let at = 0;
  for (const sentence of article.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++, at++) if (!article.tokens[i].punct) words[word++] = profile.tokenHashes[at];
  }
  return total;
}

/** The first `count` hashes of `hashes` replaced by the hashes of their runs of `n` (`ngramHashesInto`), in place: a hash is read last by the run it starts, whose hash then takes its place. Their number returned. */
function shingleHashes(hashes: Uint32Array, count: number, n: number): number {
  ngramHashesInto(hashes, 0, count, n, hashes, 0);
  return count - n + 1;
}
