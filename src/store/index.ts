/**
 * Storage: articles, copy verdicts, story membership, the story clusterer's
 * state and cached summaries, behind the `Store` interface. The default (and
 * for now only) backend is one SQLite file.
 */
import { expected } from '../errors.js';
import { checkPositiveInteger, withDefaults } from '../options.js';
import { SCHEMA_VERSION } from './sqlite-schema.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './types.js';

export { contentHash, decodeArticle, encodeArticle, FORMAT_VERSIONS } from './codec.js';
export { ftsQuery, MAX_QUERY_TERMS, MIN_PREFIX_LETTERS, searchProblem } from './sqlite-search.js';
export { MAX_OUTLET_SOURCES } from './sqlite-outlets.js';
export { filteredStories, MAX_QUERY_HITS, type StoryFilters } from './story-list.js';
export { storyIdIn } from './story-id.js';
export { grow, type StoryGrowth } from './story-growth.js';
export { APPLICATION_ID, SCHEMA_VERSION } from './sqlite-schema.js';
export { describeHolder } from './writer-lock.js';
export { asInputError } from './sqlite-open.js';
export type * from './types.js';

/** The database file the CLI uses when no `--db` is given. */
export const DEFAULT_DATABASE = 'tidings.db';

export interface OpenStoreOptions {
  /** Create the file when it does not exist (ingest), or refuse with an `InputError` (queries). */
  create: boolean;
  /** Schema version to migrate to; older versions exist only to test migrations. */
  schemaVersion: number;
  /** Milliseconds to wait for another process's write lock. */
  busyTimeoutMs: number;
  /**
   * Copy detection looks for sources among the most recent this many
   * articles (their keys are indexed in memory, about 1.3 KB each); a story's
   * own articles are compared whatever their age.
   */
  copyWindow: number;
}

export const defaultOpenStoreOptions: Readonly<OpenStoreOptions> = Object.freeze({
  create: false,
  schemaVersion: SCHEMA_VERSION,
  busyTimeoutMs: 5000,
  copyWindow: 50_000,
});

/**
 * Opens (and, when `create`, creates) a Tidings database file, migrating an
 * older schema. A missing file, a file that is not a Tidings database, or
 * one written by a newer Tidings is an `InputError`.
 */
export function openStore(file: string, options?: Partial<OpenStoreOptions>): Store {
  if (typeof file !== 'string' || file === '') expected('a database file path', file);
  const settings = withDefaults('openStore', defaultOpenStoreOptions as OpenStoreOptions, options);
  checkPositiveInteger('openStore', 'copyWindow', settings.copyWindow);
  return openSqliteStore(file, settings);
}
