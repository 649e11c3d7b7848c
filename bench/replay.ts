/**
 * The research corpora replayed to N articles, for the benchmarks that need a
 * big store (bench/throughput.ts, bench/big-store.ts): DUC 2004, ECB+,
 * MultiLing 2011 and SemEval 2022 task 8 texts from ../shared/data (research
 * data, evaluation only: the replay is written to a temporary folder).
 *
 * Replay r (r = 0, 1, 2…) of every base article, in base order, one round
 * after another, so that exact duplicates cannot short-circuit the work:
 * - id `<id>~<r>`, outlet `Outlet <r mod 50>`;
 * - published: the article's date plus 7·r days (undated articles: 2021-01-01 plus 7·r days), so
 *   a round is a new week of news and the previous rounds' stories age out as in a live stream;
 * - text: from round 1 on, paragraph r mod n is left out (when n ≥ 3) and in every paragraph the
 *   words at positions k and k+1 are swapped, k = 7·r mod (words − 1): every article is new to the
 *   content hash but a near-copy of its earlier replays, which copy detection must find and align.
 *
 * `distinct` (`--distinct`): past about 100 rounds a short article's
 * perturbation (and its outlet, one of 50) comes round again, and the store
 * takes the line as already stored. With `distinct`, such a line gets one
 * more pair of adjacent words swapped, in its first paragraph of at least
 * three words, at position 7·r + a (a = 1, 2, … until outlet and text are
 * new), so N lines store about N articles. Deterministic: the same N gives
 * the same texts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../src/article.js';
import { readInputs, readString } from '../src/read/index.js';
import { sharedData } from './shared-data.js';

const LINES_PER_FILE = 1000;
const WEEK = 7 * 86_400_000;
const UNDATED_START = Date.UTC(2021, 0, 1);

export async function baseArticles(): Promise<{ name: string; articles: Article[] }[]> {
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

function swapAt(paragraph: string, position: number): string {
  const words = paragraph.split(' ');
  if (words.length < 2) return paragraph;
  const k = position % (words.length - 1);
  [words[k], words[k + 1]] = [words[k + 1], words[k]];
  return words.join(' ');
}

function perturb(paragraphs: string[], round: number): string[] {
  if (round === 0) return paragraphs;
  const kept = paragraphs.length >= 3 ? paragraphs.filter((_, i) => i !== round % paragraphs.length) : paragraphs;
  return kept.map((paragraph) => swapAt(paragraph, 7 * round));
}

/** The replay line's fields; with `extraSwap` a > 0, the first paragraph of 3+ words has a second swap at 7·round + a. */
function replayFields(article: Article, round: number, extraSwap = 0) {
  const dated = article.published ? Date.parse(article.published) : NaN;
  const published = new Date((Number.isFinite(dated) ? dated : UNDATED_START) + round * WEEK).toISOString();
  const paragraphs = perturb(
    article.paragraphs.map((span) => article.text.slice(span.start, span.end)),
    round,
  );
  if (extraSwap > 0) {
    const first = paragraphs.findIndex((paragraph) => paragraph.split(' ').length >= 3);
    if (first >= 0) paragraphs[first] = swapAt(paragraphs[first], 7 * round + extraSwap);
  }
  return { id: `${article.id}~${round}`, outlet: `Outlet ${round % 50}`, title: article.title, published, text: paragraphs.join('\n\n') };
}

/** Extra swaps tried for one line before giving up on making it distinct (it is then stored as a repeat). */
const MAX_EXTRA_SWAPS = 64;

/** The replay as JSONL files of `LINES_PER_FILE` lines (not timed); `distinct`: see the header. Returns lines that stayed repeats. */
export function writeReplay(folder: string, base: readonly Article[], count: number, distinct: boolean): number {
  let lines: string[] = [];
  let file = 0;
  let repeats = 0;
  const seen = new Set<string>();
  const key = (fields: { outlet: string; text: string }) => createHash('sha256').update(`${fields.outlet}\u0000${fields.text}`).digest('base64').slice(0, 16);
  for (let n = 0; n < count; n++) {
    const article = base[n % base.length];
    const round = Math.floor(n / base.length);
    let fields = replayFields(article, round);
    if (distinct) {
      for (let extra = 1; seen.has(key(fields)) && extra <= MAX_EXTRA_SWAPS; extra++) fields = replayFields(article, round, extra);
      if (seen.has(key(fields))) repeats += 1;
      seen.add(key(fields));
    }
    lines.push(JSON.stringify(fields));
    if (lines.length === LINES_PER_FILE || n === count - 1) {
      writeFileSync(path.join(folder, `replay-${String(file++).padStart(4, '0')}.jsonl`), `${lines.join('\n')}\n`);
      lines = [];
    }
  }
  return repeats;
}

