/**
 * One event told in several languages as one story: a FICTIONAL set written
 * for this bench (bench/annotations/xlang-stories.json: 14 invented events of
 * four kinds, storms, elections, strikes and fires, in the same weeks, each
 * reported in English and one to three of de/fr/es/it/pt/nl, 44 articles).
 * Each half (tune: the rule's bars were chosen on it; held-out: reported
 * only) is fed to one `StoryClusterer` in publication order, each article
 * read as `ingest` reads it (language detected, segmented, profiled), and
 * scored against the gold events: B-cubed P/R/F1, stories made, the share of
 * one event's cross-language pairs put in one story, and the pairs of two
 * events put in one story (two storms joined is the error the bar is for).
 * "off" is the clusterer with `crossLanguageThreshold` 1 (no cross-language
 * evidence: grouping as before it existed). When ../shared/data/duc2004 is
 * present (research data, evaluation only), each half is fed again after
 * its 489 English articles of 1998: the document frequencies of an
 * English-heavy store (its stories are out of reach by date).
 *
 *   npx tsx bench/xlang-stories.ts                               default options
 *   npx tsx bench/xlang-stories.ts crossLanguageThreshold=0.6    override any story option
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare } from '../src/pipeline.js';
import { buildArticle } from '../src/read/index.js';
import { articleProfile, StoryClusterer, type ArticleProfile, type StoryOptions } from '../src/stories/index.js';
import { clusteringScores } from '../src/stories/test-support/clustering.js';
import { ducTopics } from '../src/stories/test-support/dated-topics.js';
import { parseOverrides, sharedData } from './shared-data.js';

interface SetArticle {
  id: string;
  event: string;
  language: string;
  published: string;
  title: string;
  paragraphs: string[];
}

interface XlangSet {
  events: Array<{ event: string; half: 'tune' | 'held-out' }>;
  articles: SetArticle[];
}

const SET = fileURLToPath(new URL('./annotations/xlang-stories.json', import.meta.url));
const READ_AT = Date.parse('2026-04-01T00:00:00Z');

interface Half {
  name: string;
  profiles: ArticleProfile[];
  gold: Map<string, string>;
  languages: Map<string, string>;
}

function halves(): Half[] {
  const set = JSON.parse(readFileSync(SET, 'utf8')) as XlangSet;
  const halfOf = new Map(set.events.map(({ event, half }) => [event, half]));
  return (['tune', 'held-out'] as const).map((name) => {
    const articles = set.articles.filter((article) => halfOf.get(article.event) === name).sort((a, b) => a.published.localeCompare(b.published));
    const languages = new Map<string, string>();
    const profiles = articles.map(({ id, title, published, paragraphs }) => {
      const segmented = prepare(buildArticle({ id, title, published }, paragraphs, { input: 'xlang-stories', format: 'text' }, READ_AT));
      languages.set(id, segmented.textLanguage ?? '?');
      return articleProfile(segmented);
    });
    return { name, profiles, gold: new Map(articles.map((article) => [article.id, article.event])), languages };
  });
}

/** How many pairs of one event in two languages share a story, of how many; and how many pairs of two events do. */
function pairCounts(predicted: ReadonlyMap<string, string>, half: Half): { crossJoined: number; crossPairs: number; wrongPairs: number } {
  const ids = [...predicted.keys()];
  let crossJoined = 0;
  let crossPairs = 0;
  let wrongPairs = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const together = predicted.get(ids[i]) === predicted.get(ids[j]);
      if (half.gold.get(ids[i]) !== half.gold.get(ids[j])) {
        if (together) wrongPairs++;
        continue;
      }
      if (half.languages.get(ids[i]) === half.languages.get(ids[j])) continue;
      crossPairs++;
      if (together) crossJoined++;
    }
  }
  return { crossJoined, crossPairs, wrongPairs };
}

/** The half's scores, fed after `background` (English articles of another year: the document frequencies of an English-heavy store). */
function row(half: Half, label: string, options: Partial<StoryOptions>, background: readonly ArticleProfile[] = []): string {
  const clusterer = new StoryClusterer(options);
  for (const profile of background) clusterer.add(profile);
  const predicted = new Map(half.profiles.map((profile) => [profile.id, clusterer.add(profile).story]));
  const { b3, clusters } = clusteringScores(predicted, half.gold);
  const { crossJoined, crossPairs, wrongPairs } = pairCounts(predicted, half);
  const f3 = (value: number): string => value.toFixed(3);
  return `| ${half.name}${background.length > 0 ? ' after DUC 2004' : ''} | ${label} | ${half.profiles.length} | ${f3(b3.p)} | ${f3(b3.r)} | ${f3(b3.f)} | ${clusters} | ${new Set(half.gold.values()).size} | ${crossJoined}/${crossPairs} = ${f3(crossJoined / crossPairs)} | ${wrongPairs} |`;
}

function main(): void {
  const options = parseOverrides(process.argv.slice(2)) as Partial<StoryOptions>;
  console.log('One event in several languages (FICTIONAL set, bench/annotations/xlang-stories.json), each half in publication order');
  console.log(`options: defaults${Object.keys(options).length > 0 ? ` with ${JSON.stringify(options)}` : ''}; "off": crossLanguageThreshold 1\n`);
  console.log('| half | cross-language | articles | B3 P | B3 R | B3 F1 | stories | events | cross-language pairs joined | pairs of two events joined |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const sets = halves();
  for (const half of sets) {
    console.log(row(half, 'off', { ...options, crossLanguageThreshold: 1 }));
    console.log(row(half, '**on**', options));
  }
  const duc = sharedData('duc2004');
  if (duc === undefined) return;
  const background = ducTopics(duc, options).profiles;
  for (const half of sets) {
    console.log(row(half, 'off', { ...options, crossLanguageThreshold: 1 }, background));
    console.log(row(half, '**on**', options, background));
  }
}

main();
