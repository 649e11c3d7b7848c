import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/index.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { article } from './test-support/articles.js';
import { articleProfile } from './index.js';

describe('articleProfile', () => {
  const report = article('levee-1', 'Levee breach floods 1,200 homes', [
    'The levee broke at 3 a.m. and flooded 1,200 homes in Corrin Falls, officials said on www.example.org.',
    'Flooding reached the school by 2013 standards, and the floods closed 5 roads.',
  ]);

  it('counts content stems, title stems twice, numbers of two characters or more, and no stopwords, punctuation or addresses', () => {
    const profile = articleProfile(report);
    expect([...profile.terms]).toEqual([
      ['leve', 3], ['broke', 1], ['a.m.', 1], ['flood', 5], ['home', 3], ['corrin', 1], ['fall', 1],
      ['offici', 1], ['reach', 1], ['school', 1], ['standard', 1], ['close', 1], ['road', 1], ['breach', 2],
    ]);
    expect([...profile.entities]).toEqual([['#1,200', 3], ['#2013', 1], ['corrin', 1], ['falls', 1], ['corrin falls', 1]]);
    expect([...profile.lead!]).toEqual([['leve', 2], ['breach', 1], ['flood', 2], ['home', 2], ['broke', 1], ['a.m.', 1], ['corrin', 1], ['fall', 1], ['offici', 1]]);
  });

  it('counts the same once 70,000 other surface forms have passed through its memo of what a form adds', () => {
    const before = articleProfile(report);
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(tokenize(words, { start: 0, end: words.length })).toHaveLength(70_000);
    const after = articleProfile(report);
    expect([...after.terms]).toEqual([...before.terms]);
    expect([...after.entities]).toEqual([...before.entities]);
    expect([...after.lead!]).toEqual([...before.lead!]);
  });

  it('reads an undated article’s year from its first lines, a dateline the cleaner set aside included, and leaves a dated one to its date', () => {
    const paragraphs = [
      'http://www.latimes.com/local/la-me-0504-lohan-rehab-20130504',
      'Lindsay Lohan checks into Betty Ford Center',
      'May 03, 2013',
      'After skipping out on a Newport Beach facility, Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day stay.',
      'The stay is part of a sentence for a 2012 car crash case.',
    ];
    expect(articleProfile(article('lohan', '', paragraphs)).year).toBe(2013);
    expect(articleProfile(article('lohan', '', paragraphs.filter((line) => line !== 'May 03, 2013'))).year).toBe(2012);
    expect(articleProfile(article('lohan', '', paragraphs, '2013-05-03T12:00:00Z')).year).toBeUndefined();
    const late = ['Lindsay Lohan checked into rehab.', 'Her lawyer confirmed it.', 'The judge was told.', 'She will stay 90 days.', 'It began in May 2013.'];
    expect(articleProfile(article('late', '', late)).year).toBeUndefined();
    expect(articleProfile(report).year).toBe(2013);
  });

  it('keys a country or city named in another language by its English name, as an English article names it', () => {
    const french = articleProfile(textArticle("Le ministre s'est rendu à Londres mardi, puis en Allemagne, pour parler des inondations aux Pays-Bas.", { language: 'fr' }));
    const english = articleProfile(textArticle('The minister travelled to London on Tuesday, then to Germany, to discuss the floods in the Netherlands.', { language: 'en' }));
    for (const key of ['london', 'germany', 'netherlands']) {
      expect(french.entities.has(key)).toBe(true);
      expect(english.entities.has(key)).toBe(true);
    }
    expect(french.entities.has('londres')).toBe(false);
  });

  it('joins no name through Dutch "van" saying "of" after a surname, and keeps "van" inside a name', () => {
    const names = [...articleProfile(textArticle('Burgemeester Femke Jansen van Waterdam sprak maandag met Jan van Dijk en Anna Maria van Rijn over de dijk.', { language: 'nl' })).entities.keys()];
    expect(names).toEqual(expect.arrayContaining(['femke jansen', 'waterdam', 'jan van dijk', 'anna maria van rijn']));
    expect(names).not.toContain('femke jansen van waterdam');
  });
});
