/**
 * A clustering scored against gold labels: B-cubed (Bagga & Baldwin 1998)
 * and pairwise precision, recall and F1, and the number of clusters. Shared
 * by the story tests and benchmarks (ECB+, dated topics).
 */
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
