/**
 * Who copies whom by outlet (`tidings outlets`, /outlets), kept as counts
 * (schema migration 21) so reading them costs the outlets, not the articles:
 * aggregating every article took 10.6 s at 422,000.
 *
 * The store's writes keep them, inside their transaction: before a batch or a
 * removal writes, the articles it can change (`OutletCountScope`) are counted
 * as stored, then again after, and each outlet's row takes the difference:
 * one upsert per outlet and outlet pair a write touches, not a trigger per row
 * (the triggers tried first cost ingest 11%).
 *
 * An outlet is its name in any case of A-Z (as NOCASE compares), `named` 0
 * for the articles that give none; `outlet` is its name as the first counted
 * article wrote it. `copied`: its articles that an article of another outlet
 * copies. `outlet_sources`: per copying outlet and source outlet, the copying
 * articles. Never edit the migration once released: add one.
 */
import { outletCaseKey } from '../text/outlet-case.js';
import type { SqliteDatabase } from './sqlite-open.js';
import type { Statements } from './sqlite-statements.js';
import type { ArticleRemoval, IngestBatch, StoredVerdict } from './types.js';

/** Every outlet's counts and pairs made afresh from the stored articles, verdicts and copy links, into empty tables. */
const OUTLET_COUNTS_FILL = `
INSERT INTO outlet_counts (named, folded, outlet, articles, copied, reprints, rewrites)
  SELECT named, folded, outlet, articles, copied, reprints, rewrites FROM (
    SELECT a.outlet IS NOT NULL AS named, coalesce(a.outlet, '') AS folded, a.outlet, min(a.rowid), count(*) AS articles,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM copy_sources cs JOIN articles copy ON copy.rowid = cs.article
        WHERE cs.source = a.rowid AND copy.outlet IS NOT a.outlet COLLATE NOCASE)) AS copied,
      count(*) FILTER (WHERE c.kind = 'reprint') AS reprints, count(*) FILTER (WHERE c.kind = 'rewrite') AS rewrites
    FROM articles a LEFT JOIN copies c ON c.article = a.rowid GROUP BY a.outlet COLLATE NOCASE);
INSERT INTO outlet_sources (named, folded, source_named, source_folded, outlet, source, articles)
  SELECT named, folded, source_named, source_folded, outlet, source, articles FROM (
    SELECT a.outlet IS NOT NULL AS named, coalesce(a.outlet, '') AS folded, s.outlet IS NOT NULL AS source_named,
      coalesce(s.outlet, '') AS source_folded, a.outlet, s.outlet AS source, min(a.rowid), count(DISTINCT a.rowid) AS articles
    FROM copy_sources cs JOIN articles a ON a.rowid = cs.article JOIN articles s ON s.rowid = cs.source
    GROUP BY a.outlet COLLATE NOCASE, s.outlet COLLATE NOCASE);
`;

/** The triggers a development schema of session 24 kept the counts with (its migration 20, reverted before release). */
const TRIGGERS_OF_SESSION_24 = ['article_insert', 'article_delete', 'copy_insert', 'copy_update', 'copy_delete', 'link_insert', 'link_delete'].map((name) => `outlet_counts_${name}`);

/**
 * Schema migration 21. A database a development build of session 24 wrote
 * at schema 20 already holds these tables, kept by triggers: they are
 * dropped first and made again (in any other database nothing is there).
 */
export const OUTLET_COUNTS = `
${TRIGGERS_OF_SESSION_24.map((name) => `DROP TRIGGER IF EXISTS ${name};`).join('\n')}
DROP TABLE IF EXISTS outlet_counts;
DROP TABLE IF EXISTS outlet_sources;
CREATE TABLE outlet_counts (
  named INTEGER NOT NULL,
  folded TEXT NOT NULL COLLATE NOCASE,
  outlet TEXT,
  articles INTEGER NOT NULL,
  copied INTEGER NOT NULL,
  reprints INTEGER NOT NULL,
  rewrites INTEGER NOT NULL,
  PRIMARY KEY (named, folded)
) WITHOUT ROWID;
CREATE TABLE outlet_sources (
  named INTEGER NOT NULL,
  folded TEXT NOT NULL COLLATE NOCASE,
  source_named INTEGER NOT NULL,
  source_folded TEXT NOT NULL COLLATE NOCASE,
  outlet TEXT,
  source TEXT,
  articles INTEGER NOT NULL,
  PRIMARY KEY (named, folded, source_named, source_folded)
) WITHOUT ROWID;
${OUTLET_COUNTS_FILL.slice(1)}`;

/**
 * Schema migration 23: a database written by a development build of session
 * 24 after its schema reached 21 has these tables kept by triggers, and skips today's
 * migration 21; the triggers then count each write a second time beside the
 * store's own updates. Drops them and counts every outlet afresh; a database
 * without them is left as it is (the counting reads every article once, as
 * migration 21 did).
 */
export function dropSession24Triggers(db: SqliteDatabase): void {
  const triggers = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))`).pluck().get(JSON.stringify(TRIGGERS_OF_SESSION_24));
  if (triggers === 0) return;
  db.exec(`${TRIGGERS_OF_SESSION_24.map((name) => `DROP TRIGGER IF EXISTS ${name};`).join('\n')}
DELETE FROM outlet_counts;
DELETE FROM outlet_sources;
${OUTLET_COUNTS_FILL}`);
}

/** The rows of the articles named (`@ids`, a JSON array) and of those added past `@lastRow`. */
const COUNTED_ROWS = `(SELECT rowid FROM articles WHERE id IN (SELECT value FROM json_each(@ids))
  UNION ALL SELECT rowid FROM articles WHERE rowid > @lastRow)`;

/** The statements that keep the counts, by name (part of `sqlite-statements.ts`); lists of ids are bound as one JSON array. */
export const OUTLET_COUNT_STATEMENTS = {
  scopeCopies: `SELECT a.id FROM articles r JOIN copy_sources cs ON cs.source = r.rowid JOIN articles a ON a.rowid = cs.article
    WHERE r.id IN (SELECT value FROM json_each(?))`,
  scopeSources: `SELECT s.id FROM articles a JOIN copy_sources cs ON cs.article = a.rowid JOIN articles s ON s.rowid = cs.source
    WHERE a.id IN (SELECT value FROM json_each(?))`,
  lastArticleRow: 'SELECT coalesce(max(rowid), 0) FROM articles',
  ownShares: `SELECT a.outlet, min(a.rowid) AS first, count(*) AS articles,
      count(*) FILTER (WHERE c.kind = 'reprint') AS reprints, count(*) FILTER (WHERE c.kind = 'rewrite') AS rewrites
    FROM articles a LEFT JOIN copies c ON c.article = a.rowid WHERE a.rowid IN ${COUNTED_ROWS}
    GROUP BY a.outlet COLLATE NOCASE`,
  copiedShares: `SELECT s.outlet, min(s.rowid) AS first, count(*) AS copied FROM articles s
    WHERE s.id IN (SELECT value FROM json_each(?)) AND EXISTS (SELECT 1 FROM copy_sources cs JOIN articles copy ON copy.rowid = cs.article
      WHERE cs.source = s.rowid AND copy.outlet IS NOT s.outlet COLLATE NOCASE)
    GROUP BY s.outlet COLLATE NOCASE`,
  pairShares: `SELECT a.outlet, s.outlet AS source, min(a.rowid) AS first, count(DISTINCT a.rowid) AS articles
    FROM copy_sources cs JOIN articles a ON a.rowid = cs.article JOIN articles s ON s.rowid = cs.source
    WHERE cs.article IN ${COUNTED_ROWS} GROUP BY a.outlet COLLATE NOCASE, s.outlet COLLATE NOCASE`,
  addOutletCounts: `INSERT INTO outlet_counts (named, folded, outlet, articles, copied, reprints, rewrites)
    VALUES (@named, @folded, @outlet, @articles, @copied, @reprints, @rewrites)
    ON CONFLICT (named, folded) DO UPDATE SET articles = articles + excluded.articles, copied = copied + excluded.copied,
      reprints = reprints + excluded.reprints, rewrites = rewrites + excluded.rewrites`,
  dropOutletCounts: 'DELETE FROM outlet_counts WHERE named = @named AND folded = @folded AND articles <= 0',
  addOutletSources: `INSERT INTO outlet_sources (named, folded, source_named, source_folded, outlet, source, articles)
    VALUES (@named, @folded, @sourceNamed, @sourceFolded, @outlet, @source, @articles)
    ON CONFLICT (named, folded, source_named, source_folded) DO UPDATE SET articles = articles + excluded.articles`,
  dropOutletSources: `DELETE FROM outlet_sources
    WHERE named = @named AND folded = @folded AND source_named = @sourceNamed AND source_folded = @sourceFolded AND articles <= 0`,
} as const;

/**
 * The articles a write can change the counts of. `articles` (ids) are
 * counted with their verdicts and copy links: each stored one it removes or
 * traces again, and each copy of a removed one, whose link to it goes; the
 * articles it adds are the rows past `lastRow` (none before it). `sources`
 * (ids) are counted by whether another outlet copies them: the articles, and
 * every source their links name before or after the write. Fixed before the
 * write, so both countings cover the same articles.
 */
export interface OutletCountScope {
  articles: string;
  sources: string;
  lastRow: number;
}

/** A batch's articles (added) and those it traces again. */
export function batchCountScope(sql: Statements, batch: IngestBatch): OutletCountScope {
  const retraced = batch.retraced ?? new Map<string, StoredVerdict>();
  return outletCountScope(sql, retraced.keys(), verdictSources([...batch.articles.map((record) => record.verdict), ...retraced.values()]));
}

/** The removed articles, their copies and those traced again. */
export function removalCountScope(sql: Statements, removal: ArticleRemoval): OutletCountScope {
  return outletCountScope(sql, [...removal.ids, ...removal.verdicts.keys()], verdictSources(removal.verdicts.values()), removal.ids);
}

function verdictSources(verdicts: Iterable<StoredVerdict>): string[] {
  return [...verdicts].flatMap((verdict) => verdict.sources.map((source) => source.article));
}

/** Stored `articles` removed (`removed`: their copies join them) or traced again, their new links naming `sources`. */
function outletCountScope(sql: Statements, articles: Iterable<string>, sources: Iterable<string>, removed: readonly string[] = []): OutletCountScope {
  const counted = new Set(articles);
  if (removed.length > 0) for (const copy of sql('scopeCopies').all(JSON.stringify(removed)) as string[]) counted.add(copy);
  const json = JSON.stringify([...counted]);
  const copied = new Set([...counted, ...sources, ...(counted.size === 0 ? [] : (sql('scopeSources').all(json) as string[]))]);
  return { articles: json, sources: JSON.stringify([...copied]), lastRow: sql('lastArticleRow').get() as number };
}

interface OutletTally {
  outlet: string | null;
  first: number;
  articles: number;
  copied: number;
  reprints: number;
  rewrites: number;
}

interface PairTally {
  outlet: string | null;
  source: string | null;
  first: number;
  articles: number;
}

/** What the scope's articles add to each outlet's counts and each pair's, by `tallyKey`, as stored now. */
interface OutletShares {
  outlets: Map<string, OutletTally>;
  pairs: Map<string, PairTally>;
}

const tallyKey = (outlet: string | null): string => (outlet === null ? '0' : `1${outletCaseKey(outlet)}`);

function outletShares(sql: Statements, scope: OutletCountScope): OutletShares {
  const outlets = new Map<string, OutletTally>();
  const tally = (outlet: string | null, first: number): OutletTally => {
    const key = tallyKey(outlet);
    let found = outlets.get(key);
    if (found === undefined) outlets.set(key, (found = { outlet, first, articles: 0, copied: 0, reprints: 0, rewrites: 0 }));
    if (first < found.first) Object.assign(found, { outlet, first });
    return found;
  };
  const rows = { ids: scope.articles, lastRow: scope.lastRow };
  for (const row of sql('ownShares').all(rows) as Array<Omit<OutletTally, 'copied'>>) {
    Object.assign(tally(row.outlet, row.first), { articles: row.articles, reprints: row.reprints, rewrites: row.rewrites });
  }
  for (const row of sql('copiedShares').all(scope.sources) as Array<{ outlet: string | null; first: number; copied: number }>) {
    tally(row.outlet, row.first).copied = row.copied;
  }
  const pairs = new Map<string, PairTally>();
  for (const row of sql('pairShares').all(rows) as PairTally[]) pairs.set(`${tallyKey(row.outlet)}\n${tallyKey(row.source)}`, row);
  return { outlets, pairs };
}

/** The columns an outlet name is kept under. */
const outletKey = (outlet: string | null) => ({ named: outlet === null ? 0 : 1, folded: outlet ?? '' });

/** Counts the scope's articles as stored before a write; `keep()`, after it, adds the difference to the kept counts. */
export function countOutletsBefore(sql: Statements, scope: OutletCountScope): { keep(): void } {
  const before = outletShares(sql, scope);
  return { keep: () => keepOutletCounts(sql, before, outletShares(sql, scope)) };
}

/** Adds to the kept counts what the scope's articles add now (`after`) less what they added before the write. */
function keepOutletCounts(sql: Statements, before: OutletShares, after: OutletShares): void {
  for (const key of new Set([...before.outlets.keys(), ...after.outlets.keys()])) {
    const now = after.outlets.get(key);
    const was = before.outlets.get(key);
    const change = (field: 'articles' | 'copied' | 'reprints' | 'rewrites') => (now?.[field] ?? 0) - (was?.[field] ?? 0);
    const row = { ...outletKey((now ?? was)!.outlet), outlet: (now ?? was)!.outlet, articles: change('articles'), copied: change('copied'), reprints: change('reprints'), rewrites: change('rewrites') };
    if (row.articles === 0 && row.copied === 0 && row.reprints === 0 && row.rewrites === 0) continue;
    sql('addOutletCounts').run(row);
    if (row.articles < 0) sql('dropOutletCounts').run({ named: row.named, folded: row.folded });
  }
  for (const key of new Set([...before.pairs.keys(), ...after.pairs.keys()])) {
    const pair = (after.pairs.get(key) ?? before.pairs.get(key))!;
    const articles = (after.pairs.get(key)?.articles ?? 0) - (before.pairs.get(key)?.articles ?? 0);
    if (articles === 0) continue;
    const source = outletKey(pair.source);
    const keys = { ...outletKey(pair.outlet), sourceNamed: source.named, sourceFolded: source.folded };
    sql('addOutletSources').run({ ...keys, outlet: pair.outlet, source: pair.source, articles });
    if (articles < 0) sql('dropOutletSources').run(keys);
  }
}
