/**
 * An article's earlier versions (`article_versions`): the texts updates
 * replaced, each kept as it was stored, by id in the order replaced, the
 * oldest dropped beyond the number kept. A takedown deletes them
 * (`sqlite-remove.ts`).
 */
import { decodeArticle } from './codec.js';
import type { Statements as Sql } from './sqlite-statements.js';
import type { ArticleVersion } from './types.js';

/** The stored article at `rowid` kept as its latest earlier version, replaced at `replaced`, the oldest dropped beyond `kept` (0: none kept). */
export function keepVersion(sql: Sql, id: string, rowid: number, replaced: string, kept: number): void {
  if (kept > 0) sql('keepVersion').run(replaced, rowid);
  sql('dropOldVersions').run({ id, kept });
}

/** The kept versions of these articles, oldest first, by id. */
export function articleVersions(sql: Sql, ids: readonly string[], location: string): Map<string, ArticleVersion[]> {
  const versions = new Map<string, ArticleVersion[]>();
  for (const row of sql('articleVersions').all(JSON.stringify(ids)) as Array<{ id: string; replaced: string; text: string; article: string }>) {
    const version = { article: decodeArticle(row.text, row.article, location), replaced: row.replaced };
    const kept = versions.get(row.id);
    if (kept) kept.push(version);
    else versions.set(row.id, [version]);
  }
  return versions;
}
