import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { ftsQuery, MAX_QUERY_TERMS, MIN_PREFIX_LETTERS, openStore, searchProblem, type Store } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';

describe('ftsQuery', () => {
  it('quotes every term and keeps phrases and prefixes', () => {
    expect(ftsQuery('dam failure')).toBe('"dam" "failure"');
    expect(ftsQuery('"spillway gate" Brenmouth')).toBe('"spillway gate" "Brenmouth"');
    expect(ftsQuery('evacu*')).toBe('"evacu"*');
    expect(ftsQuery('U.S. talks')).toBe('"U S" "talks"');
  });

  it('turns FTS5 syntax into literal words or drops it', () => {
    expect(ftsQuery('dam NEAR flood')).toBe('"dam" "NEAR" "flood"');
    expect(ftsQuery('a OR b NOT c AND d')).toBe('"a" "OR" "b" "NOT" "c" "AND" "d"');
    expect(ftsQuery('title:dam')).toBe('"title dam"');
    expect(ftsQuery('-dam ^flood (gate)')).toBe('"dam" "flood" "gate"');
    expect(ftsQuery('"unclosed phrase')).toBe('"unclosed phrase"');
    expect(ftsQuery('*')).toBeUndefined();
    expect(ftsQuery('" ) ( * : ^ - + {} NEAR(')).toBe('"NEAR"');
    expect(ftsQuery('')).toBeUndefined();
  });

  it('keeps at most MAX_QUERY_TERMS terms', () => {
    expect(ftsQuery('w '.repeat(100))!.split(' ')).toHaveLength(MAX_QUERY_TERMS);
  });
});

describe('store.search', () => {
  const temp = tempFolder('tidings-search-');
  let store: Store;
  beforeAll(async () => {
    store = openStore(temp.file('search.db'), { create: true });
    await store.writeBatch({
      articles: [
        makeRecord(makeArticle('dam', 'The spillway gate of the Corrin Falls Dam failed before dawn.\nAbout 1,200 people were evacuated.', { title: 'Dam gate fails' }), 'A'),
        makeRecord(makeArticle('river', 'The Ossa River broke through an embankment near Trevik.', { title: 'Ossa River floods Trevik' }), 'B'),
        makeRecord(makeArticle('near', 'Residents living NEAR the river said "it came fast" (and then rose).', { title: 'Café owners evacuate' }), 'B'),
      ],
      clusterer: emptyClusterer(0),
    });
  });
  afterAll(async () => {
    await store.close();
    temp.remove();
  });

  it('finds articles by words of the title or text, with a snippet and the story', async () => {
    const hits = await store.search('spillway dam', 10);
    expect(hits).toEqual([{ id: 'dam', title: 'Dam gate fails', outlet: null, published: null, story: 'A', snippet: expect.stringContaining('[spillway]'), marked: [{ start: 5, end: 13 }, { start: 41, end: 44 }], readingLanguage: 'en' }]);
    expect((await store.search('floods', 10)).map((hit) => hit.id)).toEqual(['river']);
  });

  it('stems (Porter), matches prefixes, phrases, and letters without diacritics', async () => {
    expect((await store.search('evacuate', 10)).map((hit) => hit.id).sort()).toEqual(['dam', 'near']);
    expect((await store.search('embank*', 10)).map((hit) => hit.id)).toEqual(['river']);
    expect((await store.search('"came fast"', 10)).map((hit) => hit.id)).toEqual(['near']);
    expect((await store.search('"fast came"', 10)).map((hit) => hit.id)).toEqual([]);
    expect((await store.search('cafe', 10)).map((hit) => hit.id)).toEqual(['near']);
  });

  it('survives hostile input without FTS5 syntax errors', async () => {
    const hostile = ['"', '*', 'NEAR', 'NEAR(river dam, 2)', ')', '(', 'river)', 'title:river', 'river OR', 'AND', 'NOT river', '"river', 'river"*', '^river', "'; DROP TABLE articles; --", 'ri*ver', '-river', '{title}: river', 'river + ossa', '\u0000river', 'NEAR/3'];
    for (const query of hostile) {
      const run = store.search(query, 10);
      if (ftsQuery(query) === undefined) await expect(run).rejects.toThrow(InputError);
      else await expect(run).resolves.toBeInstanceOf(Array);
    }
    expect((await store.search('NEAR', 10)).map((hit) => hit.id).sort()).toEqual(['near', 'river']);
    expect((await store.search('river)', 10)).map((hit) => hit.id).sort()).toEqual(['near', 'river']);
    expect((await store.counts()).articles).toBe(3);
  });

  it('refuses a prefix shorter than MIN_PREFIX_LETTERS letters, saying so', async () => {
    expect(MIN_PREFIX_LETTERS).toBe(3);
    await expect(store.search('t*', 10)).rejects.toThrow(/a prefix needs at least 3 letters before its \*, "t\*" has 1/);
    await expect(store.search('river th*', 10)).rejects.toThrow(InputError);
    expect(searchProblem('Ossa ri*')).toMatch(/"ri\*" has 2/);
    expect(searchProblem('riv* "ri"')).toBeUndefined();
    expect((await store.search('riv*', 10)).map((hit) => hit.id).sort()).toEqual(['near', 'river']);
  });

  it('respects the limit', async () => {
    expect(await store.search('river', 1)).toHaveLength(1);
  });

  it('reads a later page from where it starts: the hits after the best `offset`, in the same order', async () => {
    const all = (await store.search('the', 10)).map((hit) => hit.id);
    expect(all).toHaveLength(3);
    expect((await store.search('the', 1, 1)).map((hit) => hit.id)).toEqual(all.slice(1, 2));
    expect((await store.search('the', 10, 2)).map((hit) => hit.id)).toEqual(all.slice(2));
    expect(await store.search('the', 10, 3)).toEqual([]);
  });
});

describe('store.search in German spellings', () => {
  const temp = tempFolder('tidings-search-de-');
  let store: Store;
  beforeAll(async () => {
    store = openStore(temp.file('search.db'), { create: true });
    await store.writeBatch({
      articles: [
        makeRecord(makeArticle('bridge', 'Die Brücke über die Lanz in Hollbach bleibt bis Freitag gesperrt. Die Straßenbahn fährt eine Umleitung.', { title: 'Brücke in Hollbach gesperrt' }), 'A'),
        makeRecord(makeArticle('swiss', 'In Wettingen wird die Strasse zum Bahnhof ab Montag erneuert. Die Bruecke am Kanal bleibt offen.', { title: 'Strasse in Wettingen' }), 'B'),
        makeRecord(makeArticle('poets', 'The poet read at the pot luck dinner in Ashgrove; the canoe club does the dishes.', { title: 'Ashgrove readings' }), 'C'),
      ],
      clusterer: emptyClusterer(0),
    });
  });
  afterAll(async () => {
    await store.close();
    temp.remove();
  });

  const ids = async (query: string) => (await store.search(query, 10)).map((hit) => hit.id).sort();

  it('finds a word written with an umlaut or ß by its other spelling, and the reverse', async () => {
    expect(await ids('Bruecke')).toEqual(['bridge', 'swiss']);
    expect(await ids('Brücke')).toEqual(['bridge', 'swiss']);
    expect(await ids('strassenbahn')).toEqual(['bridge']);
    expect(await ids('Straße')).toEqual(['swiss']);
    expect(await ids('strasse')).toEqual(['swiss']);
    expect(await ids('ueber Lanz')).toEqual(['bridge']);
    expect(await ids('Strassenb*')).toEqual(['bridge']);
  });

  it('spells a quoted phrase in each way, still in order', async () => {
    expect(await ids('"Bruecke ueber die Lanz"')).toEqual(['bridge']);
    expect(await ids('"ueber Bruecke"')).toEqual([]);
  });

  it('brackets the word found under its other spelling in the snippet', async () => {
    const [hit] = await store.search('strassenbahn', 10);
    expect(hit.snippet).toContain('[Straßenbahn]');
  });

  it('reads no umlaut into English words', async () => {
    expect(await ids('poet')).toEqual(['poets']);
    expect(await ids('does')).toEqual(['poets']);
    expect(ftsQuery('poet does canoe')).toBe('"poet" "does" "canoe"');
    expect(ftsQuery('Bruecke')).toBe('("Bruecke" OR "brücke")');
  });
});

describe('store.search in Chinese, Japanese and Korean', () => {
  const temp = tempFolder('tidings-search-cjk-');
  let store: Store;
  beforeAll(async () => {
    store = openStore(temp.file('search.db'), { create: true });
    await store.writeBatch({
      articles: [
        makeRecord(makeArticle('metro', '北京市政府周二宣布，地铁二十八号线将于明年六月开通。新线路连接东港区体育馆。', { title: '北京地铁新线明年开通' }), 'A'),
        makeRecord(makeArticle('fire', '澜江市东港区一座物流仓库周二凌晨起火，约三百名居民被疏散。华远公司的Apple仓库未受影响。', { title: '澜江仓库火灾' }), 'B'),
        makeRecord(makeArticle('quake', '南浜町で震度五弱の地震があり、避難所のカフェーに八十人が集まった。', { title: '南浜町で地震' }), 'C'),
        makeRecord(makeArticle('bike', '서울시는 화요일 한강 공원에 새로운 자전거 도로를 개통한다고 밝혔다.', { title: '새 자전거 도로' }), 'D'),
      ],
      clusterer: emptyClusterer(0),
    });
  });
  afterAll(async () => {
    await store.close();
    temp.remove();
  });

  const ids = async (query: string) => (await store.search(query, 10)).map((hit) => hit.id).sort();

  it('finds any run of two or more characters inside a clause, in the title or the text', async () => {
    expect(await ids('北京')).toEqual(['metro']);
    expect(await ids('京市')).toEqual(['metro']);
    expect(await ids('北京市政府')).toEqual(['metro']);
    expect(await ids('东港区')).toEqual(['fire', 'metro']);
    expect(await ids('火灾')).toEqual(['fire']);
    expect(await ids('震度')).toEqual(['quake']);
    expect(await ids('カフェー')).toEqual(['quake']);
    expect(await ids('서울')).toEqual(['bike']);
    expect(await ids('자전거')).toEqual(['bike']);
  });

  it('finds no run the text does not hold whole, and a single character wherever it stands', async () => {
    expect(await ids('北京市长')).toEqual([]);
    expect(await ids('宣布地铁')).toEqual([]);
    expect(await ids('京')).toEqual(['metro']);
    expect(await ids('布')).toEqual(['metro']);
    expect(await ids('京*')).toEqual(['metro']);
    expect(await ids('疏散 北京')).toEqual([]);
  });

  it('reads a phrase of CJK words as one run, and Latin words beside CJK characters as words', async () => {
    expect(await ids('"东港区 体育馆"')).toEqual(['metro']);
    expect(await ids('"东港区 仓库"')).toEqual([]);
    expect(await ids('Apple')).toEqual(['fire']);
    expect(await ids('"的Apple仓库"')).toEqual(['fire']);
  });

  it('brackets the characters found in the snippet', async () => {
    const [hit] = await store.search('二十八号线', 10);
    expect(hit.snippet).toBe('…政府周二宣布，地铁[二十八号线]将于明年六月开通。新线路连接东港区体育馆。');
    const [bike] = await store.search('서울', 10);
    expect(bike.snippet).toBe('[서울]시는 화요일 한강 공원에 새로운 자전거 도로를 개통한다고 밝혔다.');
  });
});

describe('store.searchStories', () => {
  const temp = tempFolder('tidings-search-stories-');
  afterAll(() => temp.remove());

  it('names the stories of the newest matching articles, however well older ones match', async () => {
    const store = openStore(temp.file('stories.db'), { create: true });
    try {
      await store.writeBatch({
        articles: [
          makeRecord(makeArticle('old-ferry', 'Ferry ferry ferry: the Brenmouth ferry sank.\nThe ferry crew swam to the ferry pier.', { title: 'Ferry sinks' }), 'F1'),
          makeRecord(makeArticle('mid-ferry', 'The ferry timetable changed for the winter months in Trevik.', { title: 'Timetable' }), 'F2'),
          makeRecord(makeArticle('new-harbour', 'The harbour council met on Tuesday; a ferry was mentioned once among many other items of business.', { title: 'Council meets' }), 'F3'),
          makeRecord(makeArticle('unrelated', 'The Ossa River rose in the night.', { title: 'River rises' }), 'F4'),
        ],
        clusterer: emptyClusterer(0),
      });
      expect((await store.search('ferry', 1))[0].id).toBe('old-ferry');
      expect(await store.searchStories('ferry', 1)).toEqual(new Set(['F3']));
      expect(await store.searchStories('ferry', 2)).toEqual(new Set(['F3', 'F2']));
      expect(await store.searchStories('ferry', 10)).toEqual(new Set(['F1', 'F2', 'F3']));
    } finally {
      await store.close();
    }
  });
});
