/**
 * What the store holds of articles about to be read, asked by id or content
 * hash before anything is prepared: whether each is stored or was removed,
 * and its title, outlet and dates, none of it by decoding a stored article.
 */
import type { Article } from '../article.js';
import type { Statements as Sql } from './sqlite-statements.js';
import type { StoredKeys } from './types.js';

/** Which of these ids and content hashes are stored, and which were removed (and when). */
export function storedKeys(sql: Sql, keys: readonly { id: string; hash: string }[]): StoredKeys {
  const ids = JSON.stringify(keys.map((key) => key.id));
  const hashes = JSON.stringify(keys.map((key) => key.hash));
  return {
    ids: new Set(sql('storedIds').all(ids) as string[]),
    hashes: new Map((sql('storedHashes').all(hashes) as Array<{ hash: string; id: string }>).map((row) => [row.hash, row.id])),
    removed: {
      ids: new Map((sql('removedIds').all(ids) as Array<{ id: string; removed: string }>).map((row) => [row.id, row.removed])),
      hashes: new Map((sql('removedHashes').all(hashes) as Array<{ hash: string; removed: string }>).map((row) => [row.hash, row.removed])),
    },
  };
}

/** The content hash and title of each stored article among `ids`. */
export function storedTitles(sql: Sql, ids: readonly string[]): Map<string, { hash: string; title: string | undefined }> {
  const rows = sql('storedTitles').all(JSON.stringify(ids)) as Array<{ id: string; hash: string; title: string | null }>;
  return new Map(rows.map((row) => [row.id, { hash: row.hash, title: row.title ?? undefined }]));
}

/** The outlet and published date of each stored article among `ids`. */
export function storedDates(sql: Sql, ids: readonly string[]): Map<string, Pick<Article, 'outlet' | 'published'>> {
  const rows = sql('storedDates').all(JSON.stringify(ids)) as Array<{ id: string; outlet: string | null; published: string | null }>;
  return new Map(rows.map((row) => [row.id, { outlet: row.outlet ?? undefined, published: row.published ?? undefined }]));
}

/** The ids among `keys` whose hash is of a text an update replaced under that id. */
export function replacedTexts(sql: Sql, keys: readonly { id: string; hash: string }[]): Set<string> {
  return new Set(sql('replacedTexts').all(JSON.stringify(keys.map(({ id, hash }) => ({ id, hash })))) as string[]);
}
