/**
 * `--jitter`: the noise check of the summarization benchmarks. Which of two
 * nearly equal sentences the greedy selection takes moves ROUGE on 50 or 10
 * clusters as much as many rules do, so a rule is judged on the mean of runs
 * with every concept weight × (1 ± JITTER_AMPLITUDE), uniform, seeded
 * (`--jitter=6`: seeds 1–6; `--jitter=7-18`: seeds 7–18), scored as plain
 * means over clusters (the benchmarks' tables print bootstrap means, a few
 * hundredths away). Uses the summarizer's test seam (`weight-seam.ts`).
 */
import { prepareReferences, rouge, type PreparedReferences, type RougeOptions } from '../src/rouge/index.js';
import type { SummarizeOptions } from '../src/summarize/index.js';
import { withConceptWeightsAdjusted } from '../src/summarize/weight-seam.js';
import { seededRandom } from '../src/test-support/random.js';
import { summarizeCluster, type ClusterFiles } from './summarize-cluster.js';

export const JITTER_AMPLITUDE = 0.025;

/** The seeds `--jitter=N` (1…N) or `--jitter=A-B` (A…B) asks for; undefined without the argument. */
export function jitterSeeds(args: readonly string[]): number[] | undefined {
  const arg = args.find((value) => value.startsWith('--jitter'));
  if (arg === undefined) return undefined;
  const match = /^--jitter=(?:(\d+)-)?(\d+)$/.exec(arg);
  const first = Number(match?.[1] ?? 1);
  const last = Number(match?.[2]);
  if (!match || first < 1 || last < first) throw new Error(`${arg}: expected --jitter=N (seeds 1 to N) or --jitter=A-B (seeds A to B, 1 ≤ A ≤ B)`);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/** Every concept weight × (1 ± amplitude), the same draws for a seed in every `summarize` call. */
export function conceptWeightJitter(seed: number, amplitude = JITTER_AMPLITUDE): (weights: Float64Array) => void {
  return (weights) => {
    const random = seededRandom(Math.imul(seed, 2654435761) >>> 0);
    for (let i = 0; i < weights.length; i++) weights[i] *= 1 + amplitude * (2 * random() - 1);
  };
}

export interface JitterBenchmark {
  clusters: readonly ClusterFiles[];
  /** Reference summaries by cluster id. */
  references: ReadonlyMap<string, readonly string[]>;
  summaryOptions: Partial<SummarizeOptions>;
  rougeOptions: Partial<RougeOptions>;
  /** The measures to print ("ROUGE-2"), each recall formatted by `format`. */
  measures: readonly string[];
  format: (recall: number) => string;
}

/** Prints the plain means of the run without jitter, of each seed's run, and their mean and range over the seeds. */
export function printJitteredMeans(benchmark: JitterBenchmark, seeds: readonly number[]): void {
  const prepared = new Map([...benchmark.references].map(([id, texts]) => [id, prepareReferences(texts, benchmark.rougeOptions)]));
  const show = (values: readonly number[]) => values.map(benchmark.format).join(' / ');
  console.log(`${benchmark.measures.join(' / ')} recall, plain means over ${benchmark.clusters.length} clusters; concept weights × (1 ± ${JITTER_AMPLITUDE})\n`);
  console.log(`no jitter: ${show(meanRecalls(benchmark, prepared))}`);
  const runs = seeds.map((seed) => {
    const recalls = withConceptWeightsAdjusted(conceptWeightJitter(seed), () => meanRecalls(benchmark, prepared));
    console.log(`seed ${seed}: ${show(recalls)}`);
    return recalls;
  });
  const column = (k: number) => runs.map((run) => run[k]);
  const means = benchmark.measures.map((_, k) => column(k).reduce((sum, value) => sum + value, 0) / runs.length);
  console.log(`\nmean of seeds ${seeds[0]}–${seeds[seeds.length - 1]}: ${show(means)}`);
  console.log(`range: ${benchmark.measures.map((_, k) => `${benchmark.format(Math.min(...column(k)))}–${benchmark.format(Math.max(...column(k)))}`).join(' / ')}`);
}

function meanRecalls(benchmark: JitterBenchmark, prepared: ReadonlyMap<string, PreparedReferences>): number[] {
  const sums = benchmark.measures.map(() => 0);
  for (const cluster of benchmark.clusters) {
    const scores = rouge(summarizeCluster(cluster, benchmark.summaryOptions), prepared.get(cluster.id)!);
    benchmark.measures.forEach((measure, k) => (sums[k] += scores[measure].R));
  }
  return sums.map((sum) => sum / benchmark.clusters.length);
}
