/**
 * The schema's version and its application id, and how a migration runs:
 * the migrations themselves (`MIGRATIONS`) are in sqlite-migrations.ts.
 */

import { MIGRATIONS, type Migration } from './sqlite-migrations.js';
import type { SqliteDatabase } from './sqlite-open.js';

export { MIGRATIONS, type Migration } from './sqlite-migrations.js';

/** `PRAGMA application_id` of a Tidings database: "Tidg" in ASCII. */
export const APPLICATION_ID = 0x54696467;

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs one migration on an open database (inside the caller's transaction). */
export function runMigration(db: SqliteDatabase, migration: Migration): void {
  if (typeof migration === 'string') {
    db.exec(migration);
    return;
  }
  db.exec(migration.sql);
  migration.then(db);
}
