/**
 * The rows of one ingest batch, written inside the store's open transaction:
 * each article with its copy keys, its story grown (headline, size, dates)
 * and the story's outlets counted, emptied stories continued, the verdicts
 * of retraced stored copies, and the clusterer's state. Returns what the
 * store's caches and copy-key index learn once it commits.
 */
import { saveClusterer } from './sqlite-clusterer.js';
import { insertArticle } from './sqlite-insert.js';
import { batchCountScope, countOutletsBefore } from './sqlite-outlet-counts.js';
import { continueEmptied } from './sqlite-remove.js';
import type { Statements } from './sqlite-statements.js';
import { changedStory, writeVerdicts } from './sqlite-verdicts.js';
import { articleSeen, grow, type StoryGrowth } from './story-growth.js';
import type { IngestBatch, StoredVerdict } from './types.js';
import type { WrittenArticle } from './write-cache.js';

/** An article's copy keys as the index holds them (`copyKeyNumber`), by its row id. */
export interface Fingerprint {
  article: number;
  keys: Float64Array;
}

export function writeBatchRows(sql: Statements, batch: IngestBatch, ingested: string): { written: WrittenArticle[]; fingerprints: Fingerprint[]; retraced: ReadonlyMap<string, StoredVerdict> } {
  const outletCounts = countOutletsBefore(sql, batchCountScope(sql, batch));
  const growth = new Map<string, StoryGrowth>();
  const written: WrittenArticle[] = [];
  const fingerprints: Fingerprint[] = [];
  for (const record of batch.articles) {
    const seen = articleSeen(record.article, ingested);
    const article = insertArticle(sql, record, seen);
    written.push(article);
    fingerprints.push({ article: article.rowid, keys: record.copyKeys });
    grow(growth, record.story.id, record, record.article.title ?? null, seen, record.article.published ?? null);
  }
  for (const story of growth.values()) {
    sql('growStory').run(story.id, story.headline, story.headlineRank, story.size, story.headlineSeen, story.firstSeen, story.lastSeen, story.firstPublished, story.lastPublished);
    sql('countOutlets').run({ story: story.id });
  }
  continueEmptied(sql, batch.articles);
  const retraced = batch.retraced ?? new Map<string, StoredVerdict>();
  for (const story of writeVerdicts(sql, retraced)) changedStory(sql, story);
  outletCounts.keep();
  saveClusterer(sql, batch.clusterer);
  for (const story of batch.headlineChecks ?? []) sql('addHeadlineCheck').run(story);
  return { written, fingerprints, retraced };
}
