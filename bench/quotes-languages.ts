/**
 * Quote benchmark in six other languages: `findQuotesIn(article, language)`
 * against the hand annotations in `bench/annotations/other-languages/`
 * (70 fictional articles, 4 each in fr, de, es, it, pt, nl, 2 more each
 * in fr, es, it, pt quoting with dialogue dashes, 2 more each in fr, es,
 * it, pt, de naming speakers by documents and nouns and 2 more each in de,
 * fr, es, it carrying reports on in the subjunctive or conditional and 10 more each in
 * pt and nl with reported chains and reports carried over a paragraph break, annotated before
 * the rules were read; see the README there). Each article is read as a
 * user's file is: `readString` with format text, then `prepare`.
 *
 * Spans match as in `bench/quotes.ts` (`matchSpans`: same kind, overlap of at
 * least half the longer span, one-to-one, best overlap first). The speaker of
 * a matched quote is right (case-insensitively) when:
 * - the annotation is a name ("Julien Marcassou", "Nordwestbahn-Gesellschaft
 *   NWB"): `sameSpeaker`, equal or the same last word;
 * - the annotation is a description, written with a lower-case first word
 *   ("le porte-parole de la préfecture", "ein Sprecher der Stadt"): the head
 *   nouns agree. The head is read from the words after the leading articles
 *   and possessives up to the first "of" word (de, des, der, van, di, della,
 *   do, da…): in French, Spanish, Italian and Portuguese the first of them
 *   ("porte-parole", "fuentes"), in German and Dutch the last
 *   ("Polizeisprecher", "boomdeskundige"). So "Le porte-parole" is right for
 *   "le porte-parole de la préfecture", and "der Stadt" is wrong for "ein
 *   Sprecher der Stadt". (Written here, not taken from `src/quotes`, so the
 *   rule that scores the descriptions is not the rule that finds them.)
 *
 * `--set=single-quotes` scores the second set instead: 20 fictional articles
 * quoting in single marks (18 English in British style, 2 Dutch), in
 * `bench/annotations/single-quotes/`; the English ones through `findQuotes`,
 * the others through `findQuotesIn`. An English description ("a spokesperson
 * for the Department for Housing") has its head as the last word before the
 * first "of", "for", "at"… ("spokesperson").
 *
 * Run: `npx tsx bench/quotes-languages.ts [--set=single-quotes] [--only=REGEX] [--verbose[=dev|test]]`
 * (`npm run bench:quotes-languages`, `npm run bench:quotes-single`).
 * `--verbose` lists every miss, extra and wrong speaker (`--verbose=dev`: of the dev
 * articles only, so that the rules are mended without reading the test split's errors).
 * Needs no research data.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SegmentedArticle, Span } from '../src/article.js';
import { prepare } from '../src/pipeline.js';
import { findQuotes, findQuotesIn, type Quote } from '../src/quotes/index.js';
import { readString } from '../src/read/index.js';
import { excerpt, matchSpans, speakerAgrees } from './annotations/articles.js';
import { f1Score, ratio } from './shared-data.js';

interface LanguageArticle {
  id: string;
  language: string;
  /** Path under the repository. */
  file: string;
  split: 'dev' | 'test';
  textLength: number;
  textSha256: string;
}

interface LanguageQuote extends Span {
  article: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  /** The annotated characters, `Article.text.slice(start, end)`, checked on load. */
  quote: string;
}

interface Tally {
  annotated: number;
  found: number;
  matched: number;
  /** Matched quotes whose annotation names a speaker. */
  speakerAnnotated: number;
  speakerRight: number;
  /** Annotated quotes in paragraphs that cleaning left out. */
  inDropped: number;
}

const MIN_OVERLAP = 0.5;
/** Characters of a quotation `--verbose` shows. */
const EXCERPT = 80;
/** The annotated sets: their folder under `bench/annotations/` and the first line of their table. */
const SETS: Record<string, string> = {
  'other-languages': 'Quotes in other languages: findQuotesIn on 70 hand-annotated fictional articles (span overlap >= 50%, one-to-one;',
  'single-quotes': 'Quotes in single marks: findQuotes (en), findQuotesIn (nl) on 20 hand-annotated fictional articles (span overlap >= 50%, one-to-one;',
};
const set = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length) ?? 'other-languages';
if (!(set in SETS)) throw new Error(`--set=${set}: expected one of ${Object.keys(SETS).join(', ')}`);
/** `--only=REGEX` scores only the articles whose id it matches (`--only='^(pt/(09|1.)|nl/(0[5-9]|1.))'`: those of one session). */
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg === undefined ? undefined : new RegExp(onlyArg);
/** `--verbose` lists the errors of every article, `--verbose=dev` (or `=test`) of one split's. */
const verbose = process.argv.flatMap((arg) => (arg === '--verbose' ? ['all'] : arg.startsWith('--verbose=') ? [arg.slice('--verbose='.length)] : []))[0];

function main(): void {
  const annotations = JSON.parse(readFileSync(fileURLToPath(new URL(`./annotations/${set}/quotes.json`, import.meta.url)), 'utf8')) as {
    articles: LanguageArticle[];
    quotes: LanguageQuote[];
  };
  if (only !== undefined) annotations.articles = annotations.articles.filter((entry) => only.test(entry.id));
  const languages = [...new Set(annotations.articles.map((entry) => entry.language))];
  const tallies = new Map<string, Tally>();
  const tally = (kind: string, group: string): Tally => {
    const key = `${kind} ${group}`;
    if (!tallies.has(key)) tallies.set(key, emptyTally());
    return tallies.get(key)!;
  };
  for (const entry of annotations.articles) {
    const article = readAnnotated(entry);
    const gold = annotations.quotes.filter((quote) => quote.article === entry.id);
    for (const quote of gold) {
      if (article.text.slice(quote.start, quote.end) !== quote.quote) throw new Error(`${entry.id}: {${quote.start},${quote.end}} no longer reads ${JSON.stringify(quote.quote)}`);
    }
    const found = entry.language === 'en' ? findQuotes(article) : findQuotesIn(article, entry.language);
    for (const kind of ['direct', 'indirect'] as const) {
      const shown = verbose === 'all' || verbose === entry.split;
      const part = score(entry.id, article, entry.language, gold.filter((quote) => quote.kind === kind), found.filter((quote) => quote.kind === kind), shown);
      for (const group of [entry.language, entry.split, 'all']) add(tally(kind, group), part);
    }
  }
  console.log(SETS[set]);
  console.log('speaker: a name by sameSpeaker, a description by its head noun)\n');
  console.log('| kind | articles | annotated | found | matched | quote P | quote R | quote F1 | speaker acc. |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const kind of ['direct', 'indirect'] as const) {
    for (const group of [...languages, 'dev', 'test', 'all']) {
      const count = annotations.articles.filter((entry) => group === 'all' || entry.language === group || entry.split === group).length;
      console.log(row(kind, group, count, tally(kind, group)));
    }
  }
  const dropped = tally('direct', 'all').inDropped + tally('indirect', 'all').inDropped;
  console.log('\nspeaker acc.: right speakers / matched quotes whose annotation names a speaker (a quote found with no speaker counts as wrong).');
  console.log(`${dropped} annotated quotes lie in paragraphs that cleaning left out (counted as missed).`);
}

/** The article as a user's text file is read, refusing a text that changed since it was annotated. */
function readAnnotated(entry: LanguageArticle): SegmentedArticle {
  const content = readFileSync(fileURLToPath(new URL(`../${entry.file}`, import.meta.url)), 'utf8');
  const read = readString(content, { input: entry.file, format: 'text' });
  if (read.articles.length !== 1) throw new Error(`${entry.file}: read ${read.articles.length} articles, expected 1`);
  const article = prepare(read.articles[0]);
  const digest = createHash('sha256').update(article.text).digest('hex').slice(0, 16);
  if (article.text.length !== entry.textLength || digest !== entry.textSha256) {
    throw new Error(`${entry.id}: the text read now differs from the annotated one (reader changed?); offsets would be wrong`);
  }
  return article;
}

function emptyTally(): Tally {
  return { annotated: 0, found: 0, matched: 0, speakerAnnotated: 0, speakerRight: 0, inDropped: 0 };
}

function add(total: Tally, part: Tally): void {
  for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += part[key];
}

function score(label: string, article: SegmentedArticle, language: string, gold: readonly LanguageQuote[], found: readonly Quote[], shown: boolean): Tally {
  const tally = emptyTally();
  tally.annotated = gold.length;
  tally.found = found.length;
  const kept = (span: Span): boolean => article.paragraphs.some((paragraph) => span.start < paragraph.end && paragraph.start < span.end);
  tally.inDropped = gold.filter((quote) => !kept(quote)).length;
  const pairs = matchSpans(gold, found.map((quote) => quote.span), MIN_OVERLAP);
  for (const pair of pairs) {
    tally.matched++;
    const expected = gold[pair.gold].speaker;
    if (expected === null) continue;
    tally.speakerAnnotated++;
    const named = found[pair.found].speaker?.name;
    if (named !== undefined && speakerAgrees(named, expected, language)) tally.speakerRight++;
    else if (shown) console.log(`speaker  ${label} ${excerpt(article, gold[pair.gold], EXCERPT)}: expected ${expected}, found ${named ?? '-'}`);
  }
  if (shown) {
    const [usedGold, usedFound] = [new Set(pairs.map((pair) => pair.gold)), new Set(pairs.map((pair) => pair.found))];
    gold.forEach((quote, index) => {
      if (!usedGold.has(index)) console.log(`missed   ${label} ${quote.kind} ${excerpt(article, quote, EXCERPT)} (${quote.speaker ?? '-'})${kept(quote) ? '' : ' [paragraph left out by cleaning]'}`);
    });
    found.forEach((quote, index) => {
      if (!usedFound.has(index)) console.log(`extra    ${label} ${quote.kind} ${excerpt(article, quote.span, EXCERPT)} (${quote.speaker?.name ?? '-'})`);
    });
  }
  return tally;
}


function row(kind: string, group: string, articles: number, tally: Tally): string {
  const f1 = f1Score(tally.matched, tally.found, tally.matched, tally.annotated);
  const name = group === 'all' ? '**all**' : group;
  return `| ${kind} ${name} | ${articles} | ${tally.annotated} | ${tally.found} | ${tally.matched} | ${ratio(tally.matched, tally.found)} | ${ratio(tally.matched, tally.annotated)} | ${f1.toFixed(3)} | ${ratio(tally.speakerRight, tally.speakerAnnotated)} |`;
}

main();
