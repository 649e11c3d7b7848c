/**
 * Reads the articles the annotations in this folder point into, exactly as
 * they were read when the annotations were made, so every offset is an offset
 * into the `Article.text` Tidings builds:
 *
 * - DUC 2004: the SGML file through `readBytes`, then `prepare`;
 * - ECB+: the `docs.jsonl` line as `{"id": doc_id, "text": text}` through
 *   `readString` (format jsonl), then `prepare`;
 * - the bundled examples: the file under the repository's `examples/` through
 *   `readBytes`, then `prepare`, picked by id;
 * - the fictional conflict stories: a JSONL file under this folder
 *   (`conflict-stories/`), read the same way, picked by id.
 *
 * Each annotated article also records the length and a SHA-256 prefix of its
 * text; `loadAnnotated` refuses an article whose text changed since.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SegmentedArticle, Span } from '../../src/article.js';
import { prepare } from '../../src/pipeline.js';
import { readBytes, readString } from '../../src/read/index.js';

export interface AnnotatedArticle {
  id: string;
  corpus: 'duc2004' | 'ecbplus' | 'examples' | 'fictional';
  /** Path under `../shared/data`, under the repository for the examples, under this folder for the fictional stories. */
  file: string;
  split?: 'dev' | 'test';
  textLength: number;
  textSha256: string;
}

export function loadAnnotated(dataRoot: string, entries: readonly AnnotatedArticle[]): Map<string, SegmentedArticle> {
  const articles = new Map<string, SegmentedArticle>();
  let ecb: Map<string, { doc_id: string; text: string }> | undefined;
  for (const entry of entries) {
    let article: SegmentedArticle;
    if (entry.corpus === 'examples' || entry.corpus === 'fictional') {
      const file = fileURLToPath(new URL(entry.corpus === 'examples' ? `../../${entry.file}` : entry.file, import.meta.url));
      const found = readBytes(readFileSync(file), { input: entry.file }).articles.map((read) => prepare(read)).find((read) => read.id === entry.id);
      if (!found) throw new Error(`${entry.id} is not in ${entry.file}`);
      article = found;
    } else if (entry.corpus === 'duc2004') {
      const file = path.join(dataRoot, entry.file);
      article = prepare(readBytes(readFileSync(file), { input: file }).articles[0]);
    } else {
      ecb ??= new Map(readFileSync(path.join(dataRoot, entry.file), 'utf8').split('\n').filter(Boolean).map((line) => {
        const record = JSON.parse(line) as { doc_id: string; text: string };
        return [record.doc_id, record];
      }));
      const record = ecb.get(entry.id);
      if (!record) throw new Error(`${entry.id} is not in ${entry.file}`);
      article = prepare(readString(JSON.stringify({ id: record.doc_id, text: record.text }), { input: entry.file, format: 'jsonl' }).articles[0]);
    }
    const digest = createHash('sha256').update(article.text).digest('hex').slice(0, 16);
    if (article.text.length !== entry.textLength || digest !== entry.textSha256) {
      throw new Error(`${entry.id}: the text read now differs from the annotated one (reader changed?); offsets would be wrong`);
    }
    articles.set(entry.id, article);
  }
  return articles;
}

/** Half-open spans overlap by at least this share of the longer one. */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared <= 0 ? 0 : shared / Math.max(a.end - a.start, b.end - b.start);
}

/**
 * Pairs annotated and found spans one-to-one: every pair overlapping by at
 * least `minShare` of the longer span (`overlapShare`), best overlap first,
 * each span used once. Returns the pairs as indexes into the two lists.
 */
export function matchSpans(gold: readonly Span[], found: readonly Span[], minShare: number): Array<{ gold: number; found: number }> {
  const candidates: Array<{ gold: number; found: number; share: number }> = [];
  gold.forEach((annotated, g) => found.forEach((candidate, f) => {
    const share = overlapShare(annotated, candidate);
    if (share >= minShare) candidates.push({ gold: g, found: f, share });
  }));
  candidates.sort((a, b) => b.share - a.share);
  const [usedGold, usedFound] = [new Set<number>(), new Set<number>()];
  const pairs: Array<{ gold: number; found: number }> = [];
  for (const pair of candidates) {
    if (usedGold.has(pair.gold) || usedFound.has(pair.found)) continue;
    usedGold.add(pair.gold);
    usedFound.add(pair.found);
    pairs.push({ gold: pair.gold, found: pair.found });
  }
  return pairs;
}

/** Same person or body: equal after normalizing, or the same last word ("Tillerson" / "Rex Tillerson"). */
export function sameSpeaker(found: string, annotated: string): boolean {
  const normal = (name: string): string[] =>
    name
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
      .split(/\s+/)
      .filter((word) => word && !['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(word))
      .filter((word, index, all) => index < all.length - 1 || !['corp', 'inc', 'co', 'ltd', 'plc'].includes(word));
  const [a, b] = [normal(found), normal(annotated)];
  if (a.length === 0 || b.length === 0) return false;
  return a.join(' ') === b.join(' ') || a[a.length - 1] === b[b.length - 1];
}

/** Articles and possessives that open a description ("le", "eine", "los", "il", "as", "het", "son"…). */
const LEADING_WORDS = new Set(
  'l le la les un une des du son sa ses leur leurs der die das den dem ein eine einer einem eines sein seine ihr ihre el los las lo unos unas su sus il i gli uno una o a os as um uma uns umas seu sua seus suas het de een zijn haar'.split(' '),
);
/** Words that close a description's head group: "of" and the articles it fuses with, per language. */
const OF_WORDS = new Set('de des du d von vom der van del della dello dei degli delle di do da dos das dal dalla'.split(' '));
const HEAD_LAST = new Set(['de', 'nl', 'en']);
/** English: the articles and possessives that open a description, and the words that close its head group. */
const ENGLISH_LEADING_WORDS = new Set('the a an his her its their my our your'.split(' '));
const ENGLISH_OF_WORDS = new Set('of for from at in on with to'.split(' '));

/** A name by `sameSpeaker`; a description (lower-case first word) by its head noun. */
export function speakerAgrees(found: string, annotated: string, language: string): boolean {
  if (!/^\p{Ll}/u.test(annotated)) return sameSpeaker(found, annotated);
  const head = headNoun(annotated, language);
  return head !== undefined && head === headNoun(found, language);
}

function headNoun(description: string, language: string): string | undefined {
  const words = description.toLowerCase().split(/[\s'’]+/u).map((word) => word.replace(/[^\p{L}\p{N}-]/gu, '')).filter(Boolean);
  let start = 0;
  const [leading, of] = language === 'en' ? [ENGLISH_LEADING_WORDS, ENGLISH_OF_WORDS] : [LEADING_WORDS, OF_WORDS];
  while (start < words.length - 1 && leading.has(words[start])) start++;
  let end = start + 1;
  while (end < words.length && !of.has(words[end])) end++;
  const group = words.slice(start, end);
  return HEAD_LAST.has(language) ? group[group.length - 1] : group[0];
}

/** A span of an article for a benchmark's listing: its offsets and its text, spaces squeezed, cut to `width` characters. */
export function excerpt(article: SegmentedArticle, span: Span, width: number): string {
  const text = article.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return `{${span.start},${span.end}} ${JSON.stringify(text.length > width ? `${text.slice(0, width - 3)}...` : text)}`;
}
