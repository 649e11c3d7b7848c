import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filteredStories, openStore, type Store, type StoryListOptions, type StoryRow } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';
import { writeAtVersion } from './test-support/old-version.js';

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

describe('stories dated in different offsets', () => {
  const temp = tempFolder('tidings-story-zones-');
  afterAll(() => temp.remove());

  /** A reservoir story told at 20:00 in California (04:00 UTC the next day), a tram strike story at 21:00 UTC the day before that. */
  async function twoZones(store: Store): Promise<void> {
    const west = makeArticle('west', 'The Marrow Creek reservoir reopened to boats after the algae bloom cleared.', { outlet: 'Salt Flats Ledger', published: '2026-11-10T20:00:00-08:00' });
    const east = makeArticle('east', 'Tram drivers in Kestrel Bay agreed a new pay deal, ending a week of strikes.', { outlet: 'Kestrel Bay Times', published: '2026-11-10T21:00:00+00:00' });
    await store.writeBatch({ articles: [makeRecord(west, 'reservoir'), makeRecord(east, 'trams')], clusterer: emptyClusterer(0) });
  }

  it('lists the story told last first, and keeps it after a date it was told after, whatever offset each writes', async () => {
    const store = openStore(temp.file('zones.db'), { create: true });
    await twoZones(store);
    expect((await filteredStories(store, {}, 5)).map((row) => row.id)).toEqual(['reservoir', 'trams']);
    expect((await filteredStories(store, { since: '2026-11-11T00:00:00Z' }, 5)).map((row) => row.id)).toEqual(['reservoir']);
    await store.close();
  });

  it('orders a database an older Tidings wrote once it is opened, and drops the summaries and reports made from its stories\' old order', async () => {
    const file = temp.file('old-zones.db');
    const west = makeArticle('west', 'The Marrow Creek reservoir reopened to boats after the algae bloom cleared.', { published: '2026-11-10T20:00:00-08:00' });
    const east = makeArticle('east', 'Tram drivers in Kestrel Bay agreed a new pay deal, ending a week of strikes.', { published: '2026-11-10T21:00:00+00:00' });
    const later = makeArticle('west-later', 'Boats were back on the Marrow Creek reservoir a day after the algae bloom cleared.', { published: '2026-11-11T03:00:00+00:00' });
    await writeAtVersion(file, 15, { articles: [makeRecord(west, 'reservoir'), makeRecord(later, 'reservoir'), makeRecord(east, 'trams')], clusterer: emptyClusterer(0) });
    // What schema 15 wrote: the first and last date of the reservoir story chosen as text.
    const db = new Database(file);
    db.prepare('UPDATE stories SET first_seen = ?, last_seen = ? WHERE id = ?').run('2026-11-10T20:00:00-08:00', '2026-11-11T03:00:00+00:00', 'reservoir');
    // A summary and a report made from the story's articles read in the order of their dates as text.
    db.prepare('INSERT INTO summaries (story, version, revision, summary) VALUES (?, 1, 1, ?)').run('reservoir', '{}');
    db.prepare('INSERT INTO reports (story, version, revision, report) VALUES (?, 1, 1, ?)').run('reservoir', '{}');
    db.close();
    const store = openStore(file);
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare('SELECT (SELECT count(*) FROM summaries) + (SELECT count(*) FROM reports)').pluck().get()).toBe(0);
    reopened.close();
    const rows = await filteredStories(store, {}, 5);
    expect(rows.map((row) => row.id)).toEqual(['reservoir', 'trams']);
    expect(rows[0]).toMatchObject({ firstSeen: '2026-11-11T03:00:00+00:00', lastSeen: '2026-11-10T20:00:00-08:00' });
    await store.close();
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
