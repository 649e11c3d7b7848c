import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';
import { writeAtVersion } from './test-support/old-version.js';

const temp = tempFolder('tidings-outlets-');
afterAll(() => temp.remove());
afterEach(() => vi.restoreAllMocks());

const article = (id: string, outlet: string) => makeArticle(id, `Water rose over the banks at ${id}, and the river kept rising.`, { outlet });
const reprint = (source: string) => ({ kind: 'reprint' as const, sources: [{ article: source, share: 0.9 }] });

/** How often the outlets' aggregates are read from the database. */
function countReads(): () => number {
  const prepare = vi.spyOn(Database.prototype, 'prepare');
  return () => prepare.mock.calls.filter(([sql]) => /FROM outlet_(counts|sources)/.test(String(sql))).length;
}

/** The rows a store that has read nothing yet gives for `limit`: the aggregates read afresh. */
async function fresh(file: string, limit: number) {
  const store = openStore(file);
  const rows = await store.outlets(limit);
  await store.close();
  return rows;
}

async function seeded(name: string): Promise<{ file: string; store: Store }> {
  const file = temp.file(name);
  const store = openStore(file, { create: true });
  await store.writeBatch({
    articles: [
      makeRecord(article('a1', 'Harbor Daily'), 's1'),
      makeRecord(article('a2', 'Trendline Buzz'), 's1', reprint('a1')),
      makeRecord(article('a3', 'harbor daily'), 's2'),
      makeRecord(article('a4', 'Lakeshore'), 's2', reprint('a3')),
    ],
    clusterer: emptyClusterer(0),
  });
  return { file, store };
}

describe('outlets', () => {
  it('reads the aggregates once while nothing changes, any shorter list cut from a longer one', async () => {
    const { file, store } = await seeded('kept.db');
    const reads = countReads();
    const all = await store.outlets(10);
    expect(all.map((row) => [row.outlet, row.articles, row.copied, row.reprints])).toEqual([['Harbor Daily', 2, 2, 0], ['Lakeshore', 1, 0, 1], ['Trendline Buzz', 1, 0, 1]]);
    expect(await store.outlets(10)).toEqual(all);
    expect(await store.outlets(2)).toEqual(all.slice(0, 2));
    expect(reads(), 'the first request only').toBe(2);
    await store.close();
    expect(await fresh(file, 2)).toEqual(all.slice(0, 2));
  });

  it('reads them again after a write of its own and after another connection commits', async () => {
    const { file, store } = await seeded('changed.db');
    const reads = countReads();
    await store.outlets(10);
    await store.writeBatch({ articles: [makeRecord(article('a5', 'Lakeshore'), 's1', reprint('a2'))], clusterer: emptyClusterer(1) });
    const afterOwn = await store.outlets(10);
    expect(afterOwn[0]).toMatchObject({ outlet: 'Harbor Daily', articles: 2 });
    expect(afterOwn[1]).toMatchObject({ outlet: 'Lakeshore', articles: 2, reprints: 2, sources: [{ outlet: 'harbor daily', articles: 1 }, { outlet: 'Trendline Buzz', articles: 1 }] });
    expect(afterOwn).toEqual(await fresh(file, 10));
    const other = openStore(file);
    await other.writeBatch({ articles: [makeRecord(article('a6', 'Westmere Observer'), 's3')], clusterer: emptyClusterer(2) });
    await other.close();
    const afterOther = await store.outlets(10);
    expect(afterOther.map((row) => row.outlet)).toContain('Westmere Observer');
    expect(afterOther).toEqual(await fresh(file, 10));
    expect(reads(), 'the first request, after each write, and the two fresh stores').toBe(2 * 5);
    await store.close();
  });

  it('reads a longer list than it holds afresh, and gives rows a caller cannot change', async () => {
    const { file, store } = await seeded('longer.db');
    await store.writeBatch({ articles: [makeRecord(article('a5', 'Westmere Observer'), 's3')], clusterer: emptyClusterer(1) });
    const two = await store.outlets(2);
    const four = await store.outlets(4);
    expect(four.slice(0, 2)).toEqual(two);
    expect(four).toEqual(await fresh(file, 4));
    expect(() => four[0].sources.push({ outlet: 'x', articles: 1 })).toThrow();
    expect((await store.outlets(4))[0].sources).toEqual(four[0].sources);
    await store.close();
  });
});

describe('a story\'s outlets', () => {
  it('count one outlet however its name is cased, as the outlets list does, also after removing one of its articles', async () => {
    const store = openStore(temp.file('cased.db'), { create: true });
    await store.writeBatch({
      articles: [makeRecord(article('p1', 'Pellam Post'), 's1'), makeRecord(article('p2', 'PELLAM POST'), 's1'), makeRecord(article('p3', 'pellam post'), 's1'), makeRecord(article('t1', 'Trevik Herald'), 's1')],
      clusterer: emptyClusterer(0),
    });
    expect((await store.listStories(1))[0]).toMatchObject({ size: 4, outlets: 2 });
    expect((await store.outlets(5)).map((row) => [row.outlet, row.articles])).toEqual([['Pellam Post', 3], ['Trevik Herald', 1]]);
    await store.removeArticles({ ids: ['p1', 'p3'], tombstones: false, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
    expect((await store.listStories(1))[0]).toMatchObject({ size: 2, outlets: 2 });
    await store.removeArticles({ ids: ['p2'], tombstones: false, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
    expect((await store.listStories(1))[0]).toMatchObject({ size: 1, outlets: 1 });
    await store.close();
  });

  it('are counted again, one per name in any case, when a database an older Tidings wrote is opened', async () => {
    const file = temp.file('cased-old.db');
    await writeAtVersion(file, 16, { articles: [makeRecord(article('p1', 'Pellam Post'), 's1'), makeRecord(article('p2', 'PELLAM POST'), 's1'), makeRecord(article('t1', 'Trevik Herald'), 's1')], clusterer: emptyClusterer(0) });
    // What schema 16 wrote: a row for each casing of a name, each counted.
    const db = new Database(file);
    db.exec("DELETE FROM story_outlets; INSERT INTO story_outlets VALUES ('s1', 'Pellam Post', 1), ('s1', 'PELLAM POST', 1), ('s1', 'Trevik Herald', 1); UPDATE stories SET outlets = 3");
    db.close();
    const store = openStore(file);
    expect((await store.listStories(1))[0]).toMatchObject({ size: 3, outlets: 2 });
    await store.removeArticles({ ids: ['p1'], tombstones: false, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
    expect((await store.listStories(1))[0]).toMatchObject({ size: 2, outlets: 2 });
    await store.close();
  });
});

