import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { reportText } from '../render/report-text.js';
import { storyReport } from './report.js';

// One made-up flood reported in English, German and Russian: the rules for names and facts read English, and quotations are read in German too.
const english = textArticle('More than 1,200 people left their homes in Brenmouth after the dam on the Ossa burst, the fire service said. "The water came very fast," Mayor Anna Keldren said on Sunday.', { id: 'harbor' });
const german = textArticle('Mehr als 1.200 Menschen mussten in Brenmund ihre Häuser verlassen, nachdem der Damm an der Ossa gebrochen war, teilte die Feuerwehr mit. „Das Wasser kam sehr schnell“, sagte Bürgermeisterin Anna Keldren am Sonntag. Die Regierung hat der Stadt Soforthilfe zugesagt.', { id: 'kurier' });

const russian = textArticle('Более 1200 человек покинули свои дома в Бренмуте после прорыва дамбы на реке Осса, сообщила пожарная служба. «Вода пришла очень быстро», сказала мэр Анна Келдрен в воскресенье.', { id: 'vesti' });

describe('a story with articles in other languages than English', () => {
  const report = storyReport([english, german, russian]);

  it('reads names and facts in the English articles only, quotations in German too, and lists the others with their language', () => {
    expect(report.otherLanguages).toEqual([
      { article: 'kurier', language: 'de', quotes: true },
      { article: 'vesti', language: 'ru', quotes: false },
    ]);
    expect(report.entities.flatMap((entity) => Object.keys(entity.countsBySource))).not.toContain('kurier');
    expect(report.entities.map((entity) => entity.name)).not.toContain('Das Wasser');
    const quoted = report.quotes.filter((quote) => quote.kind === 'direct').flatMap((quote) => quote.occurrences.map((occurrence) => [occurrence.article, quote.speaker, spanText(occurrence.article === 'kurier' ? german.text : english.text, occurrence.span)]));
    expect(quoted).toEqual([
      ['harbor', 'Anna Keldren', 'The water came very fast,'],
      ['kurier', 'Anna Keldren', 'Das Wasser kam sehr schnell'],
    ]);
    expect(report.facts.flatMap((fact) => fact.values.flatMap((value) => value.sources.map((source) => source.article)))).not.toContain('kurier');
    expect(report.timeline.map((entry) => entry.article)).toEqual(['harbor', 'kurier', 'vesti']);
  });

  it('takes a declared language code when the text is too short to tell, and ignores one that is not a code', () => {
    const short = { ...textArticle('Damm gebrochen.', { id: 'short' }), language: 'de-AT' };
    const named = { ...textArticle(english.text, { id: 'named' }), language: 'English' };
    expect(storyReport([english, short, named]).otherLanguages).toEqual([{ article: 'short', language: 'de', quotes: true }]);
  });

  it('says so in the text report', () => {
    const text = reportText(report, [english, german, russian], { format: 'text', name: (id) => id, entities: 5 });
    expect(text).toMatch(/^Not read for names and facts \(not in English\)\n {2}kurier: German, quotations read\n {2}vesti: Russian, nor quotations\n/);
  });
});
