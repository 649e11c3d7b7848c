import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { articleEntities } from './index.js';

const prepared = (text: string) => prepare(readString(text, { input: 'hostile.txt', format: 'text' }).articles[0]);
const capitalRun = (words: number): string => `River report\n\nThe ${Array.from({ length: words }, (_, i) => ['Brenmouth', 'Keldren', 'Velmar', 'Ossa'][i % 4]).join(' ')} said the river rose.`;

/** Characters of every string `Array.prototype.join` builds while finding the article's names: the work of building names word by word. */
function joinedCharacters(text: string): { characters: number; names: string[] } {
  const article = prepared(text);
  const join = Array.prototype.join;
  let characters = 0;
  const spy = vi.spyOn(Array.prototype, 'join').mockImplementation(function (this: unknown[], separator?: string) {
    const joined = join.call(this, separator);
    characters += joined.length;
    return joined;
  });
  try {
    return { names: articleEntities(article).entities.map((entity) => entity.name), characters };
  } finally {
    spy.mockRestore();
  }
}

/** Reads of the article's tokens while finding its names (each index read counts): the work of looking around words. */
function tokenReads(text: string): number {
  const article = prepared(text);
  let reads = 0;
  const tokens = new Proxy(article.tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  articleEntities({ ...article, tokens });
  return reads;
}

describe('articleEntities on hostile text', () => {
  it('types thousands of lone city-named given names ("Storms hit Austin") in work linear in the article (mend27i)', () => {
    const small = tokenReads('Storms hit Austin today. '.repeat(500));
    const large = tokenReads('Storms hit Austin today. '.repeat(2_000));
    expect(large).toBeLessThan(small * 6);
  });

  afterEach(() => vi.restoreAllMocks());

  it('reads a run of thousands of capitalized words as one name, in work linear in the run', () => {
    const small = joinedCharacters(capitalRun(1_000));
    const large = joinedCharacters(capitalRun(4_000));
    expect(large.names).toHaveLength(1);
    expect(large.names[0].split(' ')).toHaveLength(4_000);
    expect(large.names[0].startsWith('Brenmouth Keldren Velmar Ossa Brenmouth')).toBe(true);
    expect(large.characters).toBeLessThan(small.characters * 6);
  });

  it('still drops a stray middle word the article writes once', () => {
    const names = articleEntities(prepared('Flood report\n\nSam Ram Rainsy spoke on Sunday. Sam Rainsy said the river rose. Later Sam Rainsy left.')).entities.map((entity) => entity.name);
    expect(names).toContain('Sam Rainsy');
    expect(names).not.toContain('Sam Ram Rainsy');
  });
});
