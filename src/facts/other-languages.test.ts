import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { findDateFacts, findNumberFacts, storyReport } from './index.js';

// Made-up reports of a made-up flood, in the six languages besides English whose numbers and dates are read. A
// sentence is too short for its language to be detected, so the tables declare it; the stories' is detected.
const PUBLISHED = '2024-03-14T10:00:00Z'; // a Thursday

/** `[words, key, value, qualifier]` of each number fact, `upper` added for a range. */
function numbers(language: string, text: string): Array<Array<string | number>> {
  const article = textArticle(text, { published: PUBLISHED, language });
  return findNumberFacts(article).map((fact) => [spanText(article.text, fact.span), fact.key, fact.value, fact.qualifier, ...(fact.upper !== undefined ? [fact.upper] : [])]);
}

/** `[words, iso, key]` of each date fact. */
function dates(language: string, text: string): Array<[string, string, string]> {
  const article = textArticle(text, { published: PUBLISHED, language });
  return findDateFacts(article).map((fact) => [spanText(article.text, fact.span), fact.iso, fact.key ?? '-']);
}

describe('numbers in other languages', () => {
  it.each([
    // German: thousands with a dot, a space or an apostrophe, decimals with a comma, "Millionen", number words, "keine"
    ['de', 'Mindestens zwölf Menschen kamen in Brenmund ums Leben.', [['Mindestens zwölf Menschen', 'killed:people', 12, 'at-least']]],
    ['de', 'Mehr als 1.200 Menschen wurden evakuiert.', [['Mehr als 1.200 Menschen', 'evacuated:people', 1200, 'more-than']]],
    ['de', 'In Brenmund wurden 1 200 Menschen evakuiert.', [['1 200 Menschen', 'evacuated:people', 1200, 'exact']]],
    ['de', 'In Ossingen wurden 1’500 Menschen evakuiert.', [["1'500 Menschen", 'evacuated:people', 1500, 'exact']]],
    ['de', 'Etwa 340 Häuser wurden beschädigt.', [['Etwa 340 Häuser', 'damaged:häuser', 340, 'about']]],
    ['de', 'Rund 3,5 Prozent der Häuser wurden zerstört.', [['Rund 3,5 Prozent', '-:percent:häuser', 3.5, 'about']]],
    ['de', 'Der Bund sagte 2,3 Millionen Euro Soforthilfe zu.', [['2,3 Millionen Euro Soforthilfe', 'aid:euros:', 2_300_000, 'exact']]],
    ['de', 'Die Schäden werden auf mehr als 50 Millionen Euro geschätzt.', [['mehr als 50 Millionen Euro', 'cost:euros:', 50_000_000, 'more-than']]],
    ['de', 'Zwischen 30 und 40 Menschen wurden verletzt.', [['30 und 40 Menschen', 'injured:people', 30, 'range', 40]]],
    ['de', 'Zweiundzwanzig Menschen wurden verletzt.', [['Zweiundzwanzig Menschen', 'injured:people', 22, 'exact']]],
    ['de', 'Bei dem Unfall auf der A 7 wurden zwei Menschen verletzt.', [['zwei Menschen', 'injured:people', 2, 'exact']]],
    ['de', 'Dreihundert Menschen wurden evakuiert.', [['Dreihundert Menschen', 'evacuated:people', 300, 'exact']]],
    ['de', 'Es gab keine Toten.', [['keine Toten', 'killed:people', 0, 'exact']]],
    ['de', 'Am 12. März um 14 Uhr starben 14 Menschen.', [['14 Menschen', 'killed:people', 14, 'exact']]],
    ['de', 'Beim Absturz von Flug 447 im Jahr 2023 starben vier Menschen.', [['vier Menschen', 'killed:people', 4, 'exact']]],
    // French: thousands with a space (plain or narrow), "millions d'euros", hyphenated number words, "aucun"
    ['fr', 'Au moins douze personnes ont été tuées à Brenmont.', [['Au moins douze personnes', 'killed:people', 12, 'at-least']]],
    ['fr', 'Plus de 1\u202f200 habitants ont été évacués.', [['Plus de 1 200 habitants', 'evacuated:people', 1200, 'more-than']]], // the reader makes the narrow space a space
    ['fr', 'Environ 340 maisons ont été détruites.', [['Environ 340 maisons', 'damaged:maison', 340, 'about']]],
    ['fr', "L'État a débloqué 3,5 millions d'euros d'aide.", [["3,5 millions d'euros", 'aid:euros:', 3_500_000, 'exact']]],
    ['fr', 'Vingt-cinq blessés ont été hospitalisés.', [['Vingt-cinq blessés', 'injured:people', 25, 'exact']]],
    ['fr', 'Entre 30 et 40 personnes sont portées disparues.', [['30 et 40 personnes', 'missing:people', 30, 'range', 40]]],
    ['fr', 'Le bilan est de vingt et un morts, contre 12 la veille.', [['vingt et un morts', 'killed:people', 21, 'exact']]],
    ['fr', 'Quelque 1 200 personnes ont été évacuées et 300 dorment au gymnase.', [['Quelque 1 200 personnes', 'evacuated:people', 1200, 'about'], ['300', 'evacuated:people', 300, 'exact']]],
    ['fr', 'La préfecture fait état de 12 blessés, dont 2 graves.', [['12 blessés', 'injured:people', 12, 'exact'], ['2 graves', 'critical:people', 2, 'exact']]],
    ['fr', "Aucun mort n'est à déplorer.", [['Aucun mort', 'killed:people', 0, 'exact']]],
    ['fr', 'Le vol 447 a été dévié à 14 h.', []],
    // Spanish: "unos", "mil millones", "nadie"
    ['es', 'Al menos doce personas murieron en Valdeluna.', [['Al menos doce personas', 'killed:people', 12, 'at-least']]],
    ['es', 'Unas 1.200 personas fueron desalojadas.', [['Unas 1.200 personas', 'evacuated:people', 1200, 'about']]],
    ['es', 'El Gobierno aprobó mil millones de euros en ayudas.', [['mil millones de euros', 'aid:euros:', 1e9, 'exact']]],
    ['es', 'Veintidós personas murieron y treinta y dos viviendas quedaron destruidas.', [['Veintidós personas', 'killed:people', 22, 'exact'], ['treinta y dos viviendas', 'damaged:vivienda', 32, 'exact']]],
    ['es', 'El Gobierno aprobó 2,3 millones de euros.', [['2,3 millones de euros', '-:euros:aprobó', 2_300_000, 'exact']]],
    ['es', 'El choque en el kilómetro 12 de la autovía dejó dos heridos.', [['dos heridos', 'injured:people', 2, 'exact']]],
    ['es', 'Unas trescientas mil personas fueron desalojadas.', [['Unas trescientas mil personas', 'evacuated:people', 300_000, 'about']]],
    ['es', 'Nadie resultó herido en Castrillo.', [['Nadie', 'injured:people', 0, 'exact']]],
    ['es', 'Casi 300 casas quedaron destruidas el 12 de marzo.', [['Casi 300 casas', 'damaged:casa', 300, 'nearly']]],
    // Italian: "circa", "oltre", "tra … e", "nessuno"
    ['it', 'Circa 1.200 sfollati hanno passato la notte in palestra.', [['Circa 1.200 sfollati', 'evacuated:people', 1200, 'about']]],
    ['it', 'Oltre 3mila persone sono state evacuate.', [['Oltre 3mila persone', 'evacuated:people', 3000, 'more-than']]],
    ['it', 'Oltre 40 feriti sono stati ricoverati.', [['Oltre 40 feriti', 'injured:people', 40, 'more-than']]],
    ['it', 'Tra 30 e 40 persone risultano disperse.', [['30 e 40 persone', 'missing:people', 30, 'range', 40]]],
    ['it', 'Ventitré persone sono morte.', [['Ventitré persone', 'killed:people', 23, 'exact']]],
    ['it', 'Nessuno è rimasto ferito a Castelrocca.', [['Nessuno', 'injured:people', 0, 'exact']]],
    // Portuguese: "cerca de", "milhões de euros", "ninguém"
    ['pt', 'Cerca de 1.200 pessoas foram desalojadas em Vale da Lua.', [['Cerca de 1.200 pessoas', 'evacuated:people', 1200, 'about']]],
    ['pt', 'O Governo aprovou 3,5 milhões de euros de apoio.', [['3,5 milhões de euros', 'aid:euros:', 3_500_000, 'exact']]],
    ['pt', 'Trinta e um feridos foram levados ao hospital.', [['Trinta e um feridos', 'injured:people', 31, 'exact']]],
    ['pt', 'Cerca de 1.200 pessoas tiveram de deixar as suas casas e 300 dormem no pavilhão.', [['Cerca de 1.200 pessoas', 'evacuated:people', 1200, 'about'], ['300', 'evacuated:people', 300, 'exact']]],
    ['pt', 'Ninguém ficou ferido em Castelo Alto.', [['Ninguém', 'injured:people', 0, 'exact']]],
    ['pt', 'O Governo aprovou R$ 3,5 milhões de apoio.', [['R$ 3,5 milhões', 'aid:R$:', 3_500_000, 'exact']]],
    // Dutch: "zeker", "ruim", "ongeveer", a verb ending the counted noun, "niemand"
    ['nl', 'Zeker twaalf mensen kwamen om het leven in Brenmuiden.', [['Zeker twaalf mensen', 'killed:people', 12, 'at-least']]],
    ['nl', 'Ruim 1.200 inwoners zijn geëvacueerd.', [['Ruim 1.200 inwoners', 'evacuated:people', 1200, 'more-than']]],
    ['nl', 'Bijna 300 woningen liepen schade op.', [['Bijna 300 woningen', 'damaged:woningen', 300, 'nearly']]],
    ['nl', 'Drieëntwintig mensen raakten gewond.', [['Drieëntwintig mensen', 'injured:people', 23, 'exact']]],
    ['nl', 'Niemand raakte gewond in Oosterveld.', [['Niemand', 'injured:people', 0, 'exact']]],
  ])('%s: %s', (language, text, expected) => {
    expect(numbers(language, text)).toEqual(expected);
  });

  it('gives a value changed "von 12 auf 20", "van 12 naar 20", "de 12 para 20" as superseded, and the toll it rose to as the toll\'s (audit26)', () => {
    const previous = (language: string, text: string) => findNumberFacts(textArticle(text, { published: PUBLISHED, language })).map((fact) => [fact.value, fact.previous ?? false]);
    expect(previous('de', 'Die Zahl der Verletzten stieg von 12 auf 20.')).toEqual([[12, true], [20, false]]);
    expect(previous('nl', 'Het aantal gewonden steeg van 12 naar 20.')).toEqual([[12, true]]);
    expect(previous('pt', 'O número de feridos passou de 12 para 20.')).toEqual([[12, true], [20, false]]);
    expect(previous('de', 'Die Evakuierung von 1.200 Menschen dauerte bis Mitternacht.')).toEqual([[1200, false]]);
  });

  it.each([
    ['es', 'Vientos de 120 kilómetros por hora y ráfagas de 90 km a la hora azotaron Varela.'],
    ['fr', 'Des rafales de 130 kilomètres par heure et de 110 km à l\'heure ont frappé Brenmont.'],
    ['it', 'Venti di 110 km orari e raffiche di 90 chilometri all\'ora hanno colpito Varenna.'],
    ['pt', 'Ventos de 120 quilômetros por hora atingiram Vale da Lua.'],
    ['de', 'Böen von 120 Kilometern pro Stunde trafen Brenmund.'],
    ['nl', 'Windstoten van 120 kilometer per uur en 100 km/u troffen Oosterveld.'],
    ['en', 'Winds of 100 mi/h tore through Fenmarrow.'],
  ])('%s: reads no speed as a distance (mend26f: "120 kilómetros por hora" gave "-:km:viento 120"): %s', (language, text) => {
    expect(findNumberFacts(textArticle(text, { published: PUBLISHED, language })).map((fact) => [fact.key, fact.value])).toEqual([]);
  });

  it('still reads a distance that is no speed in each language ("12 kilómetros por la costa")', () => {
    const keyedValues = (language: string, text: string) => findNumberFacts(textArticle(text, { published: PUBLISHED, language })).map((fact) => fact.value);
    expect(keyedValues('es', 'Los rescatistas caminaron 12 kilómetros por la costa de Varela.')).toEqual([12]);
    expect(keyedValues('en', 'Rescuers walked 12 mi to reach Orrin Ford.')).toEqual([12]);
  });

  it.each([
    // Spanish and Portuguese outlets that group thousands with a comma (Mexico, much of Latin America): "1,200" is 1200 unless the article shows the decimal comma
    ['es', 'Unas 1,200 personas fueron evacuadas en Valdeluna.', [['Unas 1,200 personas', 'evacuated:people', 1200, 'about']]],
    ['es', 'El Gobierno aprobó US$2,500 millones en ayudas.', [['US$2,500 millones', 'aid:$:', 2.5e9, 'exact']]],
    ['es', 'Unas 1,200,000 personas fueron evacuadas.', [['Unas 1,200,000 personas', 'evacuated:people', 1_200_000, 'about']]],
    ['es', 'Unas 1,200 personas fueron evacuadas. El Gobierno aprobó 1.5 millones de pesos.', [['Unas 1,200 personas', 'evacuated:people', 1200, 'about'], ['1.5 millones de pesos', '-:pesos:aprobó', 1_500_000, 'exact']]],
    ['pt', 'Cerca de 1,200 pessoas foram desalojadas em Vale da Lua.', [['Cerca de 1,200 pessoas', 'evacuated:people', 1200, 'about']]],
    ['es', 'El Gobierno aprobó US$1.5 millones en ayudas.', [['US$1.5 millones', 'aid:$:', 1_500_000, 'exact']]],
    ['es', 'La reunión empezó a las 10.30 y unas 1.200 personas fueron evacuadas.', [['unas 1.200 personas', 'evacuated:people', 1200, 'about']]],
    ['es', 'El Gobierno aprobó 1,5 millones de euros.', [['1,5 millones de euros', '-:euros:aprobó', 1_500_000, 'exact']]],
    ['es', 'Unas 1,250 personas fueron evacuadas y el Gobierno aprobó 1,5 millones de euros.', [['Unas 1,250 personas', 'evacuated:people', 1.25, 'about'], ['1,5 millones de euros', '-:euros:aprobó', 1_500_000, 'exact']]],
    ['es', 'Unas 1,250 personas fueron evacuadas y 1.500 viviendas quedaron destruidas.', [['Unas 1,250 personas', 'evacuated:people', 1.25, 'about'], ['1.500 viviendas', 'damaged:vivienda', 1500, 'exact']]],
    ['it', 'Circa 1,200 persone sono state evacuate.', [['Circa 1,200 persone', 'evacuated:people', 1.2, 'about']]],
    ['es', 'Unas 1,200 personas fueron evacuadas y el paro subió un 0,125 por ciento.', [['Unas 1,200 personas', 'evacuated:people', 1.2, 'about']]], // "0,125" is a decimal comma
  ])('%s, thousands grouped by a comma or not: %s', (language, text, expected) => {
    expect(numbers(language, text)).toEqual(expected);
  });

  it('reads an article in a language without fact words by the English rules, as before', () => {
    const article = textArticle('Более 1200 человек покинули свои дома в Бренмуте после прорыва дамбы на реке Осса, сообщила пожарная служба.', { published: PUBLISHED });
    expect(findNumberFacts(article, 'ru')).toEqual(findNumberFacts(article, 'en'));
  });
});

describe('dates in other languages', () => {
  it.each([
    ['de', 'Der Damm brach am 12. März 2024.', [['12. März 2024', '2024-03-12', 'when:failed']]],
    ['de', 'Der Damm brach am Dienstag, 12. März 2024.', [['am Dienstag, 12. März 2024', '2024-03-12', 'when:failed']]],
    ['de', 'Der Damm brach am 12.03.2024.', [['12.03.2024', '2024-03-12', 'when:failed']]],
    ['fr', 'La digue a cédé le 2/3/2024.', [['2/3/2024', '2024-03-02', 'when:failed']]],
    ['de', 'Am Montagabend wurden fünf Menschen gerettet.', [['Am Montagabend', '2024-03-11', '-']]],
    ['de', 'Gestern starben drei Menschen.', [['Gestern', '2024-03-13', 'when:killed']]],
    ['de', 'Im März 2023 wurde der Damm geprüft.', [['März 2023', '2023-03', '-']]],
    ['fr', 'La digue a cédé le 12 mars 2024.', [['12 mars 2024', '2024-03-12', 'when:failed']]],
    ['fr', 'Lundi dernier, deux personnes ont été blessées.', [['Lundi dernier', '2024-03-11', '-']]],
    ['fr', 'Le 1er mars, cinq personnes ont été secourues.', [['1er mars', '2024-03-01', '-']]],
    ['fr', 'Jeudi 7 mars 2024, trois personnes ont été arrêtées.', [['Jeudi 7 mars 2024', '2024-03-07', '-']]],
    ['es', 'La presa se rompió el 12 de marzo de 2024.', [['12 de marzo de 2024', '2024-03-12', 'when:failed']]],
    ['es', 'El lunes pasado fueron detenidas cinco personas.', [['El lunes pasado', '2024-03-11', '-']]],
    ['es', 'Ayer murieron dos personas.', [['Ayer', '2024-03-13', 'when:killed']]],
    ['it', 'La diga ha ceduto il 12 marzo 2024.', [['12 marzo 2024', '2024-03-12', 'when:failed']]],
    ['it', 'Lunedì scorso sono state arrestate cinque persone.', [['Lunedì scorso', '2024-03-11', '-']]],
    ['pt', 'A barragem cedeu a 12 de março de 2024.', [['12 de março de 2024', '2024-03-12', 'when:failed']]],
    ['pt', 'Na segunda-feira passada foram detidas cinco pessoas.', [['Na segunda-feira passada', '2024-03-11', '-']]],
    ['nl', 'De dijk bezweek op 12 maart 2024.', [['12 maart 2024', '2024-03-12', 'when:failed']]],
    ['nl', 'Afgelopen maandag werden vijf mensen aangehouden.', [['Afgelopen maandag', '2024-03-11', 'when:arrested']]],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(language, text)).toEqual(expected);
  });

  it('takes the date of an undated article from the latest full date its text writes', () => {
    const article = textArticle('Brenmund, 13. März 2024. Der Damm brach am Dienstag.', { language: 'de' });
    expect(findDateFacts(article).map((fact) => [fact.iso, fact.basis])).toEqual([['2024-03-13', 'absolute'], ['2024-03-12', 'text']]);
  });
});

describe('a story told in German, and one in French', () => {
  const story = (texts: readonly string[]) => storyReport(texts.map((text, index) => textArticle(text, { id: `a${index + 1}`, published: PUBLISHED })));
  const byKey = (report: ReturnType<typeof storyReport>, key: string) => report.facts.find((fact) => fact.key === key);

  it('finds where two German reports disagree on a count and agree on a date, "etwa 340" agreeing with 340', () => {
    const report = story([
      'Bei dem Hochwasser in Brenmund sind zwölf Menschen ums Leben gekommen. Der Damm an der Ossa brach am 12. März 2024. Etwa 340 Häuser wurden beschädigt.',
      'Beim Hochwasser in Brenmund kamen 14 Menschen ums Leben, teilte die Feuerwehr mit. Der Damm brach am 12. März 2024. 340 Häuser wurden beschädigt.',
    ]);
    expect(byKey(report, 'killed:people')).toMatchObject({ status: 'conflicting', values: [{ value: 12 }, { value: 14 }] });
    expect(byKey(report, 'when:failed')).toMatchObject({ status: 'agreed', independent: 2, values: [{ value: '2024-03-12' }] });
    expect(byKey(report, 'damaged:häuser')).toMatchObject({ status: 'agreed', values: [{ value: 340, qualifier: 'about' }, { value: 340, qualifier: 'exact' }] });
  });

  it('finds where two German reports disagree on the damage in euros, as English ones do in dollars', () => {
    const report = story([
      'Nach dem Dammbruch an der Ossa werden die Schäden in Brenmund auf 50 Millionen Euro geschätzt, teilte die Stadt mit.',
      'Die Stadt Brenmund schätzt die Schäden nach dem Dammbruch an der Ossa auf 60 Millionen Euro, sagte der Bürgermeister.',
    ]);
    expect(byKey(report, 'cost:euros:')).toMatchObject({ status: 'conflicting', values: [{ value: 50_000_000, unit: 'euros' }, { value: 60_000_000, unit: 'euros' }] });
  });

  it('agrees a Mexican "1,200" with a Spanish "1.200", and conflicts it with a Mexican "1,500"', () => {
    const mexican = 'Unas 1,200 personas fueron evacuadas en Valdeluna tras el desbordamiento del río Ossa, informó Protección Civil del estado.';
    const spanish = 'Unas 1.200 personas fueron evacuadas en Valdeluna por el desbordamiento del río Ossa, según Protección Civil.';
    const other = 'Unas 1,500 personas fueron evacuadas en Valdeluna por el desbordamiento del río Ossa, dijo el gobernador del estado.';
    expect(byKey(story([mexican, spanish]), 'evacuated:people')).toMatchObject({ status: 'agreed', values: [{ value: 1200 }] });
    expect(byKey(story([mexican, other]), 'evacuated:people')).toMatchObject({ status: 'conflicting', values: [{ value: 1200 }, { value: 1500 }] });
  });

  it('finds where two French reports disagree on a count and agree on a date', () => {
    const report = story([
      'Douze personnes ont été tuées dans les inondations de Brenmont. La digue a cédé le 12 mars 2024.',
      'Les inondations de Brenmont ont fait 14 morts. La digue a cédé le 12 mars 2024, selon la préfecture.',
    ]);
    expect(byKey(report, 'killed:people')).toMatchObject({ status: 'conflicting', values: [{ value: 12 }, { value: 14 }] });
    expect(byKey(report, 'when:failed')).toMatchObject({ status: 'agreed', independent: 2, values: [{ value: '2024-03-12' }] });
    expect(report.otherLanguages).toEqual([
      { article: 'a1', language: 'fr', quotes: true, facts: true, names: true },
      { article: 'a2', language: 'fr', quotes: true, facts: true, names: true },
    ]);
  });
});
