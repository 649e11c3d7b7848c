import { describe, expect, it, vi } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { seededRandom } from '../test-support/random.js';
import { findEntities } from './index.js';
import { candidatePairs, MAX_NAME_WORDS, spelledAlike, spellingVariants } from './spellings.js';
import type { Entity } from './types.js';

describe('spelledAlike: two spellings of one name word', () => {
  it.each([
    ['Dikembe', 'Dikemebe', true],
    ['Farouk', 'Farouq', true],
    ['Abdullah', 'Abdallah', true],
    ['Oscar', 'Oskar', true],
    ['Elias', 'Ilias', true],
    ['Giannis', 'Yiannis', true],
    ['Hastert', 'Hassert', true],
    ['Starovoitova', 'Staravoitova', true],
    ['Philip', 'Phillip', true],
    ['Qinguo', 'Qingguo', true],
    ['Katrin', 'Kathrin', true],
    ['Günter', 'Günther', true],
    ['Sara', 'Sarah', true],
    ['Tomas', 'Thomas', true],
    ['Erik', 'Ehrik', false],
    ['Anna', 'Hanna', false],
    ['Öcalan', 'Ocalan', false],
    ['Mark', 'Mary', false],
    ['Mark', 'Marko', false],
    ['Rosa', 'Rosas', false],
    ['Henderson', 'Anderson', false],
    ['Hyde', 'Hydes', false],
    ['Centre', 'Center', false],
    ['Recognised', 'Recognized', false],
    ['Advisors', 'Advisers', false],
    ['Pin-Up', 'Pinup', false],
    ['Ray', 'Roy', false],
    ['D-N.J.', 'R-N.J.', false],
  ])('%s / %s → %s', (left, right, alike) => {
    expect(spelledAlike(left, right)).toBe(alike);
  });
});

describe('spellingVariants across the articles of a story', () => {
  const articles = [
    textArticle('Mayor Sorin Valec said the embankment held for forty years. President Oscar Luigi Scalfaro sent his condolences.', { id: 'gazette' }),
    textArticle('"It gave way in a single night," Mayor Sorin Valek said. President Oskar Luigi Scalfaro visited the town.', { id: 'herald' }),
    textArticle('Carla Moreno and her sister Karla Moreno ran the bakery near the old mill. Mayor Sorin Valec toured the streets.', { id: 'wire' }),
  ];
  const variants = spellingVariants(findEntities(articles));
  const written = variants.map((variant) => variant.spellings.map((spelling) => `${spelling.name}: ${spelling.articles.join(', ')}`));

  it('lists each person the sources spell differently, with who writes which spelling, most mentioned first', () => {
    expect(written).toEqual([
      ['Sorin Valec: gazette, wire', 'Sorin Valek: herald'],
      ['Oscar Luigi Scalfaro: gazette', 'Oskar Luigi Scalfaro: herald'],
    ]);
  });

  it('takes two names one article writes side by side for two people (the Moreno sisters)', () => {
    expect(written.flat().join(' ')).not.toContain('Moreno');
  });

  it('takes a name written with and without its accents for one person, no variant (René Préval was listed twice in MultiLing 2011 M0062)', () => {
    const accented = [textArticle('President René Préval toured the camps.', { id: 'one' }), textArticle('President Rene Preval met donors on Monday.', { id: 'two' })];
    const entities = findEntities(accented).filter((entity) => entity.type === 'person');
    expect(entities.map((entity) => [entity.name, entity.aliases, entity.countsBySource])).toEqual([['René Préval', ['René Préval', 'Rene Preval'], { one: 1, two: 1 }]]);
    expect(spellingVariants(entities)).toEqual([]);
  });

  it('finds nothing where every source spells alike', () => {
    expect(spellingVariants(findEntities([articles[0], textArticle('Mayor Sorin Valec spoke again on Sunday.', { id: 'later' })]))).toEqual([]);
  });
});

describe('spellingVariants on many names', () => {
  /** The groups trying every pair of people gives: names of as many words, equal but for one word spelled alike, no article writing both. */
  function everyPair(people: readonly Entity[]): string[][] {
    const parent = people.map((_, index) => index);
    const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
    people.forEach((a, i) =>
      people.forEach((b, j) => {
        const [left, right] = [a.name.split(' '), b.name.split(' ')];
        const differ = left.flatMap((word, at) => (word.toLowerCase() === right[at]?.toLowerCase() ? [] : [at]));
        const apart = !Object.keys(a.countsBySource).some((article) => article in b.countsBySource);
        if (j > i && left.length === right.length && differ.length === 1 && spelledAlike(left[differ[0]], right[differ[0]]) && apart) parent[root(i)] = root(j);
      }),
    );
    const groups = new Map<number, string[]>();
    people.forEach((person, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), person.name]));
    return [...groups.values()].filter((group) => group.length > 1).map((group) => group.sort()).sort((a, b) => a[0].localeCompare(b[0]));
  }

  const person = (name: string, article: string): Entity => ({ key: `person:${name}`, name, type: 'person', aliases: [], mentions: [], countsBySource: { [article]: 1 }, roles: [] });

  it('groups as trying every pair does, on random names of near spellings', () => {
    const random = seededRandom(5);
    const letter = () => 'aeikqsyz'[Math.floor(random() * 8)];
    const base = () => `${'KLMN'[Math.floor(random() * 4)]}${Array.from({ length: 3 + Math.floor(random() * 9) }, letter).join('')}`;
    /** A base word, or one or two letters of it traded, doubled, dropped or swapped. */
    const edited = (word: string): string => {
      let spelling = word;
      for (let edits = random() < 0.7 ? 1 : 2; edits > 0; edits--) {
        const at = 1 + Math.floor(random() * (spelling.length - 2));
        const kind = Math.floor(random() * 4);
        if (kind === 0) spelling = spelling.slice(0, at) + letter() + spelling.slice(at + 1);
        else if (kind === 1) spelling = spelling.slice(0, at) + spelling[at] + spelling.slice(at);
        else if (kind === 2) spelling = spelling.slice(0, at) + spelling.slice(at + 1);
        else spelling = spelling.slice(0, at) + spelling[at + 1] + spelling[at] + spelling.slice(at + 2);
      }
      return spelling;
    };
    const word = () => edited(base());
    let grouped = 0;
    for (let round = 0; round < 40; round++) {
      const surnames = Array.from({ length: 3 }, base);
      const given = Array.from({ length: 6 }, base);
      const spelled = (words: readonly string[]) => (random() < 0.5 ? words[Math.floor(random() * words.length)] : edited(words[Math.floor(random() * words.length)]));
      const names = new Set(Array.from({ length: 60 }, () => (random() < 0.8 ? `${spelled(given)} ${spelled(surnames)}` : `${word()} ${word()}`)));
      const people = [...names].map((name) => person(name, `article ${Math.floor(random() * 8)}`));
      const groups = spellingVariants(people).map((variant) => variant.spellings.map((spelling) => spelling.name).sort());
      expect(groups.sort((a, b) => a[0].localeCompare(b[0]))).toEqual(everyPair(people));
      grouped += groups.length;
    }
    expect(grouped).toBeGreaterThan(40);
  });

  it('compares only names one edit apart: a thousand people sharing a surname make 10,000 pairs, not 499,500', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `${'BCDFGHJKLM'[i % 10]}${'aeiou'[Math.floor(i / 10) % 5]}${'rstvz'[Math.floor(i / 50) % 5]}${'aeiou'[Math.floor(i / 250) % 4]}n Velmar`);
    const people = names.map((name, i) => person(name, `article ${i}`));
    // Each given name has 20 others one letter apart (9 + 4 + 4 + 3 letters to trade at its four varying places).
    expect(candidatePairs(people)).toHaveLength(10_000);
    const groups = spellingVariants(people).map((variant) => variant.spellings.map((spelling) => spelling.name).sort());
    expect(groups.sort((a, b) => a[0].localeCompare(b[0]))).toEqual(everyPair(people));
  });

  it('pairs no run of thousands of capitalized words read as a name, building no key the size of its square', () => {
    const run = (last: string) => `${Array.from({ length: 3_000 }, (_, i) => ['Brenmouth', 'Velmar', 'Ossa'][i % 3]).join(' ')} ${last}`;
    const people = [person(run('Keldren'), 'a'), person(run('Keldran'), 'b'), person('Anna Keldren', 'a'), person('Anna Keldran', 'b')];
    const join = Array.prototype.join;
    let joined = 0;
    const spy = vi.spyOn(Array.prototype, 'join').mockImplementation(function (this: unknown[], separator?: string) {
      const text = join.call(this, separator);
      joined += text.length;
      return text;
    });
    try {
      expect(candidatePairs(people)).toEqual([[2, 3, 1]]);
    } finally {
      spy.mockRestore();
    }
    expect(joined).toBeLessThan(100 * MAX_NAME_WORDS ** 2);
  });
});
