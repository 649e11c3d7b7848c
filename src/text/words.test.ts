import { describe, expect, it } from 'vitest';
import { countWords } from './words.js';

describe('countWords', () => {
  const cases: Array<[string, number]> = [
    ['The spillway gate failed, officials said.', 6],
    ['  two\twords\n', 2],
    ['北京市政府周二宣布。', 9],
    ['「余震に注意」と、町長。', 8],
    ['iPhone手机和Apple的', 6],
    ['トランプ大統領がカフェで', 7],
    ['서울시는 화요일', 2],
    ['', 0],
  ];
  it.each(cases)('%j has %d words (a Han character, a hiragana or a katakana run each, their punctuation none)', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
