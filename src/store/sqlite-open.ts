/**
 * Opening a SQLite file as a Tidings database: recognize it (application id),
 * refuse a foreign or newer file with an `InputError`, bring an older one up
 * to date by running the missing migrations in one transaction.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { InputError } from '../errors.js';
import { APPLICATION_ID, MIGRATIONS, runMigration, SCHEMA_VERSION } from './sqlite-schema.js';

export interface OpenDatabaseOptions {
  /** Create the file when it does not exist (ingest) or refuse (queries). */
  create: boolean;
  /** Migrate up to this schema version (tests make old files with it). */
  schemaVersion: number;
  /** Milliseconds to wait for another connection's lock. */
  busyTimeoutMs: number;
}

export type SqliteDatabase = Database.Database;

/**
 * The page size of a new database. An article's row (its text and encoded
 * article, 3.3 KB on average in the benchmarks' replays) often outgrew
 * SQLite's default 4,096-byte page and went on in overflow pages (2,111 of
 * the articles' 7,799 pages at 10,000 articles; 14 of 1,830 with 16 KB
 * pages); writing the batches of a 10,000-article replay took 5–10% less
 * CPU. A database keeps the page size it was created with.
 */
export const NEW_PAGE_SIZE = 16_384;
/** The write-ahead log is checkpointed into the database once it holds this many bytes of pages (8,192 pages of 4 KB). */
const CHECKPOINT_BYTES = 32 * 1024 * 1024;

export function openDatabase(file: string, options: OpenDatabaseOptions): SqliteDatabase {
  if (!options.create && !existsSync(file)) {
    throw new InputError(file, '', 'no Tidings database here (tidings ingest creates one)');
  }
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(file, '', 'a folder, not a database file (--db names the file: news.db)');
  let db: SqliteDatabase;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs });
  } catch (error) {
    throw new InputError(file, '', `cannot open it as a database (${(error as Error).message})`);
  }
  try {
    checkAndMigrate(db, file, options.schemaVersion);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -32000');
    db.pragma('temp_store = MEMORY');
    db.pragma(`wal_autocheckpoint = ${CHECKPOINT_BYTES / (db.pragma('page_size', { simple: true }) as number)}`);
    return db;
  } catch (error) {
    db.close();
    throw asInputError(error, file);
  }
}

/** Suffixes of the files SQLite keeps beside a database (write-ahead log, shared memory, rollback journal). */
const JOURNAL_SUFFIXES = ['-wal', '-shm', '-journal'];

/** A database file and its journals as absolute paths; none for an in-memory database. */
export function databaseFiles(file: string): string[] {
  if (file === '' || file === ':memory:') return [];
  const resolved = path.resolve(file);
  return [resolved, ...JOURNAL_SUFFIXES.map((suffix) => resolved + suffix)];
}

/** A file with nothing in it yet (just created): its page size can still be chosen. */
function isEmpty(db: SqliteDatabase): boolean {
  return db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() === 0;
}

function hasTable(db: SqliteDatabase, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** The schema version of an open database (`PRAGMA user_version`). */
export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkAndMigrate(db: SqliteDatabase, file: string, target: number): void {
  if (!Number.isInteger(target) || target < 1 || target > SCHEMA_VERSION) {
    throw new RangeError(`tidings: expected a schema version from 1 to ${SCHEMA_VERSION}, got ${target}`);
  }
  const check = () => {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = schemaVersion(db);
    if (applicationId !== APPLICATION_ID) {
      const tables = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
      if (applicationId !== 0 || version !== 0 || tables > 0) {
        throw new InputError(file, '', 'not a Tidings database (an SQLite file of another application)');
      }
    }
    if (version > SCHEMA_VERSION) {
      throw new InputError(file, '', `written by a newer Tidings (schema version ${version}; this one reads up to ${SCHEMA_VERSION}); upgrade Tidings`);
    }
    if (version >= 1 && !hasTable(db, 'copy_fingerprints')) {
      throw new InputError(file, '', 'written by a development build of Tidings whose first schema had other tables (copy_keys); ingest into a new database file');
    }
    return version;
  };
  if (check() >= target) return;
  if (isEmpty(db)) db.pragma(`page_size = ${NEW_PAGE_SIZE}`);
  db.exec('BEGIN IMMEDIATE');
  try {
    const version = check();
    for (let next = version; next < target; next++) runMigration(db, MIGRATIONS[next]);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${Math.max(version, target)}`);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** SQLite's result code, primary or extended ("SQLITE_READONLY_DIRECTORY" is one of "SQLITE_READONLY"): the primary code it is of. */
function isSqliteCode(code: unknown, primary: string): boolean {
  return typeof code === 'string' && (code === primary || code.startsWith(`${primary}_`));
}

/** SQLite's own complaints about a file (by primary result code, whatever extended code it gives) become a user's input problem. */
export function asInputError(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message;
  if (isSqliteCode(code, 'SQLITE_NOTADB')) return new InputError(file, '', 'not a Tidings database (not an SQLite file)');
  if (isSqliteCode(code, 'SQLITE_CORRUPT')) return new InputError(file, '', 'the database file is damaged');
  if (code === 'SQLITE_READONLY_DIRECTORY') {
    return new InputError(file, '', 'cannot open it: its folder is read-only, and SQLite keeps its -wal and -shm files beside the database (copy it to a folder you can write to)');
  }
  if (isSqliteCode(code, 'SQLITE_CANTOPEN') || isSqliteCode(code, 'SQLITE_READONLY') || isSqliteCode(code, 'SQLITE_PERM')) {
    return new InputError(file, '', `cannot write to it (${message})`);
  }
  if (isSqliteCode(code, 'SQLITE_FULL')) {
    return new InputError(file, '', 'the disk is full: the write in progress was undone, what was stored before is kept; free some space and run it again');
  }
  if (isSqliteCode(code, 'SQLITE_IOERR')) return new InputError(file, '', `the disk failed to read or write it (${message}); what was stored before is kept`);
  if (isSqliteCode(code, 'SQLITE_BUSY') || isSqliteCode(code, 'SQLITE_LOCKED')) return new InputError(file, '', 'another process holds the database locked; try again');
  return error;
}
