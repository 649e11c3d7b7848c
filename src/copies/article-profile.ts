/**
 * What copy detection derives from an article, each part once and only when
 * needed: token hashes and the concepts of every sentence (for the
 * fingerprint and the content index), an index from content concept to the
 * sentences holding it (when the article is a candidate source), and a full
 * profile per sentence (when one of its pairs is scored). Articles are
 * immutable, so all are memoized per article object in a private `WeakMap`
 * (freed with the article).
 */
import type { SegmentedArticle } from '../article.js';
import { scanConcepts, type Concept } from './concepts.js';
import { profileOf, type SentenceProfile } from './profile.js';

export interface ArticleProfile {
  /** The hash of the normalized form of every token of every sentence, in order. */
  tokenHashes: readonly number[];
  /** Words (non-punctuation tokens) of each sentence. */
  words: readonly number[];
  /** Distinct content-concept hashes of each sentence. */
  content: readonly (readonly number[])[];
  /** The full profile of sentence `i`, built on first use. */
  sentence(i: number): SentenceProfile;
  /** Content concept hash → indices of the sentences holding it, ascending; built on first use. */
  index(): ReadonlyMap<number, readonly number[]>;
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
  const sentenceConcepts: Concept[][] = [];
  const words: number[] = [];
  const content: number[][] = [];
  for (const sentence of sentences) {
    const { concepts: found, words: count } = scanConcepts(tokens, sentence.tokenStart, sentence.tokenEnd, tokenHashes);
    const distinct: number[] = [];
    for (const concept of found) if (concept.content && !distinct.includes(concept.hash)) distinct.push(concept.hash);
    sentenceConcepts.push(found);
    words.push(count);
    content.push(distinct);
  }
  const full: (SentenceProfile | undefined)[] = new Array(sentences.length);
  let index: Map<number, number[]> | undefined;
  return {
    tokenHashes,
    words,
    content,
    sentence(i) {
      full[i] ??= profileOf(sentenceConcepts[i], tokens, sentences[i].tokenStart, sentences[i].tokenEnd);
      return full[i];
    },
    index() {
      if (index) return index;
      index = new Map();
      content.forEach((hashes, sentence) => {
        for (const hash of hashes) {
          const list = index!.get(hash);
          if (list) list.push(sentence);
          else index!.set(hash, [sentence]);
        }
      });
      return index;
    },
  };
}
