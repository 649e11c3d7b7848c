import { describe, expect, it } from 'vitest';
import { prefixOf, shortenedAtWord } from './prefix.js';

describe('prefixOf', () => {
  it.each([
    ['short text', 'harbour', 10, 'harbour'],
    ['exact length', 'harbour', 7, 'harbour'],
    ['cut', 'harbour wall', 7, 'harbour'],
    ['a surrogate pair at the cut is left out whole', 'ab😀cd', 3, 'ab'],
    ['a surrogate pair before the cut is kept', 'ab😀cd', 4, 'ab😀'],
  ])('%s', (_, text, max, expected) => {
    expect(prefixOf(text, max)).toBe(expected);
  });

  it('never leaves a lone high surrogate, for every cut of a text of pairs', () => {
    const text = '𝔸b😀c𝔹😀';
    for (let max = 0; max <= text.length; max++) {
      const prefix = prefixOf(text, max);
      expect(text.startsWith(prefix)).toBe(true);
      expect(prefix.length === max || prefix.length === max - 1).toBe(true);
      expect(/[\ud800-\udbff]$/.test(prefix)).toBe(false);
    }
  });
});

describe('shortenedAtWord', () => {
  it.each([
    ['a short text whole', 'Harbour wall', 20, 'Harbour wall'],
    ['cut on a whole word, the ellipsis within the bound', 'Harbour wall repairs begin in May', 20, 'Harbour wall…'],
    ['no comma before the ellipsis', 'Harbour wall, repairs begin in May', 16, 'Harbour wall…'],
    ['a word ending just before the bound kept whole', 'Harbour wall repairs', 13, 'Harbour wall…'],
    ['cut anywhere when no word ends in the second half', 'Keeper xxxxxxxxxxxxxxxxxxxx', 12, 'Keeper xxxx…'],
  ])('%s', (_, text, max, expected) => {
    const cut = shortenedAtWord(text, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
  });
});
