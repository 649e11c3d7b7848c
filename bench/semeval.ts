/**
 * SemEval-2022 Task 8 (English–English sample) benchmark: Pearson r between
 * `profileSimilarity` and the negated human `Overall` rating (1 = very
 * similar … 4 = very dissimilar), and ROC AUC for "same story" :=
 * `Overall <= 1.5`. Each text is read as a JSONL line through the JSONL
 * reader. Document frequencies come from the 708 texts of the file itself
 * (unsupervised; never from the ratings). Nothing is fitted on the ratings.
 * Reads ../shared/data/semeval2022-t8 (research data, evaluation only); skips
 * when it is absent.
 *
 *   npx tsx bench/semeval.ts                     default story options
 *   npx tsx bench/semeval.ts entityWeight=0.5    override a story option
 */
import path from 'node:path';
import { profileSimilarity, termStats, type StoryOptions } from '../src/stories/index.js';
import { pearson, readSemevalPairs, rocAuc, SAME_STORY, semevalProfiles } from '../src/stories/test-support/semeval.js';
import { parseOverrides, sharedData } from './shared-data.js';

async function main(): Promise<void> {
  const root = sharedData('semeval2022-t8');
  if (!root) return;
  const options = parseOverrides<StoryOptions>(process.argv.slice(2));
  const pairs = readSemevalPairs(path.join(root, 'pairs-en-en.jsonl'));
  const profiles = semevalProfiles(pairs, options);
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
