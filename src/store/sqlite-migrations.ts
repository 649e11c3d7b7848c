/**
 * The SQLite schema as ordered migrations. `PRAGMA user_version` holds the
 * number of migrations applied; opening a file runs the missing ones in one
 * transaction (sqlite-open.ts). Never edit a released migration: add the
 * next one. They are kept by era: 1 to 10 (sqlite-migrations-first.ts), 11
 * on (sqlite-migrations-later.ts).
 */

import type { SqliteDatabase } from './sqlite-open.js';
import { FIRST_MIGRATIONS } from './sqlite-migrations-first.js';
import { LATER_MIGRATIONS } from './sqlite-migrations-later.js';

/** SQL, or SQL and then a step only code can do (reading stored articles). */
export type Migration = string | { sql: string; then: (db: SqliteDatabase) => void };

/** Migration `i` takes a database from schema version `i` to `i + 1`. */
export const MIGRATIONS: readonly Migration[] = [...FIRST_MIGRATIONS, ...LATER_MIGRATIONS];
