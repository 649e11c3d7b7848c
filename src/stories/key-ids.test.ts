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
    expect(charsHash('mwl', 0, 3)).toBe(charsHash('90bf', 0, 4));
    expect([ids.idOf('mwl'), ids.idOf('90bf'), ids.idOf('mwl'), ids.idOf('90bf')]).toEqual([2, 3, 2, 3]);
  });

  it('finds a known key without numbering an unknown one (a removal counts keys down)', () => {
    const keys = ['tara reid', 'mwl'];
    const ids = new KeyIds(keys);
    expect([ids.find('mwl'), ids.find('tara reid')]).toEqual([1, 0]);
    expect(ids.find('90bf')).toBeUndefined();
    expect(keys).toEqual(['tara reid', 'mwl']);
    expect(ids.idOf('90bf')).toBe(2);
    expect(ids.find('90bf')).toBe(2);
  });
});
