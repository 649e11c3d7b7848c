/**
 * What a user waits for on a big database: each CLI command that reads
 * (`stories`, `story`, `search`, `outlets`, `export`) and `remove`, run
 * in this process through the CLI's `main` (no Node start-up counted), first
 * and second run; and each page and API route of the web reader, through the
 * app's `fetch` (no socket), the first request and the median of the next
 * `REPEATS`. The database is the research corpora replayed to N distinct
 * articles (bench/replay.ts; default 100,000, built first, in a temporary
 * folder deleted afterwards), or one kept by `bench/throughput.ts --db=PATH
 * --distinct`. Research data, evaluation only; skipped when it is absent.
 *
 *   npx tsx bench/big-store.ts [articles]           (pin to one core: taskset -c 1 …)
 *   npx tsx bench/big-store.ts --db=PATH [--remove]
 *
 * With `--db`, `remove` runs only when `--remove` is given: it removes two
 * articles of that database for good (one of the biggest story, the newest
 * one) and forgets their tombstones.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { main } from '../src/cli/main.js';
import { ingest } from '../src/ingest/index.js';
import { createApp } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { baseArticles, writeReplay } from './replay.js';
import { median } from './shared-data.js';

const DEFAULT_ARTICLES = 100_000;
/** Requests of a route timed after its first, the median reported. */
const REPEATS = 5;

/** Standard output of a command: counted, not kept. */
class CountingSink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    done();
  }
}

async function runCommand(argv: string[]): Promise<{ ms: number; bytes: number; code: number; stderr: string }> {
  const stdout = new CountingSink();
  let stderr = '';
  const errors = new Writable({
    write(chunk, _encoding, done) {
      stderr += chunk.toString();
      done();
    },
  });
  const started = performance.now();
  const code = await main(argv, { stdin: process.stdin, stdout, stderr: errors });
  return { ms: performance.now() - started, bytes: stdout.bytes, code, stderr: stderr.trim() };
}

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 3 : 1).padStart(8);
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

async function buildDatabase(folder: string, count: number): Promise<string | undefined> {
  const base = (await baseArticles()).flatMap((corpus) => corpus.articles);
  if (base.length === 0) return undefined;
  console.log(`building: ${base.length} base articles replayed to ${count} distinct lines…`);
  const replay = path.join(folder, 'replay');
  mkdirSync(replay);
  writeReplay(replay, base, count, true);
  const file = path.join(folder, 'big-store.db');
  const store = openStore(file, { create: true });
  const lock = await store.lockWriter('bench/big-store.ts');
  const started = performance.now();
  const report = await ingest(store, [replay]);
  await lock.release();
  await store.close();
  rmSync(replay, { recursive: true, force: true });
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s: ${report.added} stored`);
  return file;
}

interface Subjects {
  articles: number;
  stories: number;
  biggest: { id: string; size: number };
  newest: string;
  deepOffset: number;
  since: string;
  outlet: string;
  removable: string[];
}

/** What the commands and routes are asked about, read straight from the file. */
function subjects(file: string): Subjects {
  const db = new Database(file, { readonly: true });
  try {
    const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const stories = db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
    const biggest = db.prepare('SELECT id, size FROM stories ORDER BY size DESC LIMIT 1').get() as { id: string; size: number };
    const newest = db.prepare('SELECT id, last_seen FROM stories ORDER BY last_seen DESC, rowid DESC LIMIT 1').get() as { id: string; last_seen: string };
    const since = new Date(Date.parse(newest.last_seen) - 30 * 86_400_000).toISOString().slice(0, 10);
    const outlet = db.prepare('SELECT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY rowid DESC LIMIT 1').pluck().get() as string;
    const inBiggest = db.prepare('SELECT a.id FROM story_articles sa JOIN articles a ON a.rowid = sa.article WHERE sa.story = ? ORDER BY sa.article LIMIT 1').pluck().get(biggest.id) as string;
    const last = db.prepare('SELECT id FROM articles ORDER BY rowid DESC LIMIT 1').pluck().get() as string;
    return { articles, stories, biggest, newest: newest.id, since, deepOffset: Math.max(0, stories - 40), outlet, removable: [inBiggest, last] };
  } finally {
    db.close();
  }
}

async function timeCommands(file: string, subject: Subjects, remove: boolean): Promise<void> {
  const db = ['--db', file];
  const commands: Array<[string, string[]]> = [
    ['stories', ['stories', ...db]],
    ['stories --limit 1000', ['stories', '--limit', '1000', ...db]],
    ['stories --search earthquake', ['stories', '--search', 'earthquake', ...db]],
    ['stories --search said', ['stories', '--search', 'said', ...db]],
    [`stories --outlet "${subject.outlet}"`, ['stories', '--outlet', subject.outlet, ...db]],
    [`stories --since ${subject.since} (30 days before the newest)`, ['stories', '--since', subject.since, ...db]],
    [`story ${subject.biggest.id} (biggest, ${subject.biggest.size} articles)`, ['story', subject.biggest.id, ...db]],
    [`story ${subject.newest} (newest)`, ['story', subject.newest, ...db]],
    ['search earthquake', ['search', 'earthquake', ...db]],
    ['search said (in most articles)', ['search', 'said', ...db]],
    ['search "prime minister"', ['search', '"prime minister"', ...db]],
    ['outlets', ['outlets', ...db]],
    [`export --story ${subject.biggest.id}`, ['export', '--story', subject.biggest.id, ...db]],
    ['export (every article)', ['export', ...db]],
  ];
  console.log('\nCLI command (in process)                                  first s   second s   output');
  for (const [name, argv] of commands) {
    const first = await runCommand(argv);
    const second = await runCommand(argv);
    const failed = first.code !== 0 ? `  exit ${first.code}: ${first.stderr.slice(0, 120)}` : '';
    console.log(`${name.padEnd(56)} ${seconds(first.ms)}   ${seconds(second.ms)}   ${size(second.bytes)}${failed}`);
  }
  if (!remove) return;
  for (const id of subject.removable) {
    const removed = await runCommand(['remove', id, ...db]);
    const undone = await runCommand(['remove', '--undo', id, ...db]);
    const failed = removed.code !== 0 ? `  exit ${removed.code}: ${removed.stderr.slice(0, 120)}` : '';
    console.log(`${`remove ${id}`.padEnd(56)} ${seconds(removed.ms)}   ${seconds(undone.ms)} (--undo)${failed}`);
  }
}

async function timeRoutes(file: string, subject: Subjects): Promise<void> {
  const store = openStore(file);
  const app = createApp({ store, log: () => {} });
  const story = (id: string) => encodeURIComponent(id);
  const routes = [
    '/',
    '/?offset=1000',
    `/?offset=${subject.deepOffset}`,
    '/?q=earthquake',
    '/?q=said',
    `/?outlet=${encodeURIComponent(subject.outlet)}`,
    `/stories/${story(subject.biggest.id)}`,
    `/stories/${story(subject.newest)}`,
    '/search?q=earthquake',
    '/search?q=said',
    '/stories.atom',
    '/outlets',
    '/api/stories',
    `/api/stories?offset=${subject.deepOffset}`,
    `/api/stories/${story(subject.biggest.id)}`,
    '/api/search?q=earthquake',
    '/api/outlets',
  ];
  console.log(`\nroute (in process)                                        first s   median s of ${REPEATS}   status   body`);
  try {
    for (const route of routes) {
      const times: number[] = [];
      let status = 0;
      let bytes = 0;
      for (let run = 0; run <= REPEATS; run++) {
        const started = performance.now();
        const response = await app.request(`http://localhost${route}`);
        const body = await response.arrayBuffer();
        times.push(performance.now() - started);
        status = response.status;
        bytes = body.byteLength;
      }
      const shown = route.length > 48 ? `${route.slice(0, 45)}…` : route;
      console.log(`${shown.padEnd(56)} ${seconds(times[0])}   ${seconds(median(times.slice(1)))}          ${status}   ${size(bytes)}`);
    }
  } finally {
    await store.close();
  }
}

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const given = args.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
  const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--remove' && !arg.startsWith('--db='));
  if (unknown) throw new Error(`unknown option ${unknown} (expected --db=PATH or --remove)`);
  const count = Number(args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_ARTICLES);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`expected a number of articles, got ${args.find((arg) => !arg.startsWith('--'))}`);
  const folder = given === undefined ? mkdtempSync(path.join(tmpdir(), 'tidings-big-store-')) : undefined;
  try {
    const file = given ?? (await buildDatabase(folder as string, count));
    if (file === undefined) {
      console.log('skipped: no corpus in ../shared/data');
      return;
    }
    const subject = subjects(file);
    console.log(`database ${file}: ${subject.articles} articles, ${subject.stories} stories, ${size(statSync(file).size)}; biggest story ${subject.biggest.id} (${subject.biggest.size} articles)`);
    await timeCommands(file, subject, given === undefined || args.includes('--remove'));
    await timeRoutes(file, subject);
  } finally {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  }
}

await run();
