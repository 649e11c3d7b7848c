/**
 * Citation precision: does the article sentence a summary sentence cites state
 * what the summary sentence says? Summarizes the DUC 2004 clusters (100 words,
 * as `bench:duc2004`), the MultiLing 2011 stories (250 words, as
 * `bench:multiling`) and the fictional stories of
 * `bench/annotations/citations/stories/` (250 words, nearly every sentence), and scores every
 * citation of another article than the sentence's own source against the hand
 * annotations of `bench/annotations/citations/citations.json` (ids, offsets
 * and a hash of the two texts; no text).
 *
 *   npm run bench:citations                 precision and citations per sentence, dev and test
 *   npm run bench:citations -- --list=dev   also every annotated pair of dev with its label, and the unannotated ones
 *   npm run bench:citations -- --sample     the pairs to annotate: a seeded sample of 200 research pairs and every fictional one
 *
 * A change to `cite` keeps or drops each annotated citation, or cites another
 * sentence of the same article: a new pair, counted under "not annotated" (with
 * the research pairs left out of the sample). Precision is over the annotated
 * pairs still cited; "annotated yes still cited" is what a change costs in
 * right citations.
 * Reads ../shared/data; the research sets are skipped when it is absent.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spanText, type SegmentedArticle } from '../src/article.js';
import { summarize, summaryPartsText, type CitationGrade, type SummarizeOptions } from '../src/summarize/index.js';
import { seededRandom } from '../src/test-support/random.js';
import { DUC2004_SUMMARY_OPTIONS, MULTILING2011_SUMMARY_OPTIONS } from './settings.js';
import { ratio, sharedData } from './shared-data.js';
import { loadCluster, prepareCluster, type ClusterFiles } from './summarize-cluster.js';

type Split = 'dev' | 'test';
type Label = 'yes' | 'partly' | 'no';

/** One citation of another article than the summary sentence's source. */
interface CitationPair {
  cluster: string;
  split: Split;
  summary: { article: string; parts: Array<[number, number]> };
  cited: { article: string; span: [number, number] };
  /** SHA-256 prefix of the summary sentence's text, a NUL, and the cited sentence's text. */
  sha256: string;
}

interface AnnotatedPair extends CitationPair {
  label: Label;
}

interface ClusterRun {
  cluster: string;
  split: Split;
  sentences: number;
  pairs: CitationPair[];
  texts: Map<string, { summary: string; cited: string }>;
  /** The grade `cite` gave each pair, by key. */
  grades: Map<string, CitationGrade>;
}

const ANNOTATIONS = fileURLToPath(new URL('annotations/citations/', import.meta.url));
const SAMPLE_SIZE = 200;
const SAMPLE_SEED = 23;
const FICTIONAL_SPLITS: Record<string, Split> = {
  'ferry-corran-strait': 'dev',
  'council-brennock-wind-farm': 'dev',
  'arrest-ostrand-gallery': 'test',
};

function pairKey(pair: CitationPair): string {
  return `${pair.cluster}|${pair.summary.article}|${pair.summary.parts.flat().join(',')}|${pair.cited.article}|${pair.cited.span.join(',')}`;
}

function runCluster(cluster: ClusterFiles, split: Split, options: Partial<SummarizeOptions>): ClusterRun {
  const articles: SegmentedArticle[] = prepareCluster(cluster);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const summary = summarize(articles, options);
  const pairs: CitationPair[] = [];
  const texts = new Map<string, { summary: string; cited: string }>();
  const grades = new Map<string, CitationGrade>();
  for (const sentence of summary.sentences) {
    const summaryText = summaryPartsText(byId.get(sentence.article)!.text, sentence.parts);
    for (const citation of sentence.citations) {
      if (citation.article === sentence.article) continue;
      const citedText = spanText(byId.get(citation.article)!.text, citation.span);
      const pair: CitationPair = {
        cluster: cluster.id,
        split,
        summary: { article: sentence.article, parts: sentence.parts.map((part) => [part.start, part.end]) },
        cited: { article: citation.article, span: [citation.span.start, citation.span.end] },
        sha256: createHash('sha256').update(`${summaryText}\u0000${citedText}`).digest('hex').slice(0, 16),
      };
      pairs.push(pair);
      texts.set(pairKey(pair), { summary: summaryText, cited: citedText });
      grades.set(pairKey(pair), citation.grade);
    }
  }
  return { cluster: cluster.id, split, sentences: summary.sentences.length, pairs, texts, grades };
}

async function researchRuns(): Promise<ClusterRun[]> {
  const runs: ClusterRun[] = [];
  const duc = sharedData('duc2004');
  if (duc) {
    const ids = (await readdir(path.join(duc, 'docs'))).sort();
    for (const [index, id] of ids.entries()) {
      const cluster = await loadCluster(`duc2004/${id}`, path.join(duc, 'docs', id));
      runs.push(runCluster(cluster, index % 2 === 0 ? 'dev' : 'test', DUC2004_SUMMARY_OPTIONS));
    }
  }
  const multiling = sharedData('multiling2011');
  if (multiling) {
    const names = (await readdir(path.join(multiling, 'sources'))).sort();
    const ids = [...new Set(names.map((name) => name.slice(0, 4)))];
    for (const [index, id] of ids.entries()) {
      const files = await Promise.all(
        names.filter((name) => name.startsWith(id)).map(async (name) => ({ input: path.join(multiling, 'sources', name), bytes: await readFile(path.join(multiling, 'sources', name)) })),
      );
      runs.push(runCluster({ id: `multiling2011/${id}`, files }, index % 2 === 0 ? 'dev' : 'test', MULTILING2011_SUMMARY_OPTIONS));
    }
  }
  return runs;
}

async function fictionalRuns(): Promise<ClusterRun[]> {
  const folder = path.join(ANNOTATIONS, 'stories');
  const runs: ClusterRun[] = [];
  for (const [name, split] of Object.entries(FICTIONAL_SPLITS)) {
    const file = path.join(folder, `${name}.jsonl`);
    runs.push(runCluster({ id: `fictional/${name}`, files: [{ input: file, bytes: await readFile(file) }] }, split, MULTILING2011_SUMMARY_OPTIONS));
  }
  return runs;
}

function sample(pairs: readonly CitationPair[], size: number): CitationPair[] {
  const random = seededRandom(SAMPLE_SEED);
  const shuffled = [...pairs].sort((a, b) => (pairKey(a) < pairKey(b) ? -1 : 1));
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled.slice(0, size);
}

async function loadAnnotations(): Promise<AnnotatedPair[]> {
  const file = path.join(ANNOTATIONS, 'citations.json');
  return (JSON.parse(await readFile(file, 'utf8')) as { pairs: AnnotatedPair[] }).pairs;
}

interface Score {
  annotated: number;
  kept: number;
  yes: number;
  partly: number;
  yesAnnotated: number;
  yesKept: number;
  unannotated: number;
  citations: number;
  sentences: number;
  /** Annotated pairs still cited, by grade and label. */
  graded: Record<CitationGrade, Record<Label, number>>;
}

function score(runs: readonly ClusterRun[], annotations: ReadonlyMap<string, AnnotatedPair>, clusters: ReadonlySet<string>): Score {
  const result: Score = {
    annotated: 0,
    kept: 0,
    yes: 0,
    partly: 0,
    yesAnnotated: 0,
    yesKept: 0,
    unannotated: 0,
    citations: 0,
    sentences: 0,
    graded: { states: { yes: 0, partly: 0, no: 0 }, partly: { yes: 0, partly: 0, no: 0 } },
  };
  const made = new Set<string>();
  for (const run of runs) {
    result.sentences += run.sentences;
    result.citations += run.pairs.length;
    for (const pair of run.pairs) {
      const key = pairKey(pair);
      made.add(key);
      const annotated = annotations.get(key);
      if (!annotated) {
        result.unannotated++;
        continue;
      }
      if (annotated.sha256 !== pair.sha256) throw new Error(`${key}: the texts differ from the annotated ones (reader changed?)`);
      result.kept++;
      result.graded[run.grades.get(key)!][annotated.label]++;
      if (annotated.label === 'yes') result.yes++;
      if (annotated.label === 'partly') result.partly++;
    }
  }
  for (const [key, pair] of annotations) {
    if (!clusters.has(pair.cluster)) continue;
    result.annotated++;
    if (pair.label === 'yes') {
      result.yesAnnotated++;
      if (made.has(key)) result.yesKept++;
    }
  }
  // Pairs that are annotated but in no run (research data absent) are not counted.
  return result;
}

function printScores(title: string, runs: readonly ClusterRun[], annotations: ReadonlyMap<string, AnnotatedPair>): void {
  if (runs.length === 0) return;
  console.log(`\n${title}\n`);
  const scores = new Map((['dev', 'test'] as const).map((split) => {
    const chosen = runs.filter((run) => run.split === split);
    return [split, { clusters: chosen.length, score: score(chosen, annotations, new Set(chosen.map((run) => run.cluster))) }];
  }));
  console.log('| split | clusters | sentences | other-article citations / sentence | annotated | still cited | precision yes | yes + partly | annotated yes still cited | not annotated |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [split, { clusters, score: s }] of scores) {
    console.log(
      `| ${split} | ${clusters} | ${s.sentences} | ${ratio(s.citations, s.sentences)} | ${s.annotated} | ${s.kept} | ${ratio(s.yes, s.kept)} (${s.yes}/${s.kept}) | ${ratio(s.yes + s.partly, s.kept)} | ${s.yesKept}/${s.yesAnnotated} | ${s.unannotated} |`,
    );
  }
  console.log('\nGrades of the annotated pairs still cited (`Citation.grade`): labels yes / partly / no under each grade; agreement over the yes and partly pairs (all graded `states`: the share of yes)\n');
  console.log('| split | graded states: yes / partly / no | precision yes of states | graded partly: yes / partly / no | agreement with yes / partly | all graded states |');
  console.log('|---|---|---|---|---|---|');
  for (const [split, { score: { graded } }] of scores) {
    const { states, partly } = graded;
    const whole = states.yes + states.partly + states.no;
    const labelled = states.yes + states.partly + partly.yes + partly.partly;
    console.log(
      `| ${split} | ${states.yes} / ${states.partly} / ${states.no} | ${ratio(states.yes, whole)} | ${partly.yes} / ${partly.partly} / ${partly.no} | ${ratio(states.yes + partly.partly, labelled)} | ${ratio(states.yes + partly.yes, labelled)} |`,
    );
  }
}

function listPairs(runs: readonly ClusterRun[], annotations: ReadonlyMap<string, AnnotatedPair>, split: Split): void {
  for (const run of runs.filter((candidate) => candidate.split === split)) {
    for (const pair of run.pairs) {
      const key = pairKey(pair);
      const texts = run.texts.get(key)!;
      const label = annotations.get(key)?.label ?? (run.cluster.startsWith('fictional/') ? 'UNANNOTATED' : '-');
      if (label === '-') continue;
      console.log(`\n[${label}, graded ${run.grades.get(key)}] ${key}\n  S: ${texts.summary.replace(/\s+/g, ' ')}\n  C: ${texts.cited.replace(/\s+/g, ' ')}`);
    }
    const made = new Set(run.pairs.map(pairKey));
    for (const [key, pair] of annotations) if (pair.cluster === run.cluster && !made.has(key)) console.log(`\n[dropped ${pair.label}] ${key}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const research = await researchRuns();
  const fictional = await fictionalRuns();
  if (args.includes('--sample')) {
    const chosen = [...sample(research.flatMap((run) => run.pairs), SAMPLE_SIZE), ...fictional.flatMap((run) => run.pairs)];
    const texts = new Map([...research, ...fictional].flatMap((run) => [...run.texts]));
    for (const pair of chosen) {
      const key = pairKey(pair);
      const text = texts.get(key)!;
      console.log(JSON.stringify({ ...pair, summaryText: text.summary, citedText: text.cited }));
    }
    return;
  }
  const annotations = new Map((await loadAnnotations()).map((pair) => [pairKey(pair), pair]));
  printScores('Research clusters (DUC 2004 at 100 words, MultiLing 2011 at 250): a seeded sample of citations annotated', research, annotations);
  printScores('Fictional stories (bench/annotations/citations/stories, 250 words): every citation annotated', fictional, annotations);
  const list = args.find((arg) => arg.startsWith('--list='))?.slice('--list='.length);
  if (list === 'dev') listPairs([...research, ...fictional], annotations, 'dev');
  else if (list) throw new Error('--list takes dev only: the test split is scored, not read');
}

await main();
