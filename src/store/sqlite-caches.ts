/**
 * What views keep in the store to be shown again without being made again:
 * a story's summary and report per story version and revision, each article's
 * analysis and each copy's copied sentences per report revision. Functions
 * over the store's prepared statements; the store runs the saves in a
 * transaction.
 */
import type { ArticleAnalysis } from '../facts/analysis.js';
import type { CopiedSentences } from '../quotes/copied.js';
import { decodeDeflated, decodeSentencePairs, decodeValue, encodeDeflated, encodeSentencePairs, encodeValue } from './codec.js';
import type { Statements } from './sqlite-statements.js';

/** What the store caches per story version and revision, and the statement saving each. */
type CachedFormat = 'summary' | 'report';
const SAVE_CACHED = { summary: 'saveSummary', report: 'saveReport' } as const;

/** Which story version a cached value was made for, by which revision of the code. */
export interface CacheKey {
  story: string;
  version: number;
  revision: number;
}

/** A story's cached summary or report, saved at exactly this story version and revision. */
export function cachedValue<T>(sql: Statements, format: CachedFormat, key: CacheKey, location: string): T | undefined {
  const json = sql(format).get(key.story, key.version, key.revision) as string | undefined;
  return json === undefined ? undefined : decodeValue<T>(format, json, location);
}

export function saveCachedValue(sql: Statements, format: CachedFormat, key: CacheKey, value: unknown): void {
  sql(SAVE_CACHED[format]).run(key.story, key.version, key.revision, encodeValue(format, value));
}

export function cachedAnalyses(sql: Statements, ids: readonly string[], revision: number, location: string): Map<string, ArticleAnalysis> {
  const rows = ids.length === 0 ? [] : (sql('analyses').all(JSON.stringify(ids), revision) as { id: string; analysis: Uint8Array }[]);
  return new Map(rows.map((row) => [row.id, decodeDeflated<ArticleAnalysis>('analysis', row.analysis, location)]));
}

export function saveAnalyses(sql: Statements, revision: number, analyses: ReadonlyMap<string, ArticleAnalysis>): void {
  const save = sql('saveAnalysis');
  for (const [id, analysis] of analyses) save.run(revision, encodeDeflated('analysis', analysis), id);
}

export function cachedCopiedSentences(sql: Statements, articles: readonly string[], revision: number, location: string): CopiedSentences[] {
  const rows = articles.length === 0 ? [] : (sql('copiedSentences').all(JSON.stringify(articles), revision) as { article: string; source: string; sentences: Uint8Array }[]);
  return rows.map((row) => ({ article: row.article, source: row.source, sentences: decodeSentencePairs(row.sentences, location) }));
}

export function saveCopiedSentences(sql: Statements, revision: number, copies: readonly CopiedSentences[]): void {
  const save = sql('saveCopiedSentences');
  for (const copy of copies) save.run(revision, encodeSentencePairs(copy.sentences ?? []), copy.article, copy.source);
}
