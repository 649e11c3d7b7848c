import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { reportText } from '../render/report-text.js';
import { storyReport } from './report.js';

// One made-up flood reported in English, German and Russian: quotations, names, numbers and dates are read in English and German, nothing in Russian.
const english = textArticle('More than 1,200 people left their homes in Brenmouth after the dam on the Ossa burst, the fire service said. "The water came very fast," Mayor Anna Keldren said on Sunday.', { id: 'harbor' });
const german = textArticle('Mehr als 1.200 Menschen mussten in Brenmund ihre Häuser verlassen, nachdem der Damm an der Ossa gebrochen war, teilte die Feuerwehr mit. „Das Wasser kam sehr schnell“, sagte Bürgermeisterin Anna Keldren am Sonntag. Die Regierung hat der Stadt Soforthilfe zugesagt.', { id: 'kurier' });

const russian = textArticle('Более 1200 человек покинули свои дома в Бренмуте после прорыва дамбы на реке Осса, сообщила пожарная служба. «Вода пришла очень быстро», сказала мэр Анна Келдрен в воскресенье.', { id: 'vesti' });

describe('a story with articles in other languages than English', () => {
  const report = storyReport([english, german, russian]);

  it('reads quotations, names, numbers and dates in German too, and lists the others with their language', () => {
    expect(report.otherLanguages).toEqual([
      { article: 'kurier', language: 'de', quotes: true, facts: true, names: true },
      { article: 'vesti', language: 'ru', quotes: false, facts: false, names: false },
    ]);
    expect(report.entities.map((entity) => [entity.type, entity.name, entity.countsBySource])).toEqual([
      ['person', 'Anna Keldren', { harbor: 1, kurier: 1 }],
      ['place', 'Brenmouth', { harbor: 1 }],
      ['place', 'Brenmund', { kurier: 1 }],
    ]);
    const quoted = report.quotes.filter((quote) => quote.kind === 'direct').flatMap((quote) => quote.occurrences.map((occurrence) => [occurrence.article, quote.speaker, spanText(occurrence.article === 'kurier' ? german.text : english.text, occurrence.span)]));
    expect(quoted).toEqual([
      ['harbor', 'Anna Keldren', 'The water came very fast,'],
      ['kurier', 'Anna Keldren', 'Das Wasser kam sehr schnell'],
    ]);
    const evacuated = report.facts.find((fact) => fact.key === 'evacuated:people');
    expect(evacuated).toMatchObject({ status: 'agreed', independent: 2, values: [{ value: 1200, qualifier: 'more-than' }] });
    expect(evacuated?.values[0].sources.map((source) => [source.article, spanText(source.article === 'kurier' ? german.text : english.text, source.span)])).toEqual([
      ['harbor', 'More than 1,200 people'],
      ['kurier', 'Mehr als 1.200 Menschen'],
    ]);
    expect(report.facts.flatMap((fact) => fact.values.flatMap((value) => value.sources.map((source) => source.article)))).not.toContain('vesti');
    expect(report.timeline.map((entry) => entry.article)).toEqual(['harbor', 'kurier', 'vesti']);
  });

  it('takes a declared language code when the text is too short to tell, and ignores one that is not a code', () => {
    const short = { ...textArticle('Damm gebrochen.', { id: 'short' }), language: 'de-AT' };
    const named = { ...textArticle(english.text, { id: 'named' }), language: 'English' };
    expect(storyReport([english, short, named]).otherLanguages).toEqual([{ article: 'short', language: 'de', quotes: true, facts: true, names: true }]);
  });

  it("lines up a person's age a German article gives with the English one, now that its names are read", () => {
    const mayor = textArticle('Mayor Katrin Vogelsang, 54, inspected the dyke in Lindhaven on Monday. The water kept rising all night, she said.', { id: 'gazette' });
    const bote = textArticle('Bürgermeisterin Katrin Vogelsang (55) hat den Deich in Lindhaven besichtigt. „Wir brauchen Hilfe“, sagte Vogelsang am Montag.', { id: 'bote' });
    const ages = storyReport([mayor, bote]).facts.filter((fact) => fact.label.startsWith('age of'));
    expect(ages.map((fact) => [fact.label, fact.status, fact.values.map((value) => [value.value, value.sources.map((source) => source.article)])])).toEqual([
      ['age of Katrin Vogelsang', 'conflicting', [[54, ['gazette']], [55, ['bote']]]],
    ]);
  });

  it('says so in the text report', () => {
    const text = reportText(report, [english, german, russian], { format: 'text', name: (id) => id, entities: 5 });
    expect(text).toMatch(/^In other languages than English\n {2}kurier: German, quotations, names, numbers and dates read\n {2}vesti: Russian, nor quotations, names, numbers and dates\n/);
  });
});
