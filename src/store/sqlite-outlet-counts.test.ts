import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type ArticleRecord, type Store, type StoredVerdict } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';
import { writeAtVersion } from './test-support/old-version.js';
import { SESSION_24_TRIGGERS } from './test-support/session24-outlet-triggers.js';
import { OUTLET_COUNTS } from './sqlite-outlet-counts.js';

const temp = tempFolder('tidings-outlet-counts-');
afterAll(() => temp.remove());

/** The counts made afresh from every article, as `tidings outlets` aggregated them before migration 21: the oracle. */
const COUNTED = `SELECT a.outlet IS NOT NULL AS named, lower(coalesce(a.outlet, '')) AS folded, count(*) AS articles,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM copy_sources cs JOIN articles copy ON copy.rowid = cs.article
      WHERE cs.source = a.rowid AND copy.outlet IS NOT a.outlet COLLATE NOCASE)) AS copied,
    count(*) FILTER (WHERE c.kind = 'reprint') AS reprints, count(*) FILTER (WHERE c.kind = 'rewrite') AS rewrites
  FROM articles a LEFT JOIN copies c ON c.article = a.rowid GROUP BY a.outlet COLLATE NOCASE ORDER BY 1, 2`;
const KEPT = 'SELECT named, lower(folded) AS folded, articles, copied, reprints, rewrites FROM outlet_counts ORDER BY 1, 2';
const PAIRS_COUNTED = `SELECT a.outlet IS NOT NULL AS named, lower(coalesce(a.outlet, '')) AS folded, s.outlet IS NOT NULL AS source_named,
    lower(coalesce(s.outlet, '')) AS source_folded, count(DISTINCT a.rowid) AS articles
  FROM copy_sources cs JOIN articles a ON a.rowid = cs.article JOIN articles s ON s.rowid = cs.source
  GROUP BY a.outlet COLLATE NOCASE, s.outlet COLLATE NOCASE ORDER BY 1, 2, 3, 4`;
const PAIRS_KEPT = 'SELECT named, lower(folded) AS folded, source_named, lower(source_folded) AS source_folded, articles FROM outlet_sources ORDER BY 1, 2, 3, 4';

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
const independent: StoredVerdict = { kind: 'independent', sources: [] };

/** Article `n` of five spellings of four outlets (one none). */
function record(n: number, copy?: StoredVerdict, text = `The Brenmouth ferry sailed late on crossing ${n}.`): ArticleRecord {
  const outlet = OUTLETS[n % OUTLETS.length];
  return makeRecord(makeArticle(`a${n}`, text, outlet === undefined ? {} : { outlet }), `s${n % 3}`, copy);
}

/** Twelve articles, with reprints and rewrites of one or two sources, within and across outlets, some of the same batch. */
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
  return Array.from({ length: 12 }, (_, n) => record(n, copies[n]));
}

const removal = (ids: string[], tombstones: boolean, verdicts = new Map<string, StoredVerdict>()) => ({ ids, tombstones, keptVersions: 1, verdicts, headlines: new Map(), clusterer: undefined });

async function seeded(name: string): Promise<{ file: string; store: Store }> {
  const file = temp.file(name);
  const store = openStore(file, { create: true });
  const all = records();
  await store.writeBatch({ articles: all.slice(0, 7), clusterer: emptyClusterer(0) });
  expectCountsKept(file);
  await store.writeBatch({ articles: all.slice(7), clusterer: emptyClusterer(1) });
  expectCountsKept(file);
  return { file, store };
}

describe('outlet counts (schema migration 21)', () => {
  it('stay equal to the counts made afresh as articles are written, traced again and taken down', async () => {
    const { file, store } = await seeded('kept.db');
    try {
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT count(*) FROM outlet_sources').pluck().get()).toBeGreaterThan(4);
      expect(db.prepare('SELECT sum(copied) FROM outlet_counts').pluck().get()).toBeGreaterThan(2);
      db.close();
      // A batch that traces stored articles again: a2 now a rewrite of a new article, a7 independent, a11 of a1 alone.
      const retraced = new Map([['a2', verdict('rewrite', 'a12', 'a4')], ['a7', independent], ['a11', verdict('reprint', 'a1')]]);
      await store.writeBatch({ articles: [record(12), record(13, verdict('reprint', 'a12'))], retraced, clusterer: emptyClusterer(2) });
      expectCountsKept(file);
      // a0 and a5 go: their copies are traced again (a3 a rewrite of a1 alone, a9 a reprint of a8); a10, which copied a5, keeps a9.
      await store.removeArticles(removal(['a0', 'a5'], true, new Map([['a3', verdict('rewrite', 'a1')], ['a9', verdict('reprint', 'a8')]])));
      expectCountsKept(file);
      await store.removeArticles(removal(['a1', 'a2', 'a3', 'a4', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11', 'a12', 'a13'], true));
      expectCountsKept(file);
      expect(await store.outlets(10)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('stay equal to them through updates: the old text taken out, the new one written with another verdict', async () => {
    const { file, store } = await seeded('updated.db');
    try {
      await store.removeArticles(removal(['a1', 'a4'], false));
      expectCountsKept(file);
      await store.writeBatch({ articles: [record(1, verdict('reprint', 'a8'), 'The Brenmouth ferry sailed at last.'), record(4, independent, 'No ferry today.')], clusterer: emptyClusterer(2) });
      expectCountsKept(file);
      const rows = await store.outlets(10);
      expect(rows.map((row) => row.outlet)).toEqual(['Harbor Daily', null, 'Lakeshore Ledger', 'Trendline Buzz']);
      expect(rows[0]).toMatchObject({ articles: 6, reprints: 4, rewrites: 1 });
    } finally {
      await store.close();
    }
  });

  it('are counted from the stored articles when an older database is opened', async () => {
    const file = temp.file('migrated.db');
    await writeAtVersion(file, 20, { articles: records(), clusterer: emptyClusterer(0) });
    const store = openStore(file);
    const fresh = openStore(temp.file('fresh.db'), { create: true });
    try {
      await fresh.writeBatch({ articles: records(), clusterer: emptyClusterer(0) });
      expectCountsKept(file);
      expect(await store.outlets(10)).toEqual(await fresh.outlets(10));
      await store.removeArticles(removal(['a0'], true, new Map([['a2', independent], ['a3', verdict('rewrite', 'a1')], ['a9', verdict('rewrite', 'a8')], ['a11', independent]])));
      expectCountsKept(file);
    } finally {
      await store.close();
      await fresh.close();
    }
  });

  it("are made again in a database of session 24's development build still at schema 20 (its tables and triggers there before migration 21)", async () => {
    const file = temp.file('session-24-at-20.db');
    await writeAtVersion(file, 20, { articles: records().slice(0, 7), clusterer: emptyClusterer(0) });
    const old = new Database(file);
    old.exec(OUTLET_COUNTS + SESSION_24_TRIGGERS);
    old.exec('UPDATE outlet_counts SET articles = articles * 2');
    old.close();
    await expectKeptByTheStoreAlone(file);
  });

  it("are counted again, and kept by the store alone, in a database of session 24's development build (schema 21 with the counts kept by triggers)", async () => {
    const file = temp.file('session-24.db');
    await writeAtVersion(file, 21, { articles: records().slice(0, 7), clusterer: emptyClusterer(0) });
    const old = new Database(file);
    old.exec(SESSION_24_TRIGGERS);
    // Counts gone astray meanwhile: a build that kept them as well as the triggers counted each write twice.
    old.exec('UPDATE outlet_counts SET articles = articles * 2, reprints = reprints * 2; UPDATE outlet_sources SET articles = articles + 1');
    old.close();
    await expectKeptByTheStoreAlone(file, (store) => store.removeArticles(removal(['a0'], true, new Map([['a2', independent], ['a3', verdict('rewrite', 'a1')], ['a9', verdict('rewrite', 'a8')], ['a11', independent]]))));
  });
});

/** Opens a session-24 development store: no counting trigger is left, and the counts stay right through a write and then `more`. */
async function expectKeptByTheStoreAlone(file: string, more?: (store: Store) => Promise<unknown>): Promise<void> {
  const store = openStore(file);
  try {
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'outlet_counts%'").pluck().all()).toEqual([]);
    db.close();
    expectCountsKept(file);
    await store.writeBatch({ articles: records().slice(7), clusterer: emptyClusterer(1) });
    expectCountsKept(file);
    if (more) {
      await more(store);
      expectCountsKept(file);
    }
  } finally {
    await store.close();
  }
}
