/**
 * Who copies whom, by outlet: how many of each outlet's articles are
 * reprints or rewrites, how many other outlets copied, and the outlets it
 * takes from most. Aggregated in SQL over the stored verdicts. Outlet names
 * are grouped A–Z in any case, as the story list's outlet filter matches
 * them; an article with no outlet counts under `null`.
 */
import type { SqliteDatabase } from './sqlite-open.js';
import type { OutletRow } from './types.js';

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

/** The key SQLite's NOCASE compares by: A–Z folded, nothing else. */
function caseKey(outlet: string | null): string | null {
  return outlet === null ? null : outlet.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

export function outletRows(db: SqliteDatabase, limit: number): OutletRow[] {
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
