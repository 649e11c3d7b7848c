import { afterAll, describe, expect, it } from 'vitest';
import { readString } from '../read/index.js';
import { fixture } from '../read/test-support/shared-data.js';
import { READ_AT } from '../read/test-support/read-at.js';
import { openStore } from './index.js';
import { articleSeen, lastTold } from './story-growth.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';

const temp = tempFolder('tidings-growth-');
afterAll(() => temp.remove());

/** The storm blog (posts 07:10 to 22:05 on 2026-11-20) on a page whose published time is its last update, 22:10. */
const lateBlog = () =>
  readString(fixture('live-marra-storm.html').replace('2026-11-20T06:30:00+00:00', '2026-11-20T22:10:00+00:00'), { input: 'marra-live.html', readAt: READ_AT }).articles[0];

describe('articleSeen', () => {
  it('dates a live blog whose page gives its last update as its published time by its first post', () => {
    const blog = lateBlog();
    expect(blog.published).toBe('2026-11-20T22:10:00+00:00');
    expect(articleSeen(blog, '2026-12-06T12:00:00Z')).toBe('2026-11-20T07:10:00+00:00');
    expect(lastTold(articleSeen(blog, '2026-12-06T12:00:00Z'), blog.published)).toBe('2026-11-20T22:10:00+00:00');
  });

  it('keeps an article\'s published date, a blog\'s when it opened before its first post, and the ingest time of an undated one', () => {
    const opened = readString(fixture('live-marra-storm.html'), { input: 'marra-live.html', readAt: READ_AT }).articles[0];
    expect(articleSeen(opened, '2026-12-06T12:00:00Z')).toBe('2026-11-20T06:30:00+00:00');
    expect(articleSeen(makeArticle('wire', 'The storm hit.', { published: '2026-11-20T12:00:00Z' }), '2026-12-06T12:00:00Z')).toBe('2026-11-20T12:00:00Z');
    expect(articleSeen(makeArticle('undated', 'The storm hit.'), '2026-12-06T12:00:00Z')).toBe('2026-12-06T12:00:00Z');
  });

  it('starts a story at a live blog\'s first post, not at the last update its page gives as published, and ends it at that update', async () => {
    const store = openStore(temp.file('blog.db'), { create: true });
    const wire = makeArticle('wire', 'A cargo ship has lost power off Skelling Head.', { outlet: 'Coast Wire', published: '2026-11-20T12:00:00+00:00' });
    const blog = lateBlog();
    await store.writeBatch({ articles: [makeRecord(blog, 'A'), makeRecord(wire, 'A')], clusterer: emptyClusterer(0) });
    const [story] = await store.listStories(1);
    expect(story).toMatchObject({ firstSeen: '2026-11-20T07:10:00+00:00', lastSeen: '2026-11-20T22:10:00+00:00', firstPublished: '2026-11-20T07:10:00+00:00', lastPublished: '2026-11-20T22:10:00+00:00' });
    expect((await store.storyArticles('A')).map((article) => article.id)).toEqual([blog.id, 'wire']);
    await store.removeArticles({ ids: ['wire'], tombstones: false, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
    const [remade] = await store.listStories(1);
    expect(remade).toMatchObject({ size: 1, firstSeen: '2026-11-20T07:10:00+00:00', lastSeen: '2026-11-20T22:10:00+00:00' });
    await store.close();
  });

  it('starts and ends a story at the instants its articles give, each written in its own offset', async () => {
    const store = openStore(temp.file('zones.db'), { create: true });
    // 20:00 in California is 04:00 UTC on the 11th; 06:21 in Tokyo is 21:21 UTC on the 9th.
    const west = makeArticle('west', 'The Ambrel burst its banks at Vellmoor.', { published: '2026-11-10T20:00:00-08:00' });
    const utc = makeArticle('utc', 'Floodwater swept through Vellmoor.', { published: '2026-11-10T23:00:00Z' });
    const tokyo = makeArticle('tokyo', 'Vellmoor was flooded overnight.', { published: '2026-11-10T06:21:00+09:00' });
    await store.writeBatch({ articles: [makeRecord(west, 'A'), makeRecord(utc, 'A')], clusterer: emptyClusterer(0) });
    await store.writeBatch({ articles: [makeRecord(tokyo, 'A')], clusterer: emptyClusterer(1) });
    expect((await store.listStories(1))[0]).toMatchObject({ firstSeen: tokyo.published, lastSeen: west.published, firstPublished: tokyo.published, lastPublished: west.published });
    expect((await store.storyArticles('A')).map((article) => article.id)).toEqual(['tokyo', 'utc', 'west']);
    expect((await store.story('A'))?.articles.map((article) => article.id)).toEqual(['tokyo', 'utc', 'west']);
    await store.removeArticles({ ids: ['utc'], tombstones: false, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
    expect((await store.listStories(1))[0]).toMatchObject({ firstSeen: tokyo.published, lastSeen: west.published });
    await store.close();
  });
});
