import { describe, expect, it } from 'vitest';
import { spanText, trimmedSpan } from './article.js';

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
