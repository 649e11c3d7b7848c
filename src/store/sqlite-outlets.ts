/**
 * Who copies whom, by outlet: how many of each outlet's articles are
 * reprints or rewrites, how many other outlets copied, and the outlets it
 * takes from most. Read from the counts the store's writes keep (schema
 * migration 21, sqlite-outlet-counts.ts): a read costs the outlets, not the
 * articles. Outlet names are grouped A–Z in any case, as the story list's
 * outlet filter matches them; an article with no outlet counts under `null`.
 * The rows are kept while the database is unchanged.
 */
import type { SqliteDatabase } from './sqlite-open.js';
import type { Statements } from './sqlite-statements.js';
import type { OutletRow } from './types.js';
import { outletCaseKey } from '../text/outlet-case.js';

/** An outlet's row names at most this many outlets it takes from. */
export const MAX_OUTLET_SOURCES = 5;

const OUTLETS = 'SELECT outlet, articles, copied, reprints, rewrites FROM outlet_counts ORDER BY articles DESC, named, folded LIMIT ?';

/** Every (copying outlet, source outlet) pair, most articles first. */
const SOURCES = 'SELECT outlet, source, articles FROM outlet_sources ORDER BY articles DESC, source_named, source_folded';

/** The key SQLite's NOCASE compares by (`outletCaseKey`); null for articles of no outlet. */
function caseKey(outlet: string | null): string | null {
  return outlet === null ? null : outletCaseKey(outlet);
}

function outletRows(db: SqliteDatabase, limit: number): OutletRow[] {
  const rows = db.prepare(OUTLETS).all(limit) as Array<Omit<OutletRow, 'sources'>>;
  const sources = new Map<string | null, OutletRow['sources']>();
  for (const pair of db.prepare(SOURCES).all() as Array<{ outlet: string | null; source: string | null; articles: number }>) {
    const key = caseKey(pair.outlet);
    const list = sources.get(key) ?? [];
    if (list.length < MAX_OUTLET_SOURCES) list.push({ outlet: pair.source, articles: pair.articles });
    sources.set(key, list);
  }
  return rows.map((row) => ({ ...row, sources: sources.get(caseKey(row.outlet)) ?? [] }));
}

/**
 * The outlets' rows as last read, kept while no other connection committed
 * (`PRAGMA data_version`) and this one changed no row (`total_changes()`).
 * The rows are ordered by a key no two share, so the first `limit` of a
 * longer list are the rows `limit` asks for.
 */
export class OutletRows {
  private kept: { version: string; limit: number; rows: readonly OutletRow[] } | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly sql: Statements,
  ) {}

  rows(limit: number): OutletRow[] {
    const version = `${this.sql('dataVersion').get()} ${this.sql('totalChanges').get()}`;
    const kept = this.kept;
    if (kept !== undefined && kept.version === version && (limit <= kept.limit || kept.rows.length < kept.limit)) return kept.rows.slice(0, limit);
    const rows = outletRows(this.db, limit).map((row) => Object.freeze({ ...row, sources: Object.freeze(row.sources) as OutletRow['sources'] }));
    this.kept = { version, limit, rows };
    return rows.slice();
  }
}
