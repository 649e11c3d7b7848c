import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { alignFacts, findNumberFacts } from './index.js';

// Made-up people, places and storms.
const PUBLISHED = '2026-05-14T08:00:00Z';

/** `[words, key, value]` of each number fact of `text` read in `language`. */
function numbers(language: string, text: string): Array<Array<string | number>> {
  const article = textArticle(text, { published: PUBLISHED, language });
  return findNumberFacts(article).map((fact) => [spanText(article.text, fact.span), fact.key, fact.value]);
}

describe('durations', () => {
  it.each([
    ['fr', 'La maire de Kervalen, Gaëlle Morvan, 54 ans, a visité le port. Un homme de 58 ans est mort dans la tempête.'],
    ['es', 'El alcalde, Tomás Ribera, de 58 años, visitó el barrio. Un hombre de 61 años murió en la riada.'],
    ['de', 'Ein 58 Jahre alter Mann starb im Sturm. Die Bürgermeisterin, 61 Jahre alt, besuchte den Deich.'],
    ['it', 'Il sindaco, Marco Bellini, 61 anni, ha visitato la frana. Un uomo di 58 anni è morto nella frana.'],
    ['pt', 'O presidente, Rui Soares, de 63 anos, visitou a vila. Um homem de 58 anos morreu na cheia.'],
    ['nl', 'De burgemeester, Pieter Kramer, 58 jaar, bezocht de dijk. Een man van 61 jaar kwam om in de storm.'],
  ])('%s: a person\'s age is no duration', (language, text) => {
    expect(numbers(language, text)).toEqual([]);
  });

  it.each([
    ['fr', 'Il a été condamné à 20 ans de prison.', [['20 ans', '-:an', 20]]],
    ['es', 'Fue condenado a una pena de 20 años.', [['20 años', '-:año', 20]]],
    ['nl', 'De werken aan de dijk duurden 3 jaar.', [['3 jaar', '-:jaar', 3]]],
  ])('%s: how long is still a duration: %s', (language, text, expected) => {
    expect(numbers(language, text)).toEqual(expected);
  });

  it('gives ages that differ as the age of one person, not as durations that conflict', () => {
    const article = (id: string, text: string) => textArticle(text, { published: PUBLISHED, language: 'fr', id });
    const groups = alignFacts([
      article('a', 'Un homme de 58 ans est mort quand un mur est tombé sur sa voiture rue du Port à Kervalen.'),
      article('b', 'Un homme de 61 ans est mort quand un mur est tombé sur sa voiture rue du Port.'),
    ]);
    expect(groups.map((group) => group.key)).toEqual([]);
  });

  it.each([
    ['en', 'Nine people were killed in the storm over the past 24 hours, and rescuers said the next three days would matter.', [['Nine people', 'killed:people', 9]]],
    ['fr', 'Douze personnes sont mortes au cours des 24 dernières heures.', [['Douze personnes', 'killed:people', 12]]],
    ['de', 'Zwölf Menschen starben in den vergangenen 24 Stunden.', [['Zwölf Menschen', 'killed:people', 12]]],
    ['it', 'Dodici persone sono morte nelle ultime 24 ore.', [['Dodici persone', 'killed:people', 12]]],
  ])('%s: a stretch up to or from now is no duration: %s', (language, text, expected) => {
    expect(numbers(language, text)).toEqual(expected);
  });

  it('leaves a stretch up to now out of the story, so two of them do not conflict', () => {
    const article = (id: string, text: string) => textArticle(text, { published: PUBLISHED, id });
    const groups = alignFacts([
      article('a', 'Nine people were killed in the storm over the past 24 hours in Tarne, officials said.'),
      article('b', 'Twelve people were killed in the storm over the past 30 hours in Tarne, officials said.'),
    ]);
    expect(groups.map((group) => group.key)).toEqual(['killed:people']);
  });

  it('keeps a duration with a qualifier: "jailed for over 12 years"', () => {
    expect(numbers('en', 'He was jailed for over 12 years.')).toEqual([['over 12 years', '-:year', 12]]);
  });
});
