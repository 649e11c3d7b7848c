/**
 * Article similarity on the SemEval-2022 Task 8 English sample
 * (../shared/data/semeval2022-t8, evaluation data, absent on a user's
 * machine) against the human "Overall" rating. The floors sit a little below
 * what bench/semeval.ts measured when they were written (r 0.807, AUC 0.906).
 */
import { describe, expect, it } from 'vitest';
import { available, SHARED } from '../read/test-support/shared-data.js';
import { profileSimilarity, termStats } from './index.js';
import { pearson, readSemevalPairs, rocAuc, SAME_STORY, semevalProfiles } from './test-support/semeval.js';

const PAIRS = `${SHARED}data/semeval2022-t8/pairs-en-en.jsonl`;

describe.skipIf(!available(PAIRS, 'article similarity on SemEval-2022 Task 8'))('article similarity on SemEval-2022 Task 8', () => {
  it('follows the human rating of how alike two articles are', () => {
    const pairs = readSemevalPairs(PAIRS);
    const profiles = semevalProfiles(pairs);
    const stats = termStats(profiles.flat());
    const similarities = profiles.map(([a, b]) => profileSimilarity(a, b, stats));
    expect(pearson(similarities, pairs.map((pair) => -pair.Overall))).toBeGreaterThan(0.79);
    expect(rocAuc(similarities, pairs.map((pair) => pair.Overall <= SAME_STORY))).toBeGreaterThan(0.89);
  });

  it('scores the same text against itself 1 and unrelated texts near 0', () => {
    const [first, second] = readSemevalPairs(PAIRS).filter((pair) => pair.Overall >= 4);
    const [[a], [b]] = semevalProfiles([first, second]);
    const stats = termStats([a, b]);
    expect(profileSimilarity(a, a, stats)).toBeCloseTo(1, 6);
    expect(profileSimilarity(a, b, stats)).toBeLessThan(0.3);
  });
});
