import { describe, expect, it } from 'vitest';
import { charsHash } from '../text/char-hash.js';
import { KeyIds } from './key-ids.js';

describe('KeyIds', () => {
  it('numbers keys in order of first sight and gives a known key its id, through growth', () => {
    const keys: string[] = [];
    const ids = new KeyIds(keys);
    const words = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `#${i}` : `word ${i.toString(36)}`));
    expect(words.map((word) => ids.idOf(word))).toEqual(words.map((_, i) => i));
    expect(keys).toEqual(words);
    expect([...words].reverse().map((word) => ids.idOf(word))).toEqual(words.map((_, i) => words.length - 1 - i));
    expect(ids.idOf('')).toBe(5000);
    expect(keys).toHaveLength(5001);
  });

  it('starts from keys it is given, and tells apart keys of equal hash', () => {
    const ids = new KeyIds(['tara reid', 'reid']);
    expect(ids.idOf('reid')).toBe(1);
    expect(ids.idOf('tara reid')).toBe(0);
    expect(charsHash('kb6bhr', 0, 6)).toBe(charsHash('1ipdx8l', 0, 7));
    expect([ids.idOf('kb6bhr'), ids.idOf('1ipdx8l'), ids.idOf('kb6bhr'), ids.idOf('1ipdx8l')]).toEqual([2, 3, 2, 3]);
  });

  it('finds a known key without numbering an unknown one (a removal counts keys down)', () => {
    const keys = ['tara reid', 'kb6bhr'];
    const ids = new KeyIds(keys);
    expect([ids.find('kb6bhr'), ids.find('tara reid')]).toEqual([1, 0]);
    expect(ids.find('1ipdx8l')).toBeUndefined();
    expect(keys).toEqual(['tara reid', 'kb6bhr']);
    expect(ids.idOf('1ipdx8l')).toBe(2);
    expect(ids.find('1ipdx8l')).toBe(2);
  });
});
