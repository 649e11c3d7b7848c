import { describe, expect, it } from 'vitest';
import { findQuotes, findQuotesIn, quotedPieces } from './index.js';
import { directPairs, textArticle } from './test-support/articles.js';

/** Hard cases of quotations in single marks: the article text, then every direct quote as [quoted words, speaker]. */
const HARD_CASES: Array<[string, string, Array<[string, string]>]> = [
  ['curly single marks, speaker after', '‘We will not back down,’ said Mayor Ilse Varnow.', [['We will not back down,', 'Ilse Varnow']]],
  ['elisions and a plural possessive inside the quotation', '‘Don’t tell me the lads’ legs are fine,’ said coach Orrin Tello.', [['Don\'t tell me the lads\' legs are fine,', 'Orrin Tello']]],
  ['a plural possessive before the quotation', 'The Smiths’ house on Quarry Lane was empty. ‘It went up in minutes,’ said neighbour Hal Brisco.', [['It went up in minutes,', 'Hal Brisco']]],
  ['decades, years and rock ’n’ roll', '‘We’ve played rock ’n’ roll since the ’90s and we’ll play it in ’29,’ said the singer Dana Cobb.', [['We\'ve played rock \'n\' roll since the \'90s and we\'ll play it in \'29,', 'Dana Cobb']]],
  ['a name with an apostrophe', '‘I never saw it coming,’ said Kieran O’Shea, 19.', [['I never saw it coming,', 'Kieran O\'Shea']]],
  ['over two paragraphs, news style', 'Mayor Sorin Valec said: ‘The embankment held for forty years.\n\n‘It gave way in a single night.’', [['The embankment held for forty years.\n\n\'It gave way in a single night.', 'Sorin Valec']]],
  ['interrupted quotation', '‘If that’s what it takes,’ Margaret Ellery said, ‘then that’s what it takes.’', [['If that\'s what it takes,', 'Margaret Ellery'], ['then that\'s what it takes.', 'Margaret Ellery']]],
  ['a partial quotation of one word', 'The minister, Saoirse Breen, said the talks had been ‘impromptu’.', [['impromptu', 'Saoirse Breen']]],
  ['flattened to straight marks by a CMS', '\'It sounded like a bomb,\' said Denise Callow. \'The Smiths\' place is just gone, and the workers\' union knew.\'', [['It sounded like a bomb,', 'Denise Callow'], ['The Smiths\' place is just gone, and the workers\' union knew.', 'Denise Callow']]],
  ['a plural possessive before a paragraph that reopens, and a double-quoted quotation inside with its own speaker', 'The inquiry sat on Monday.\n\n‘I woke up because it was the neighbours’ alarm, not ours.\n\n‘My son was saying, “Mum, we have to go,” and I stayed,’ said Nadia Qureshi.', [
    ['I woke up because it was the neighbours\' alarm, not ours.\n\n\'My son was saying, "Mum, we have to go," and I stayed,', 'Nadia Qureshi'],
    ['Mum, we have to go,', 'My son'],
  ]],
  ['apostrophes only: no quotation', 'The Smiths’ house dates from the ’30s. Fans sang ’til dawn at O’Neill’s bar, rock ’n’ roll and all.', []],
  ['an opener never closed in its paragraph quotes nothing', 'Residents of ‘Old Town have waited for years, the council said.', []],
];

describe('findQuotes: quotations in single marks', () => {
  for (const [name, text, expected] of HARD_CASES) {
    it(name, () => {
      const article = textArticle(text);
      expect(directPairs(article, findQuotes(article))).toEqual(expected);
    });
  }

  it('reads a quotation in double marks inside a single-quoted one as its own, inside the outer one', () => {
    const article = textArticle('‘He told me, “Go home,” and I did,’ said Pia Lund.');
    const pairs = directPairs(article, findQuotes(article));
    expect(pairs).toContainEqual(['He told me, "Go home," and I did,', 'Pia Lund']);
    expect(quotedPieces(article).map((piece) => article.text.slice(piece.span.start, piece.span.end))).toEqual(['He told me, "Go home," and I did,', 'Go home,']);
  });

  it('goes on with the speaker of the quotation before, not of a phrase quoted inside it', () => {
    const article = textArticle('The union met on Friday.\n\n‘We’ve heard “commitment to the UK” before. We lost a whole shift,’ said Lorraine Bassett, the regional organiser. ‘Our members want it in writing.’');
    expect(directPairs(article, findQuotes(article)).at(-1)).toEqual(['Our members want it in writing.', 'Lorraine Bassett']);
  });

  it('gives a quotation holding a double-quoted one no speaker from it (the same words)', () => {
    const article = textArticle('Nadia Qureshi gave evidence.\n\n‘I rang 999. My son was saying, “Mum, we have to go,” and I kept telling him to stay.’');
    expect(directPairs(article, findQuotes(article))).toEqual([
      ['I rang 999. My son was saying, "Mum, we have to go," and I kept telling him to stay.', '-'],
      ['Mum, we have to go,', 'My son'],
    ]);
  });

  it('leaves single marks inside a double-quoted quotation alone (American style)', () => {
    const article = textArticle('"He said \'go home\' and left," said Pia Lund.');
    expect(directPairs(article, findQuotes(article))).toEqual([['He said \'go home\' and left,', 'Pia Lund']]);
  });

  it('keeps an article quoting in double marks as it was: the single-quoted word of a crosshead is no quotation', () => {
    const article = textArticle('The jury heard closing arguments on Monday in the trial of Dorian Fesk.\n\nProsecutor Philip Hale called the crime "a cold, vicious murder."\n\n\'Colossal\' factors\n\nHale said the aggravating factors were "colossal."');
    expect(quotedPieces(article).map((piece) => article.text.slice(piece.span.start, piece.span.end))).toEqual(['a cold, vicious murder.', 'colossal.']);
  });

  it('reads Dutch single marks, with ’s, ’t, zo’n and foto’s as apostrophes', () => {
    const article = textArticle('‘We hebben het samen gered’, zegt voorzitter Marieke Hofstra. ’s Avonds kookten vrijwilligers zo’n honderd menu’s in ’t dorpshuis, waar de foto’s hangen.', { language: 'nl' });
    expect(directPairs(article, findQuotesIn(article, 'nl'))).toEqual([['We hebben het samen gered', 'Marieke Hofstra']]);
  });
});
