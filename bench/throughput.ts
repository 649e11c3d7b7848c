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
 *   npx tsx bench/throughput.ts [articles]        (pin to one core: taskset -c 0 …)
 *
 * Replay r (r = 0, 1, 2…) of every base article, in base order, one round
 * after another, so that exact duplicates cannot short-circuit the work:
 * - id `<id>~<r>`, outlet `Outlet <r mod 50>`;
 * - published: the article's date plus 7·r days (undated articles: 2021-01-01 plus 7·r days), so
 *   a round is a new week of news and the previous rounds' stories age out as in a live stream;
 * - text: from round 1 on, paragraph r mod n is left out (when n ≥ 3) and in every paragraph the
 *   words at positions k and k+1 are swapped, k = 7·r mod (words − 1): every article is new to the
 *   content hash but a near-copy of its earlier replays, which copy detection must find and align.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/article.js';
import { ingest } from '../src/ingest/index.js';
import { prepare } from '../src/pipeline.js';
import { readInputs, readString } from '../src/read/index.js';
import { openStore } from '../src/store/index.js';
import { sharedData } from './shared-data.js';

const CHECKPOINTS = [10_000, 50_000, 100_000];
const LINES_PER_FILE = 1000;
const WEEK = 7 * 86_400_000;
const UNDATED_START = Date.UTC(2021, 0, 1);

async function baseArticles(): Promise<{ name: string; articles: Article[] }[]> {
  const corpora: { name: string; articles: Article[] }[] = [];
  const duc = sharedData('duc2004');
  if (duc) corpora.push({ name: 'DUC 2004 docs', articles: (await readInputs([path.join(duc, 'docs')])).articles });
  const ecb = sharedData('ecbplus');
  if (ecb) corpora.push({ name: 'ECB+ docs.jsonl', articles: (await readInputs([path.join(ecb, 'docs.jsonl')])).articles });
  const multiling = sharedData('multiling2011');
  if (multiling) corpora.push({ name: 'MultiLing 2011 sources', articles: (await readInputs([path.join(multiling, 'sources')])).articles });
  const semeval = sharedData('semeval2022-t8');
  if (semeval) {
    const pairs = readFileSync(path.join(semeval, 'pairs-en-en.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const lines = pairs.flatMap((pair) => [1, 2].map((side) => JSON.stringify({ id: `semeval-${pair.pair_id}-${side}`, text: pair[`text${side}`] })));
    corpora.push({ name: 'SemEval 2022 task 8 texts', articles: readString(lines.join('\n'), { input: 'semeval', format: 'jsonl' }).articles });
  }
  return corpora;
}

function perturb(paragraphs: string[], round: number): string[] {
  if (round === 0) return paragraphs;
  const kept = paragraphs.length >= 3 ? paragraphs.filter((_, i) => i !== round % paragraphs.length) : paragraphs;
  return kept.map((paragraph) => {
    const words = paragraph.split(' ');
    if (words.length < 2) return paragraph;
    const k = (7 * round) % (words.length - 1);
    [words[k], words[k + 1]] = [words[k + 1], words[k]];
    return words.join(' ');
  });
}

function replayLine(article: Article, round: number): string {
  const dated = article.published ? Date.parse(article.published) : NaN;
  const published = new Date((Number.isFinite(dated) ? dated : UNDATED_START) + round * WEEK).toISOString();
  const paragraphs = article.paragraphs.map((span) => article.text.slice(span.start, span.end));
  return JSON.stringify({
    id: `${article.id}~${round}`,
    outlet: `Outlet ${round % 50}`,
    title: article.title,
    published,
    text: perturb(paragraphs, round).join('\n\n'),
  });
}

/** The replay as JSONL files of `LINES_PER_FILE` lines (not timed). */
function writeReplay(folder: string, base: readonly Article[], count: number): void {
  let lines: string[] = [];
  let file = 0;
  for (let n = 0; n < count; n++) {
    lines.push(replayLine(base[n % base.length], Math.floor(n / base.length)));
    if (lines.length === LINES_PER_FILE || n === count - 1) {
      writeFileSync(path.join(folder, `replay-${String(file++).padStart(4, '0')}.jsonl`), `${lines.join('\n')}\n`);
      lines = [];
    }
  }
}

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
  const target = Number(process.argv[2] ?? CHECKPOINTS[CHECKPOINTS.length - 1]);
  if (!Number.isInteger(target) || target <= 0) throw new Error(`expected a number of articles, got ${process.argv[2]}`);
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
    writeReplay(folder, base, target);
    const referenceBefore = referenceMs(base);
    const db = path.join(folder, 'throughput.db');
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
