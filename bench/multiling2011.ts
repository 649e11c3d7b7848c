/**
 * TAC 2011 MultiLing pilot, English: summarizes the 10 stories at 250 words
 * through the same readers as users' files and scores them with Tidings'
 * ROUGE-1.5.5 using the official flags (`-n 2 -2 4 -u -x -c 95 -r 1000 -f A -p 0.5 -t 0 -a`,
 * no stemming, no length cut), beside the 2011 participants rescored the same
 * way and their official averages. `--jitter=N` prints instead the plain means
 * of N runs with jittered concept weights (bench/jitter.ts). Reads
 * ../shared/data/multiling2011; skips when absent.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { rougeSystems, type RougeTask } from '../src/rouge/index.js';
import { MULTILING2011_SUMMARY_OPTIONS } from './settings.js';
import { median, percent, sharedData } from './shared-data.js';
import { summarizeCluster, type ClusterFiles } from './summarize-cluster.js';
import { jitterSeeds, printJitteredMeans } from './jitter.js';

const OURS = 'Tidings';
const ROUGE_OPTIONS = { maxN: 2, stem: false, skipGap: 4, skipUnigrams: true, lcs: false } as const;
const TEAMS: Record<string, string> = {
  ID1: 'CIST', ID2: 'CLASSY', ID3: 'JRC', ID4: 'LIF', ID5: 'SIEL_IIITH', ID6: 'TALN_UPF', ID7: 'UBSummarizer', ID8: 'UoEssex',
  ID9: 'centroid baseline', ID10: 'topline (used the references)',
};

async function main(): Promise<void> {
  const root = sharedData('multiling2011');
  if (!root) return;
  const sourceNames = (await readdir(path.join(root, 'sources'))).sort();
  const storyIds = [...new Set(sourceNames.map((name) => name.slice(0, 4)))];
  const clusters: ClusterFiles[] = await Promise.all(
    storyIds.map(async (id) => ({
      id,
      files: await Promise.all(
        sourceNames.filter((name) => name.startsWith(id)).map(async (name) => ({ input: path.join(root, 'sources', name), bytes: await readFile(path.join(root, 'sources', name)) })),
      ),
    })),
  );
  const referenceNames = (await readdir(path.join(root, 'references'))).sort();
  const references = new Map(
    await Promise.all(
      storyIds.map(async (id) => [id, await Promise.all(referenceNames.filter((name) => name.startsWith(`${id}.`)).map((name) => readFile(path.join(root, 'references', name), 'utf8')))] as const),
    ),
  );
  const seeds = jitterSeeds(process.argv.slice(2));
  if (seeds) {
    printJitteredMeans({ clusters, references, summaryOptions: MULTILING2011_SUMMARY_OPTIONS, rougeOptions: ROUGE_OPTIONS, measures: ['ROUGE-2'], format: (recall) => recall.toFixed(4) }, seeds);
    return;
  }
  for (const cluster of clusters) summarizeCluster(cluster, MULTILING2011_SUMMARY_OPTIONS);
  const times: number[] = [];
  const ours = new Map<string, string>();
  for (const cluster of clusters) {
    const started = performance.now();
    ours.set(cluster.id, summarizeCluster(cluster, MULTILING2011_SUMMARY_OPTIONS));
    times.push(performance.now() - started);
  }

  const runs = (await readdir(path.join(root, 'system-runs'))).sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
  const tasks: RougeTask[] = await Promise.all(
    storyIds.map(async (id) => {
      const peers: Record<string, string> = { [OURS]: ours.get(id)! };
      for (const run of runs) peers[run] = await readFile(path.join(root, 'system-runs', run, 'English', id), 'utf8');
      return { id, references: references.get(id)!, peers };
    }),
  );
  const result = rougeSystems(tasks, ROUGE_OPTIONS);
  const official = await officialAverages(root);

  console.log('TAC 2011 MultiLing, English, 10 stories, 250 words; ROUGE-1.5.5 recall (-n 2 -2 4 -u -x -f A -p 0.5 -t 0 -a, no stemming)\n');
  console.log('| system | R-1 | R-2 | R-SU4 | official R-2 |');
  console.log('|---|---|---|---|---|');
  const rows = Object.entries(result.systems).sort(([, a], [, b]) => b.average['ROUGE-2'].R - a.average['ROUGE-2'].R);
  for (const [system, scores] of rows) {
    const name = system === OURS ? `**${OURS}**` : `${system} ${TEAMS[system] ?? ''}`.trim();
    const r2 = official.get(system);
    console.log(`| ${name} | ${scores.average['ROUGE-1'].R.toFixed(3)} | ${scores.average['ROUGE-2'].R.toFixed(3)} | ${scores.average['ROUGE-SU4'].R.toFixed(3)} | ${r2 === undefined ? '' : r2.toFixed(3)} |`);
  }
  const words = [...ours.values()].map((text) => text.split(/\s+/).filter(Boolean).length);
  console.log(`\nour summaries: ${Math.min(...words)}–${Math.max(...words)} words; median time per story: ${median(times).toFixed(1)} ms (R-2 ${percent(result.systems[OURS].average['ROUGE-2'].R)}%)`);
}

/** Official ROUGE-2 recall per run id, from the published evaluation. */
async function officialAverages(root: string): Promise<Map<string, number>> {
  const csv = await readFile(path.join(root, 'published-evaluation/AutomaticEvaluation/ROUGE/Averages/ENGLISH_ROUGE-2.csv'), 'utf8');
  const rows = csv.trim().split('\n').slice(1).map((line) => line.split(','));
  return new Map(rows.map(([run, recall]) => [run.replace(/_ROUGE-2$/, ''), Number(recall)]));
}

await main();
