import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';

const temp = tempFolder('tidings-store-caches-');
afterAll(() => temp.remove());

describe('SQLite store caches', () => {
  it('caches a summary for one story version and summarizer revision', async () => {
    const store = openStore(temp.file('summary.db'), { create: true });
    const summary = { sentences: [], articles: ['a'], length: { words: 0, bytes: 0, sentences: 0 } };
    await store.saveSummary('A', 3, 1, summary);
    expect(await store.cachedSummary('A', 3, 1)).toEqual(summary);
    expect(await store.cachedSummary('A', 4, 1)).toBeUndefined();
    expect(await store.cachedSummary('A', 3, 2)).toBeUndefined();
    await store.close();
  });

  it('caches a report for one story version and report revision', async () => {
    const store = openStore(temp.file('report.db'), { create: true });
    const report = { otherLanguages: [], unread: [], quotes: [], entities: [], spellings: [], facts: [], timeline: [{ article: 'a', published: '2026-03-14T00:00:00Z' }] };
    await store.saveReport('A', 3, 1, report);
    expect(await store.cachedReport('A', 3, 1)).toEqual(report);
    expect(await store.cachedReport('A', 4, 1)).toBeUndefined();
    expect(await store.cachedReport('A', 3, 2)).toBeUndefined();
    await store.saveReport('A', 4, 1, { ...report, timeline: [] });
    expect(await store.cachedReport('A', 3, 1)).toBeUndefined();
    expect((await store.cachedReport('A', 4, 1))?.timeline).toEqual([]);
    await store.close();
  });

  it("caches articles' analyses for one report revision, by article id", async () => {
    const store = openStore(temp.file('analyses.db'), { create: true });
    await store.writeBatch({ articles: [makeRecord(makeArticle('a', 'Ada Lovelace spoke.'), 's'), makeRecord(makeArticle('b', 'Bo spoke.'), 's')], clusterer: emptyClusterer(0) });
    const analysis = (id: string, end: number) => ({ entities: { article: id, entities: [], mentions: [] }, quotes: [{ kind: 'direct' as const, span: { start: 0, end } }], claims: [] });
    await store.saveAnalyses(1, new Map([['a', analysis('a', 3)], ['b', analysis('b', 2)], ['unknown', analysis('unknown', 1)]]));
    expect(await store.cachedAnalyses(['a', 'b', 'unknown'], 1)).toEqual(new Map([['a', analysis('a', 3)], ['b', analysis('b', 2)]]));
    expect(await store.cachedAnalyses(['a'], 2)).toEqual(new Map());
    await store.saveAnalyses(2, new Map([['a', analysis('a', 4)]]));
    expect(await store.cachedAnalyses(['a', 'b'], 1)).toEqual(new Map([['b', analysis('b', 2)]]));
    expect(await store.cachedAnalyses(['a', 'b'], 2)).toEqual(new Map([['a', analysis('a', 4)]]));
    expect(await store.cachedAnalyses([], 2)).toEqual(new Map());
    await store.close();
    const db = new Database(temp.file('analyses.db'));
    db.prepare("UPDATE article_analyses SET analysis = x'ff00' WHERE revision = 2").run();
    db.close();
    const damaged = openStore(temp.file('analyses.db'));
    await expect(damaged.cachedAnalyses(['a'], 2)).rejects.toThrow(/\(stored analysis\): the stored data is damaged$/);
    await damaged.close();
  });

  it('caches the sentences copies took from their sources for one report revision, and forgets them with their articles', async () => {
    const file = temp.file('copied.db');
    const store = openStore(file, { create: true });
    await store.writeBatch({ articles: ['a', 'b', 'c'].map((id) => makeRecord(makeArticle(id, `Article ${id} said so.`), 's')), clusterer: emptyClusterer(0) });
    const pair = (start: number) => ({ sentence: { start, end: start + 5 }, source: { start: start + 1, end: start + 7 } });
    await store.saveCopiedSentences(1, [
      { article: 'b', source: 'a', sentences: [pair(0), pair(2_000_000_000)] },
      { article: 'c', source: 'a', sentences: [] },
      { article: 'c', source: 'b', sentences: [pair(3)] },
      { article: 'c', source: 'unknown', sentences: [pair(4)] },
    ]);
    const sorted = async (ids: string[], revision: number) => (await store.cachedCopiedSentences(ids, revision)).sort((x, y) => `${x.article}${x.source}`.localeCompare(`${y.article}${y.source}`));
    expect(await sorted(['b', 'c'], 1)).toEqual([
      { article: 'b', source: 'a', sentences: [pair(0), pair(2_000_000_000)] },
      { article: 'c', source: 'a', sentences: [] },
      { article: 'c', source: 'b', sentences: [pair(3)] },
    ]);
    expect(await sorted(['b'], 2)).toEqual([]);
    await store.saveCopiedSentences(2, [{ article: 'c', source: 'b', sentences: [pair(9)] }]);
    expect(await sorted(['c'], 1)).toEqual([{ article: 'c', source: 'a', sentences: [] }]);
    expect(await sorted(['c'], 2)).toEqual([{ article: 'c', source: 'b', sentences: [pair(9)] }]);
    await store.saveAnalyses(1, new Map([['a', { entities: { article: 'a', entities: [], mentions: [] }, quotes: [], claims: [] }]]));
    await store.close();
    const db = new Database(file);
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM article_analyses').pluck().get()).toBe(0);
    expect(db.prepare('SELECT article, source FROM copied_sentences').all()).toEqual([{ article: 3, source: 2 }]);
    db.close();
  });
});
