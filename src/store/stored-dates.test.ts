/**
 * Stored dates keep the form they were read in (a date alone, a date-time with
 * or without seconds, in UTC or the writer's offset) beside ingest times in
 * UTC with milliseconds: the store must order and compare them by the instant
 * each stands for, never by its text.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { filteredStories, openStore, type Store } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';
import { writeAtVersion } from './test-support/old-version.js';
import { STATEMENTS } from './sqlite-statements.js';
import type { ArticleRecord } from './types.js';

/** The same day, March 15 in UTC, written five ways; text order is not instant order. */
const DATES = {
  /** 2026-03-15T04:30Z, the writer's evening of the 14th. */
  offset: '2026-03-14T23:30:00-05:00',
  /** 01:00Z */
  utc: '2026-03-15T01:00:00Z',
  /** 00:00Z */
  dateOnly: '2026-03-15',
  /** 10:00Z */
  noSeconds: '2026-03-15T10:00Z',
  /** 10:00:30Z: "…10:00:30Z" sorts before "…10:00Z" as text. */
  seconds: '2026-03-15T10:00:30Z',
};

const record = (id: string, story: string, published: string, title = `Report ${id}`): ArticleRecord =>
  makeRecord(makeArticle(id, `The river rose over the banks in report ${id}.\nOfficials spoke about report ${id}.`, { title, published }), story);

/** One story of one article for each form, named by it. */
const oneStoryEach = () => Object.entries(DATES).map(([name, published]) => record(`a-${name}`, name, published));

describe('stored dates compare by their instant', () => {
  const temp = tempFolder('tidings-stored-dates-');
  const stores: Store[] = [];
  const open = (name: string) => {
    const store = openStore(temp.file(name), { create: true });
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    for (const store of stores) await store.close();
    temp.remove();
  });
  const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
  const latestFirst = ['seconds', 'noSeconds', 'offset', 'utc', 'dateOnly'];

  it('lists stories by the instant of their last date, whatever form it is written in', async () => {
    const store = open('list.db');
    await store.writeBatch({ articles: oneStoryEach(), clusterer: emptyClusterer(0) });
    expect(ids(await store.listStories(10))).toEqual(latestFirst);
    expect(ids(await store.listStories(10, { only: new Set(['dateOnly', 'offset', 'utc']) }))).toEqual(['offset', 'utc', 'dateOnly']);
    expect(ids(await filteredStories(store, { since: '2026-03-15T04:00:00Z' }, 10))).toEqual(['seconds', 'noSeconds', 'offset']);
  });

  it("gives a story's first and last dates, its headline and its articles' order by instant, within a batch and across batches", async () => {
    const store = open('story.db');
    await store.writeBatch({ articles: [record('x-utc', 'river', DATES.utc, 'Title of the 01:00 report')], clusterer: emptyClusterer(0) });
    const second = [record('x-offset', 'river', DATES.offset, 'Title of the 04:30 report'), record('x-day', 'river', DATES.dateOnly, 'Title of the midnight report')];
    await store.writeBatch({ articles: second, clusterer: emptyClusterer(1) });
    const [row] = await store.listStories(1);
    expect(row).toMatchObject({ firstSeen: DATES.dateOnly, lastSeen: DATES.offset, firstPublished: DATES.dateOnly, lastPublished: DATES.offset, headline: 'Title of the midnight report' });
    expect((await store.story('river'))!.articles.map((article) => article.id)).toEqual(['x-day', 'x-utc', 'x-offset']);
    expect((await store.storyArticles('river')).map((article) => article.id)).toEqual(['x-day', 'x-utc', 'x-offset']);
  });

  it('orders the rows an older Tidings stored, and the story list reads an index to do so', async () => {
    const file = temp.file('old.db');
    await writeAtVersion(file, 15, { articles: oneStoryEach(), clusterer: emptyClusterer(0) });
    const store = openStore(file);
    stores.push(store);
    expect(ids(await store.listStories(10))).toEqual(latestFirst);
    const db = new Database(file, { readonly: true });
    // The store's own statement, not a copy of it: the list's order, not each story's columns, must come from the index.
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${STATEMENTS.listStories}`).all(20, 0) as { parent: number; detail: string }[];
    db.close();
    const listSteps = plan.filter((step) => step.parent === 0).map((step) => step.detail);
    expect(listSteps).toContain('SCAN s USING INDEX stories_by_last_told');
    expect(listSteps.filter((step) => step.includes('TEMP B-TREE'))).toEqual([]);
  });
});
