/**
 * Quote benchmark: `findQuotes` against the hand annotations in
 * `bench/annotations/quotes.json` (DUC 2004 and ECB+ articles; see the README
 * there). A found quote matches an annotated one of the same kind when their
 * spans overlap by at least half of the longer one (one-to-one, best overlap
 * first). The speaker of a matched quote is right when the names agree after
 * normalizing, or their last words agree ("Tillerson" / "Rex Tillerson").
 *
 * Run: `npx tsx bench/quotes.ts [--verbose | --verbose=indirect]`. Skips when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SegmentedArticle } from '../src/article.js';
import { findQuotes } from '../src/quotes/index.js';
import type { Quote } from '../src/quotes/index.js';
import { excerpt, loadAnnotated, matchSpans, sameSpeaker, type AnnotatedArticle } from './annotations/articles.js';
import { f1Score, ratio, sharedData } from './shared-data.js';

interface AnnotatedQuote {
  article: string;
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  speaker: string | null;
}

interface Tally {
  found: number;
  annotated: number;
  matched: number;
  speakerAnnotated: number;
  speakerFound: number;
  speakerRight: number;
}

const MIN_OVERLAP = 0.5;
/** Characters of a quotation `--verbose` shows. */
const EXCERPT = 70;
/** `--verbose` lists misses, extras and wrong speakers of direct quotes; `--verbose=indirect` of indirect ones. */
const verboseKind = process.argv.find((arg) => arg.startsWith('--verbose'))?.split('=')[1] ?? (process.argv.includes('--verbose') ? 'direct' : undefined);
const verbose = verboseKind !== undefined;

function main(): void {
  const root = sharedData('');
  if (!root) return;
  const annotations = JSON.parse(readFileSync(fileURLToPath(new URL('./annotations/quotes.json', import.meta.url)), 'utf8')) as {
    articles: Array<AnnotatedArticle & { indirectAnnotated: boolean }>;
    quotes: AnnotatedQuote[];
  };
  const articles = loadAnnotated(root, annotations.articles);
  const rows: string[] = [];
  for (const kind of ['direct', 'indirect'] as const) {
    for (const split of ['dev', 'test', 'all'] as const) {
      const entries = annotations.articles.filter((entry) => (split === 'all' || entry.split === split) && (kind === 'direct' || entry.indirectAnnotated));
      const tally = emptyTally();
      for (const entry of entries) {
        const article = articles.get(entry.id)!;
        const gold = annotations.quotes.filter((quote) => quote.article === entry.id && quote.kind === kind);
        const found = findQuotes(article).filter((quote) => quote.kind === kind);
        add(tally, score(article, gold, found, kind === verboseKind && split === 'all'));
      }
      rows.push(row(kind, split, entries.length, tally));
    }
  }
  console.log('Quotes on hand-annotated DUC 2004 + ECB+ articles (span overlap >= 50%; speaker by normalized name or surname)\n');
  console.log('| kind | split | articles | annotated | found | quote P | quote R | quote F1 | speaker P | speaker R |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const line of rows) console.log(line);
  console.log('\nspeaker P: right speakers / matched quotes where both sides name one; speaker R: right speakers / matched quotes the annotation names a speaker for.');
}

function emptyTally(): Tally {
  return { found: 0, annotated: 0, matched: 0, speakerAnnotated: 0, speakerFound: 0, speakerRight: 0 };
}

function add(total: Tally, part: Tally): void {
  for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += part[key];
}

function score(article: SegmentedArticle, gold: readonly AnnotatedQuote[], found: readonly Quote[], report: boolean): Tally {
  const tally = emptyTally();
  tally.found = found.length;
  tally.annotated = gold.length;
  const pairs = matchSpans(gold, found.map((quote) => quote.span), MIN_OVERLAP);
  const [usedGold, usedFound] = [new Set(pairs.map((pair) => pair.gold)), new Set(pairs.map((pair) => pair.found))];
  for (const pair of pairs) {
    tally.matched++;
    const expected = gold[pair.gold].speaker;
    const named = found[pair.found].speaker?.name;
    if (expected === null) continue;
    tally.speakerAnnotated++;
    if (named !== undefined) tally.speakerFound++;
    const right = named !== undefined && sameSpeaker(named, expected);
    if (right) tally.speakerRight++;
    else if (verbose && report) console.log(`speaker  ${article.id} ${excerpt(article, gold[pair.gold], EXCERPT)}: expected ${expected}, found ${named ?? '-'}`);
  }
  if (verbose && report) {
    gold.forEach((quote, index) => { if (!usedGold.has(index)) console.log(`missed   ${article.id} ${excerpt(article, quote, EXCERPT)} (${quote.speaker ?? '-'})`); });
    found.forEach((quote, index) => { if (!usedFound.has(index)) console.log(`extra    ${article.id} ${excerpt(article, quote.span, EXCERPT)} (${quote.speaker?.name ?? '-'})`); });
  }
  return tally;
}


function row(kind: string, split: string, articles: number, tally: Tally): string {
  const f1 = f1Score(tally.matched, tally.found, tally.matched, tally.annotated);
  return `| ${kind} | ${split} | ${articles} | ${tally.annotated} | ${tally.found} | ${ratio(tally.matched, tally.found)} | ${ratio(tally.matched, tally.annotated)} | ${f1.toFixed(3)} | ${ratio(tally.speakerRight, tally.speakerFound)} | ${ratio(tally.speakerRight, tally.speakerAnnotated)} |`;
}

main();
