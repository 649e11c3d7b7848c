/**
 * How the story view grows with a story's size: one DUC 2004 report
 * (research data, evaluation only) replayed N times as near-copies from N
 * outlets an hour apart, ingested into a temporary database (one story),
 * then `storyView` timed three times: the first view makes the summary and
 * the report (quotes, names, facts, timeline; it aligns every copy with its
 * source) and keeps each article's analysis (`articleAnalysis`); the second
 * finds both cached and aligns no copy (the word edits are made for the
 * copies shown, `storyCopyViews`); then one more replay is ingested into the
 * story and the view after growth makes the summary and the report again,
 * analysing only the new article. Nothing is copied into the repo.
 *
 *   npx tsx bench/big-story.ts [articles…]      (default 250 500 1000 1500)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingest, storyView } from '../src/ingest/index.js';
import { readBytes, type ReadResult } from '../src/read/index.js';
import { openStore } from '../src/store/index.js';
import { sharedData } from './shared-data.js';

const REPORT = 'docs/d30001t/APW19981016.0240';
const HOUR = 3_600_000;

/** Replay r of the report: paragraph r mod n left out and two words swapped, so each is new but a near-copy. */
function replay(read: ReadResult, count: number): string {
  const [article] = read.articles;
  const paragraphs = article.paragraphs.map((span) => article.text.slice(span.start, span.end));
  const start = Date.parse(article.published ?? '1998-10-16');
  return Array.from({ length: count }, (_, round) => {
    const kept = paragraphs.filter((_, index) => paragraphs.length < 3 || round === 0 || index !== round % paragraphs.length).map((paragraph) => {
      const words = paragraph.split(' ');
      const k = (7 * round) % Math.max(1, words.length - 1);
      if (round > 0 && words.length > 2) [words[k], words[k + 1]] = [words[k + 1], words[k]];
      return words.join(' ');
    });
    return JSON.stringify({ id: `big-${round}`, outlet: `Outlet ${round % 40}`, title: article.title, published: new Date(start + round * HOUR).toISOString(), text: kept.join('\n\n') });
  }).join('\n');
}

async function main(): Promise<void> {
  const duc = sharedData('duc2004');
  if (!duc) return;
  const read = readBytes(readFileSync(path.join(duc, REPORT)), { input: REPORT });
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('| articles | stories | first view (s) | cached view (s) | view after growth (s) | quotes | names |');
  console.log('|---|---|---|---|---|---|---|');
  for (const size of sizes.length ? sizes : [250, 500, 1000, 1500]) {
    const folder = mkdtempSync(path.join(tmpdir(), 'tidings-big-story-'));
    try {
      const file = path.join(folder, 'replay.jsonl');
      const lines = replay(read, size + 1).split('\n');
      writeFileSync(file, lines.slice(0, size).join('\n'));
      const grown = path.join(folder, 'one-more.jsonl');
      writeFileSync(grown, lines[size]);
      const store = openStore(path.join(folder, 'big.db'), { create: true });
      const report = await ingest(store, [file]);
      const [largest] = (await store.listStories(10)).sort((a, b) => b.size - a.size);
      let started = performance.now();
      const view = await storyView(store, largest.id);
      const first = (performance.now() - started) / 1000;
      started = performance.now();
      await storyView(store, largest.id);
      const cached = (performance.now() - started) / 1000;
      await ingest(store, [grown]);
      started = performance.now();
      const after = await storyView(store, largest.id);
      const afterGrowth = (performance.now() - started) / 1000;
      await store.close();
      const growth = after?.articles.length === largest.size + 1 ? afterGrowth.toFixed(2) : 'not joined';
      console.log(`| ${largest.size} | ${report.stories} | ${first.toFixed(2)} | ${cached.toFixed(2)} | ${growth} | ${view?.report.quotes.length ?? 0} | ${view?.report.entities.length ?? 0} |`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

await main();
