/**
 * Who copies whom, by outlet: how many of each outlet's articles are
 * reprints or rewrites, how many others copied, and the outlets it takes
 * from most. Aggregated in SQL over the stored verdicts; an article with no
 * outlet counts under `null`.
 */
import type { SqliteDatabase } from './sqlite-open.js';
import type { OutletRow } from './types.js';

/** An outlet's row names at most this many outlets it takes from. */
export const MAX_OUTLET_SOURCES = 5;

const OUTLETS = `SELECT a.outlet, count(*) AS articles,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM copy_sources cs WHERE cs.source = a.rowid)) AS copied,
    count(*) FILTER (WHERE c.kind = 'reprint') AS reprints,
    count(*) FILTER (WHERE c.kind = 'rewrite') AS rewrites
  FROM articles a LEFT JOIN copies c ON c.article = a.rowid
  GROUP BY a.outlet ORDER BY articles DESC, a.outlet LIMIT ?`;

/** Every (copying outlet, source outlet) pair in one pass, most articles first. */
const SOURCES = `SELECT a.outlet, s.outlet AS source, count(DISTINCT a.rowid) AS articles
  FROM copy_sources cs JOIN articles a ON a.rowid = cs.article JOIN articles s ON s.rowid = cs.source
  GROUP BY a.outlet, s.outlet ORDER BY articles DESC, s.outlet`;

export function outletRows(db: SqliteDatabase, limit: number): OutletRow[] {
  const rows = db.prepare(OUTLETS).all(limit) as Array<Omit<OutletRow, 'sources'>>;
  const sources = new Map<string | null, OutletRow['sources']>();
  for (const pair of db.prepare(SOURCES).all() as Array<{ outlet: string | null; source: string | null; articles: number }>) {
    const list = sources.get(pair.outlet) ?? [];
    if (list.length < MAX_OUTLET_SOURCES) list.push({ outlet: pair.source, articles: pair.articles });
    sources.set(pair.outlet, list);
  }
  return rows.map((row) => ({ ...row, sources: sources.get(row.outlet) ?? [] }));
}
