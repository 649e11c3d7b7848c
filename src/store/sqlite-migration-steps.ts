/** The steps of migrations only code can do (sqlite-migrations.ts): reading stored articles to index them. */

import { keptText } from '../article.js';
import { decodeArticle } from './codec.js';
import { searchIndexText } from './search-text.js';
import type { SqliteDatabase } from './sqlite-open.js';

/** Stored articles read per query while migrations 11 and 13 index them. */
const INDEX_PAGE = 1_000;

/** Indexes every stored article's kept text (migration 11), a page of rows at a time. */
export function indexKeptText(db: SqliteDatabase): void {
  const page = db.prepare('SELECT rowid, title, text, article FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?');
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  for (let after = 0; ; ) {
    const rows = page.all(after, INDEX_PAGE) as { rowid: number; title: string | null; text: string; article: string }[];
    if (rows.length === 0) return;
    for (const row of rows) index.run(row.rowid, row.title, keptText(decodeArticle(row.text, row.article, db.name)));
    after = rows[rows.length - 1].rowid;
  }
}

/** Indexes again, as `searchIndexText` spells them, the stored articles whose title or text holds CJK characters (migration 13). */
export function indexCjkText(db: SqliteDatabase): void {
  const page = db.prepare('SELECT rowid, title, text FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?');
  const encoded = db.prepare('SELECT article FROM articles WHERE rowid = ?').pluck();
  const remove = db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  for (let after = 0; ; ) {
    const rows = page.all(after, INDEX_PAGE) as { rowid: number; title: string | null; text: string }[];
    if (rows.length === 0) return;
    for (const { rowid, title, text } of rows) {
      const indexedTitle = title === null ? null : searchIndexText(title);
      if (indexedTitle === title && searchIndexText(text) === text) continue;
      remove.run(rowid);
      index.run(rowid, indexedTitle, searchIndexText(keptText(decodeArticle(text, encoded.get(rowid) as string, db.name))));
    }
    after = rows[rows.length - 1].rowid;
  }
}
