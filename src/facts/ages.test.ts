import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { articleEntities } from '../entities/index.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { findAgeFacts, storyReport } from './index.js';

/** `[person, age, span text]` of every age the article gives. */
function ages(text: string): Array<[string, number, string]> {
  const article = textArticle(text);
  const entities = articleEntities(article);
  return findAgeFacts(article, entities).map((fact) => [entities.entities[fact.entity].name, fact.value, spanText(article.text, fact.span)]);
}

describe('findAgeFacts', () => {
  const cases: Array<[string, string, Array<[string, number, string]>]> = [
    ['a number between commas after the name', 'Tomas Keldren, 54, said the gate had failed.', [['Tomas Keldren', 54, 'Tomas Keldren, 54']]],
    ['at the end of the sentence', 'The victim was named as Benjamin David Banky, 40.', [['Benjamin David Banky', 40, 'Benjamin David Banky, 40']]],
    ['"aged"', 'Robert Pitman, aged 24 and from Wellington, was charged.', [['Robert Pitman', 24, 'Robert Pitman, aged 24']]],
    ['in brackets', 'The driver, Anna Vell (31), was unhurt.', [['Anna Vell', 31, 'Anna Vell (31']]],
    ['two people in a row', 'Russell Henderson, 21, and Aaron McKinney, 22, were arraigned.', [['Russell Henderson', 21, 'Russell Henderson, 21'], ['Aaron McKinney', 22, 'Aaron McKinney, 22']]],
    ['an appositive', 'Tara Reid, a 33-year-old actress, entered the clinic.', [['Tara Reid', 33, 'Tara Reid, a 33-year-old']]],
    ['an appositive with describing words', 'H. Amanda Robb, the doctor\'s 32-year-old niece, spoke.', [['H. Amanda Robb', 32, 'H. Amanda Robb, the doctor\'s 32-year-old']]],
    ['before the name', 'The 67-year-old Boris Yeltsin has a cold.', [['Boris Yeltsin', 67, '67-year-old Boris Yeltsin']]],
    ['before a title and the name', 'The 48-year-old Fire Chief Rowan Tesh led the crews.', [['Rowan Tesh', 48, '48-year-old Fire Chief Rowan Tesh']]],
    ['before describing words and the name', 'Police said 61-year-old retired nurse Kathryn Gomes was found.', [['Kathryn Gomes', 61, '61-year-old retired nurse Kathryn Gomes']]],
    ['the unnamed have no age to follow', 'A 71-year-old man died when his car was swept away.', []],
    ['an age given to someone else', 'The 54-year-old father of Yusef Ali was wounded.', []],
    ['a name that describes the person after it', 'Police said a 35-year-old New Bedford man was arrested.', []],
    ['a list of version numbers', 'The patch covers Windows XP, Vista, 7, 8 and 8.1 on every machine of Marta Rinn.', []],
    ['a year is no age', 'Galina Starovoitova, 1998, was a name on every list.', []],
    ['a count after a name', 'Maren Holloway, 54 jurors and the clerk sat down.', []],
    ['a possessive', "Keldren's, 54, was not a name.", []],
    ['a decade between commas', 'Harriet Cole, in her fifties, said the seafront needed mending.', [['Harriet Cole', 50, 'Harriet Cole, in her fifties']]],
    ['ages in months are left out', 'The 18-month-old Lena Torv was rescued.', []],
    ['"the 25-year-old striker" after the only person the sentence names (facts23)', 'Tomasz Wren joined Rovers when the club agreed a fee with Harbury Athletic for the 25-year-old striker.', [['Tomasz Wren', 25, 'the 25-year-old striker']]],
    ['"the 82-year-old general" after the only person named (DUC 2004)', 'A judge who ordered the arrest of Augusto Pinochet seeks to freeze any accounts the 82-year-old general might have abroad.', [['Augusto Pinochet', 82, 'the 82-year-old general']]],
    ['no role age where the sentence names two people, or the role comes first', 'Marta Rinn said Tomas Keldren had met the 54-year-old engineer. The 40-year-old director spoke, and so did Marta Rinn.', []],
    ['an age before a verb is its subject\'s, not the name after the verb (entities23)', 'The 40-year-old director thanked Marta Rinn for her help.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});

describe('findAgeFacts misuse', () => {
  it('throws for entities of another article', () => {
    const a = textArticle('Tomas Keldren, 54, spoke.', { id: 'a' });
    const b = textArticle('Anna Vell, 31, spoke.', { id: 'b' });
    expect(() => findAgeFacts(a, articleEntities(b))).toThrow(/^tidings: expected the entities of article "a"/);
  });
});

describe('ages in the story report', () => {
  const day1 = { published: '2026-03-14T09:00:00Z' };

  it('lines up the ages the articles give one person, under the story\'s name for them', () => {
    const a = textArticle('Martin Osgood, 62, a retired teacher, left his house on Quay Street.', { ...day1, id: 'a' });
    const b = textArticle('Neighbours helped Osgood, 64, out of a window on Quay Street. Martin Osgood lives alone.', { ...day1, id: 'b' });
    const c = textArticle('The 62-year-old Martin Osgood said the water rose fast.', { ...day1, id: 'c' });
    const group = storyReport([a, b, c]).facts.find((fact) => fact.key === 'age:person:martin-osgood');
    expect(group).toMatchObject({ label: 'age of Martin Osgood', status: 'conflicting', sources: 3 });
    expect(group!.values.map((value) => [value.value, value.sources.map((source) => source.article)])).toEqual([[62, ['a', 'c']], [64, ['b']]]);
  });

  it('calls ages that differ a day apart a conflict, not an update, and agrees when they match', () => {
    const a = textArticle('Tomas Keldren, 54, spoke at the briefing.', { ...day1, id: 'a' });
    const b = textArticle('Tomas Keldren, 55, spoke again on Sunday.', { published: '2026-03-15T09:00:00Z', id: 'b' });
    const c = textArticle('Tomas Keldren, 54, spoke again on Sunday.', { published: '2026-03-15T09:00:00Z', id: 'c' });
    expect(storyReport([a, b]).facts.find((fact) => fact.key === 'age:person:tomas-keldren')?.status).toBe('conflicting');
    expect(storyReport([a, c]).facts.find((fact) => fact.key === 'age:person:tomas-keldren')?.status).toBe('agreed');
  });

  it('compares the ages of one person the sources spell differently, under the most mentioned spelling', () => {
    const a = textArticle('Greta Vollmer, 58, chairs the board. Vollmer said the plant would stay open.', { ...day1, id: 'a' });
    const b = textArticle('Greta Volmer, 61, told staff the plant would stay open.', { ...day1, id: 'b' });
    const ages = storyReport([a, b]).facts.filter((fact) => fact.key.startsWith('age:'));
    expect(ages.map((fact) => [fact.label, fact.status, fact.values.map((value) => value.value)])).toEqual([['age of Greta Vollmer', 'conflicting', [58, 61]]]);
  });

  it('compares the ages of someone unnamed when the sentences tell the same event, not of anyone the noun names', () => {
    const a = textArticle('A 58-year-old man died when a wall fell on his van on Mill Road in Tarne on Saturday.', { ...day1, id: 'a' });
    const b = textArticle('A 61-year-old man was killed when a wall fell on his van on Mill Road.', { ...day1, id: 'b' });
    const c = textArticle('A 35-year-old man was arrested in Kellow after a fight outside a bar.', { ...day1, id: 'c' });
    const ages = storyReport([a, b, c]).facts.filter((fact) => fact.key.startsWith('age:'));
    expect(ages.map((fact) => [fact.label, fact.status, fact.values.map((value) => value.value)])).toEqual([['age of the man', 'conflicting', [58, 61]]]);
  });

  it('lets a year between two reports change an age', () => {
    const a = textArticle('Jose Luis Orozco, 27, was arrested in the shooting.', { published: '2011-05-01T09:00:00Z', id: 'a' });
    const b = textArticle('Jose Luis Orozco, 29, was found guilty of the shooting.', { published: '2013-02-01T09:00:00Z', id: 'b' });
    expect(storyReport([a, b]).facts.find((fact) => fact.key === 'age:person:jose-luis-orozco')?.status).toBe('updated');
  });

  it('compares a decade ("in his seventies") with a named or unnamed person\'s age in years', () => {
    const [a, b, c] = [
      textArticle('Harriet Cole, in her fifties, won the Pelling seat on Monday.', { id: 'a', published: '2026-05-12T11:00:00Z' }),
      textArticle('Harriet Cole, 47, took the Pelling seat on Monday.', { id: 'b', published: '2026-05-12T14:00:00Z' }),
      textArticle('Harriet Cole, 53, won the Pelling seat on Monday.', { id: 'c', published: '2026-05-12T16:00:00Z' }),
    ];
    const status = (articles: typeof a[]) => storyReport(articles).facts.find((fact) => fact.key === 'age:person:harriet-cole')?.status;
    expect([status([a, b]), status([a, c])]).toEqual(['conflicting', 'agreed']);
    const unnamed = storyReport([
      textArticle('A man in his seventies died when a tree fell on his car in Dunvane on Tuesday night.', { id: 'd', published: '2026-02-11T09:00:00Z' }),
      textArticle('A 67-year-old man died when a tree fell on his car in Dunvane on Tuesday night.', { id: 'e', published: '2026-02-11T10:00:00Z' }),
    ]).facts.find((fact) => fact.key === 'age:man');
    expect(unnamed?.status).toBe('conflicting');
  });

});
