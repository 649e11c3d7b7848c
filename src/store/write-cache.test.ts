import { describe, expect, it } from 'vitest';
import { WriteCache } from './write-cache.js';

describe('WriteCache', () => {
  const written = (id: string, rowid: number, story: string, startsStory: boolean) => ({ rowid, id, story, startsStory, reprints: [] });

  it('answers the newest articles of a story its batch started without asking the store', () => {
    const cache = new WriteCache(10);
    cache.written([written('a', 1, 'new', true), written('b', 2, 'new', false), written('c', 3, 'old', false)]);
    const asked: string[] = [];
    const look = (story: string) => (count: number) => {
      asked.push(story);
      return story === 'old' ? ['c', 'x'].slice(0, count) : [];
    };
    expect(cache.storyNewest('new', 4, look('new'))).toEqual(['b', 'a']);
    expect(cache.storyNewest('old', 4, look('old'))).toEqual(['c', 'x']);
    expect(asked).toEqual(['old']);
  });
});
