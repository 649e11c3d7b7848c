/**
 * One article's rows, inside the store's batch transaction: the article, its
 * full-text entry (what cleaning kept, CJK runs as pairs: `search-text.ts`),
 * its copy keys, its verdict and copy links, its story membership and
 * outlet, and its related-story links both ways. Returns what the write
 * cache keeps of it.
 */
import { keptText } from '../article.js';
import { encodeArticle } from './codec.js';
import { searchIndexText } from './search-text.js';
import type { Statements } from './sqlite-statements.js';
import type { ArticleRecord } from './types.js';
import { encodeVerdict } from './verdict-codec.js';
import type { WrittenArticle } from './write-cache.js';

export function insertArticle(sql: Statements, record: ArticleRecord, seen: string): WrittenArticle {
  const { article } = record;
  const outlet = article.outlet ?? null;
  const rowid = sql('insertArticle').run(
    article.id,
    record.hash,
    outlet,
    article.title ?? null,
    article.url ?? null,
    article.published ?? null,
    seen,
    article.origin.input,
    article.text,
    encodeArticle(article),
  ).lastInsertRowid;
  sql('indexArticle').run(rowid, article.title == null ? null : searchIndexText(article.title), searchIndexText(keptText(article)));
  const { copyKeys } = record;
  sql('insertFingerprint').run(rowid, new Uint8Array(copyKeys.buffer, copyKeys.byteOffset, copyKeys.byteLength));
  sql('insertCopy').run(rowid, record.verdict.kind, encodeVerdict(record.verdict));
  const sources: { id: string; rowid: number; share: number }[] = [];
  for (const source of record.verdict.sources) {
    const sourceRowid = sql('rowidOf').get(source.article) as number | undefined;
    if (sourceRowid === undefined) continue;
    sql('insertCopySource').run(rowid, sourceRowid, source.share);
    sources.push({ id: source.article, rowid: sourceRowid, share: source.share });
  }
  sql('insertMember').run(rowid, record.story.id, record.story.similarity);
  if (outlet !== null) sql('addStoryOutlet').run(record.story.id, outlet);
  for (const related of record.story.related ?? []) {
    sql('linkArticle').run(rowid, record.story.id, related.story, related.similarity);
    sql('linkStories').run(record.story.id, related.story, related.similarity);
    sql('linkStories').run(related.story, record.story.id, related.similarity);
  }
  const reprints = record.verdict.kind === 'reprint' ? sources.sort((a, b) => b.share - a.share || a.rowid - b.rowid).map((source) => source.id) : [];
  return { rowid: Number(rowid), id: article.id, story: record.story.id, startsStory: record.story.created === true, reprints };
}
