/**
 * What copy detection derives from an article once: a profile per sentence
 * and, when the article is a candidate source, an index from content
 * concept to the sentences holding it. Articles are immutable, so both are
 * memoized per article object in a private `WeakMap` (freed with the article).
 */
import type { SegmentedArticle } from '../article.js';
import { sentenceProfile, type SentenceProfile } from './profile.js';

export interface ArticleProfile {
  sentences: readonly SentenceProfile[];
}

const profiles = new WeakMap<SegmentedArticle, ArticleProfile>();
const contentIndexes = new WeakMap<SegmentedArticle, ReadonlyMap<number, readonly number[]>>();

export function articleProfile(article: SegmentedArticle): ArticleProfile {
  const known = profiles.get(article);
  if (known) return known;
  const made = { sentences: article.sentences.map((sentence) => sentenceProfile(article.tokens.slice(sentence.tokenStart, sentence.tokenEnd))) };
  profiles.set(article, made);
  return made;
}

/** Content concept hash → indices of the sentences holding it, ascending. */
export function contentIndex(article: SegmentedArticle): ReadonlyMap<number, readonly number[]> {
  const known = contentIndexes.get(article);
  if (known) return known;
  const index = new Map<number, number[]>();
  articleProfile(article).sentences.forEach((profile, sentence) => {
    for (const hash of profile.content) {
      const list = index.get(hash);
      if (!list) index.set(hash, [sentence]);
      else if (list[list.length - 1] !== sentence) list.push(sentence);
    }
  });
  contentIndexes.set(article, index);
  return index;
}
