import { describe, expect, it } from 'vitest';
import { charsHash, HASH_START, hashEnd, hashStep } from './char-hash.js';

describe('charsHash', () => {
  it('hashes the characters in place, as a scan that hashes while it reads gets it', () => {
    const text = 'The ferry left Port Aldwin; Überfahrt 北京 😀';
    for (const [start, end] of [[0, 3], [4, 9], [15, 26], [28, 37], [38, 40], [41, 43], [5, 5]]) {
      let scanned = HASH_START;
      for (let i = start; i < end; i++) scanned = hashStep(scanned, text.charCodeAt(i));
      expect(hashEnd(scanned, end - start)).toBe(charsHash(text, start, end));
      expect(charsHash(text.slice(start, end), 0, end - start)).toBe(charsHash(text, start, end));
    }
  });

  it('tells apart strings that differ in a character, their order or their length', () => {
    const hashes = ['ferry', 'ferrz', 'yrref', 'ferr', 'ferry ', ''].map((word) => charsHash(word, 0, word.length));
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
