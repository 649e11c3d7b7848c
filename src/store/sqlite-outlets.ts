/**
 * Who copies whom, by outlet: how many of each outlet's articles are
 * reprints or rewrites, how many other outlets copied, and the outlets it
 * takes from most. Aggregated in SQL over the stored verdicts. Outlet names
 * are grouped A–Z in any case, as the story list's outlet filter matches
 * them; an article with no outlet counts under `null`. The rows are kept
 * while the database is unchanged (the two aggregates read every article:
 * about 0.5 s at 100,000).
 */
import type { SqliteDatabase } from './sqlite-open.js';
import type { Statements } from './sqlite-statements.js';
import type { OutletRow } from './types.js';
import { outletCaseKey } from '../text/outlet-case.js';

/** An outlet's row names at most this many outlets it takes from. */
export const MAX_OUTLET_SOURCES = 5;

const OUTLETS = `SELECT a.outlet, count(*) AS articles,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM copy_sources cs JOIN articles copy ON copy.rowid = cs.article
      WHERE cs.source = a.rowid AND copy.outlet IS NOT a.outlet COLLATE NOCASE)) AS copied,
    count(*) FILTER (WHERE c.kind = 'reprint') AS reprints,
    count(*) FILTER (WHERE c.kind = 'rewrite') AS rewrites
  FROM articles a LEFT JOIN copies c ON c.article = a.rowid
  GROUP BY a.outlet COLLATE NOCASE ORDER BY articles DESC, a.outlet COLLATE NOCASE LIMIT ?`;

/** Every (copying outlet, source outlet) pair in one pass, most articles first. */
const SOURCES = `SELECT a.outlet, s.outlet AS source, count(DISTINCT a.rowid) AS articles
  FROM copy_sources cs JOIN articles a ON a.rowid = cs.article JOIN articles s ON s.rowid = cs.source
  GROUP BY a.outlet COLLATE NOCASE, s.outlet COLLATE NOCASE ORDER BY articles DESC, s.outlet COLLATE NOCASE`;

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
