/**
 * Ingest throughput: the whole pipeline (read JSONL, clean, segment, skip
 * stored, copy detection against the store, story grouping, SQLite write) in
 * one process, holding the writer lock as `tidings ingest` does, over the real corpora in ../shared/data replayed to N articles
 * (default 100,000). Prints articles/s, elapsed time and memory at 10k, 50k
 * and 100k, then the copies found (a speed-up that stops finding them shows)
 * and the milliseconds per article each stage took, and a machine-speed
 * reference timed before and after (see `referenceMs`). Research data, evaluation only: nothing is copied into the repo;
 * the replay lives in a temporary folder, deleted afterwards.
 *
 *   npx tsx bench/throughput.ts [articles] [--db=PATH] [--distinct]   (pin to one core: taskset -c 0 …)
 *
 * `--db=PATH` keeps the database at PATH (it must not exist) for later
 * benchmarks (`bench/big-store.ts --db=PATH`) instead of deleting it with the replay.
 * `--distinct`: every replay line a text not stored before (bench/replay.ts).
 *
 * How the corpora are replayed: bench/replay.ts.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/article.js';
import { ingest } from '../src/ingest/index.js';
import { prepare } from '../src/pipeline.js';
import { openStore } from '../src/store/index.js';
import { baseArticles, writeReplay } from './replay.js';

const CHECKPOINTS = [10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000];
const DEFAULT_ARTICLES = 100_000;
/** Base articles the machine-speed reference prepares, and how many times (the fastest counts). */
const REFERENCE_ARTICLES = 500;
const REFERENCE_ROUNDS = 5;

/**
 * Milliseconds to clean and segment the first `REFERENCE_ARTICLES` base
 * articles, fastest of `REFERENCE_ROUNDS`: a fixed workload timed before and
 * after the ingest. This machine's speed drifts (the same code has measured
 * twice as slow an hour apart), so figures from different runs compare only
 * next to their reference.
 */
function referenceMs(base: readonly Article[]): number {
  let fastest = Infinity;
  for (let round = 0; round < REFERENCE_ROUNDS; round++) {
    const started = performance.now();
    for (const article of base.slice(0, REFERENCE_ARTICLES)) prepare(article);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** User + system CPU time of this process since `start`: less sensitive than wall time to a busy machine. */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keptDb = args.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
  const distinct = args.includes('--distinct');
  const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--distinct' && !arg.startsWith('--db='));
  if (unknown) throw new Error(`unknown option ${unknown} (expected --db=PATH or --distinct)`);
  const count = args.find((arg) => !arg.startsWith('--'));
  const target = Number(count ?? DEFAULT_ARTICLES);
  if (!Number.isInteger(target) || target <= 0) throw new Error(`expected a number of articles, got ${count}`);
  if (keptDb && existsSync(keptDb)) throw new Error(`--db=${keptDb}: the file exists; give a new path`);
  const corpora = await baseArticles();
  const base = corpora.flatMap((corpus) => corpus.articles);
  if (base.length === 0) {
    console.log('skipped: no corpus in ../shared/data');
    return;
  }
  for (const corpus of corpora) console.log(`${corpus.name}: ${corpus.articles.length} articles`);
  console.log(`replaying ${base.length} base articles to ${target} (${Math.ceil(target / base.length)} rounds)`);

  const folder = mkdtempSync(path.join(tmpdir(), 'tidings-throughput-'));
  try {
    const repeats = writeReplay(folder, base, target, distinct);
    if (distinct) console.log(`--distinct: ${repeats} replay lines could not be made distinct`);
    const referenceBefore = referenceMs(base);
    const db = keptDb ?? path.join(folder, 'throughput.db');
    const store = openStore(db, { create: true });
    const lock = await store.lockWriter('bench/throughput.ts');
    const checkpoints = CHECKPOINTS.filter((n) => n < target).concat(target);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    let last = { done: 0, seconds: 0 };
    console.log('\narticles   seconds   CPU s   articles/s (overall, since last, per CPU s)   heap used   RSS now   peak RSS');
    const report = await ingest(store, [folder], {
      onProgress: ({ done }) => {
        if (checkpoints.length === 0 || done < checkpoints[0]) return;
        checkpoints.shift();
        const seconds = (performance.now() - started) / 1000;
        const cpu = cpuSeconds(cpuStarted);
        const { rss, heapUsed } = process.memoryUsage();
        const peak = process.resourceUsage().maxRSS * 1024;
        const since = (done - last.done) / (seconds - last.seconds);
        console.log(
          `${String(done).padStart(8)}  ${seconds.toFixed(1).padStart(8)}  ${cpu.toFixed(1).padStart(6)}   ${[done / seconds, since, done / cpu].map((rate) => rate.toFixed(0).padStart(8)).join(' ')}              ${mb(heapUsed).padStart(8)}  ${mb(rss).padStart(8)}  ${mb(peak).padStart(8)}`,
        );
        last = { done, seconds };
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(cpuStarted);
    const counts = await store.counts();
    await lock.release();
    await store.close();
    console.log(
      `\n${report.added} stored, ${report.alreadyStored} already stored, ${report.problems.length} problems, ${counts.stories} stories; ` +
        `${(report.added / seconds).toFixed(0)} stored articles/s (${(report.added / cpu).toFixed(0)} per CPU second); database ${mb(statSync(db).size)}`,
    );
    console.log(`copies found: ${report.copies.reprint} reprints, ${report.copies.rewrite} rewrites; ${report.copies.retraced} stored articles found to copy a later arrival published before them`);
    console.log(`machine-speed reference (prepare ${REFERENCE_ARTICLES} base articles, fastest of ${REFERENCE_ROUNDS}): ${referenceBefore.toFixed(0)} ms before the ingest, ${referenceMs(base).toFixed(0)} ms after`);
    const stages = Object.entries(report.seconds);
    const staged = stages.reduce((sum, [, value]) => sum + value, 0);
    console.log(
      `ms per stored article: ${[...stages, ['read and the rest', seconds - staged] as const].map(([stage, value]) => `${stage} ${((1000 * value) / report.added).toFixed(3)}`).join(', ')}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
