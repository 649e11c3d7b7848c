/**
 * The store's write step alone, A/B between this checkout and another
 * (`--against=PATH`, a checkout of another commit, e.g. a detached worktree
 * with node_modules linked in): an ingest of N replayed articles
 * (bench/replay.ts, `--distinct`) is run once and every batch and removal it
 * writes captured; then both checkouts' stores write the captured calls into
 * new databases, ROUNDS times each, alternating, in this one process. Prints
 * the CPU time of `writeBatch` and `removeArticles` alone per article: the
 * noise of the rest of the pipeline, and of a machine whose speed drifts
 * between runs, is left out. Research data, evaluation only; skipped when it
 * is absent.
 *
 *   npx tsx bench/store-step.ts --against=PATH [articles] [rounds]   (default 10,000 and 8; pin: taskset -c 1 …)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../src/ingest/index.js';
import { openStore, type ArticleRemoval, type IngestBatch, type Store } from '../src/store/index.js';
import { baseArticles, writeReplay } from './replay.js';
import { median } from './shared-data.js';

type Call = { op: 'writeBatch'; batch: IngestBatch } | { op: 'removeArticles'; batch: ArticleRemoval };

/** A store that records a copy of each write it is asked for, then does it. */
function recording(store: Store, calls: Call[]): Store {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'writeBatch') return (batch: IngestBatch) => (calls.push({ op: key, batch: structuredClone(batch) }), target.writeBatch(batch));
      if (key === 'removeArticles') return (removal: ArticleRemoval) => (calls.push({ op: key, batch: structuredClone(removal) }), target.removeArticles(removal));
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** CPU milliseconds the store's writes of `calls` take, into a new database at `file`. */
async function writeAll(open: typeof openStore, file: string, calls: readonly Call[]): Promise<number> {
  const store = open(file, { create: true });
  let micros = 0;
  try {
    for (const call of calls) {
      const started = process.cpuUsage();
      if (call.op === 'writeBatch') await store.writeBatch(call.batch);
      else await store.removeArticles(call.batch);
      const used = process.cpuUsage(started);
      micros += used.user + used.system;
    }
  } finally {
    await store.close();
  }
  return micros / 1000;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const against = args.find((arg) => arg.startsWith('--against='))?.slice('--against='.length);
  const [count = '10000', roundsGiven = '8'] = args.filter((arg) => !arg.startsWith('--'));
  const [articles, rounds] = [Number(count), Number(roundsGiven)];
  if (against === undefined || !Number.isInteger(articles) || articles <= 0 || !Number.isInteger(rounds) || rounds <= 0) {
    throw new Error('usage: npx tsx bench/store-step.ts --against=PATH [articles] [rounds]');
  }
  const base = (await baseArticles()).flatMap((corpus) => corpus.articles);
  if (base.length === 0) {
    console.log('skipped: no corpus in ../shared/data');
    return;
  }
  const other = (await import(path.resolve(against, 'src/store/index.ts'))) as { openStore: typeof openStore };
  const folder = mkdtempSync(path.join(tmpdir(), 'tidings-store-step-'));
  try {
    const replay = path.join(folder, 'replay');
    mkdirSync(replay);
    writeReplay(replay, base, articles, true);
    const calls: Call[] = [];
    const captured = openStore(path.join(folder, 'captured.db'), { create: true });
    const lock = await captured.lockWriter('bench/store-step.ts');
    const report = await ingest(recording(captured, calls), [replay]);
    await lock.release();
    await captured.close();
    const written = calls.reduce((sum, call) => sum + (call.op === 'writeBatch' ? call.batch.articles.length : 0), 0);
    console.log(`captured ${calls.length} writes (${report.added} articles stored) of a ${articles}-article replay; CPU ms per article of the store's writes:`);
    const sides = [
      { name: 'this checkout', open: openStore, ms: [] as number[] },
      { name: against, open: other.openStore, ms: [] as number[] },
    ];
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        const ms = (await writeAll(side.open, path.join(folder, `${sides.indexOf(side)}-${round}.db`), calls)) / written;
        side.ms.push(ms);
        console.log(`  round ${round + 1}  ${side.name.padEnd(20)} ${ms.toFixed(4)}`);
      }
    }
    for (const side of sides) console.log(`${side.name}: median ${median(side.ms).toFixed(4)}, range ${Math.min(...side.ms).toFixed(4)}–${Math.max(...side.ms).toFixed(4)}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
