import { expected } from '../errors.js';
import { bootstrap, resampleIndices, type Estimate, type Triple } from './bootstrap.js';
import { measureNames, resolveRougeOptions, type RougeOptions } from './options.js';
import { preparePeer, prepareReferenceSummaries } from './prepare.js';
import { roundLikeRouge } from './round.js';
import { scorePrepared, type MeasureScore, type RougeScores } from './score.js';

/** One summarization task: its references and the summaries systems wrote for it. */
export interface RougeTask {
  /** Task (cluster) id, e.g. `d30001`. */
  id: string;
  /** Reference summaries, one sentence per line. */
  references: readonly string[];
  /** Peer summaries by system id, one sentence per line. A system may skip a task. */
  peers: Readonly<Record<string, string>>;
}

/** A system's average of one measure over the tasks it summarized. */
export interface SystemMeasure extends Estimate {
  /** Lower bound of the confidence interval. */
  low: Estimate;
  /** Upper bound of the confidence interval. */
  high: Estimate;
  /** The plain mean over tasks; R, P and F above are the bootstrap mean ROUGE-1.5.5 prints. */
  mean: Estimate;
}

export interface SystemScores {
  /** By measure name. */
  average: Record<string, SystemMeasure>;
  /** Per-task scores by task id. */
  clusters: Record<string, RougeScores>;
}

export interface RougeSystemsResult {
  options: RougeOptions;
  /** Measure names in ROUGE's order, e.g. `ROUGE-1`, `ROUGE-2`, `ROUGE-L`, `ROUGE-SU4`. */
  measures: string[];
  /** Task ids in ROUGE's order. */
  tasks: string[];
  /** By system id, in sorted order (ROUGE's `-a`). */
  systems: Record<string, SystemScores>;
}

function checkTasks(tasks: unknown): asserts tasks is readonly RougeTask[] {
  if (!Array.isArray(tasks)) expected('rougeSystems tasks as an array', tasks);
  const seen = new Set<string>();
  for (const task of tasks as unknown[]) {
    const candidate = task as Partial<RougeTask> | null;
    if (candidate === null || typeof candidate !== 'object' || typeof candidate.id !== 'string') expected('a task {id, references, peers}', task);
    if (seen.has(candidate.id)) expected('distinct task ids', candidate.id);
    seen.add(candidate.id);
    if (!Array.isArray(candidate.references) || candidate.references.length === 0 || !candidate.references.every((text) => typeof text === 'string')) {
      expected(`task ${candidate.id} to have reference texts`, candidate.references);
    }
    if (candidate.peers === null || typeof candidate.peers !== 'object' || !Object.values(candidate.peers).every((text) => typeof text === 'string')) {
      expected(`task ${candidate.id} to have peer texts by system id`, candidate.peers);
    }
  }
}

/** What one task contributes to the averages: rounded R/P/F, or raw counts for `unit: 'token'`. */
function instanceOf(score: MeasureScore, unit: RougeOptions['unit']): Triple {
  return unit === 'summary' ? [score.R, score.P, score.F] : [score.referenceTotal, score.peerTotal, score.hits];
}

function plainMean(instances: readonly Triple[], options: RougeOptions): Estimate {
  const sums = instances.reduce<[number, number, number]>((total, value) => [total[0] + value[0], total[1] + value[1], total[2] + value[2]], [0, 0, 0]);
  if (options.unit === 'token') {
    const R = sums[0] > 0 ? sums[2] / sums[0] : 0;
    const P = sums[1] > 0 ? sums[2] / sums[1] : 0;
    const denominator = (1 - options.alpha) * P + options.alpha * R;
    return { R: roundLikeRouge(R), P: roundLikeRouge(P), F: roundLikeRouge(denominator > 0 ? (R * P) / denominator : 0) };
  }
  const count = Math.max(1, instances.length);
  return { R: roundLikeRouge(sums[0] / count), P: roundLikeRouge(sums[1] / count), F: roundLikeRouge(sums[2] / count) };
}

/**
 * ROUGE-1.5.5 with `-a` over many systems and tasks: every peer is scored
 * against its task's references (prepared once per task), then each system's
 * per-task scores are averaged with bootstrap confidence intervals.
 */
export function rougeSystems(tasks: readonly RougeTask[], options?: Partial<RougeOptions>): RougeSystemsResult {
  checkTasks(tasks);
  const resolved = resolveRougeOptions(options);
  const measures = measureNames(resolved);
  const taskIds = tasks.map((task) => task.id).sort();
  const clustersBySystem = new Map<string, Record<string, RougeScores>>();
  for (const task of tasks) {
    const prepared = prepareReferenceSummaries(task.references, resolved);
    for (const [system, text] of Object.entries(task.peers)) {
      const clusters = clustersBySystem.get(system) ?? {};
      clusters[task.id] = scorePrepared(preparePeer(text, prepared), prepared);
      clustersBySystem.set(system, clusters);
    }
  }
  const resamplesBySize = new Map<number, Int32Array[]>();
  const resamplesFor = (size: number): Int32Array[] => {
    const known = resamplesBySize.get(size);
    if (known !== undefined) return known;
    const made = resampleIndices(size, resolved.samples, resolved.seed);
    resamplesBySize.set(size, made);
    return made;
  };
  const systems: Record<string, SystemScores> = {};
  for (const system of [...clustersBySystem.keys()].sort()) {
    const clusters = clustersBySystem.get(system) as Record<string, RougeScores>;
    // ROUGE orders instances by the string "task.system".
    const order = Object.keys(clusters).sort((a, b) => compareStrings(`${a}.${system}`, `${b}.${system}`));
    const resamples = resamplesFor(order.length);
    const average: Record<string, SystemMeasure> = {};
    for (const measure of measures) {
      const instances = order.map((task) => instanceOf(clusters[task][measure], resolved.unit));
      const { average: estimate, low, high } = bootstrap(instances, resamples, resolved);
      average[measure] = { ...estimate, low, high, mean: plainMean(instances, resolved) };
    }
    systems[system] = { average, clusters: Object.fromEntries(order.map((task) => [task, clusters[task]])) };
  }
  return { options: resolved, measures, tasks: taskIds, systems };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
