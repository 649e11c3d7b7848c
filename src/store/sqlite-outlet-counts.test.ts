import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type ArticleRecord, type StoredVerdict } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';
import { writeAtVersion } from './test-support/old-version.js';

const temp = tempFolder('tidings-outlet-counts-');
afterAll(() => temp.remove());

/** The counts computed afresh from every article, as the store read them before migration 16: the oracle. */
const COUNTED = `SELECT a.outlet IS NOT NULL AS named, lower(coalesce(a.outlet, '')) AS folded, count(*) AS articles,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM copy_sources cs JOIN articles copy ON copy.rowid = cs.article
      WHERE cs.source = a.rowid AND copy.outlet IS NOT a.outlet COLLATE NOCASE)) AS copied,
    count(*) FILTER (WHERE c.kind = 'reprint') AS reprints, count(*) FILTER (WHERE c.kind = 'rewrite') AS rewrites
  FROM articles a LEFT JOIN copies c ON c.article = a.rowid GROUP BY a.outlet COLLATE NOCASE ORDER BY 1, 2`;
const KEPT = `SELECT named, lower(folded) AS folded, articles, copied, reprints, rewrites FROM outlet_counts ORDER BY 1, 2`;
const PAIRS_COUNTED = `SELECT a.outlet IS NOT NULL AS named, lower(coalesce(a.outlet, '')) AS folded, s.outlet IS NOT NULL AS source_named,
    lower(coalesce(s.outlet, '')) AS source_folded, count(DISTINCT a.rowid) AS articles
  FROM copy_sources cs JOIN articles a ON a.rowid = cs.article JOIN articles s ON s.rowid = cs.source
  GROUP BY a.outlet COLLATE NOCASE, s.outlet COLLATE NOCASE ORDER BY 1, 2, 3, 4`;
const PAIRS_KEPT = `SELECT named, lower(folded) AS folded, source_named, lower(source_folded) AS source_folded, articles FROM outlet_sources ORDER BY 1, 2, 3, 4`;

function expectCountsKept(file: string): void {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.prepare(KEPT).all()).toEqual(db.prepare(COUNTED).all());
    expect(db.prepare(PAIRS_KEPT).all()).toEqual(db.prepare(PAIRS_COUNTED).all());
  } finally {
    db.close();
  }
}

const OUTLETS = ['Harbor Daily', 'harbor daily', 'Trendline Buzz', undefined, 'Lakeshore Ledger'];
const verdict = (kind: 'reprint' | 'rewrite', ...sources: string[]): StoredVerdict => ({ kind, sources: sources.map((article, index) => ({ article, share: 0.9 - index / 10 })) });

/** Twelve articles of five spellings of four outlets (one none), with reprints and rewrites of one or two sources, within and across outlets. */
function records(): ArticleRecord[] {
  const copies: Record<number, StoredVerdict> = {
    2: verdict('reprint', 'a0'),
    3: verdict('rewrite', 'a0', 'a1'),
    5: verdict('reprint', 'a4'),
    6: verdict('rewrite', 'a1', 'a2'),
    7: verdict('reprint', 'a3'),
    9: verdict('rewrite', 'a8', 'a0'),
    10: verdict('reprint', 'a5', 'a9'),
    11: verdict('reprint', 'a0'),
  };
  return Array.from({ length: 12 }, (_, n) => {
    const outlet = OUTLETS[n % OUTLETS.length];
    return makeRecord(makeArticle(`a${n}`, `The Brenmouth ferry sailed late on crossing ${n}.`, outlet === undefined ? {} : { outlet }), `s${n % 3}`, copies[n]);
  });
}

describe('outlet counts (schema migration 16)', () => {
  it('stay equal to the counts made afresh from every article as articles are written, traced again and removed', async () => {
    const file = temp.file('kept.db');
    const store = openStore(file, { create: true });
    try {
      const all = records();
      await store.writeBatch({ articles: all.slice(0, 7), clusterer: emptyClusterer(0) });
      expectCountsKept(file);
      await store.writeBatch({ articles: all.slice(7), clusterer: emptyClusterer(1) });
      expectCountsKept(file);
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT count(*) FROM outlet_sources').pluck().get()).toBeGreaterThan(4);
      db.close();
      // a0 goes: its copies are traced again (a2 now independent, a3 a rewrite of a1 alone, a11 a reprint of a2).
      const verdicts = new Map<string, StoredVerdict>([
        ['a2', { kind: 'independent', sources: [] }],
        ['a3', verdict('rewrite', 'a1')],
        ['a9', verdict('reprint', 'a8')],
        ['a11', verdict('reprint', 'a2')],
      ]);
      await store.removeArticles({ ids: ['a0', 'a5'], tombstones: true, keptVersions: 0, verdicts, headlines: new Map(), clusterer: undefined });
      expectCountsKept(file);
      await store.removeArticles({ ids: ['a1', 'a2', 'a3', 'a4', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11'], tombstones: true, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
      expectCountsKept(file);
      expect(await store.outlets(10)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('are counted from the stored articles when an older database is opened', async () => {
    const file = temp.file('migrated.db');
    await writeAtVersion(file, 15, { articles: records(), clusterer: emptyClusterer(0) });
    const store = openStore(file);
    const fresh = openStore(temp.file('fresh.db'), { create: true });
    try {
      await fresh.writeBatch({ articles: records(), clusterer: emptyClusterer(0) });
      expectCountsKept(file);
      expect(await store.outlets(10)).toEqual(await fresh.outlets(10));
    } finally {
      await store.close();
      await fresh.close();
    }
  });
});
