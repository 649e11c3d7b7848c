import { describe, expect, it } from 'vitest';
import { keyNumbers, makeArticle, makeRecord } from '../store/test-support/records.js';
import { PendingBatch } from './pending.js';

const record = (id: string, keys: string[], story = 's') => makeRecord(makeArticle(id, `Text ${id}.`), story, undefined, keys);

describe('PendingBatch', () => {
  it('names the pending articles sharing copy keys with how many each shares, most shared keys first, the latest arrival first among equals, at most as many as asked', () => {
    const pending = new PendingBatch();
    pending.add(record('a', ['x:a', 'w0:1', 'w1:1']));
    pending.add(record('b', ['x:b', 'w0:1', 'w1:2', 'r0:1']));
    pending.add(record('c', ['x:c', 'w0:2', 'w1:1', 'r0:1']));
    pending.add(record('d', ['x:d', 'w0:1', 'w1:1', 'r0:1']));
    const ids = (keys: string[], limit = 10) => pending.copyCandidates(keyNumbers(keys), limit).map(({ id }) => id);
    expect(pending.copyCandidates(keyNumbers(['w0:1', 'w1:1', 'r0:1']), 10)).toEqual([
      { id: 'd', shared: 3 },
      { id: 'c', shared: 2 },
      { id: 'b', shared: 2 },
      { id: 'a', shared: 2 },
    ]);
    expect(ids(['w0:1', 'w1:1', 'r0:1'], 2)).toEqual(['d', 'c']);
    expect(ids(['r0:1', 'x:b'])).toEqual(['b', 'd', 'c']);
    expect(ids(['x:c'])).toEqual(['c']);
    expect(ids(['x:e', 'w9:0'])).toEqual([]);
    expect(ids([])).toEqual([]);
  });

  it('forgets every key, article and retraced verdict once the batch is taken', () => {
    const pending = new PendingBatch();
    pending.add(record('a', ['x:a', 'w0:1']));
    pending.add(record('b', ['x:b', 'w0:1']));
    expect(pending.has('a')).toBe(true);
    pending.retrace('stored', { kind: 'reprint', sources: [{ article: 'a', share: 1 }] });
    expect(pending.reprintSources(['stored', 'a'])).toEqual(new Map([['stored', ['a']]]));
    const taken = pending.take();
    expect(taken.articles.map((record) => record.article.id)).toEqual(['a', 'b']);
    expect([...taken.retraced!.keys()]).toEqual(['stored']);
    expect(pending.reprintSources(['stored'])).toEqual(new Map());
    expect(pending.size).toBe(0);
    expect(pending.copyCandidates(keyNumbers(['x:a', 'w0:1']), 10)).toEqual([]);
    expect(pending.has('a')).toBe(false);
    pending.add(record('c', ['x:c', 'w0:1']));
    expect(pending.copyCandidates(keyNumbers(['w0:1']), 10)).toEqual([{ id: 'c', shared: 1 }]);
    expect(pending.storyMembers('s')).toEqual(['c']);
  });

  it('knows the stories an article of the open batch started, until the batch is taken', () => {
    const pending = new PendingBatch();
    pending.add({ ...record('a', ['x:a'], 'new'), story: { id: 'new', similarity: 0, created: true } });
    pending.add(record('b', ['x:b'], 'new'));
    pending.add(record('c', ['x:c'], 'old'));
    expect([pending.startedStory('new'), pending.startedStory('old')]).toEqual([true, false]);
    pending.take();
    expect(pending.startedStory('new')).toBe(false);
  });
});
