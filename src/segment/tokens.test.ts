import { describe, expect, it } from 'vitest';
import { porterStem } from '../text/porter.js';
import { seededRandom } from '../test-support/random.js';
import { normalize, tokenize } from './tokens.js';

function surfaces(text: string): string[] {
  return tokenize(text, { start: 0, end: text.length }).map((token) => text.slice(token.start, token.end));
}

const TOKEN_CASES: ReadonlyArray<readonly [string, string[]]> = [
  ["Don't go.", ["Don't", 'go', '.']],
  ['Bashar al-Assad, Tillerson\'s visit', ['Bashar', 'al-Assad', ',', "Tillerson's", 'visit']],
  ['the U.S. and the U.S.-led coalition', ['the', 'U.S.', 'and', 'the', 'U.S.-led', 'coalition']],
  ['after 9/11, $59 or 3.5 or 80% of 1,000 people', ['after', '9/11', ',', '$59', 'or', '3.5', 'or', '80%', 'of', '1,000', 'people']],
  ['the 1990s, a 24-year-old, at 10:30', ['the', '1990s', ',', 'a', '24-year-old', ',', 'at', '10:30']],
  ['e-mail press@example.com or see https://example.com/a?b=1.', ['e-mail', 'press@example.com', 'or', 'see', 'https://example.com/a?b=1', '.']],
  ['Mr. Smith met Gen. Clark on Sept. 7 at 5 p.m.', ['Mr.', 'Smith', 'met', 'Gen.', 'Clark', 'on', 'Sept.', '7', 'at', '5', 'p.m.']],
  ['George W. Bush, D-Mass., No. 5', ['George', 'W.', 'Bush', ',', 'D-Mass.', ',', 'No.', '5']],
  ['He said no. Then...', ['He', 'said', 'no', '.', 'Then', '...']],
  ["``Yes,'' he said -- twice", ['``', 'Yes', ',', "''", 'he', 'said', '--', 'twice']],
  ['“Fine” — she’s AT&T’s', ['“', 'Fine', '”', '—', 'she’s', 'AT&T’s']],
  ['(Ph.D.) [sic]', ['(', 'Ph.D.', ')', '[', 'sic', ']']],
  ['F-16 and COVID-19, #tag @user', ['F-16', 'and', 'COVID-19', ',', '#tag', '@user']],
  ['Zürich café naïve Москва', ['Zürich', 'café', 'naïve', 'Москва']],
  ['read www.example.org or http://example.org/a, www or http: plain', ['read', 'www.example.org', 'or', 'http://example.org/a', ',', 'www', 'or', 'http', ':', 'plain']],
  ['abc1 x2y; snake_case AB. Co. ok.', ['abc1', 'x2y', ';', 'snake', '_', 'case', 'AB', '.', 'Co.', 'ok', '.']],
  ['wwwhat. httpd: Ab.Cd. a.b.c', ['wwwhat', '.', 'httpd', ':', 'Ab', '.', 'Cd', '.', 'a.b.', 'c']],
];

/** Chinese and Japanese: a Han character or a hiragana a token, a katakana run one; Korean's spaced words whole. */
const CJK_CASES: ReadonlyArray<readonly [string, string[]]> = [
  ['北京市政府周二宣布。', ['北', '京', '市', '政', '府', '周', '二', '宣', '布', '。']],
  ['地铁28号线2026年3月10日开通', ['地', '铁', '28', '号', '线', '2026', '年', '3', '月', '10', '日', '开', '通']],
  ['iPhone手机和Apple的#话题', ['iPhone', '手', '机', '和', 'Apple', '的', '#', '话', '题']],
  ['ドナルド・トランプ大統領がカフェーで「余震」と言った', ['ドナルド', '・', 'トランプ', '大', '統', '領', 'が', 'カフェー', 'で', '「', '余', '震', '」', 'と', '言', 'っ', 'た']],
  ['ﾄﾗﾝﾌﾟ氏々', ['ﾄﾗﾝﾌﾟ', '氏', '々']],
  ['访问https://example.com了解，或写信press@example.cn。', ['访', '问', 'https://example.com', '了', '解', '，', '或', '写', '信', 'press@example.cn', '。']],
  ['𠮷野家（U.S.）', ['𠮷', '野', '家', '（', 'U.S.', '）']],
  ['서울시는 화요일 12킬로미터', ['서울시는', '화요일', '12킬로미터']],
];

describe('tokenize', () => {
  it.each(TOKEN_CASES)('%j', (input, expected) => {
    expect(surfaces(input)).toEqual(expected);
  });

  it.each(CJK_CASES)('%j', (input, expected) => {
    expect(surfaces(input)).toEqual(expected);
  });

  it('gives a CJK character itself as norm and stem, a word that is no stopword', () => {
    const text = '火灾的カフェ';
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => [t.norm, t.stem, t.stop, t.punct])).toEqual([
      ['火', '火', false, false],
      ['灾', '灾', false, false],
      ['的', '的', false, false],
      ['カフェ', 'カフェ', false, false],
    ]);
  });

  it('normalizes, stems and flags each token', () => {
    const text = '“Russia’s Strikes” — it\'s Tillerson\'s';
    const tokens = tokenize(text, { start: 0, end: text.length });
    expect(tokens.map((t) => t.norm)).toEqual(['"', "russia's", 'strikes', '"', '-', "it's", "tillerson's"]);
    expect(tokens.map((t) => t.punct)).toEqual([true, false, false, true, true, false, false]);
    expect(tokens[1].stem).toBe(porterStem('russia'));
    expect(tokens[2].stem).toBe(porterStem('strikes'));
    expect(tokens[5].stop).toBe(true);
    expect(tokens[2].stop).toBe(false);
    expect(tokens[0].stop).toBe(false);
  });

  it('gives tokens of one surface form one form, and forms of one norm their norm', () => {
    const text = 'The cat saw the cat. THE end';
    const tokens = tokenize(text, { start: 0, end: text.length });
    const [the, cat, , lowerThe, cat2, period, upperThe] = tokens;
    expect(cat2.form).toBe(cat.form);
    expect(new Set([the.form, lowerThe.form, upperThe.form, cat.form, period.form]).size).toBe(5);
    expect([the, lowerThe, upperThe].map((t) => t.norm)).toEqual(['the', 'the', 'the']);
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => t.form)).toEqual(tokens.map((t) => t.form));
  });

  it('stems words with Porter and leaves numbers, acronyms and punctuation as they are', () => {
    const text = 'governmental running 3.5 U.S. ,';
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => t.stem)).toEqual([porterStem('governmental'), 'run', '3.5', 'u.s.', ',']);
  });

  it('reads only the range and cuts a word the range cuts', () => {
    const text = 'Skip. Take these words';
    expect(tokenize(text, { start: 6, end: 19 }).map((t) => text.slice(t.start, t.end))).toEqual(['Take', 'these', 'wo']);
  });

  it('reads a range inside a longer text as the same text alone: what lies past its end (a period, an address, an @) changes no token', () => {
    const text = 'Ask Mr. Vane at www.vane-shop.example or vane@example.org today. He ate 3.5 kg.';
    for (const end of [6, 7, 19, 20, 40, 45, 46, 63, text.length]) {
      for (const start of [0, 4, 8, 16]) {
        if (start > end) continue;
        const alone = text.slice(start, end);
        const tokens = tokenize(text, { start, end }).map(({ start: from, end: to, norm, stem, stop, punct }) => ({ from: from - start, to: to - start, norm, stem, stop, punct }));
        expect(tokens).toEqual(tokenize(alone, { start: 0, end: alone.length }).map(({ start: from, end: to, norm, stem, stop, punct }) => ({ from, to, norm, stem, stop, punct })));
      }
    }
  });

  it('throws on a bad range', () => {
    expect(() => tokenize('abc', { start: -1, end: 2 })).toThrow(RangeError);
    expect(() => tokenize(undefined as unknown as string, { start: 0, end: 0 })).toThrow(/^tidings: expected tokenize text as a string/);
  });
});

describe('tokenize: plain ASCII words', () => {
  // Text holding an `@` is tokenized by the regex alone (an e-mail may start at any word), with each surface hashed after
  // it is found; elsewhere a plain ASCII word is read and hashed in one scan. Both must make the same tokens.
  const PIECES = ['the', 'Mayor', 'said', 'Mr.', 'No.', '4', 'Gen', 'Jan.', 'U.S.', 'ok', 'x', 'Quarrytown', 'reopened', 'www', 'http', 'al-Vetra', "isn't", 'café', 'B2B', 'e.g.', 'A.', '.', ',', '"', '—'];
  const GAPS = [' ', ' ', '', '\n', '  '];

  it('makes the same tokens as the regex path on random text', () => {
    const next = seededRandom(23);
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = 1 + Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)] + GAPS[Math.floor(next() * GAPS.length)];
      const plain = tokenize(text, { start: 0, end: text.length });
      const withAt = `${text} @`;
      const byRegex = tokenize(withAt, { start: 0, end: withAt.length });
      expect(byRegex.pop()?.norm).toBe('@');
      expect(plain).toEqual(byRegex);
    }
  });
});

describe('normalize', () => {
  it('lower-cases and straightens quotes and dashes', () => {
    expect(normalize('Don’t')).toBe("don't");
    expect(normalize('“')).toBe('"');
    expect(normalize("''")).toBe('"');
    expect(normalize('``')).toBe('"');
    expect(normalize('—')).toBe('-');
    expect(normalize('U.S.')).toBe('u.s.');
  });
});
