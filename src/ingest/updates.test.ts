import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, type Store } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { ingest, removeArticles } from './index.js';
import { checkConsistent } from './test-support/consistent.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-updates-');
afterAll(() => temp.remove());

const withStore = <T>(name: string, run: (store: Store, file: string) => Promise<T>): Promise<T> => withStoreAt(temp.file(name), run);

/** The Coast News report under one address, as first published and as updated: the toll, and what else the page carries. */
function stormPage(dead: string, extra = ''): string {
  return `<html><head><link rel="canonical" href="https://coast.example/storm-latest"><meta property="og:site_name" content="Coast News"><meta property="article:published_time" content="2026-03-05T08:00:00Z"></head><body><article><h1>Storm latest</h1><p>${dead} people died when a storm hit the coast of Marren on Thursday, police said.</p><p>The storm cut power to 40,000 homes across the region and closed the coast road, officials said.</p><p>Rescue teams searched the harbour at Eastwick through the night for two missing fishermen.</p>${extra}</article></body></html>`;
}

function file(name: string, content: string): string {
  const place = temp.file(name);
  writeFileSync(place, content);
  return place;
}

/** Bayside Radio's reprint of the first version, published an hour later. */
const REPRINT = JSON.stringify({
  id: 'bayside-storm',
  outlet: 'Bayside Radio',
  published: '2026-03-05T09:00:00Z',
  text: 'Three people died when a storm hit the coast of Marren on Thursday, police said. The storm cut power to 40,000 homes across the region and closed the coast road, officials said. Rescue teams searched the harbour at Eastwick through the night for two missing fishermen.',
});

/** The id ingest gave the Coast News report (made from its address). */
async function stormId(store: Store): Promise<string> {
  for (const row of await store.listStories(10)) {
    const found = (await store.story(row.id))!.articles.find((article) => article.url === 'https://coast.example/storm-latest');
    if (found) return found.id;
  }
  throw new Error('the Coast News report is not stored');
}

/** The stories whose version the store keeps for the update that emptied them (emptied_stories). */
function emptiedStories(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id FROM emptied_stories').pluck().all() as string[];
  } finally {
    db.close();
  }
}

const bridge = (place: string) => JSON.stringify({ id: 'bridge-1', text: `A bridge in ${place} reopened on Monday after three months of repairs, the city council said.` });

describe('ingest: a new text under a stored id', () => {
  it('keeps no version of the story an update emptied when its new text joins another story (emptied_stories)', async () => {
    const storm = file('emptied-storm.html', stormPage('Three'));
    const bridges = file('emptied-bridges.jsonl', [bridge('Ardmore'), JSON.stringify({ id: 'bridge-2', text: 'A bridge in Ardmore reopened on Monday after three months of repairs, the city council said on Monday.' })].join('\n'));
    await withStore('emptied-elsewhere.db', async (store, db) => {
      await ingest(store, [storm, bridges]);
      const id = await stormId(store);
      const [bridgeStory] = await store.storiesOf(['bridge-2']).then((stories) => [...stories.values()]);
      const moved = file('emptied-moved.jsonl', JSON.stringify({ id, outlet: 'Coast News', text: 'A bridge in Ardmore reopened on Monday after three months of repairs, the city council said, and traffic was back to normal.' }));
      expect(await ingest(store, [moved])).toMatchObject({ replaced: [{ id }], problems: [] });
      expect((await store.storiesOf([id])).get(id)).toBe(bridgeStory);
      expect(checkConsistent(db)).toBe(0);
      expect(emptiedStories(db)).toEqual([]);
    });
  });

  it('replaces the stored text: search, the story and the copy traced to it follow the new text, and ingesting it again changes nothing', async () => {
    const first = file('storm-v1.html', stormPage('Three'));
    const reprint = file('bayside.jsonl', REPRINT);
    const update = file('storm-v2.html', stormPage('Five'));
    await withStore('replace.db', async (store, db) => {
      await ingest(store, [first, reprint]);
      const storm = await stormId(store);
      const [before] = await store.listStories(5);
      const report = await ingest(store, [update]);
      expect(report).toMatchObject({ added: 0, alreadyStored: 0, changed: [], replaced: [{ id: storm, input: update, place: '' }], problems: [], stories: 1 });
      const [stored] = await store.articles([storm]);
      expect(stored.text).toMatch(/^Storm latest\n\nFive people died/);
      expect((await store.search('five', 5)).map((hit) => hit.id)).toEqual([storm]);
      expect((await store.search('three people', 5)).map((hit) => hit.id)).toEqual(['bayside-storm']);
      const stories = await store.listStories(5);
      expect(stories.map((story) => story.id)).toEqual([before.id]);
      expect(stories[0].version).toBeGreaterThan(before.version);
      const story = (await store.story(before.id))!;
      expect(story.copies).toEqual([{ article: 'bayside-storm', source: storm, kind: 'reprint', share: expect.any(Number) }]);
      expect(checkConsistent(db)).toBe(0);
      expect(report.seconds.replace).toBeGreaterThan(0);
      expect(await ingest(store, [update])).toMatchObject({ added: 0, alreadyStored: 1, replaced: [], seconds: { replace: 0 } });
    });
  });

  it('takes the latest text read in one run, counts the texts it passed over as already stored, and keeps the address of a story the article made alone', async () => {
    await withStore('latest.db', async (store) => {
      const report = await ingest(store, [file('bridge-three.jsonl', [bridge('Porto'), bridge('Lisbon'), bridge('Porto')].join('\n'))]);
      expect(report).toMatchObject({ added: 1, alreadyStored: 2, replaced: [] });
      expect((await store.articles(['bridge-1']))[0].text).toMatch(/Porto/);
      const [before] = await store.listStories(5);
      const again = await ingest(store, [file('bridge-two.jsonl', [bridge('Lisbon'), bridge('Faro')].join('\n'))]);
      expect(again).toMatchObject({ added: 0, alreadyStored: 1, replaced: [{ id: 'bridge-1', place: 'line 2' }], stories: 1, newStories: 0 });
      expect((await store.articles(['bridge-1']))[0].text).toMatch(/Faro/);
      expect((await store.listStories(5)).map((story) => [story.id, story.size])).toEqual([[before.id, 1]]);
    });
  });

  it('keeps the stored text when the new one differs only in what cleaning removes, or is too short to store', async () => {
    const first = file('storm-first.html', stormPage('Three'));
    const teaser = file('storm-teaser.html', stormPage('Three', '<p>Read more: Ferry services resume after the storm</p>'));
    const emptied = file('storm-gone.html', stormPage('Three').replace(/<article>.*<\/article>/, '<article><p>This page has moved.</p></article>'));
    await withStore('kept.db', async (store) => {
      await ingest(store, [first]);
      const storm = await stormId(store);
      const [before] = await store.listStories(5);
      const report = await ingest(store, [teaser, emptied]);
      expect(report).toMatchObject({ added: 0, alreadyStored: 1, replaced: [] });
      expect(report.problems.map((problem) => problem.message)).toEqual([
        `${emptied}: too short to store as an article: 4 words left after cleaning, fewer than 8; the stored text of article ${storm} is kept`,
      ]);
      expect((await store.articles([storm]))[0].text).toMatch(/^Storm latest\n\nThree people died[^]*fishermen\.$/);
      expect((await store.listStories(5))[0].version).toBe(before.version);
    });
  });

  it("with updates: 'keep', names the article and keeps the stored text", async () => {
    const first = file('keep-v1.html', stormPage('Three'));
    const update = file('keep-v2.html', stormPage('Five'));
    const twice = file('keep-twice.jsonl', [bridge('Porto'), bridge('Lisbon'), bridge('Porto')].join('\n'));
    await withStore('keep.db', async (store) => {
      await ingest(store, [first]);
      const storm = await stormId(store);
      const report = await ingest(store, [update, twice], { updates: 'keep' });
      expect(report).toMatchObject({ added: 1, alreadyStored: 3, replaced: [] });
      expect(report.changed).toEqual([
        { id: storm, input: update, place: '' },
        { id: 'bridge-1', input: twice, place: 'line 2' },
      ]);
      expect((await store.articles([storm]))[0].text).toMatch(/^Storm latest\n\nThree people died/);
    });
  });

  it('leaves a consistent database when stopped between removing the stored text and storing the new one, and the next run stores it', async () => {
    const first = file('crash-v1.html', stormPage('Three'));
    const update = file('crash-v2.html', stormPage('Five'));
    await withStore('crash.db', async (store, db) => {
      await ingest(store, [first]);
      const storm = await stormId(store);
      let removed = false;
      const failing = new Proxy(store, {
        get(target, property) {
          if (property === 'removeArticles') return async (...args: Parameters<Store['removeArticles']>) => ((removed = true), target.removeArticles(...args));
          if (property === 'writeBatch' && removed) return async () => Promise.reject(new Error('stopped'));
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await expect(ingest(failing, [update])).rejects.toThrow('stopped');
      expect(checkConsistent(db)).toBe(0);
      expect(await ingest(store, [update])).toMatchObject({ added: 1, replaced: [] });
      expect((await store.articles([storm]))[0].text).toMatch(/Five people died/);
      expect(checkConsistent(db)).toBe(0);
    });
  });

  it('stores a text once: another id with the text of a waiting update, and a second update to the same text, are already stored', async () => {
    const text = (place: string) => `A bridge in ${place} reopened on Monday after three months of repairs, the city council said.`;
    const line = (id: string, place: string) => JSON.stringify({ id, text: text(place) });
    await withStore('once.db', async (store, db) => {
      await ingest(store, [file('once-first.jsonl', [line('bridge-1', 'Porto'), line('bridge-2', 'Braga')].join('\n'))]);
      const report = await ingest(store, [file('once-second.jsonl', [line('bridge-1', 'Lisbon'), line('bridge-3', 'Lisbon'), line('bridge-2', 'Lisbon')].join('\n'))]);
      expect(report).toMatchObject({ added: 0, alreadyStored: 2, replaced: [{ id: 'bridge-1' }], problems: [] });
      expect((await store.articles(['bridge-1', 'bridge-2', 'bridge-3'])).map((article) => [article.id, article.text])).toEqual([
        ['bridge-1', text('Lisbon')],
        ['bridge-2', text('Braga')],
      ]);
      expect(checkConsistent(db)).toBe(0);
    });
  });

  it('keeps a new text in its story when that story is no longer active (a correction weeks on)', async () => {
    const flood = (id: string, outlet: string, extra = '') =>
      JSON.stringify({ id, outlet, published: '2026-01-05T10:00:00Z', text: `The Ossa river burst its banks in Lowmere on Monday, flooding 300 homes, the county emergency office said. Two school halls were opened for families who left their homes.${extra}` });
    const later = Array.from({ length: 130 }, (_, i) =>
      JSON.stringify({ id: `later-${i}`, published: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z`, text: `Market report ${i}: traders in the town of Kessock${i} sold ${i + 20} crates of apples and pears at the spring fair, organisers said.` }),
    );
    await withStore('stays.db', async (store, db) => {
      await ingest(store, [file('stays-first.jsonl', [flood('flood-1', 'Lowmere Echo'), flood('flood-2', 'County Post'), ...later].join('\n'))]);
      const home = (await Promise.all((await store.listStories(500)).map(async (row) => ({ row, detail: (await store.story(row.id))! })))).find(({ detail }) => detail.articles.some((article) => article.id === 'flood-1'))!;
      expect(home.detail.articles.map((article) => article.id)).toEqual(['flood-1', 'flood-2']);
      const stories = (await store.listStories(500)).length;
      const report = await ingest(store, [file('stays-update.jsonl', flood('flood-1', 'Lowmere Echo', ' The office later said 340 homes were flooded.'))]);
      expect(report).toMatchObject({ added: 0, replaced: [{ id: 'flood-1' }], newStories: 0 });
      expect((await store.listStories(500)).length).toBe(stories);
      expect((await store.story(home.row.id))!.articles.map((article) => article.id).sort()).toEqual(['flood-1', 'flood-2']);
      expect(checkConsistent(db)).toBe(0);
    });
  });

  it('takes the newest text by the time it was modified: an older one, read later, does not replace it', async () => {
    const version = (modified: string, homes: number) =>
      JSON.stringify({ id: 'flood-live', published: '2026-01-05T08:00:00Z', modified, text: `The Ossa river burst its banks in Lowmere on Monday, flooding ${homes} homes, the county emergency office said.` });
    await withStore('newest.db', async (store) => {
      await ingest(store, [file('newest-first.jsonl', version('2026-01-05T12:00:00Z', 300))]);
      const report = await ingest(store, [file('newest-run.jsonl', [version('2026-01-05T20:00:00Z', 360), version('2026-01-05T16:00:00Z', 340)].join('\n'))]);
      expect(report).toMatchObject({ added: 0, alreadyStored: 1, replaced: [{ id: 'flood-live', place: 'line 1' }] });
      const stale = await ingest(store, [file('newest-stale.jsonl', version('2026-01-05T14:00:00Z', 320))]);
      expect(stale).toMatchObject({ added: 0, alreadyStored: 1, replaced: [] });
      expect((await store.articles(['flood-live']))[0]).toMatchObject({ modified: '2026-01-05T20:00:00Z', text: expect.stringContaining('flooding 360 homes') });
    });
  });

  it('does not take back a text an update replaced when no date tells them apart (a stale feed read again), unless its date says it is newer', async () => {
    const item = (passengers: number, modified?: string) =>
      JSON.stringify({ id: 'ferry-guid-7', outlet: 'Brackwater Ledger', ...(modified ? { modified } : {}), text: `The Tamsin Gale ran aground off Skerrow Point with ${passengers} passengers on board, the harbour master said on Tuesday.` });
    await withStore('stale.db', async (store, db) => {
      const dayOne = file('ledger-day1.jsonl', item(212));
      await ingest(store, [dayOne]);
      expect(await ingest(store, [file('ledger-day2.jsonl', item(221))])).toMatchObject({ replaced: [{ id: 'ferry-guid-7' }] });
      expect(await ingest(store, [dayOne])).toMatchObject({ added: 0, alreadyStored: 1, replaced: [] });
      expect((await store.articles(['ferry-guid-7']))[0].text).toContain('with 221 passengers');
      expect((await store.search('212', 5)).map((hit) => hit.id)).toEqual([]);
      const [row] = await store.listStories(1);
      expect((await store.story(row.id))!.articles.map((article) => [article.id, article.revised])).toEqual([['ferry-guid-7', true]]);
      expect(await ingest(store, [file('ledger-day3.jsonl', item(230, '2026-06-02T09:00:00Z'))])).toMatchObject({ replaced: [{ id: 'ferry-guid-7' }] });
      expect(await ingest(store, [file('ledger-day3-stale.jsonl', item(221, '2026-06-01T09:00:00Z'))])).toMatchObject({ alreadyStored: 1, replaced: [] });
      expect(await ingest(store, [file('ledger-day4.jsonl', item(212, '2026-06-03T09:00:00Z'))])).toMatchObject({ replaced: [{ id: 'ferry-guid-7' }] });
      expect((await store.articles(['ferry-guid-7']))[0].text).toContain('with 212 passengers');
      expect(checkConsistent(db)).toBe(0);
      expect(await store.replacedTexts([{ id: 'ferry-guid-7', hash: contentHash(JSON.parse(item(221))) }])).toEqual(new Set(['ferry-guid-7']));
      await removeArticles(store, ['ferry-guid-7']);
      expect(await store.replacedTexts([{ id: 'ferry-guid-7', hash: contentHash(JSON.parse(item(221))) }])).toEqual(new Set());
    });
  });

  it('takes a corrected headline over the same text as an update, and a copy of the same text and headline as already stored', async () => {
    const item = (title: string) => JSON.stringify({ id: 'ferry-guid-9', outlet: 'Brackwater Ledger', title, text: 'The Tamsin Gale ran aground off Skerrow Point on Tuesday, the harbour master said. All passengers were taken off by lifeboat.' });
    await withStore('retitled.db', async (store) => {
      await ingest(store, [file('title-day1.jsonl', item('Ferry sinks off Skerrow Point'))]);
      const corrected = file('title-day2.jsonl', item('Ferry runs aground off Skerrow Point'));
      expect(await ingest(store, [corrected])).toMatchObject({ added: 0, alreadyStored: 0, replaced: [{ id: 'ferry-guid-9' }] });
      expect((await store.articles(['ferry-guid-9']))[0].title).toBe('Ferry runs aground off Skerrow Point');
      expect((await store.listStories(5))[0].headline).toBe('Ferry runs aground off Skerrow Point');
      expect(await ingest(store, [corrected])).toMatchObject({ alreadyStored: 1, replaced: [] });
      const untitled = file('title-none.jsonl', JSON.stringify({ ...JSON.parse(item('')), title: undefined }));
      expect(await ingest(store, [untitled])).toMatchObject({ replaced: [] });
      expect(await ingest(store, [corrected], { updates: 'keep' })).toMatchObject({ alreadyStored: 1, changed: [] });
    });
  });

  it('rejects an unknown update policy', async () => {
    await withStore('misuse.db', async (store) => {
      await expect(ingest(store, [], { updates: 'merge' as never })).rejects.toThrow('tidings: expected ingest.updates to be one of replace, keep, got "merge"');
    });
  });
});
