import { describe, expect, it } from 'vitest';
import { searchIndexText, searchPhrase, searchWords } from './search-text.js';

describe('searchIndexText', () => {
  const cases: Array<[string, string, string]> = [
    ['Latin text is left as it is', 'The Corrin Falls Dam failed — “café” 1,200', 'The Corrin Falls Dam failed — “café” 1,200'],
    ['a Chinese run becomes its pairs and its last character', '北京市政府周二宣布', ' 北京 京市 市政 政府 府周 周二 二宣 宣布 布 '],
    ['punctuation ends a run', '起火原因。市应急', ' 起火 火原 原因 因 。 市应 应急 急 '],
    ['a single character stays alone', 'Apple的iPhone', 'Apple 的 iPhone'],
    ['Latin next to a run is its own word', 'iPhone手机', 'iPhone 手机 机 '],
    ['Japanese kana and kanji, the long vowel mark in a run', '南浜町でカフェー', ' 南浜 浜町 町で でカ カフ フェ ェー ー '],
    ['the katakana middle dot is punctuation', 'ドナルド・トランプ', ' ドナ ナル ルド ド ・ トラ ラン ンプ プ '],
    ['Korean in pairs too, spaces kept', '서울시는 화요일', ' 서울 울시 시는 는   화요 요일 일 '],
    ['a Han character beyond the BMP is one character', '𠮷野家', ' 𠮷野 野家 家 '],
  ];
  it.each(cases)('%s', (_name, text, indexed) => {
    expect(searchIndexText(text)).toBe(indexed);
  });
});

describe('searchPhrase', () => {
  const cases: Array<[string[], string[], boolean]> = [
    [['dam'], ['dam'], false],
    [['spillway', 'gate'], ['spillway', 'gate'], false],
    [['北京'], ['北京'], false],
    [['北京市政府'], ['北京', '京市', '市政', '政府'], false],
    [['京'], ['京'], true],
    [['𠮷'], ['𠮷'], true],
    [['东港区', '体育馆'], ['东港', '港区', '区体', '体育', '育馆'], false],
    [['iPhone手'], ['iPhone', '手'], true],
    [['公司Apple'], ['公司', '司', 'Apple'], false],
    [['Apple', '公司'], ['Apple', '公司'], false],
  ];
  it.each(cases)('%j', (words, tokens, prefix) => {
    expect(searchPhrase(words)).toEqual({ tokens, prefix });
  });
});

describe('searchWords', () => {
  it('cuts CJK runs into characters and keeps other words whole', () => {
    const text = 'Apple的iPhone在北京 café, 서울';
    expect(searchWords(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Apple', '的', 'iPhone', '在', '北', '京', 'café', '서', '울']);
  });
});
