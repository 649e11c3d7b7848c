/**
 * Rewrite tracing with known ground truth: spun copies of DUC 2004 and
 * MultiLing 2011 articles (`bench/spins.ts`: graded strengths, and mixes of
 * 2 or 3 sources of one cluster) traced by `compareCopies` against every
 * article of their cluster (independent reports of the same event are the
 * distractors), and hard negatives: each article of a cluster against the
 * others (dates dropped, so all are candidates), which must come out
 * `independent`. Articles sharing 20% or more of their 5-word shingles with
 * another of their cluster are real copies, not independent reports: they
 * are neither spun nor used as negatives (counted as "set aside").
 *
 * Clusters alternate between the dev split (even position in name order) and
 * the test split (odd), so no source text is in both; each case's generator
 * seed is derived from its cluster and kind. `--split=dev` (or `test`) prints
 * one split only. Reads ../shared/data (evaluation only); skips when absent.
 *
 * Run: `npm run bench:rewrites [-- --split=dev]`
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SegmentedArticle, Span, Token } from '../src/article.js';
import { compareCopies, wordDiff, type CopyKind, type CopyVerdict, type WordEdit } from '../src/copies/index.js';
import { defaultCopyOptions } from '../src/copies/options.js';
import { prepare } from '../src/pipeline.js';
import { readBytes, readString } from '../src/read/index.js';
import { sharedData } from './shared-data.js';
import { seededRandom } from '../src/test-support/random.js';
import { sourceUnits, spin, SPIN_STRENGTHS, SPLIT_AT, spunText, type SentenceOrigin, type SpinOperations, type SpinSource, type SpinUnit } from './spins.js';

/** Shingle containment at which two articles of a cluster count as copies of each other, not independent reports. */
const COPY_CONTAINMENT = 0.2;
const SHINGLE = 5;
const MIN_SOURCE_SENTENCES = 8;
/** Sentences a mixed copy takes from its sources in all. */
const MIX_SENTENCES = 14;
const SPUN_DATE = '2099-01-01';
const CREDIT_LINE = 'Copyright Lakeview Wire Service.';

type CaseKind = keyof typeof SPIN_STRENGTHS | 'mix2' | 'mix3' | 'negative';
const CASE_KINDS: readonly CaseKind[] = ['reprint', 'light', 'medium', 'heavy', 'mix2', 'mix3', 'negative'];
/** The verdicts counted right for each case kind. */
const EXPECTED: Record<CaseKind, readonly CopyKind[]> = {
  reprint: ['reprint'],
  light: ['reprint', 'rewrite'],
  medium: ['rewrite'],
  heavy: ['rewrite'],
  mix2: ['rewrite'],
  mix3: ['rewrite'],
  negative: ['independent'],
};
const MIX_OPERATIONS: SpinOperations = { ...SPIN_STRENGTHS.medium, drop: 0 };

type EditClass = 'merged' | 'split half' | 'other';
const EDIT_CLASSES: readonly EditClass[] = ['merged', 'split half', 'other'];

interface EditTally {
  /** Words of the changed runs (deleted, inserted, replaced, both sides) the match's edits show. */
  shown: number;
  /** min(shown, true) per sentence: shown edit words the truth's edits account for. */
  real: number;
  /** The same count for the edits against what the sentence truly came from. */
  truth: number;
  /** Sentences, and those whose shown count is the truth's. */
  sentences: number;
  exact: number;
}

interface Cluster {
  id: string;
  split: 'dev' | 'test';
  articles: SegmentedArticle[];
  /** Articles that are nobody's copy in the cluster. */
  clean: SegmentedArticle[];
}

interface Outcome {
  kind: CaseKind;
  split: 'dev' | 'test';
  verdict: CopyVerdict;
  /** True share of each source among the copy's counted sentences. */
  trueShares: Map<string, number>;
  /** Matches whose source sentence is one the sentence came from, all matches, and sentences with an origin. */
  rightMatches: number;
  matches: number;
  originSentences: number;
  recalledSentences: number;
  /** Sentences with an origin by the operations that changed them ("intact" for none): [recalled, all]. */
  byChange: Map<string, [number, number]>;
  /** Over right matches, by kind of sentence (merged, split half, other): edit words shown, of them at most as many as the truth's, the truth's. */
  editWords: Map<EditClass, EditTally>;
  ms: number;
}

async function main(): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith('--split='))?.slice('--split='.length);
  if (only !== undefined && only !== 'dev' && only !== 'test') throw new Error(`--split: expected dev or test, got "${only}"`);
  const clusters = await loadClusters();
  if (clusters.length === 0) return;
  for (const cluster of clusters.slice(0, 2)) runCluster(cluster, clusters, 0);
  const outcomes: Outcome[] = [];
  clusters.forEach((cluster, c) => {
    if (!only || cluster.split === only) outcomes.push(...runCluster(cluster, clusters, c));
  });
  const setAside = clusters.reduce((sum, cluster) => sum + cluster.articles.length - cluster.clean.length, 0);
  const total = clusters.reduce((sum, cluster) => sum + cluster.articles.length, 0);
  console.log(`rewrite tracing: ${clusters.length} clusters (DUC 2004, MultiLing 2011), ${total} articles, ${setAside} set aside as real copies (shingle containment >= ${COPY_CONTAINMENT})\n`);
  for (const split of ['dev', 'test'] as const) if (!only || only === split) printTable(split, outcomes.filter((outcome) => outcome.split === split));
}

async function loadClusters(): Promise<Cluster[]> {
  const groups: { id: string; inputs: string[] }[] = [];
  const duc = sharedData('duc2004');
  if (duc) {
    for (const name of (await readdir(path.join(duc, 'docs'))).sort()) {
      const folder = path.join(duc, 'docs', name);
      groups.push({ id: name, inputs: (await readdir(folder)).sort().map((file) => path.join(folder, file)) });
    }
  }
  const multiling = sharedData('multiling2011');
  if (multiling) {
    const names = (await readdir(path.join(multiling, 'sources'))).sort();
    for (const story of [...new Set(names.map((name) => name.slice(0, 4)))]) {
      groups.push({ id: story, inputs: names.filter((name) => name.startsWith(story)).map((name) => path.join(multiling, 'sources', name)) });
    }
  }
  const clusters: Cluster[] = [];
  for (const [c, group] of groups.entries()) {
    const articles: SegmentedArticle[] = [];
    for (const input of group.inputs) articles.push(...readBytes(await readFile(input), { input }).articles.map((article) => prepare(article)));
    const shingles = articles.map(shingleSet);
    const clean = articles.filter((_, i) => shingles.every((other, j) => i === j || (containment(shingles[i], other) < COPY_CONTAINMENT && containment(other, shingles[i]) < COPY_CONTAINMENT)));
    clusters.push({ id: group.id, split: c % 2 === 0 ? 'dev' : 'test', articles, clean });
  }
  return clusters;
}

function shingleSet(article: SegmentedArticle): Set<string> {
  const words = article.tokens.filter((token) => !token.punct).map((token) => token.norm);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE).join(' '));
  return shingles;
}

function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / a.size;
}

function spinSource(article: SegmentedArticle): SpinSource {
  const sentences = article.sentences.map((sentence) => article.text.slice(sentence.start, sentence.end));
  const paragraphs = article.paragraphs.map((paragraph) =>
    article.sentences.flatMap((sentence, i) => (sentence.start >= paragraph.start && sentence.start < paragraph.end ? [i] : [])),
  );
  return { id: article.id, sentences, paragraphs: paragraphs.filter((paragraph) => paragraph.length > 0) };
}

function runCluster(cluster: Cluster, clusters: readonly Cluster[], c: number): Outcome[] {
  const outcomes: Outcome[] = [];
  const sources = cluster.clean.filter((article) => article.sentences.length >= MIN_SOURCE_SENTENCES);
  const neighbour = clusters[(c + 1) % clusters.length].articles[0];
  const filler = spinSource(neighbour).sentences.filter((sentence) => sentence.split(/\s+/).length >= 8);
  CASE_KINDS.forEach((kind, k) => {
    if (kind === 'negative') return;
    const seed = hashSeed(`${cluster.id}/${kind}`);
    const random = seededRandom(seed);
    const count = kind === 'mix2' ? 2 : kind === 'mix3' ? 3 : 1;
    if (sources.length < count) return;
    const chosen = pick(sources, count, random);
    let units: SpinUnit[][];
    if (count === 1) {
      units = spin(sourceUnits(spinSource(chosen[0])), SPIN_STRENGTHS[kind as keyof typeof SPIN_STRENGTHS], seed, filler);
      if (kind === 'reprint') units.push([{ text: CREDIT_LINE, origins: [] }]);
    } else {
      const weights = count === 2 ? [0.6, 0.4] : [0.5, 0.3, 0.2];
      const blocks = chosen.flatMap((article, i) => {
        const source = spinSource(article);
        const length = Math.min(source.sentences.length, Math.round(weights[i] * MIX_SENTENCES));
        const from = Math.floor(random() * (source.sentences.length - length + 1));
        return sourceUnits(source, from, from + length);
      });
      units = spin(blocks, MIX_OPERATIONS, seed, filler);
    }
    const copy = spunArticle(`spin-${cluster.id}-${k}`, units);
    outcomes.push(traced(kind, cluster.split, copy, cluster.articles, units));
  });
  for (const article of cluster.clean) {
    const others = cluster.articles.filter((other) => other !== article).map((other) => ({ ...other, published: undefined }));
    outcomes.push(traced('negative', cluster.split, { ...article, published: undefined }, others, []));
  }
  return outcomes;
}

function hashSeed(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function pick<T>(items: readonly T[], count: number, random: () => number): T[] {
  const left = [...items];
  return Array.from({ length: count }, () => left.splice(Math.floor(random() * left.length), 1)[0]);
}

function spunArticle(id: string, units: readonly SpinUnit[][]): SegmentedArticle {
  const line = JSON.stringify({ id, published: SPUN_DATE, text: spunText(units) });
  return prepare(readString(line, { input: id, format: 'jsonl' }).articles[0]);
}

function wordsOf(article: SegmentedArticle, sentence: number): number {
  const { tokenStart, tokenEnd } = article.sentences[sentence];
  let words = 0;
  for (let t = tokenStart; t < tokenEnd; t++) if (!article.tokens[t].punct) words++;
  return words;
}

/** The unit each sentence of `copy` came from: the one covering most of it (units found in its text in order). */
function sentenceUnits(copy: SegmentedArticle, units: readonly SpinUnit[][]): SpinUnit[] {
  const placed: { start: number; end: number; unit: SpinUnit }[] = [];
  let from = 0;
  for (const unit of units.flat()) {
    const at = copy.text.indexOf(unit.text, from);
    if (at < 0) continue;
    placed.push({ start: at, end: at + unit.text.length, unit });
    from = at + unit.text.length;
  }
  return copy.sentences.map((sentence) => {
    let best: SpinUnit = { text: '', origins: [] };
    let bestOverlap = 0;
    for (const { start, end, unit } of placed) {
      const overlap = Math.min(end, sentence.end) - Math.max(start, sentence.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [unit, overlap];
    }
    return best;
  });
}

function traced(kind: CaseKind, split: 'dev' | 'test', copy: SegmentedArticle, candidates: readonly SegmentedArticle[], units: readonly SpinUnit[][]): Outcome {
  const started = performance.now();
  const verdict = compareCopies(copy, candidates);
  const ms = performance.now() - started;
  const fromUnits = sentenceUnits(copy, units);
  const origins: SentenceOrigin[][] = fromUnits.map((unit) => unit.origins);
  const counted = copy.sentences.map((_, i) => i).filter((i) => wordsOf(copy, i) >= defaultCopyOptions.minSentenceWords);
  const trueShares = new Map<string, number>();
  for (const i of counted) for (const article of new Set(origins[i].map((origin) => origin.article))) trueShares.set(article, (trueShares.get(article) ?? 0) + 1 / counted.length);
  const matched = new Map<number, { article: string; sentence: number }>();
  for (const source of verdict.sources) for (const match of source.matches) matched.set(match.sentence, match.source);
  let rightMatches = 0;
  let recalledSentences = 0;
  const isRight = (i: number) => {
    const match = matched.get(i);
    return match !== undefined && origins[i].some((origin) => origin.article === match.article && origin.sentence === match.sentence);
  };
  for (const i of matched.keys()) if (isRight(i)) rightMatches++;
  const originSentences = counted.filter((i) => origins[i].length > 0);
  const byChange = new Map<string, [number, number]>();
  for (const i of originSentences) {
    const right = isRight(i);
    if (right) recalledSentences++;
    const change = [...new Set(fromUnits[i].changes ?? ['intact'])].sort().join('+');
    const counts = byChange.get(change) ?? [0, 0];
    byChange.set(change, [counts[0] + (right ? 1 : 0), counts[1] + 1]);
  }
  const editWords = new Map<EditClass, EditTally>();
  const byId = new Map(candidates.map((article) => [article.id, article]));
  for (const source of verdict.sources) {
    const original = byId.get(source.article)!;
    for (const match of source.matches) {
      if (!isRight(match.sentence)) continue;
      const unit = fromUnits[match.sentence];
      const truth = trueSourceTokens(original, unit);
      if (truth === undefined) continue;
      const copyTokens = copy.tokens.slice(copy.sentences[match.sentence].tokenStart, copy.sentences[match.sentence].tokenEnd);
      const shown = changedWords(match.edits, original, copy);
      const truthWords = changedWords(wordDiff(truth, copyTokens).edits, original, copy);
      const type: EditClass = unit.origins.length > 1 ? 'merged' : unit.half ? 'split half' : 'other';
      const tally = editWords.get(type) ?? { shown: 0, real: 0, truth: 0, sentences: 0, exact: 0 };
      tally.shown += shown;
      tally.real += Math.min(shown, truthWords);
      tally.truth += truthWords;
      tally.sentences++;
      if (shown === truthWords) tally.exact++;
      editWords.set(type, tally);
    }
  }
  return { kind, split, verdict, trueShares, rightMatches, matches: matched.size, originSentences: originSentences.length, recalledSentences, byChange, editWords, ms };
}

/**
 * The source tokens a spun sentence truly came from: its origin sentences (both of a merge, none
 * between), or the part of the origin a split half took (cut where the generator cut it, the
 * joining word with the second half). Undefined when the origins are not all in `source`.
 */
function trueSourceTokens(source: SegmentedArticle, unit: SpinUnit): Token[] | undefined {
  if (unit.origins.length === 0 || unit.origins.some((origin) => origin.article !== source.id)) return undefined;
  const tokensIn = (span: Span) => source.tokens.filter((token) => token.start >= span.start && token.end <= span.end);
  if (!unit.half) return unit.origins.flatMap((origin) => tokensIn(source.sentences[origin.sentence]));
  const sentence = source.sentences[unit.origins[0].sentence];
  const text = source.text.slice(sentence.start, sentence.end);
  const place = [...text.matchAll(SPLIT_AT)][unit.half.cut];
  if (place === undefined) return undefined;
  const cut = sentence.start + place.index + 2;
  return tokensIn(unit.half.which === 0 ? { start: sentence.start, end: cut } : { start: cut, end: sentence.end });
}

/** Words in the changed runs of `edits` (source side in `source`, copy side in `copy`). */
function changedWords(edits: readonly WordEdit[], source: SegmentedArticle, copy: SegmentedArticle): number {
  const words = (article: SegmentedArticle, span: Span | undefined) =>
    span ? article.tokens.filter((token) => !token.punct && token.start >= span.start && token.end <= span.end).length : 0;
  return edits.reduce((sum, edit) => (edit.op === 'equal' ? sum : sum + words(source, edit.source) + words(copy, edit.copy)), 0);
}

/** Mean absolute share error over the sources either the truth or the verdict names. */
function shareError(outcome: Outcome): number {
  const named = new Map(outcome.verdict.sources.map((source) => [source.article, source.share]));
  const all = new Set([...outcome.trueShares.keys(), ...named.keys()]);
  let error = 0;
  for (const article of all) error += Math.abs((outcome.trueShares.get(article) ?? 0) - (named.get(article) ?? 0));
  return all.size === 0 ? 0 : error / all.size;
}

/** A copy verdict whose largest source is one the copy took from. */
function rightSource(outcome: Outcome): boolean {
  return outcome.verdict.kind !== 'independent' && outcome.trueShares.has(outcome.verdict.sources[0]?.article ?? '');
}

function allSourcesNamed(outcome: Outcome): boolean {
  const named = new Set(outcome.verdict.sources.map((source) => source.article));
  return outcome.verdict.kind !== 'independent' && [...outcome.trueShares.keys()].every((article) => named.has(article)) && named.size === outcome.trueShares.size;
}

const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}`);

function printTable(split: string, outcomes: readonly Outcome[]): void {
  console.log(`${split} split`);
  console.log('| case | n | reprint | rewrite | independent | verdict right % | source right % | exact source set % | share error | sentence P % | sentence R % | ms per article |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const kind of CASE_KINDS) {
    const rows = outcomes.filter((outcome) => outcome.kind === kind);
    if (rows.length === 0) continue;
    const count = (verdict: CopyKind) => rows.filter((row) => row.verdict.kind === verdict).length;
    const right = rows.filter((row) => EXPECTED[kind].includes(row.verdict.kind)).length;
    const positive = kind !== 'negative';
    const sum = (field: 'rightMatches' | 'matches' | 'originSentences' | 'recalledSentences') => rows.reduce((total, row) => total + row[field], 0);
    const cells = [
      kind, rows.length, count('reprint'), count('rewrite'), count('independent'), pct(right, rows.length),
      positive ? pct(rows.filter(rightSource).length, rows.length) : '-',
      positive ? pct(rows.filter(allSourcesNamed).length, rows.length) : '-',
      positive ? (rows.reduce((total, row) => total + shareError(row), 0) / rows.length).toFixed(3) : '-',
      positive ? pct(sum('rightMatches'), sum('matches')) : '-',
      positive ? pct(sum('recalledSentences'), sum('originSentences')) : '-',
      (rows.reduce((total, row) => total + row.ms, 0) / rows.length).toFixed(2),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const positives = outcomes.filter((outcome) => outcome.kind !== 'negative');
  const called = outcomes.filter((outcome) => outcome.verdict.kind !== 'independent');
  const calledRight = called.filter((outcome) => outcome.kind !== 'negative' && rightSource(outcome)).length;
  const rewrites = outcomes.filter((outcome) => outcome.verdict.kind === 'rewrite');
  const rewritesRight = rewrites.filter((outcome) => outcome.kind !== 'negative' && outcome.kind !== 'reprint' && rightSource(outcome)).length;
  const byChange = new Map<string, [number, number]>();
  for (const outcome of positives) {
    for (const [change, [recalled, all]] of outcome.byChange) {
      const counts = byChange.get(change) ?? [0, 0];
      byChange.set(change, [counts[0] + recalled, counts[1] + all]);
    }
  }
  const tallies = EDIT_CLASSES.map((type) => {
    const all = { shown: 0, real: 0, truth: 0, sentences: 0, exact: 0 };
    for (const outcome of positives) {
      const tally = outcome.editWords.get(type);
      if (tally) for (const key of Object.keys(all) as (keyof EditTally)[]) all[key] += tally[key];
    }
    return `${type} (${all.sentences}): ${all.shown} shown / ${all.truth} true, ${pct(all.real, all.shown)}% real, ${pct(all.exact, all.sentences)}% exact`;
  });
  console.log(`edit words of right matches (changed runs, both sides; "real": accounted for by the edits against what the sentence came from): ${tallies.join('; ')}`);
  console.log(`sentence recall by change: ${[...byChange].sort(([a], [b]) => a.localeCompare(b)).map(([change, [recalled, all]]) => `${change} ${pct(recalled, all)}% of ${all}`).join(', ')}`);
  const rewriteCases = positives.filter((outcome) => outcome.kind !== 'reprint' && outcome.kind !== 'light');
  console.log(
    `copy (reprint or rewrite) precision ${pct(calledRight, called.length)}% (${calledRight}/${called.length}, right source), recall ${pct(positives.filter(rightSource).length, positives.length)}%; ` +
      `rewrite precision ${pct(rewritesRight, rewrites.length)}% (${rewritesRight}/${rewrites.length}), recall on medium, heavy and mixes ${pct(rewriteCases.filter((outcome) => outcome.verdict.kind === 'rewrite' && rightSource(outcome)).length, rewriteCases.length)}%\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
