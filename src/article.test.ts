import { describe, expect, it } from 'vitest';
import { oncePerArticle, spanText, trimmedSpan } from './article.js';

describe('trimmedSpan', () => {
  it.each([
    ['  the bridge \n', 0, 14, 'the bridge'],
    ['said\t on Friday', 4, 8, 'on'],
    ['a \t b', 1, 4, ''],
    ['U.S. envoy', 0, 4, 'U.S.'],
    ['a\u00a0b ', 0, 4, 'a\u00a0b'],
  ])('trims %j from %i to %i to %j, and its span reads back from the text', (text, start, end, kept) => {
    const span = trimmedSpan(text, start, end);
    expect(spanText(text, span)).toBe(kept);
    expect(span.start).toBeGreaterThanOrEqual(start);
    expect(span.end).toBeLessThanOrEqual(end);
  });
});

describe('oncePerArticle', () => {
  it('reads an article once, and another article object anew', () => {
    let reads = 0;
    const words = oncePerArticle((article: { text: string }) => {
      reads++;
      return article.text.split(' ').length;
    });
    const article = { text: 'The ferry runs again' };
    expect([words(article), words(article), words({ ...article })]).toEqual([4, 4, 4]);
    expect(reads).toBe(2);
  });
});
