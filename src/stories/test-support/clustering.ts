/**
 * A clustering scored against gold labels: B-cubed (Bagga & Baldwin 1998)
 * and pairwise precision, recall and F1, and the number of clusters. Shared
 * by the story tests and benchmarks (ECB+, dated topics), with the links
 * between related stories and the threads they make.
 */
import type { StoryClusterer } from '../clusterer.js';
import type { ArticleProfile } from '../profile.js';

export interface ClusteringScores {
  b3: { p: number; r: number; f: number };
  pairwise: { p: number; r: number; f: number };
  clusters: number;
}

function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** B-cubed (Bagga & Baldwin) and pairwise scores of a predicted clustering against the gold one (item → label). */
export function clusteringScores(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusteringScores {
  const members = (labels: ReadonlyMap<string, string>): Map<string, string[]> => {
    const groups = new Map<string, string[]>();
    for (const [item, label] of labels) groups.set(label, [...(groups.get(label) ?? []), item]);
    return groups;
  };
  const predictedGroups = members(predicted);
  const goldGroups = members(gold);
  const both = new Map<string, number>();
  for (const [item, label] of predicted) {
    const key = `${label}\u0000${gold.get(item)}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [item, label] of predicted) {
    const overlap = both.get(`${label}\u0000${gold.get(item)}`)!;
    precision += overlap / predictedGroups.get(label)!.length;
    recall += overlap / goldGroups.get(gold.get(item)!)!.length;
  }
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  let truePairs = 0;
  for (const n of both.values()) truePairs += pairs(n);
  let predictedPairs = 0;
  for (const group of predictedGroups.values()) predictedPairs += pairs(group.length);
  let goldPairs = 0;
  for (const group of goldGroups.values()) goldPairs += pairs(group.length);
  const p = precision / predicted.size;
  const r = recall / predicted.size;
  const pairP = predictedPairs === 0 ? 0 : truePairs / predictedPairs;
  const pairR = goldPairs === 0 ? 0 : truePairs / goldPairs;
  return { b3: { p, r, f: harmonic(p, r) }, pairwise: { p: pairP, r: pairR, f: harmonic(pairP, pairR) }, clusters: predictedGroups.size };
}

export interface LinkScores {
  /** Distinct linked story pairs, and the share of them whose stories' main topics are the same. */
  links: number;
  precision: number;
  /** Share of the story pairs with the same main topic that are linked directly. */
  recall: number;
  /** Stories joined through their links (connected components, as threads) scored like stories. */
  threads: ClusteringScores;
}

/**
 * Links between predicted stories (pairs of story ids) scored against the
 * gold labels of their items: each story stands for its most frequent label.
 */
export function linkScores(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>, links: Iterable<readonly [string, string]>): LinkScores {
  const labelCounts = new Map<string, Map<string, number>>();
  for (const [item, story] of predicted) {
    const counts = labelCounts.get(story) ?? new Map<string, number>();
    counts.set(gold.get(item)!, (counts.get(gold.get(item)!) ?? 0) + 1);
    labelCounts.set(story, counts);
  }
  const topic = new Map([...labelCounts].map(([story, counts]) => [story, [...counts].sort((a, b) => b[1] - a[1])[0][0]]));
  const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const linked = new Set<string>();
  const parent = new Map<string, string>();
  const root = (story: string): string => {
    let at = story;
    while (parent.has(at)) at = parent.get(at)!;
    return at;
  };
  for (const [a, b] of links) {
    if (a === b) continue;
    linked.add(pairKey(a, b));
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  let correct = 0;
  for (const key of linked) {
    const [a, b] = key.split('\u0000');
    if (topic.get(a) === topic.get(b)) correct++;
  }
  const stories = [...topic.keys()];
  let samePairs = 0;
  let sameLinked = 0;
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      if (topic.get(stories[i]) !== topic.get(stories[j])) continue;
      samePairs++;
      if (linked.has(pairKey(stories[i], stories[j]))) sameLinked++;
    }
  }
  const threads = new Map([...predicted].map(([item, story]) => [item, root(story)]));
  return { links: linked.size, precision: linked.size === 0 ? 0 : correct / linked.size, recall: samePairs === 0 ? 0 : sameLinked / samePairs, threads: clusteringScores(threads, gold) };
}

/** Each profile added to `clusterer` in order: the story of each article and the related-story links the arrivals made. */
export function addAll(clusterer: StoryClusterer, profiles: Iterable<ArticleProfile>): { predicted: Map<string, string>; links: Array<[string, string]> } {
  const predicted = new Map<string, string>();
  const links: Array<[string, string]> = [];
  for (const profile of profiles) {
    const assignment = clusterer.add(profile);
    predicted.set(profile.id, assignment.story);
    for (const related of assignment.related) links.push([assignment.story, related.story]);
  }
  return { predicted, links };
}
