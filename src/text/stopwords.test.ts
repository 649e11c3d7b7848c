import { describe, expect, it } from 'vitest';
import { isStopword, STOPWORDS } from './stopwords.js';

describe('ROUGE stopwords', () => {
  it('holds the 591 distinct entries of smart_common_words.txt', () => {
    expect(STOPWORDS.size).toBe(591);
  });

  it('knows function words and the news boilerplate ROUGE added', () => {
    for (const word of ['the', 'a', 'said', 'would', 'reuters', 'ap', 'jan', 'zero', "n't", 'mr.']) expect(isStopword(word)).toBe(true);
  });

  it('does not list content words', () => {
    for (const word of ['cambodia', 'coalition', 'election', 'storm', 'The']) expect(isStopword(word)).toBe(false);
  });
});
