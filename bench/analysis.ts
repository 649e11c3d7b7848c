/**
 * Every article we can read, through the reader a user's file of its kind
 * goes through, analysed as a story view analyses it: each group of
 * articles (a DUC 2004 or MultiLing cluster, an ECB+ topic, a SemEval pair,
 * the seeds, and the repository's own fictional examples and test streams)
 * is cleaned, segmented and given to `storyReport`, which runs
 * `articleAnalysis` on each article (entities, quotations and speakers,
 * fact claims, or another language's rules) and lines them up. Prints, per
 * source, the articles read, the quotations, claims and names found, the
 * milliseconds per article (median, 99th percentile, slowest group; after
 * one warm-up report of the examples), and every
 * group whose report threw or held a span outside its article's text;
 * exits 1 when any did. A crash of one article fails the whole story page,
 * so this is the net for inputs no unit test has: the research corpora
 * (../shared/data, evaluation only, skipped when absent) and the seeds.
 *
 *   npx tsx bench/analysis.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Article, SegmentedArticle, Span } from '../src/article.js';
import { storyReport, type StoryReport } from '../src/facts/index.js';
import { prepare } from '../src/pipeline.js';
import { readInputs, readString } from '../src/read/index.js';
import { median, sharedData } from './shared-data.js';

interface Group {
  name: string;
  articles: Article[];
}

interface Source {
  name: string;
  groups: () => Promise<Group[]>;
}

const repo = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/** One group per sub-folder (a cluster), read as a user's folder is read. */
async function folderGroups(folder: string): Promise<Group[]> {
  const names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(names.map(async (name) => ({ name, articles: (await readInputs([path.join(folder, name)])).articles })));
}

/** One group per file-name prefix (MultiLing's "M000" of "M0000.english"…"M0009.english"). */
async function prefixGroups(folder: string, prefixLength: number): Promise<Group[]> {
  const groups = new Map<string, string[]>();
  for (const name of readdirSync(folder).sort()) groups.set(name.slice(0, prefixLength), [...(groups.get(name.slice(0, prefixLength)) ?? []), path.join(folder, name)]);
  return Promise.all([...groups].map(async ([name, files]) => ({ name, articles: (await readInputs(files)).articles })));
}

/** ECB+ read through the JSONL reader, grouped by topic (the `topic` field of the line each article came from). */
async function ecbTopics(file: string): Promise<Group[]> {
  const topics = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).topic as number);
  const groups = new Map<number, Article[]>();
  for (const article of (await readInputs([file])).articles) {
    const topic = topics[(article.origin.item ?? 0) - 1] ?? -1;
    groups.set(topic, [...(groups.get(topic) ?? []), article]);
  }
  return [...groups].map(([topic, articles]) => ({ name: `topic ${topic}`, articles }));
}

/** SemEval 2022 task 8: each pair's two texts as JSONL lines, one group a pair. */
function semevalPairs(file: string): Group[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    const pair = JSON.parse(line);
    const lines = [1, 2].map((side) => JSON.stringify({ id: `semeval-${pair.pair_id}-${side}`, text: pair[`text${side}`] }));
    return { name: `pair ${pair.pair_id}`, articles: readString(lines.join('\n'), { input: 'semeval', format: 'jsonl' }).articles };
  });
}

function sources(): Source[] {
  const found: Source[] = [
    { name: 'examples (repository)', groups: async () => [{ name: 'examples', articles: (await readInputs([repo('examples')])).articles }] },
    { name: 'European stream (repository)', groups: async () => [{ name: 'european-stream', articles: (await readInputs([repo('src/test-support/european-stream')])).articles }] },
    { name: 'other-language quote set (repository)', groups: async () => folderGroups(repo('bench/annotations/other-languages')) },
  ];
  const seeds = repo('../shared/seeds');
  if (existsSync(seeds)) found.push({ name: 'seeds', groups: async () => [{ name: 'seeds', articles: (await readInputs([seeds])).articles }] });
  const duc = sharedData('duc2004');
  if (duc) found.push({ name: 'DUC 2004 clusters', groups: () => folderGroups(path.join(duc, 'docs')) });
  const multiling = sharedData('multiling2011');
  if (multiling) found.push({ name: 'MultiLing 2011 clusters', groups: () => prefixGroups(path.join(multiling, 'sources'), 4) });
  const ecb = sharedData('ecbplus');
  if (ecb) found.push({ name: 'ECB+ topics (JSONL)', groups: () => ecbTopics(path.join(ecb, 'docs.jsonl')) });
  const semeval = sharedData('semeval2022-t8');
  if (semeval) found.push({ name: 'SemEval 2022 pairs (JSONL)', groups: async () => semevalPairs(path.join(semeval, 'pairs-en-en.jsonl')) });
  return found;
}

/** The spans of a report that point into an article, each with the article it points into. */
function reportSpans(report: StoryReport): { article: string; span: Span }[] {
  const spans: { article: string; span: Span }[] = [];
  for (const entity of report.entities) for (const mention of entity.mentions) spans.push({ article: mention.article, span: mention.span });
  for (const quote of report.quotes) {
    for (const occurrence of quote.occurrences) {
      spans.push({ article: occurrence.article, span: occurrence.span });
      if (occurrence.speaker?.span) spans.push({ article: occurrence.article, span: occurrence.speaker.span });
    }
  }
  return spans;
}

/** Why a group's report is wrong, or undefined: a span outside its article's text. */
function badSpan(report: StoryReport, texts: ReadonlyMap<string, string>): string | undefined {
  for (const { article, span } of reportSpans(report)) {
    const text = texts.get(article);
    if (text === undefined) return `a span names ${article}, which is not in the group`;
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) return `span ${span.start}–${span.end} outside ${article} (${text.length} characters)`;
  }
  return undefined;
}

async function main(): Promise<void> {
  let failures = 0;
  console.log('| source | groups | articles | quotations | claims | names | ms per article: median | p99 | slowest |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const problems: string[] = [];
  const all = sources();
  storyReport((await all[0].groups())[0].articles.map((article) => prepare(article)));
  for (const source of all) {
    const groups = await source.groups();
    const perArticle: number[] = [];
    let articles = 0;
    let quotes = 0;
    let claims = 0;
    let names = 0;
    let slowest = { ms: 0, group: '' };
    for (const group of groups) {
      const prepared: SegmentedArticle[] = group.articles.map((article) => prepare(article));
      const started = performance.now();
      try {
        const report = storyReport(prepared);
        const why = badSpan(report, new Map(prepared.map((article) => [article.id, article.text])));
        if (why) throw new Error(why);
        quotes += report.quotes.length;
        claims += report.facts.length;
        names += report.entities.length;
      } catch (error) {
        failures += 1;
        problems.push(`${source.name}, ${group.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const ms = performance.now() - started;
      articles += prepared.length;
      for (let i = 0; i < prepared.length; i++) perArticle.push(ms / Math.max(1, prepared.length));
      if (ms > slowest.ms) slowest = { ms, group: group.name };
    }
    const sorted = [...perArticle].sort((a, b) => a - b);
    const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
    console.log(`| ${source.name} | ${groups.length} | ${articles} | ${quotes} | ${claims} | ${names} | ${median(perArticle).toFixed(2)} | ${p99.toFixed(2)} | ${slowest.ms.toFixed(0)} ms (${slowest.group}) |`);
  }
  console.log(failures === 0 ? '\nevery group analysed: no report threw, every span inside its article' : `\n${failures} groups failed:`);
  for (const problem of problems) console.log(`- ${problem}`);
  if (failures > 0) process.exitCode = 1;
}

await main();
