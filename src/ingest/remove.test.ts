import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import { openStore, type Store } from '../store/index.js';
import { checkFullText, mentionsOf, rowidOf } from '../store/test-support/mentions.js';
import { tempFolder } from '../store/test-support/records.js';
import { allowRemoved, ingest, removeArticles, showStory } from './index.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-remove-');
afterAll(() => temp.remove());

/** The Harbor Daily report's text, as four outlets print it on four days: the original and three reprints. */
function wireCopies(file: string): void {
  const text = readFileSync(path.join(EXAMPLES, 'harbor-daily-brenmouth-dam-spillway-failure.txt'), 'utf8').split('\n\n').slice(2).join('\n\n');
  const line = (id: string, outlet: string, day: number) => JSON.stringify({ id, outlet, published: `2026-03-1${day}`, title: 'Spillway gate fails at Corrin Falls Dam', text });
  writeFileSync(file, [line('hd-0314', 'Harbor Daily', 4), line('lmp-0315', 'Lakeshore', 5), line('vws-0316', 'Valley Wire', 6), line('kg-0317', 'Kingsfold', 7)].join('\n'));
}

const withStore = <T>(file: string, run: (store: Store) => Promise<T>): Promise<T> => withStoreAt(file, run);

/** Nothing in the file names the article any more, and the full-text index matches the articles. */
function expectGone(db: string, id: string, rowid: number): void {
  expect(mentionsOf(db, id, rowid)).toEqual([]);
  const { articles, entries } = checkFullText(db);
  expect(entries).toBe(articles);
}

/** The files of the database (and its write-ahead log) whose bytes still hold `text`. */
function fileHolds(db: string, text: string): string[] {
  return [db, `${db}-wal`].filter((file) => existsSync(file) && readFileSync(file).includes(text));
}

describe('removeArticles', () => {
  it('traces three reprints of a removed original to the earliest of them, and nothing names the original any more', async () => {
    const corpus = temp.file('wire.jsonl');
    const db = temp.file('reprints.db');
    wireCopies(corpus);
    await withStore(db, async (store) => {
      await ingest(store, [corpus]);
      const [before] = await store.listStories(1);
      expect((await store.story(before.id))!.copies.map((copy) => [copy.article, copy.source])).toEqual([
        ['lmp-0315', 'hd-0314'],
        ['vws-0316', 'hd-0314'],
        ['kg-0317', 'hd-0314'],
      ]);
      await showStory(store, before.id);
      const rowid = rowidOf(db, 'hd-0314')!;
      expect(mentionsOf(db, 'hd-0314', rowid).sort()).toEqual(expect.arrayContaining(['articles.id', 'clusterer_stories.record', 'copies.verdict', 'copy_fingerprints.article', 'copy_sources.source', 'story_articles.article', 'summaries.summary']));

      const report = await removeArticles(store, ['hd-0314']);
      expect(report).toEqual({
        removed: ['hd-0314'],
        notFound: [],
        leftoverTexts: [],
        changedStories: [before.id],
        emptiedStories: [],
        retraced: [
          { article: 'lmp-0315', kind: 'independent', sources: [] },
          { article: 'vws-0316', kind: 'reprint', sources: ['lmp-0315'] },
          { article: 'kg-0317', kind: 'reprint', sources: ['lmp-0315'] },
        ],
        logKeepsText: false,
      });
      const after = (await store.story(before.id))!;
      expect(after.story).toMatchObject({ size: 3, outlets: 3, version: before.version + 1, firstSeen: '2026-03-15' });
      expect(after.articles.map((article) => [article.id, article.verdict])).toEqual([
        ['lmp-0315', 'original'],
        ['vws-0316', 'reprint'],
        ['kg-0317', 'reprint'],
      ]);
      expect(after.copies.map((copy) => [copy.article, copy.source])).toEqual([
        ['vws-0316', 'lmp-0315'],
        ['kg-0317', 'lmp-0315'],
      ]);
      const shown = (await showStory(store, before.id))!;
      expect(shown.cached).toBe(false);
      expect(shown.summary.articles).not.toContain('hd-0314');
      expect(await store.articles(['hd-0314'])).toEqual([]);
      expect(await store.search('spillway', 10)).toHaveLength(3);
      expect((await store.loadClusterer())!.state.stats.documents).toBe(3);
      expectGone(db, 'hd-0314', rowid);
    });
  });

  it('keeps a removed article from coming back on the next ingest (by id or by content), until it is allowed back', async () => {
    const corpus = temp.file('wire-again.jsonl');
    const db = temp.file('again.db');
    wireCopies(corpus);
    await withStore(db, async (store) => {
      await ingest(store, [corpus]);
      await removeArticles(store, ['vws-0316']);
      const again = await ingest(store, [corpus]);
      expect(again).toMatchObject({ added: 0, alreadyStored: 3, removed: [{ id: 'vws-0316', removed: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }] });
      const renamed = temp.file('renamed.jsonl');
      writeFileSync(renamed, readFileSync(corpus, 'utf8').replace('"vws-0316"', '"vws-renamed"'));
      expect((await ingest(store, [renamed])).removed.map((skip) => skip.id)).toEqual(['vws-renamed']);

      expect(await allowRemoved(store, ['vws-0316', 'never-removed'])).toEqual({ allowed: ['vws-0316'], notRemoved: ['never-removed'] });
      const back = await ingest(store, [corpus]);
      expect(back).toMatchObject({ added: 1, removed: [] });
      const [story] = await store.listStories(1);
      expect((await store.story(story.id))!.copies.map((copy) => [copy.article, copy.source])).toContainEqual(['vws-0316', 'hd-0314']);
    });
  });

  it('deletes a story left with no article, with its links to related stories, and chooses a story headline again', async () => {
    const db = temp.file('examples.db');
    await withStore(db, async (store) => {
      await ingest(store, [EXAMPLES]);
      const stories = await store.listStories(10);
      const inquiry = stories.find((story) => story.size === 1)!;
      const flood = stories.find((story) => story.size === 6)!;
      expect((await store.story(flood.id))!.related.map((story) => story.id)).toEqual([inquiry.id]);
      const [inquiryArticle] = (await store.story(inquiry.id))!.articles;
      const floodDetail = (await store.story(flood.id))!;
      const headlineArticle = floodDetail.articles.find((article) => article.title === flood.headline)!;
      const rowids = [inquiryArticle.id, headlineArticle.id].map((id) => rowidOf(db, id)!);

      const report = await removeArticles(store, [inquiryArticle.id, headlineArticle.id, 'no-such-article']);
      expect(report.notFound).toEqual(['no-such-article']);
      expect(report.emptiedStories).toEqual([inquiry.id]);
      expect(report.changedStories).toContain(flood.id);
      expect(await store.story(inquiry.id)).toBeUndefined();
      const after = (await store.story(flood.id))!;
      expect(after.related).toEqual([]);
      expect(after.story.size).toBe(5);
      expect(after.story.headline).not.toBe(flood.headline);
      expect(after.articles.map((article) => article.title)).toContain(after.story.headline);
      const state = (await store.loadClusterer())!.state;
      expect(state.stories.map((story) => story.id)).not.toContain(inquiry.id);
      expect(state.stories.find((story) => story.id === flood.id)!.articles).toHaveLength(5);
      expectGone(db, inquiryArticle.id, rowids[0]);
      expect(fileHolds(db, 'olloway'), 'the surname of the inquiry chair, named only in the removed article').toEqual([]);
      expectGone(db, headlineArticle.id, rowids[1]);
    });
  });

  it('says when another process reading the database kept the write-ahead log, which then still holds the removed text, and empties it at the next removal', async () => {
    const db = temp.file('read-meanwhile.db');
    const store = openStore(db, { create: true, busyTimeoutMs: 100 });
    try {
      await ingest(store, [EXAMPLES]);
      const inquiry = (await store.listStories(10)).find((story) => story.size === 1)!;
      const [article] = (await store.story(inquiry.id))!.articles;
      const reader = new Database(db, { readonly: true });
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM articles').get();
      const report = await removeArticles(store, [article.id]);
      expect(report.removed).toEqual([article.id]);
      expect(report.logKeepsText).toBe(true);
      expect(fileHolds(db, 'olloway'), 'the surname of the inquiry chair, named only in the removed article').toEqual([`${db}-wal`]);
      reader.exec('COMMIT');
      reader.close();
      const next = await removeArticles(store, ['vws-2026-03-15-brenmouth-0087']);
      expect(next.logKeepsText).toBe(false);
      expect(fileHolds(db, 'olloway')).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("takes an article's part out of the links between related stories, and the link goes with the last article that made it", async () => {
    const db = temp.file('links.db');
    const inquiry = readFileSync(path.join(EXAMPLES, 'westmere-observer-corrin-falls-inquiry.txt'), 'utf8').split('\n\n');
    const reprint = temp.file('inquiry-reprint.jsonl');
    writeFileSync(reprint, JSON.stringify({ id: 'inquiry-reprint', outlet: 'Lakeshore', published: '2026-03-31', title: inquiry[0], text: inquiry.slice(2).join('\n\n') }));
    await withStore(db, async (store) => {
      await ingest(store, [EXAMPLES, reprint]);
      const stories = await store.listStories(10);
      const flood = stories.find((story) => story.size === 6)!;
      const inquiryStory = stories.find((story) => story.size === 2 && story.headline?.startsWith('Inquiry'))!;
      const links = async () => (await store.story(flood.id))!.related.map((story) => [story.id, story.links]);
      expect(await links()).toEqual([[inquiryStory.id, 2]]);
      const original = (await store.story(inquiryStory.id))!.articles.find((article) => article.id !== 'inquiry-reprint')!;
      await removeArticles(store, [original.id]);
      expect(await links()).toEqual([[inquiryStory.id, 1]]);
      expect((await store.story(inquiryStory.id))!.related.map((story) => [story.id, story.links])).toEqual([[flood.id, 1]]);
      await removeArticles(store, ['inquiry-reprint']);
      expect(await links()).toEqual([]);
    });
  });

  it('counts the removed article out of the document frequencies exactly: as if it had never been ingested', async () => {
    const copies = temp.file('wire-counts.jsonl');
    wireCopies(copies);
    const followUp = readFileSync(path.join(EXAMPLES, 'wire.jsonl'), 'utf8').split('\n')[1];
    const corpus = temp.file('wire-and-follow-up.jsonl');
    writeFileSync(corpus, `${readFileSync(copies, 'utf8')}\n${followUp}`);
    const sorted = (entries: Array<[string, number]>) => [...entries].sort((a, b) => a[0].localeCompare(b[0]));
    const stats = async (file: string, input: string, remove: string[]) =>
      withStore(file, async (store) => {
        await ingest(store, [input]);
        if (remove.length > 0) await removeArticles(store, remove);
        const { state } = (await store.loadClusterer())!;
        return { documents: state.stats.documents, terms: sorted(state.stats.terms), entities: sorted(state.stats.entities) };
      });
    const removed = await stats(temp.file('counts-removed.db'), corpus, ['vws-2026-03-15-brenmouth-0087']);
    const never = await stats(temp.file('counts-never.db'), copies, []);
    expect(removed.documents).toBe(4);
    expect(removed).toEqual(never);
  });

  it('writes all or nothing: a removal that fails half-way leaves every row as it was', async () => {
    const corpus = temp.file('wire-rollback.jsonl');
    const db = temp.file('rollback.db');
    wireCopies(corpus);
    await withStore(db, async (store) => {
      await ingest(store, [corpus]);
      const [story] = await store.listStories(1);
      const before = await store.story(story.id);
      const write = store.removeArticles.bind(store);
      store.removeArticles = (removal) => write({ ...removal, verdicts: new Map([...removal.verdicts].map(([id, verdict]) => [id, { ...verdict, kind: 'copied' as 'reprint' }])) });
      await expect(removeArticles(store, ['hd-0314'])).rejects.toThrow(/CHECK constraint failed/);
      expect(await store.story(story.id)).toEqual(before);
      expect((await store.articles(['hd-0314'])).map((article) => article.id)).toEqual(['hd-0314']);
      expect((await ingest(store, [corpus])).removed).toEqual([]);
      expect(checkFullText(db)).toEqual({ articles: 4, entries: 4 });
    });
  });

  it('refuses to write over an ingest that saved the clusterer meanwhile, changing nothing', async () => {
    const corpus = temp.file('wire-race.jsonl');
    const db = temp.file('race.db');
    wireCopies(corpus);
    await withStore(db, async (store) => {
      await ingest(store, [corpus]);
      const load = store.loadClusterer.bind(store);
      store.loadClusterer = async () => {
        const saved = await load();
        await withStore(db, (other) => ingest(other, [path.join(EXAMPLES, 'wire.jsonl')]));
        return saved;
      };
      await expect(removeArticles(store, ['hd-0314'])).rejects.toThrow(/another ingest wrote to this database meanwhile/);
      expect((await store.counts()).articles).toBe(6);
    });
  });

  it('changes nothing for ids no article has, and says so', async () => {
    const db = temp.file('unknown.db');
    await withStore(db, async (store) => {
      await ingest(store, [EXAMPLES]);
      const stories = await store.listStories(10);
      expect(await removeArticles(store, ['nope', 'nope', 'also-not'])).toEqual({ removed: [], notFound: ['nope', 'also-not'], leftoverTexts: [], changedStories: [], emptiedStories: [], retraced: [], logKeepsText: false });
      expect(await store.listStories(10)).toEqual(stories);
    });
  });

  it('refuses a misuse: ids that are not an array of strings', async () => {
    await withStore(temp.file('misuse.db'), async (store) => {
      await expect(removeArticles(store, 'hd-0314' as unknown as string[])).rejects.toThrow(/tidings: expected article ids as an array of non-empty strings/);
      await expect(removeArticles(store, [''])).rejects.toThrow(/tidings: expected/);
    });
  });
});
