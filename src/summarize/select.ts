import type { Unit } from './units.js';

/** What a unit costs against the budget. */
export type Cost = (unit: Unit) => number;

export interface Selection {
  picked: number[];
  score: number;
}

/**
 * Budgeted maximum coverage: choose units whose total cost fits `budget` and
 * whose concepts, each counted once, have the greatest total weight. Units that
 * share a `group` (variants of one sentence) exclude each other.
 *
 * Pass 1, greedy by gain per `greedyCost` (Khuller et al.; by default the cost), compared with the best single unit.
 * Pass 2, local search: swap one picked unit for one unpicked while the score rises.
 */
export function selectUnits(
  units: readonly Unit[],
  weights: Float64Array,
  cost: Cost,
  budget: number,
  group: (unit: Unit) => number,
  greedyCost: Cost = cost,
): Selection {
  const costs = units.map(cost);
  const greedy = greedyPass(units, weights, costs, budget, group, greedyCost === cost ? costs : units.map(greedyCost));
  const single = bestSingle(units, weights, costs, budget);
  const start = single.score > greedy.score ? single : greedy;
  return swapPass(units, weights, costs, budget, group, start);
}

/** The total weight of the concepts of the `picked` units (all of them by default), each concept counted once. */
export function coverage(units: readonly Unit[], weights: Float64Array, picked: Iterable<number> = units.keys()): number {
  return coverageMarking(units, weights, [...picked], new Uint8Array(weights.length));
}

/** `coverage` of the `picked` units, marking each concept counted in `seen`. */
function coverageMarking(units: readonly Unit[], weights: Float64Array, picked: readonly number[], seen: Uint8Array): number {
  let score = 0;
  for (const index of picked) {
    for (const concept of units[index].concepts) {
      if (seen[concept] === 0) {
        seen[concept] = 1;
        score += weights[concept];
      }
    }
  }
  return score;
}

function greedyPass(
  units: readonly Unit[],
  weights: Float64Array,
  costs: readonly number[],
  budget: number,
  group: (unit: Unit) => number,
  ratioCosts: readonly number[],
): Selection {
  const covered = new Set<number>();
  const usedGroups = new Set<number>();
  const picked: number[] = [];
  let spent = 0;
  let score = 0;
  for (;;) {
    let best = -1;
    let bestRatio = 0;
    let bestGain = 0;
    for (let i = 0; i < units.length; i++) {
      if (usedGroups.has(group(units[i])) || spent + costs[i] > budget) continue;
      let gain = 0;
      for (const concept of units[i].concepts) if (!covered.has(concept)) gain += weights[concept];
      const ratio = gain / Math.max(1, ratioCosts[i]);
      if (gain > 0 && ratio > bestRatio) {
        best = i;
        bestRatio = ratio;
        bestGain = gain;
      }
    }
    if (best < 0) break;
    picked.push(best);
    usedGroups.add(group(units[best]));
    spent += costs[best];
    score += bestGain;
    for (const concept of units[best].concepts) covered.add(concept);
  }
  return { picked, score };
}

function bestSingle(units: readonly Unit[], weights: Float64Array, costs: readonly number[], budget: number): Selection {
  let best: Selection = { picked: [], score: 0 };
  for (let i = 0; i < units.length; i++) {
    if (costs[i] > budget) continue;
    const score = coverage(units, weights, [i]);
    if (score > best.score) best = { picked: [i], score };
  }
  return best;
}

function swapPass(
  units: readonly Unit[],
  weights: Float64Array,
  costs: readonly number[],
  budget: number,
  group: (unit: Unit) => number,
  start: Selection,
): Selection {
  let current = start;
  for (let round = 0; round < 20; round++) {
    const improved = bestSwap(units, weights, costs, budget, group, current);
    if (improved === undefined) break;
    current = improved;
  }
  return current;
}

function bestSwap(
  units: readonly Unit[],
  weights: Float64Array,
  costs: readonly number[],
  budget: number,
  group: (unit: Unit) => number,
  current: Selection,
): Selection | undefined {
  const spent = current.picked.reduce((sum, i) => sum + costs[i], 0);
  let best: Selection | undefined;
  // The kept units' concepts (`inKept`) and those a candidate adds (`added`, stamped with the candidate's turn).
  const inKept = new Uint8Array(weights.length);
  const added = new Uint32Array(weights.length);
  let turn = 0;
  // Removing index -1 means adding without removing anything.
  for (let out = -1; out < current.picked.length; out++) {
    const kept = current.picked.filter((_, k) => k !== out);
    const keptGroups = new Set(kept.map((i) => group(units[i])));
    const room = budget - spent + (out >= 0 ? costs[current.picked[out]] : 0);
    inKept.fill(0);
    const keptScore = coverageMarking(units, weights, kept, inKept);
    for (let i = 0; i < units.length; i++) {
      if (costs[i] > room || keptGroups.has(group(units[i])) || current.picked.includes(i)) continue;
      // coverage(units, weights, [...kept, i]), added in the same order: the kept units' sum, then the unit's new concepts.
      turn++;
      let score = keptScore;
      for (const concept of units[i].concepts) {
        if (inKept[concept] === 1 || added[concept] === turn) continue;
        added[concept] = turn;
        score += weights[concept];
      }
      if (score > (best?.score ?? current.score) + 1e-9) best = { picked: [...kept, i], score };
    }
  }
  return best;
}
