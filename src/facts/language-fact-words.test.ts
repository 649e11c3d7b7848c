import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { articleEntities } from '../entities/index.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { findAgeFacts } from './ages.js';
import { findNumberFacts, findTallyFacts } from './index.js';

// Made-up sentences of made-up deals, strikes, votes and storms, read with the words of their own language, not English's.
const PUBLISHED = '2026-05-14T08:00:00Z';

/** `[words, key, value]` of each number fact, with the object of a price. */
function numbers(language: string, text: string): Array<Array<string | number>> {
  const article = textArticle(text, { published: PUBLISHED, language });
  return findNumberFacts(article).map((fact) => [spanText(article.text, fact.span), fact.key, fact.value, ...(fact.object ? [fact.object] : [])]);
}

function ages(language: string, text: string): number[] {
  const article = textArticle(text, { published: PUBLISHED, language });
  return findAgeFacts(article, articleEntities(article)).map((fact) => fact.value);
}

function tallies(language: string, text: string): string[] {
  return findTallyFacts(textArticle(text, { published: PUBLISHED, language })).map((fact) => fact.value);
}

describe('the fact words of the six other languages', () => {
  it.each([
    // "a" is no "per share" in Spanish, Italian or Portuguese: the sum before it is the cost of the whole
    ['es', 'La reparación del puente costó 2 millones de euros a la ciudad.', [['2 millones de euros', 'cost:euros:', 2_000_000, 'puente']]],
    ['it', 'La riparazione è costata 3 milioni di euro a carico della regione.', [['3 milioni di euro', 'cost:euros:', 3_000_000]]],
    ['pt', 'A obra custou 4 milhões de euros a Vilamar.', [['4 milhões de euros', 'cost:euros:', 4_000_000, 'obra']]],
    // a price of one share is no price of the company; the company's is, with what it buys
    ['es', 'Solmarina pagará 610 millones de euros por Brisalta, a 12,5 euros por acción.', [['610 millones de euros', 'cost:euros:', 610_000_000, 'Brisalta'], ['12,5 euros', '-:euros:acción', 12.5]]],
    ['fr', "Valmorel rachète Cyclonord pour 1,2 milliard d'euros, soit 42 euros par action.", [["1,2 milliard d'euros", 'cost:euros:', 1_200_000_000, 'Cyclonord'], ['42 euros', '-:euros:action', 42]]],
    ['de', 'Der Konzern zahlt 30 Euro je Aktie, insgesamt 2 Milliarden Euro für die Übernahme von Brakwerft.', [['30 Euro je Aktie', '-:euros:akti', 30], ['2 Milliarden Euro', 'cost:euros:', 2_000_000_000, 'Übernahme']]],
    // a word after the sum that is no unit leaves it the cost of the whole; a time is a unit only as a rate
    ['it', 'La riparazione del ponte costerà 3 milioni di euro per rifare le travi.', [['3 milioni di euro', 'cost:euros:', 3_000_000, 'ponte']]],
    ['fr', "La réparation du pont a coûté 3 millions d'euros la semaine dernière.", [["3 millions d'euros", 'cost:euros:', 3_000_000]]],
    ['es', 'La reparación del puente costó 2 millones de euros por culpa de la riada.', [['2 millones de euros', 'cost:euros:', 2_000_000, 'puente']]],
    ['fr', 'La location du hangar coûtera 1 200 euros par mois.', [['1 200 euros', '-:euros:moi', 1200]]],
    // strikers, and votes for a strike that are none
    ['de', 'Rund 4.000 Beschäftigte streikten am Montag.', [['Rund 4.000 Beschäftigte', 'striking:people', 4000]]],
    ['pt', 'Cerca de 6.000 trabalhadores aderiram à greve.', [['Cerca de 6.000 trabalhadores', 'striking:people', 6000]]],
    ['it', 'Il sindacato ha confermato lo sciopero con 812 voti.', [['812 voti', '-:voti', 812]]],
    ['es', 'Aquí nadie quiere hacer huelga.', [['nadie', '-:people', 0]]],
    // jobs cut, lives lost
    ['fr', 'Valmorel supprimera 800 postes en France.', [['800 postes', 'cut:post', 800]]],
    ['nl', 'Het bedrijf schrapt 150 banen.', [['150 banen', 'cut:banen', 150]]],
    ['nl', 'Bij Melkhaven zullen 150 banen verdwijnen.', [['150 banen', 'cut:banen', 150]]],
    ['fr', 'Cinq personnes ont perdu la vie.', [['Cinq personnes', 'killed:people', 5]]],
    ['nl', 'De storm eiste twee levens.', [['twee levens', 'killed:people', 2]]],
    ['nl', 'Bij de storm zijn twee doden gevallen.', [['twee doden', 'killed:people', 2]]],
  ])('%s: %s', (language, text, expected) => {
    expect(numbers(language, text)).toEqual(expected);
  });

  it.each([
    ['pt', 'A assembleia aprovou, por 31 votos a favor e 14 contra, a venda.', ['31-14']],
    ['es', 'El pleno aprobó el plan con 15 votos a favor y 6 en contra.', ['15-6']],
    ['it', "Gli operai della fabbrica hanno approvato lo sciopero di venerdì con 812 sì e 95 no.", ['812-95']],
    ['fr', 'Le conseil a adopté le budget par 19 voix contre 8.', ['19-8']],
    ['de', 'Der Rat hat mit 24 zu 11 Stimmen zugestimmt.', ['24-11']],
    ['nl', 'De raad nam het voorstel aan met 21 stemmen tegen 12.', ['21-12']],
    // abstentions are neither side; a comma may join the sides
    ['pt', 'A assembleia aprovou a venda com 31 votos a favor e 14 abstenções.', []],
    ['it', 'Il consiglio ha approvato il bilancio con 20 voti a favore e 5 astenuti.', []],
    ['pt', 'A assembleia aprovou a venda com 31 votos a favor, 14 contra e 3 abstenções.', ['31-14']],
    ['es', 'El pleno aprobó el plan con 15 votos a favor, 6 en contra y 2 abstenciones.', ['15-6']],
    // a score is no vote
    ['es', 'El Atlético ganó 2 a 1 al Valdeluz.', []],
    ['pt', 'A equipa venceu por 3 a 1.', []],
  ])('reads the tally of %s: %s', (language, text, expected) => {
    expect(tallies(language, text)).toEqual(expected);
  });

  it.each([
    ['fr', 'La maire de Kervalen, Gaëlle Morvan, 54 ans, a visité le port.', 54],
    ['es', 'La riada del martes en Orbaneja dejó nueve muertos, según el alcalde, Tomás Ribera, de 58 años.', 58],
    ['it', 'La sindaca, Carla Bentivoglio, 49 anni, ha incontrato i delegati.', 49],
    ['pt', 'O presidente, Rui Valadares, de 63 anos, marcou nova sessão.', 63],
  ])("reads a person's age with the word for years in %s", (language, text, age) => {
    expect(ages(language, text)).toEqual([age]);
  });

  it('reads no age from "de" and a number without the word for years', () => {
    expect(ages('es', 'La riada del martes en Orbaneja dejó nueve muertos, según el alcalde, Tomás Ribera, de 58 kilos.')).toEqual([]);
  });
});
