import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { ingest, IngestSession, removeArticles } from './index.js';

const temp = tempFolder('tidings-session-');
afterAll(() => temp.remove());

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const FIRST = [path.join(EXAMPLES, 'wire.jsonl'), path.join(EXAMPLES, 'harbor-daily-brenmouth-dam-spillway-failure.txt')];
const LATER = [
  path.join(EXAMPLES, 'trendline-buzz-brenmouth-dam-gate-failure.txt'),
  path.join(EXAMPLES, 'northgate-courier-brenmouth-flood-evacuation.html'),
  path.join(EXAMPLES, 'westmere-observer-corrin-falls-inquiry.txt'),
  path.join(EXAMPLES, 'trevik-herald-ossa-river-flood.txt'),
];

/** A store that counts how often its saved clusterer is read. */
function countingStore(name: string): { store: Store; loads: () => number } {
  const store = openStore(temp.file(name), { create: true });
  let loads = 0;
  const load = store.loadClusterer.bind(store);
  store.loadClusterer = () => {
    loads += 1;
    return load();
  };
  return { store, loads: () => loads };
}

/** What a store holds of its stories and clusterer. */
async function holds(store: Store) {
  const stories = await store.listStories(100);
  const members = await Promise.all(stories.map(async (row) => (await store.story(row.id))!.articles.map((article) => article.id).sort()));
  return { members: members.sort(), clusterer: await store.loadClusterer() };
}

describe('IngestSession', () => {
  it('takes up the clusterer the last ingest saved instead of loading it, and stores what ingests that load it store', async () => {
    const held = countingStore('held.db');
    const loaded = countingStore('loaded.db');
    const session = new IngestSession();
    for (const inputs of [FIRST, ...LATER.map((input) => [input])]) {
      await ingest(held.store, inputs, { session });
      await ingest(loaded.store, inputs);
    }
    expect(held.loads()).toBe(1);
    expect(loaded.loads()).toBe(1 + LATER.length);
    expect(await holds(held.store)).toEqual(await holds(loaded.store));
    await Promise.all([held.store.close(), loaded.store.close()]);
  });

  it('loads the clusterer again after another write, and after an ingest that failed', async () => {
    const { store, loads } = countingStore('again.db');
    const session = new IngestSession();
    await ingest(store, FIRST, { session });
    const [story] = await store.listStories(1);
    await removeArticles(store, [(await store.story(story.id))!.articles[0].id]);
    await ingest(store, [LATER[0]], { session });
    expect(loads(), 'the first ingest, the removal, the ingest after it').toBe(3);
    const write = store.writeBatch.bind(store);
    store.writeBatch = () => Promise.reject(new Error('disk full'));
    await expect(ingest(store, [LATER[1]], { session })).rejects.toThrow('disk full');
    store.writeBatch = write;
    await ingest(store, [LATER[1]], { session });
    expect(loads(), 'and the ingest after the one that failed').toBe(4);
    await store.close();
  });

  it('is not read by an ingest that stores nothing, and stays held for the next one that does', async () => {
    const { store, loads } = countingStore('nothing-new.db');
    const session = new IngestSession();
    const first = await ingest(store, FIRST);
    const again = await ingest(store, FIRST);
    expect(again.alreadyStored).toBe(first.added);
    expect(again.added + again.stories + again.problems.length).toBe(0);
    expect(loads(), 'the first ingest only').toBe(1);
    await ingest(store, [LATER[0]], { session });
    await ingest(store, FIRST, { session });
    await ingest(store, [LATER[1]], { session });
    expect(loads(), 'and the first with the session').toBe(2);
    await store.close();
  });

  it('is checked as an option', async () => {
    const { store } = countingStore('option.db');
    await expect(ingest(store, FIRST, { session: {} as IngestSession })).rejects.toThrow('tidings: expected ingest.session to be an IngestSession');
    await store.close();
  });
});
