import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/index.js';
import { concepts } from './concepts.js';

const tokensOf = (text: string) => tokenize(text, { start: 0, end: text.length });
const keys = (text: string) => concepts(tokensOf(text)).map((concept) => concept.key);

describe('concepts', () => {
  it('folds numbers, table phrases and stems, and drops punctuation', () => {
    expect(keys('Three international talks, 1,200 deaths')).toEqual(['#3', '=worldwide', '=spoke', '#1200', 'death']);
  });

  it('give a word the same concepts after more words than the memo holds came between', () => {
    const text = 'Three international talks, 1,200 deaths';
    const tokens = tokensOf(text);
    const before = concepts(tokens).map((concept) => concept.key);
    const many = Array.from({ length: 150_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    expect(concepts(tokensOf(many))).toHaveLength(150_000);
    expect(concepts(tokens).map((concept) => concept.key)).toEqual(before);
    expect(keys(text)).toEqual(before);
  });
});
