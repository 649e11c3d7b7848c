/**
 * SemEval-2022 Task 8 English pairs (../shared/data/semeval2022-t8,
 * evaluation data, absent on a user's machine): each text read as a user's
 * JSONL line, and the two measures of its protocol. Shared by
 * src/stories/semeval.test.ts and bench/semeval.ts.
 */
import { readFileSync } from 'node:fs';
import type { SegmentedArticle } from '../../article.js';
import { prepare } from '../../pipeline.js';
import { readString } from '../../read/index.js';
import { articleProfile, type ArticleProfile } from '../profile.js';
import type { StoryOptions } from '../options.js';

export interface SemevalPair {
  pair_id: string;
  text1: string;
  text2: string;
  /** Mean human rating, 1 = very similar … 4 = very dissimilar. */
  Overall: number;
}

/** "Same story" as the protocol's ROC AUC counts it. */
export const SAME_STORY = 1.5;

export function readSemevalPairs(file: string): SemevalPair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SemevalPair);
}

/** One text as a user's JSONL line `{"id", "text"}` would be read, then cleaned and segmented. */
export function semevalArticle(id: string, text: string): SegmentedArticle {
  const [article] = readString(JSON.stringify({ id, text }), { input: 'semeval2022-t8/pairs-en-en.jsonl', format: 'jsonl' }).articles;
  return prepare(article);
}

/** Both texts' profiles, pair by pair. */
export function semevalProfiles(pairs: readonly SemevalPair[], options?: Partial<StoryOptions>): (readonly [ArticleProfile, ArticleProfile])[] {
  return pairs.map((pair) => [articleProfile(semevalArticle(`${pair.pair_id}/1`, pair.text1), options), articleProfile(semevalArticle(`${pair.pair_id}/2`, pair.text2), options)] as const);
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Area under the ROC curve of `scores` for the positive `labels` (ties count half). */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((score, index) => ({ score, positive: labels[index] })).sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j].score === order[i].score) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (order[k].positive) {
      rankSum += rank;
      positives++;
    }
    i = j;
  }
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
