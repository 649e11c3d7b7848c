/**
 * A story's first and last published dates are kept on its row (schema
 * migration 22): the story list reads no article, and the kept dates are
 * those its articles give, as the list read them from the articles before.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { STATEMENTS } from './sqlite-statements.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';
import { writeAtVersion } from './test-support/old-version.js';
import type { ArticleRecord } from './types.js';

const temp = tempFolder('tidings-story-dates-');
afterAll(() => temp.remove());

/** Each story's dates as read from its articles before migration 22: the oracle. */
const FROM_ARTICLES = `SELECT s.id,
  (SELECT a.seen FROM story_articles sa JOIN articles a ON a.rowid = sa.article WHERE sa.story = s.id AND a.published IS NOT NULL
    ORDER BY julianday(a.seen), a.rowid LIMIT 1) AS first_published,
  (SELECT a.published FROM story_articles sa JOIN articles a ON a.rowid = sa.article WHERE sa.story = s.id AND a.published IS NOT NULL
    ORDER BY julianday(a.published) DESC, a.rowid DESC LIMIT 1) AS last_published
  FROM stories s ORDER BY s.id`;
const KEPT = 'SELECT id, first_published, last_published FROM stories ORDER BY id';

function expectDatesKept(file: string): void {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.prepare(KEPT).all()).toEqual(db.prepare(FROM_ARTICLES).all());
  } finally {
    db.close();
  }
}

/**
 * Articles of three stories, dated in several forms (equal instants written
 * two ways, an undated one, a live blog whose first post is before its
 * published date).
 */
function records(): ArticleRecord[] {
  const article = (id: string, fields: Parameters<typeof makeArticle>[2]) => makeArticle(id, `The tide gauge at Orrin Quay read high in report ${id}.`, fields);
  const blog = makeArticle('blog', 'Live: the quay floods.\n09:10 Water at the steps.\n11:40 Water over the road.', {
    published: '2026-03-15T12:00:00Z',
    posts: [
      { span: { start: 23, end: 48 }, written: { start: 23, end: 28 }, time: '2026-03-15T09:10:00Z' },
      { span: { start: 49, end: 75 }, written: { start: 49, end: 54 }, time: '2026-03-15T11:40:00Z' },
    ],
  });
  return [
    makeRecord(article('q1', { published: '2026-03-15T04:30:00Z' }), 'quay'),
    makeRecord(article('q2', { published: '2026-03-14T23:30:00-05:00' }), 'quay'),
    makeRecord(article('q3', {}), 'quay'),
    makeRecord(article('q4', { published: '2026-03-14' }), 'quay'),
    makeRecord(blog, 'blog'),
    makeRecord(article('u1', {}), 'undated'),
  ];
}

const removal = (ids: string[], tombstones: boolean) => ({ ids, tombstones, keptVersions: 1, verdicts: new Map(), headlines: new Map(), clusterer: undefined });

describe("a story's first and last published dates (schema migration 22)", () => {
  it('are kept on its row as its articles give them, through batches, removals and updates', async () => {
    const file = temp.file('kept.db');
    const store = openStore(file, { create: true });
    try {
      const all = records();
      await store.writeBatch({ articles: all.slice(0, 2), clusterer: emptyClusterer(0) });
      expectDatesKept(file);
      await store.writeBatch({ articles: all.slice(2), clusterer: emptyClusterer(1) });
      expectDatesKept(file);
      const quay = (await store.listStories(10)).find((row) => row.id === 'quay')!;
      expect(quay).toMatchObject({ firstPublished: '2026-03-14', lastPublished: '2026-03-14T23:30:00-05:00' });
      await store.removeArticles(removal(['q4', 'q2'], true));
      expectDatesKept(file);
      await store.removeArticles(removal(['q1'], false));
      await store.writeBatch({ articles: [makeRecord(makeArticle('q1', 'The gauge was fixed.', { published: '2026-03-16T08:00:00+01:00' }), 'quay')], clusterer: emptyClusterer(2) });
      expectDatesKept(file);
      await store.removeArticles(removal(['q1'], true));
      expectDatesKept(file);
      expect((await store.listStories(10)).find((row) => row.id === 'quay')).toMatchObject({ firstPublished: null, lastPublished: null });
    } finally {
      await store.close();
    }
  });

  it('are read from the articles once when an older database is opened, and the story list reads no article', async () => {
    const file = temp.file('old.db');
    await writeAtVersion(file, 21, { articles: records(), clusterer: emptyClusterer(0) });
    const store = openStore(file);
    try {
      expectDatesKept(file);
      expect((await store.listStories(10)).find((row) => row.id === 'blog')).toMatchObject({ firstPublished: '2026-03-15T09:10:00Z', lastPublished: '2026-03-15T12:00:00Z' });
    } finally {
      await store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      for (const statement of [STATEMENTS.listStories, STATEMENTS.listStoriesOf]) {
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${statement}`).all(...(statement === STATEMENTS.listStories ? [20, 0] : ['["quay"]', 20, 0])) as { detail: string }[];
        expect(plan.map((step) => step.detail).filter((detail) => /\b(articles|story_articles)\b|\ba\b|\bsa\b/.test(detail))).toEqual([]);
      }
    } finally {
      db.close();
    }
  });
});
