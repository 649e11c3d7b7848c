import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filteredStories, openStore, type Store, type StoryListOptions, type StoryRow } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';

/** Twelve stories of one article each, s1 oldest; every third from Harbor Daily, the others from Trevik Herald; "spillway" in s3, s6, s9 and s12. */
async function twelveStories(store: Store): Promise<void> {
  const articles = Array.from({ length: 12 }, (_, index) => {
    const n = index + 1;
    const harbor = n % 3 === 0;
    const text = `${harbor ? 'The spillway gate failed' : 'The river rose'} in story ${n}.\nOfficials spoke on day ${n}.`;
    const published = `2026-03-${String(n + 10).padStart(2, '0')}`;
    return makeRecord(makeArticle(`a${n}`, text, { title: `Story ${n}`, outlet: harbor ? 'Harbor Daily' : 'Trevik Herald', published }), `s${n}`);
  });
  await store.writeBatch({ articles, clusterer: emptyClusterer(0) });
}

describe('filteredStories', () => {
  const temp = tempFolder('tidings-story-list-');
  let store: Store;
  /** Every row `listStories` returned, as a filter's reading costs. */
  const read: StoryRow[] = [];
  let counted: Store;
  beforeAll(async () => {
    store = openStore(temp.file('list.db'), { create: true });
    await twelveStories(store);
    counted = Object.assign(Object.create(store) as Store, {
      listStories: async (limit: number, options?: StoryListOptions) => {
        const rows = await store.listStories(limit, options);
        read.push(...rows);
        return rows;
      },
    });
  });
  afterAll(async () => {
    await store.close();
    temp.remove();
  });
  const ids = (rows: readonly StoryRow[]) => rows.map((row) => row.id);

  it('reads a later page from where it starts, with or without filters', async () => {
    const all = ids(await filteredStories(store, {}, 20));
    expect(all).toEqual(['s12', 's11', 's10', 's9', 's8', 's7', 's6', 's5', 's4', 's3', 's2', 's1']);
    expect(ids(await filteredStories(store, {}, 3, 4))).toEqual(all.slice(4, 7));
    expect(ids(await filteredStories(store, { outlet: 'harbor daily' }, 2, 1))).toEqual(['s9', 's6']);
    expect(ids(await filteredStories(store, { since: '2026-03-15' }, 2, 3))).toEqual(['s9', 's8']);
    expect(ids(await filteredStories(store, { q: 'spillway', outlet: 'Harbor Daily', since: '2026-03-16' }, 5, 1))).toEqual(['s9', 's6']);
    expect(await filteredStories(store, {}, 5, 12)).toEqual([]);
  });

  it('reads only the stories an outlet or a query lets through, and none when no story passes', async () => {
    read.length = 0;
    expect(ids(await filteredStories(counted, { outlet: 'Harbor Daily' }, 20))).toEqual(['s12', 's9', 's6', 's3']);
    expect(ids(read)).toEqual(['s12', 's9', 's6', 's3']);
    read.length = 0;
    expect(await filteredStories(counted, { outlet: 'Nobody' }, 20)).toEqual([]);
    expect(await filteredStories(counted, { q: 'spillway', outlet: 'Trevik Herald' }, 20)).toEqual([]);
    expect(read).toEqual([]);
  });
});

describe('listStories with only', () => {
  const temp = tempFolder('tidings-story-list-only-');
  afterAll(() => temp.remove());

  it('gives the page of the whole list the filter lets through, with the same rows, dates and order, ties by the order stored', async () => {
    const store = openStore(temp.file('only.db'), { create: true });
    try {
      // Stories s1…s9, each with two articles; s1, s4 and s7 share a last date, as do s2, s5 and s8.
      const articles = Array.from({ length: 18 }, (_, index) => {
        const n = (index % 9) + 1;
        const day = index < 9 ? 1 : 10 + (n % 3);
        return makeRecord(makeArticle(`a${index}`, `The ferry ran late on crossing ${index}.\nPassengers waited on day ${day}.`, { title: `Crossing ${n}`, outlet: 'Harbor Daily', published: `2026-04-${String(day).padStart(2, '0')}` }), `s${n}`);
      });
      await store.writeBatch({ articles, clusterer: emptyClusterer(0) });
      const whole = await store.listStories(100);
      expect(whole).toHaveLength(9);
      expect(new Set(whole.map((row) => row.lastSeen)).size).toBeLessThan(whole.length);
      expect(whole.every((row) => row.lastPublished !== null)).toBe(true);
      const only = new Set(['s1', 's2', 's4', 's5', 's7', 's9']);
      const passing = whole.filter((row) => only.has(row.id));
      for (let offset = 0; offset <= passing.length; offset++) {
        expect(await store.listStories(2, { offset, only })).toEqual(passing.slice(offset, offset + 2));
      }
    } finally {
      await store.close();
    }
  });
});
