import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenStoreOptions, Store } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { ingest, storyCopyViews, storyView } from './index.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-origins-');
afterAll(() => temp.remove());

const withStore = <T>(name: string, run: (store: Store) => Promise<T>, options: Partial<OpenStoreOptions> = {}): Promise<T> => withStoreAt(temp.file(name), run, options);

describe('ingest: copies traced to the earliest publisher', () => {
  /** One wire report of a dam failure as a JSONL line, published on March 1`day`, 2026. */
  const damReport = (id: string, outlet: string, day: number) =>
    JSON.stringify({ id, outlet, published: `2026-03-1${day}`, title: 'Dam gate fails', text: 'The spillway gate of the Corrin Falls Dam failed before dawn on Saturday, officials said.\n\nAbout 1,200 people were evacuated from the lower districts of Brenmouth as the river rose.\n\nEngineers were inspecting the other gates of the dam on Saturday afternoon, the operator said.' });
  /** The story's verdicts and copy links, each copy of the chain traced to the first report. */
  const tracedToFirst = async (store: Store, story: string) => {
    const detail = (await store.story(story))!;
    expect(detail.articles.map((article) => [article.id, article.verdict])).toEqual([
      ['first', 'original'],
      ['second', 'reprint'],
      ['third', 'reprint'],
    ]);
    expect(detail.copies.map((copy) => [copy.article, copy.source])).toEqual([
      ['second', 'first'],
      ['third', 'first'],
    ]);
    return detail;
  };

  it('traces a reprint of a reprint to the original: in one batch, across batches, and once the original left the copy window', async () => {
    for (const batchSize of [200, 1]) {
      const file = temp.file(`chain-${batchSize}.jsonl`);
      writeFileSync(file, [damReport('first', 'Harbor Daily', 4), damReport('second', 'Lakeshore', 5), damReport('third', 'Valley Wire', 6)].join('\n'));
      await withStore(`chain-${batchSize}.db`, async (store) => {
        await ingest(store, [file], { batchSize, storyCandidates: 0 });
        const [story] = await store.listStories(1);
        await tracedToFirst(store, story.id);
      }, { copyWindow: batchSize === 1 ? 1 : 50_000 });
    }
  });

  it('traces a regional paper’s reprint dated by day only to the wire report it credits, timed later that day', async () => {
    const file = temp.file('credited-wire.jsonl');
    const body = 'The spillway gate of the Corrin Falls Dam failed before dawn, officials said.\n\nAbout 1,200 people were evacuated from the lower districts of Brenmouth as the river rose.\n\nEngineers were inspecting the other gates of the dam in the afternoon, the operator said.';
    writeFileSync(file, [
      JSON.stringify({ id: 'gazette', outlet: 'Kestrel Gazette', published: '2026-03-14', title: 'Dam gate fails', text: `BRENMOUTH (Valley Wire Service) - ${body}` }),
      JSON.stringify({ id: 'wire', outlet: 'Valley Wire Service', published: '2026-03-14T12:45:00+00:00', title: 'Dam gate fails', text: `BRENMOUTH - ${body}` }),
    ].join('\n'));
    await withStore('credited-wire.db', async (store) => {
      await ingest(store, [file]);
      const [story] = await store.listStories(1);
      const detail = (await store.story(story.id))!;
      expect(Object.fromEntries(detail.articles.map((article) => [article.id, article.verdict]))).toEqual({ wire: 'original', gazette: 'reprint' });
      expect(detail.copies.map((copy) => [copy.article, copy.source])).toEqual([['gazette', 'wire']]);
    });
  });

  it('traces reprints stored before their original to it once the original arrives (an archive ingested after its reprints)', async () => {
    const reprints = temp.file('late-original-reprints.jsonl');
    const original = temp.file('late-original.jsonl');
    writeFileSync(reprints, [damReport('second', 'Lakeshore', 5), damReport('third', 'Valley Wire', 6)].join('\n'));
    writeFileSync(original, damReport('first', 'Harbor Daily', 4));
    await withStore('late-original.db', async (store) => {
      expect((await ingest(store, [reprints])).copies).toEqual({ reprint: 1, rewrite: 0, retraced: 0 });
      const [story] = await store.listStories(1);
      const before = (await storyView(store, story.id))!;
      const report = await ingest(store, [original]);
      expect(report.copies).toEqual({ reprint: 0, rewrite: 0, retraced: 2 });
      expect(report.retraced.sort()).toEqual(['second', 'third']);
      const detail = await tracedToFirst(store, story.id);
      expect(detail.story.version).toBeGreaterThan(before.story.version);
      const after = (await storyView(store, story.id))!;
      expect(before.copies.map((copy) => [copy.article, copy.source])).toEqual([['third', 'second']]);
      expect(after.copies.map((copy) => [copy.article, copy.source])).toEqual([
        ['second', 'first'],
        ['third', 'first'],
      ]);
      expect((await ingest(store, [original, reprints])).copies).toEqual({ reprint: 0, rewrite: 0, retraced: 0 });
    });
  });

  it('shows every reprint of an archive read newest first as a copy of the first report, also past the 64 stored reprints an arrival re-points', async () => {
    const archive = temp.file('newest-first.jsonl');
    const report = (index: number) => JSON.parse(damReport(`r${String(index).padStart(3, '0')}`, `Outlet ${index}`, 4)) as Record<string, string>;
    const lines = Array.from({ length: 70 }, (_, index) => JSON.stringify({ ...report(index), published: `2026-03-14T${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:00Z` }));
    writeFileSync(archive, lines.reverse().join('\n'));
    await withStore('newest-first.db', async (store) => {
      await ingest(store, [archive], { batchSize: 1, orderWindow: 1 });
      const [story] = await store.listStories(1);
      const stored = (await store.story(story.id))!.copies;
      expect(stored.filter((copy) => copy.source !== 'r000').length).toBeGreaterThan(0);
      const view = (await storyView(store, story.id))!;
      expect(view.copies).toHaveLength(69);
      expect(view.copies.filter((copy) => copy.source !== 'r000')).toEqual([]);
      expect((await storyCopyViews(store, view, view.copies.slice(-1)))[0]).toMatchObject({ article: 'r069', source: 'r000', share: 1 });
    });
  });

  it('never compares a reprint again, so keeps none in memory: the store is asked for originals only, and every verdict is as with all kept', async () => {
    const text = 'The spillway gate of the Corrin Falls Dam failed before dawn on Saturday, officials said.\n\nAbout 1,200 people were evacuated from the lower districts of Brenmouth as the river rose.\n\nEngineers were inspecting the other gates of the dam on Saturday afternoon, the operator said.';
    const other = 'Voters in Kessel Island elect a new harbour board on Sunday after a year of ferry strikes.\n\nThe three candidates met in the town hall on Thursday evening to answer questions from residents.';
    const line = (id: string, outlet: string, day: number, body = text) => JSON.stringify({ id, outlet, published: `2026-03-1${day}`, title: 'News', text: body });
    const file = temp.file('reprints.jsonl');
    writeFileSync(file, [line('first', 'Harbor Daily', 4), line('second', 'Lakeshore', 5), line('other', 'Valley Wire', 5, other), line('third', 'Valley Wire', 6), line('fourth', 'Hill Times', 7)].join('\n'));
    const verdicts = async (name: string, recentArticles: number) =>
      withStore(name, async (store) => {
        const asked: string[] = [];
        const articles = store.articles.bind(store);
        store.articles = async (ids) => {
          asked.push(...ids);
          return articles(ids);
        };
        await ingest(store, [file], { batchSize: 1, recentArticles });
        const stories = await Promise.all((await store.listStories(10)).map((story) => store.story(story.id)));
        const kinds = stories.flatMap((story) => story!.articles.map((article) => [article.id, article.verdict])).sort();
        const sources = stories.flatMap((story) => story!.copies.map((copy) => [copy.article, copy.kind, copy.source])).sort();
        return { asked, kinds, sources };
      });
    const fromStore = await verdicts('reprints-from-store.db', 1);
    expect(fromStore.asked.length).toBeGreaterThan(0);
    expect(fromStore.asked.filter((id) => id !== 'first' && id !== 'other')).toEqual([]);
    expect(fromStore.sources).toEqual([
      ['fourth', 'reprint', 'first'],
      ['second', 'reprint', 'first'],
      ['third', 'reprint', 'first'],
    ]);
    const inMemory = await verdicts('reprints-in-memory.db', 1000);
    expect(inMemory.asked).toEqual([]);
    expect(inMemory.kinds).toEqual(fromStore.kinds);
    expect(inMemory.sources).toEqual(fromStore.sources);
  });
});
