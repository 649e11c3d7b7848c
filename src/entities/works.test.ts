import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { articleEntities, findEntities } from './index.js';

describe('works and periodicals', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a name after a work noun is a work, in every mention', 'Critics praised the film Harbour Lights. Harbour Lights opens in Velmar on Friday.', [['Harbour Lights', 'work'], ['Velmar', 'place']]],
    ['a quoted title after a work noun is one name, whatever it holds', 'Mira Okonjo wrote the novel "The Winter of the Salt Kings" in Brenmouth.', [['Mira Okonjo', 'person'], ['The Winter of the Salt Kings', 'work'], ['Brenmouth', 'place']]],
    ['spaced quotation marks and a naming verb', "Executives hope the sequel ' Glass Harbour ' and a movie called The Lantern Keeper open in May.", [['Glass Harbour', 'work'], ['Lantern Keeper', 'work']]],
    ['an appositive headed by a work noun, before a place word decides', 'Tovah Lind stars in Salt Road, the Kestrel Channel drama about fishermen.', [['Tovah Lind', 'person'], ['Salt Road', 'work'], ['Kestrel Channel', 'organisation']]],
    ['a comma after the noun, the clause ending on the title', 'Director Anselm Roe will not return for the sequel, Cold Lantern.', [['Anselm Roe', 'person'], ['Cold Lantern', 'work']]],
    ['a noun that is also a verb opens a title only after a determiner or a modifier', 'The show Night Desk returned, and the talk show "Ellis Tonight" ended. Polls show Anna Varo ahead.', [['Night Desk', 'work'], ['Ellis Tonight', 'work'], ['Anna Varo', 'person']]],
    ['no work after a verb, a scene-setting phrase or a role', 'Crews came to film Maren Holloway. In the movie, Edwin Harrow (Rex Tal) speaks. Rowan Tesh, the film critic, agreed.', [['Maren Holloway', 'person'], ['Edwin Harrow', 'person'], ['Rex Tal', 'person'], ['Rowan Tesh', 'person']]],
    ['a periodical is an organisation, in every mention', 'The daily Oster Bote reported the closure. Velvet Hour magazine ran the interview. According to Velvet Hour, Rowan Tesh never spoke.', [['Oster Bote', 'organisation'], ['Velvet Hour', 'organisation'], ['Rowan Tesh', 'person']]],
    ['a newspaper noun before a compound names no paper', 'Readers found the Oster Bote newspaper Web site down.', [['Oster Bote', 'organisation']]],
    ['a person with a title stays a person when a work bears the name', 'The actress Lotte Marsh died. Her life inspired the film Lotte Marsh.', [['Lotte Marsh', 'person'], ['Lotte Marsh', 'work']]],
    [
      'a capitalized "The" inside a sentence, a making verb before quotation marks and a franchise\'s noun after the name make a work (ECB+)',
      'Tova Marsh helmed The Glass Orchard, and Rowan Pike will direct "Silver Tide." The first two Harbour Lights films did well.',
      [['Tova Marsh', 'person'], ['Glass Orchard', 'work'], ['Rowan Pike', 'person'], ['Silver Tide', 'work'], ['Harbour Lights', 'work']],
    ],
    ['an appositive "the sequel to…" makes a work, and its last word alone names it (ECB+)', 'Anselm Roe will direct Cold Lantern, the sequel to the film Harbour Lights. Lantern opens in May.', [['Anselm Roe', 'person'], ['Cold Lantern', 'work'], ['Harbour Lights', 'work']]],
    [
      'a "The" before a name holding a periodical\'s noun makes a periodical; quotation marks alone make no work (DUC 2004, ECB+)',
      'Ada Morrow wrote in the town\'s newspaper, The Brenmouth Daily Beacon. The source known as "Grey Lantern" spoke.',
      [['Ada Morrow', 'person'], ['Brenmouth Daily Beacon', 'organisation'], ['Grey Lantern', 'person']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(articleEntities(textArticle(text)).entities.map((entity) => [entity.name, entity.type])).toEqual(expected);
  });

  it('makes a name one article shows to be a work a work in every article', () => {
    const a = textArticle('The studio moved the sequel "Cold Lantern" to May.', { id: 'a' });
    const b = textArticle('Cold Lantern begins shooting in August, the studio said.', { id: 'b' });
    expect(findEntities([a, b]).map((entity) => [entity.name, entity.type, entity.mentions.length])).toEqual([['Cold Lantern', 'work', 2]]);
  });
});
