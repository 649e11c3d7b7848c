/**
 * Sentence alignment: each sentence of the arriving article is paired with
 * its most similar sentence among all candidate sources, wherever it sits in
 * them (rewrites reorder), when their similarity reaches `matchThreshold`.
 * Only sentence pairs sharing enough content concepts are scored: a
 * candidate's content index finds them without comparing every pair.
 */
import type { SegmentedArticle } from '../article.js';
import { articleProfile, type ArticleProfile } from './article-profile.js';
import type { CopyOptions } from './options.js';
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

/** Pairs sharing fewer distinct content concepts than this are not scored. */
const MIN_SHARED_CONCEPTS = 2;

/**
 * Pairs sharing less than this share of the smaller sentence's distinct
 * content concepts are not scored. On DUC 2004 and the examples no pair
 * under 0.5 reached a similarity of 0.6, while pairs from 0.3 to 0.45 are
 * two thirds of those worth a look; a lower `matchThreshold` lowers it.
 */
function minSharedShare(matchThreshold: number): number {
  return Math.min(0.45, 0.75 * matchThreshold);
}

/**
 * The sentences of `article` (those of `minSentenceWords` words or more)
 * that match a candidate sentence, with the best match of each. On equal
 * similarity the candidate listed first wins: callers list the earliest
 * publisher first.
 */
export function alignSentences(article: SegmentedArticle, candidates: readonly SegmentedArticle[], settings: CopyOptions): Alignment[] {
  if (candidates.length === 0) return [];
  const copy = articleProfile(article);
  const sources = candidates.map(articleProfile);
  const minShare = minSharedShare(settings.matchThreshold);
  const alignments: Alignment[] = [];
  copy.content.forEach((content, sentence) => {
    if (copy.words[sentence] < settings.minSentenceWords) return;
    let best: Alignment | undefined;
    sources.forEach((source, candidate) => {
      for (const at of sharingSentences(content, source, settings.minSentenceWords, minShare)) {
        const similarity = profileSimilarity(copy.sentence(sentence), source.sentence(at));
        if (similarity >= settings.matchThreshold && (!best || similarity > best.similarity)) best = { sentence, candidate, source: at, similarity };
      }
    });
    if (best) alignments.push(best);
  });
  return alignments;
}

/** Sentences of a candidate, of `minWords` words or more, that share enough distinct content concepts with `content` (`minShare` of the smaller sentence's). */
function sharingSentences(content: readonly number[], source: ArticleProfile, minWords: number, minShare: number): number[] {
  const index = source.index();
  const shared = new Uint16Array(source.content.length);
  const touched: number[] = [];
  for (const hash of content) {
    const holders = index.get(hash);
    if (!holders) continue;
    for (const at of holders) if (shared[at]++ === 0) touched.push(at);
  }
  const found: number[] = [];
  for (const at of touched) {
    const smaller = Math.min(content.length, source.content[at].length);
    if (source.words[at] >= minWords && shared[at] >= Math.min(MIN_SHARED_CONCEPTS, smaller) && shared[at] >= minShare * smaller) found.push(at);
  }
  return found;
}
