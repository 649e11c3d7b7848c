import Database from 'better-sqlite3';
import { keptText } from '../../article.js';
import { APPLICATION_ID, openStore } from '../index.js';
import type { IngestBatch } from '../index.js';
import { MIGRATIONS, runMigration } from '../sqlite-schema.js';

/**
 * A database file at schema `version` holding `batch`, as an older Tidings
 * would have written it: the batch is written by the current store to
 * `${file}.current`, then every table of the old schema is filled with the
 * columns it had that the current one still has (a column since dropped is left empty), and from schema 11 its search index holds each article's
 * kept text as it is. Tests of migrations read what it leaves.
 */
export async function writeAtVersion(file: string, version: number, batch: IngestBatch): Promise<void> {
  const current = `${file}.current`;
  const store = openStore(current, { create: true });
  await store.writeBatch(batch);
  await store.close();
  const db = new Database(file);
  for (const migration of MIGRATIONS.slice(0, version)) runMigration(db, migration);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${version}`);
  db.prepare('ATTACH DATABASE ? AS written').run(current);
  const tables = db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'").pluck().all() as string[];
  for (const table of tables) {
    const kept = new Set(db.prepare("SELECT name FROM pragma_table_info(?, 'written')").pluck().all(table) as string[]);
    const columns = (db.prepare("SELECT name FROM pragma_table_info(?, 'main')").pluck().all(table) as string[]).filter((column) => kept.has(column)).map((column) => `"${column}"`).join(', ');
    db.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM written."${table}"`);
  }
  if (version >= 11) {
    const index = db.prepare('INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, ? FROM articles WHERE id = ?');
    for (const { article } of batch.articles) index.run(keptText(article), article.id);
  }
  db.exec('DETACH DATABASE written');
  db.close();
}
