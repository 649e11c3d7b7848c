import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { segment } from '../segment/index.js';
import { decodeArticle, decodeDeflated, decodeSentencePairs, encodeArticle, encodeDeflated, encodeSentencePairs } from './codec.js';

describe('the store codec of per-article caches', () => {
  it('reads back the sentence pairs and deflated values it wrote', () => {
    const pairs = [
      { sentence: { start: 0, end: 41 }, source: { start: 120, end: 163 } },
      { sentence: { start: 42, end: 90 }, source: { start: 0, end: 48 } },
    ];
    expect(decodeSentencePairs(encodeSentencePairs(pairs), 'news.db')).toEqual(pairs);
    const value = { entities: { article: 'a1', entities: [], mentions: [] }, quotes: [], claims: [] };
    expect(decodeDeflated('analysis', encodeDeflated('analysis', value), 'news.db')).toEqual(value);
  });

  it('answers damaged blobs with an input error naming the database, not a crash', () => {
    const cut = encodeSentencePairs([{ sentence: { start: 0, end: 41 }, source: { start: 120, end: 163 } }]).subarray(0, 10);
    expect(() => decodeSentencePairs(cut, 'news.db')).toThrow(InputError);
    expect(() => decodeSentencePairs(cut, 'news.db')).toThrow(/news\.db.*damaged/);
    expect(() => decodeDeflated('analysis', new Uint8Array([1, 2, 3, 4, 5]), 'news.db')).toThrow(/news\.db.*damaged/);
  });

  it('stores an article without what segmenting adds (sentences, tokens, the language read), which it finds again', () => {
    const text = 'Der Damm am Fluss Ossa ist in der Nacht gebrochen, und mehr als 1.200 Menschen mussten ihre Häuser verlassen.';
    const article = { id: 'a1', text, paragraphs: [{ start: 0, end: text.length }], messages: [], origin: { input: 'a1.txt', format: 'text' as const } };
    const segmented = segment(article);
    expect(segmented.textLanguage).toBe('de');
    const stored = encodeArticle(segmented);
    expect(JSON.parse(stored)).not.toHaveProperty('textLanguage');
    expect(decodeArticle(text, stored, 'news.db')).toEqual(article);
  });
});
