/**
 * SemEval-2022 Task 8 (English–English sample) benchmark: Pearson r between
 * `profileSimilarity` and the negated human `Overall` rating (1 = very
 * similar … 4 = very dissimilar), and ROC AUC for "same story" :=
 * `Overall <= 1.5`. Document frequencies come from the 708 texts of the file
 * itself (unsupervised; never from the ratings). Nothing is fitted on the
 * ratings. Reads ../shared/data/semeval2022-t8 (research data, evaluation
 * only); skips when it is absent.
 *
 *   npx tsx bench/semeval.ts                     default story options
 *   npx tsx bench/semeval.ts entityWeight=0.5    override a story option
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SegmentedArticle } from '../src/article.js';
import { prepare } from '../src/pipeline.js';
import { readString } from '../src/read/index.js';
import { articleProfile, profileSimilarity, termStats, type StoryOptions } from '../src/stories/index.js';
import { parseOverrides, sharedData } from './shared-data.js';

interface Pair {
  pair_id: string;
  text1: string;
  text2: string;
  Overall: number;
}

const SAME_STORY = 1.5;

/** One text as a user's JSONL line `{"id", "text"}` would be read. */
function toArticle(id: string, text: string): SegmentedArticle {
  const [article] = readString(JSON.stringify({ id, text }), { input: 'semeval2022-t8/pairs-en-en.jsonl', format: 'jsonl' }).articles;
  return prepare(article);
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
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
function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
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

async function main(): Promise<void> {
  const root = sharedData('semeval2022-t8');
  if (!root) return;
  const options = parseOverrides<StoryOptions>(process.argv.slice(2));
  const pairs: Pair[] = (await readFile(path.join(root, 'pairs-en-en.jsonl'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Pair);
  const profiles = pairs.map((pair) => [articleProfile(toArticle(`${pair.pair_id}/1`, pair.text1), options), articleProfile(toArticle(`${pair.pair_id}/2`, pair.text2), options)] as const);
  const stats = termStats(profiles.flat());
  const similarities = profiles.map(([a, b]) => profileSimilarity(a, b, stats, options));
  const r = pearson(similarities, pairs.map((pair) => -pair.Overall));
  const auc = rocAuc(similarities, pairs.map((pair) => pair.Overall <= SAME_STORY));
  const same = pairs.filter((pair) => pair.Overall <= SAME_STORY).length;
  console.log(`SemEval-2022 Task 8, ${pairs.length} English pairs, document frequencies from the file's ${stats.documents} texts`);
  console.log(`Pearson r(similarity, -Overall) = ${r.toFixed(3)}`);
  console.log(`ROC AUC (same story: Overall <= ${SAME_STORY}, ${same} of ${pairs.length} pairs) = ${auc.toFixed(3)}`);
}

await main();
