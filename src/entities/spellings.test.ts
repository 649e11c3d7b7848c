import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { findEntities } from './index.js';
import { spelledAlike, spellingVariants } from './spellings.js';

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

  it('finds nothing where every source spells alike', () => {
    expect(spellingVariants(findEntities([articles[0], textArticle('Mayor Sorin Valec spoke again on Sunday.', { id: 'later' })]))).toEqual([]);
  });
});
