/**
 * DUC 2004 Task 2 benchmark: summarizes the 50 clusters at 100 words through
 * the same readers as users' files, scores them with Tidings' ROUGE-1.5.5
 * (`-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 100 -a`), and prints our
 * row among the 13 published systems. `--jitter=N` prints instead the plain
 * means of N runs with jittered concept weights (bench/jitter.ts). Reads
 * ../shared/data/duc2004 (research data, evaluation only); skips when it is absent.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { rougeSystems, type RougeTask } from '../src/rouge/index.js';
import { median, percent, sharedData } from './shared-data.js';
import { loadCluster, summarizeCluster, type ClusterFiles } from './summarize-cluster.js';
import { DUC2004_SUMMARY_OPTIONS } from './settings.js';
import { jitterSeeds, printJitteredMeans } from './jitter.js';

const OURS = 'Tidings';
const WARM_UP_ROUNDS = 1;

async function main(): Promise<void> {
  const root = sharedData('duc2004');
  if (!root) return;
  const clusterIds = (await readdir(path.join(root, 'docs'))).sort();
  const clusters: ClusterFiles[] = await Promise.all(clusterIds.map((id) => loadCluster(id.replace(/t$/, ''), path.join(root, 'docs', id))));
  const references = await loadReferences(root, clusters.map((cluster) => cluster.id));
  const seeds = jitterSeeds(process.argv.slice(2));
  if (seeds) {
    const measures = ['ROUGE-1', 'ROUGE-2', 'ROUGE-SU4'];
    printJitteredMeans({ clusters, references, summaryOptions: DUC2004_SUMMARY_OPTIONS, rougeOptions: { words: 100 }, measures, format: percent }, seeds);
    return;
  }

  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const cluster of clusters) summarizeCluster(cluster, DUC2004_SUMMARY_OPTIONS);
  const ours = new Map<string, string>();
  const times: number[] = [];
  for (const cluster of clusters) {
    const started = performance.now();
    ours.set(cluster.id, summarizeCluster(cluster, DUC2004_SUMMARY_OPTIONS));
    times.push(performance.now() - started);
  }

  const tasks = await loadTasks(root, references, ours);
  const rougeStarted = performance.now();
  const result = rougeSystems(tasks, { words: 100 });
  const rougeSeconds = (performance.now() - rougeStarted) / 1000;

  const rows = Object.entries(result.systems)
    .map(([system, scores]) => ({ system, r1: scores.average['ROUGE-1'].R, r2: scores.average['ROUGE-2'].R, su4: scores.average['ROUGE-SU4'].R }))
    .sort((a, b) => b.r2 - a.r2);
  console.log('DUC 2004 Task 2, 50 clusters, 100 words; ROUGE-1.5.5 recall x100 (-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 100 -a)\n');
  console.log('| system | R-1 | R-2 | R-SU4 |');
  console.log('|---|---|---|---|');
  for (const row of rows) {
    const name = row.system === OURS ? `**${OURS}**` : row.system;
    console.log(`| ${name} | ${percent(row.r1)} | ${percent(row.r2)} | ${percent(row.su4)} |`);
  }
  console.log(`\nmedian time per cluster (read + clean + segment + summarize, after warm-up): ${median(times).toFixed(1)} ms`);
  console.log(`ROUGE over ${Object.keys(result.systems).length} systems x ${tasks.length} clusters, 1000 bootstrap samples: ${rougeSeconds.toFixed(2)} s`);
}

/** The four reference summaries of each cluster, by cluster id. */
async function loadReferences(root: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const models = (await readdir(path.join(root, 'models'))).sort();
  const texts = await Promise.all(
    ids.map((id) => Promise.all(models.filter((name) => name.startsWith(`${id}.`)).map((name) => readFile(path.join(root, 'models', name), 'utf8')))),
  );
  return new Map(ids.map((id, k) => [id, texts[k]]));
}

async function loadTasks(root: string, references: ReadonlyMap<string, string[]>, ours: ReadonlyMap<string, string>): Promise<RougeTask[]> {
  const peers = (await readdir(path.join(root, 'peers'))).sort();
  return Promise.all(
    [...references].map(async ([id, texts]) => {
      const published = await Promise.all(
        peers.filter((name) => name.startsWith(`${id}.`)).map(async (name) => [name.slice(id.length + 1), await readFile(path.join(root, 'peers', name), 'utf8')] as const),
      );
      return { id, references: texts, peers: { ...Object.fromEntries(published), [OURS]: ours.get(id)! } };
    }),
  );
}

await main();
