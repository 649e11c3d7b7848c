import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../../article.js';
import { StoryClusterer, type StoryClustererState } from '../../stories/index.js';
import { copyKeyNumber } from '../../copies/hash.js';
import { contentHash } from '../codec.js';
import type { ArticleRecord, ClustererSave, StoredVerdict } from '../types.js';

/** A temporary folder for database files, and a function that removes it. */
export function tempFolder(prefix: string): { folder: string; file: (name: string) => string; remove: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  return { folder, file: (name) => path.join(folder, name), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A small article whose paragraphs are its blank-line-separated parts. */
export function makeArticle(id: string, text: string, fields: Partial<Article> = {}): Article {
  const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { id, text, paragraphs, messages: [], origin: { input: `${id}.txt`, format: 'text' }, ...fields };
}

/** A record of `article` in `story`, its copy keys given as text (`copyKeyNumber` makes them numbers). */
export function makeRecord(article: Article, story: string, verdict: StoredVerdict = { kind: 'independent', sources: [] }, copyKeys: string[] = []): ArticleRecord {
  return { article, hash: contentHash(article), copyKeys: keyNumbers(copyKeys), verdict, story: { id: story, similarity: 0.5 } };
}

/** Copy keys given as text, as the store takes them. */
export function keyNumbers(keys: readonly string[]): Float64Array {
  return Float64Array.from(keys, copyKeyNumber);
}

/** The save of a clusterer that has seen no article, at `generation`, and the state it saves. */
export function emptyClusterer(generation: number): ClustererSave & { state: StoryClustererState } {
  const clusterer = new StoryClusterer();
  return { changes: clusterer.changes(new Set(), clusterer.countedKeys()), generation, state: clusterer.toJSON() };
}
