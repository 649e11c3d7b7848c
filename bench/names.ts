/**
 * Name typing benchmark: `articleEntities` on 22 fictional English articles
 * against hand annotations of their names and types
 * (`bench/annotations/names/names.json`: the 12 English articles of
 * `single-quotes/` and 10 of `names/en/`, annotated before the typing rules
 * were read; see `bench/annotations/README.md`). Each article is read as a
 * user's file is: `readString` with format text, then `prepare`.
 *
 * Entity level: a name counts once per article. An annotation gives the
 * fullest name, its type, other types that are also right (`also`: a pub is
 * a business and a building), other ways the article writes it (`aliases`),
 * and `optional` for names that are scored only when typed wrongly (events,
 * nationalities, families). A person's surname alone is one of its aliases.
 *
 * A found entity matches an annotation when its name or one of its aliases
 * equals one of the annotation's (case-insensitively, apostrophes and a
 * leading "the" aside). It is right when its type is the annotation's or one
 * of `also`, a duplicate when another found entity already matched that
 * annotation rightly (not counted), and wrong otherwise; a found entity
 * matching no annotation is wrong. Precision of a type: right found entities
 * of that type / all counted found entities of that type. Recall of a type:
 * annotations of that type (not optional) matched rightly / annotated.
 *
 * Run: `npx tsx bench/names.ts [--verbose[=dev|test]]` (`npm run bench:names`).
 * `--verbose=dev` lists the dev split's misses and wrong names only, so that
 * rules are mended without reading the test split's errors. Needs no
 * research data.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SegmentedArticle } from '../src/article.js';
import { articleEntities, type ArticleEntity, type EntityType } from '../src/entities/index.js';
import { prepare } from '../src/pipeline.js';
import { readString } from '../src/read/index.js';
import { f1Score } from './shared-data.js';

interface AnnotatedName {
  name: string;
  type: EntityType;
  also?: EntityType[];
  aliases?: string[];
  optional?: boolean;
}

interface AnnotatedArticle {
  /** Path under `bench/annotations/`. */
  file: string;
  split: 'dev' | 'test';
  names: AnnotatedName[];
}

interface Tally {
  annotated: number;
  recalled: number;
  found: number;
  right: number;
}

const TYPES: readonly EntityType[] = ['person', 'organisation', 'place', 'vessel', 'product', 'work'];
const verbose = process.argv.flatMap((arg) => (arg === '--verbose' ? ['all'] : arg.startsWith('--verbose=') ? [arg.slice('--verbose='.length)] : []))[0];
if (verbose !== undefined && !['all', 'dev', 'test'].includes(verbose)) throw new Error(`--verbose=${verbose}: expected dev or test`);

function main(): void {
  const { articles } = JSON.parse(readFileSync(fileURLToPath(new URL('./annotations/names/names.json', import.meta.url)), 'utf8')) as {
    articles: AnnotatedArticle[];
  };
  const tallies = new Map<string, Tally>();
  const tally = (type: string, split: string): Tally => {
    const key = `${type} ${split}`;
    if (!tallies.has(key)) tallies.set(key, { annotated: 0, recalled: 0, found: 0, right: 0 });
    return tallies.get(key)!;
  };
  for (const entry of articles) {
    const article = readArticle(entry.file);
    checkAnnotations(entry, article.text);
    const found = articleEntities(article).entities;
    const errors = score(entry, found, (type, counts) => {
      for (const split of [entry.split, 'all']) {
        for (const key of [type, 'all']) {
          const target = tally(key, split);
          target.annotated += counts.annotated;
          target.recalled += counts.recalled;
          target.found += counts.found;
          target.right += counts.right;
        }
      }
    });
    if ((verbose === 'all' || verbose === entry.split) && errors.length > 0) console.log(`${entry.file}\n${errors.map((line) => `  ${line}`).join('\n')}`);
  }
  console.log('Name typing: articleEntities on 22 hand-annotated fictional English articles (entity level: a name once per article)\n');
  console.log('| type | split | annotated | recalled | found | right | P | R | F1 |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const type of [...TYPES, 'all']) {
    for (const split of ['dev', 'test', 'all']) {
      const t = tally(type, split);
      if (t.annotated === 0 && t.found === 0) continue;
      const [precision, recall] = [t.found ? t.right / t.found : 0, t.annotated ? t.recalled / t.annotated : 0];
      console.log(`| ${type} | ${split} | ${t.annotated} | ${t.recalled} | ${t.found} | ${t.right} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1Score(t.right, t.found, t.recalled, t.annotated).toFixed(3)} |`);
    }
  }
}

/** Scores one article, reporting counts per type; returns its errors as lines. */
function score(entry: AnnotatedArticle, found: readonly ArticleEntity[], add: (type: EntityType, counts: Tally) => void): string[] {
  const keysOf = (name: AnnotatedName): Set<string> => {
    const keys = [name.name, ...(name.aliases ?? [])];
    const words = name.name.split(' ');
    if (name.type === 'person' && words.length > 1 && !name.optional) keys.push(words[words.length - 1]);
    return new Set(keys.map(normalise));
  };
  const annotationKeys = entry.names.map(keysOf);
  const accepts = (name: AnnotatedName, type: EntityType): boolean => name.type === type || (name.also ?? []).includes(type);
  const rightly = new Set<number>();
  const errors: string[] = [];
  const counts = new Map<EntityType, Tally>(TYPES.map((type) => [type, { annotated: 0, recalled: 0, found: 0, right: 0 }]));
  for (const entity of found) {
    const keys = [entity.name, ...entity.aliases].map(normalise);
    const candidates = entry.names.flatMap((name, index) => (keys.some((key) => annotationKeys[index].has(key)) ? [index] : []));
    const match = candidates.find((index) => accepts(entry.names[index], entity.type));
    const own = counts.get(entity.type)!;
    if (match !== undefined) {
      if (rightly.has(match) || entry.names[match].optional) continue;
      rightly.add(match);
      own.found += 1;
      own.right += 1;
      continue;
    }
    own.found += 1;
    const annotated = candidates.map((index) => `${entry.names[index].name} (${entry.names[index].type})`);
    errors.push(`wrong: ${entity.name} typed ${entity.type}${annotated.length ? `, annotated ${annotated.join(', ')}` : ', not annotated'}`);
  }
  entry.names.forEach((name, index) => {
    if (name.optional) return;
    const own = counts.get(name.type)!;
    own.annotated += 1;
    if (rightly.has(index)) own.recalled += 1;
    else errors.push(`missed: ${name.name} (${name.type})`);
  });
  for (const [type, own] of counts) add(type, own);
  return errors;
}

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/** Refuses an unknown type, or a name that the article's text does not hold in any of its forms. */
function checkAnnotations(entry: AnnotatedArticle, text: string): void {
  const written = normalise(text);
  for (const name of entry.names) {
    if (![name.name, ...(name.aliases ?? [])].some((form) => written.includes(normalise(form)))) {
      throw new Error(`names.json: ${entry.file}: ${name.name}: not in the article's text`);
    }
    for (const type of [name.type, ...(name.also ?? [])]) {
      if (!TYPES.includes(type)) throw new Error(`names.json: ${entry.file}: ${name.name}: unknown type ${JSON.stringify(type)}`);
    }
  }
}

function readArticle(file: string): SegmentedArticle {
  const content = readFileSync(fileURLToPath(new URL(`./annotations/${file}`, import.meta.url)), 'utf8');
  const read = readString(content, { input: file, format: 'text' });
  if (read.articles.length !== 1) throw new Error(`${file}: read ${read.articles.length} articles, expected 1`);
  return prepare(read.articles[0]);
}

main();
