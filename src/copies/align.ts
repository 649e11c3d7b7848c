/**
 * Sentence alignment: each sentence of the arriving article is paired with
 * its most similar sentence among all candidate sources, wherever it sits in
 * them (rewrites reorder), when their similarity reaches `matchThreshold`.
 * Only sentence pairs sharing enough content concepts are scored: a
 * candidate's content index finds them without comparing every pair.
 */
import type { SegmentedArticle } from '../article.js';
import { articleProfile, contentIndex } from './article-profile.js';
import type { CopyOptions } from './options.js';
import type { SentenceProfile } from './profile.js';
import { profileSimilarity } from './similarity.js';

export interface Alignment {
  /** Sentence of the arriving article. */
  sentence: number;
  /** Index of the candidate it was taken from. */
  candidate: number;
  /** Sentence of that candidate. */
  source: number;
  similarity: number;
}

/** Pairs sharing fewer content concepts than this, or than this share of the smaller sentence's, are not scored. */
const MIN_SHARED_CONCEPTS = 2;
const MIN_SHARED_SHARE = 0.3;

/**
 * The sentences of `article` (those of `minSentenceWords` words or more)
 * that match a candidate sentence, with the best match of each. On equal
 * similarity the candidate listed first wins: callers list the earliest
 * publisher first.
 */
export function alignSentences(article: SegmentedArticle, candidates: readonly SegmentedArticle[], settings: CopyOptions): Alignment[] {
  if (candidates.length === 0) return [];
  const copy = articleProfile(article).sentences;
  const sources = candidates.map((candidate) => ({ sentences: articleProfile(candidate).sentences, index: contentIndex(candidate) }));
  const alignments: Alignment[] = [];
  copy.forEach((profile, sentence) => {
    if (profile.words < settings.minSentenceWords) return;
    let best: Alignment | undefined;
    sources.forEach((source, candidate) => {
      for (const at of sharingSentences(profile, source.sentences, source.index)) {
        const other = source.sentences[at];
        if (other.words < settings.minSentenceWords) continue;
        const similarity = profileSimilarity(profile, other);
        if (similarity >= settings.matchThreshold && (!best || similarity > best.similarity)) best = { sentence, candidate, source: at, similarity };
      }
    });
    if (best) alignments.push(best);
  });
  return alignments;
}

/** Sentences of a candidate that share enough content concepts with `profile`. */
function sharingSentences(profile: SentenceProfile, sentences: readonly SentenceProfile[], index: ReadonlyMap<number, readonly number[]>): number[] {
  const shared = new Map<number, number>();
  const content = profile.content;
  for (let i = 0; i < content.length; i++) {
    if (i > 0 && content[i] === content[i - 1]) continue;
    for (const at of index.get(content[i]) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
  }
  const found: number[] = [];
  for (const [at, count] of shared) {
    const smaller = Math.min(content.length, sentences[at].content.length);
    if (count >= Math.min(MIN_SHARED_CONCEPTS, smaller) && count >= MIN_SHARED_SHARE * smaller) found.push(at);
  }
  return found;
}
