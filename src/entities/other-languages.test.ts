import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { storyReport } from '../facts/report.js';
import { findQuotesIn } from '../quotes/index.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { otherLanguageEntities } from './other-languages.js';

/** Each entity of `text` read as `language`, as "type: name (alias, …)", in text order. */
function entities(language: string, text: string): string[] {
  const article = textArticle(text);
  return otherLanguageEntities(article, language, findQuotesIn(article, language)).entities.map((entity) => {
    const others = entity.aliases.filter((alias) => alias !== entity.name);
    return `${entity.type}: ${entity.name}${others.length > 0 ? ` (${others.join(', ')})` : ''}`;
  });
}

// Made-up reports, one hard case a row: [language, text, entities]; every person, place and company is fictional.
const CASES: Array<[string, string, string[]]> = [
  // A body spoken of by its common noun as a speaker ("según informó la empresa") and the reports going on with it are no person's words (quotes25).
  ['es', 'La conservera Peñaluz cerrará en marzo, según informó la empresa. La producción se trasladaría a Castrolán.', []],
  // One word ending a body's description after "of" or "to" before a speech verb names the body's field, no person (quotes25).
  ['es', 'La consejería de Empleo informó de que estudiaría un plan.', []],
  ['it', 'In una nota, la direzione regionale al Lavoro ha fatto sapere che convocherà un tavolo.', []],
  // A name after a noun of office, its surname alone later, a place after "à", a sentence's first word alone ("Lundi") no name.
  ['fr', 'Lundi, le maire Étienne Marchal a fermé le pont de Valcourt. Marchal a rencontré les habitants à Valcourt.', ['person: Étienne Marchal (Marchal)', 'place: Valcourt']],
  // A lower-case part of a town before "de" makes the name after it a place's, as a town's noun does.
  ['fr', "Un incendie s'est déclaré lundi dans le port de Valcourt.", ['place: Valcourt']],
  // A common noun of places before the name (after an adjective, not only an article) is no part of it.
  ['de', 'Ein Feuer brach am Montag in der französischen Stadt Valcourt aus.', ['place: Valcourt']],
  // A courtesy title; an age in an apposition; a company's form.
  ['fr', 'M. Marchal attend. Paul Renaud, 54 ans, tient une boulangerie. La société Lumière Énergie SA exploite le barrage.', ['person: Marchal', 'person: Paul Renaud', 'organisation: Lumière Énergie SA']],
  // A capitalized article opening the sentence is no part of the name; a known capital.
  ['fr', 'La Banque de France a publié un rapport. Le document a été présenté à Paris.', ['organisation: Banque de France', 'place: Paris']],
  // A capitalized article opening the sentence stays where the article writes the name so inside a sentence too.
  ['fr', 'Le Monde a révélé l\'affaire mardi. Selon Le Monde, la mairie savait tout.', ['organisation: Le Monde']],
  // The speaker of a quotation is a person, without any other cue ("Claire Dubreuil" opens on no known given name).
  ['fr', '« Nous partirons demain », a déclaré Odile Ferrandou. Odile Ferrandou dirige la coopérative.', ['person: Odile Ferrandou']],
  // A passive's agent is not made a person by it (quotes24): it is a body as often; nothing else here types the name.
  ['es', 'Fue confirmado por la Corvalia Hídrica que el agua entró en un transformador. Corvalia Hídrica gestiona la red.', []],
  // Nor a document's issuer, nor a source after "desde" (mend24d).
  ['es', '"No habrá cortes", se lee en un comunicado de Corvalia Hídrica. Corvalia Hídrica gestiona la red.', []],
  ['es', 'La carretera seguirá cortada, se informó desde Corvalia Hídrica. Corvalia Hídrica gestiona la red.', []],
  ['it', '"Il ponte è sicuro", si legge in una nota di Ferrovie Montane. Ferrovie Montane gestisce la linea.', []],
  // Nouns of office capitalized; a company; a genitive cut off ("Angaben der Polizei": neither is a name); a German word alone only as a surname.
  [
    'de',
    '„Wir können den Bürgern diese Summe nicht zumuten“, sagte Bürgermeisterin Katrin Vogelsang. Nach Angaben der Polizei wurden 40 Häuser geräumt. Vogelsang kritisierte die Albrecht Bau GmbH.',
    ['person: Katrin Vogelsang (Vogelsang)', 'organisation: Albrecht Bau GmbH'],
  ],
  // German nouns: "Hochwasser" opening the sentence, "Stadt Soforthilfe" after an article, "Montag"; a place after "in"; "von der" inside a name.
  [
    'de',
    'Hochwasser bedroht Lindhaven. Die Regierung hat der Stadt Soforthilfe zugesagt. Am Montag kam Ursula von der Brelow nach Lindhaven. In Lindhaven blieb es ruhig.',
    ['person: Ursula von der Brelow', 'place: Lindhaven'],
  ],
  // A body's compound is an organisation, the body's noun alone ("Polizei") is not; "in Gefahr" is no place; a known capital.
  ['de', 'Das Innenministerium schickte die Polizei nach Berlin. Die Deiche sind in Gefahr, sagte Heiner Albrecht.', ['organisation: Innenministerium', 'place: Berlin', 'person: Heiner Albrecht']],
  ['es', 'El alcalde Carlos Ruiz dijo que el puente está cerrado. Ayer, la Guardia Civil cortó la carretera en Valdemora. Ruiz se reunió con la empresa Luz del Sur S.A.', ['person: Carlos Ruiz (Ruiz)', 'organisation: Guardia Civil', 'place: Valdemora', 'organisation: Luz del Sur S.A.']],
  // A word before a known given name says who the person is.
  ['de', 'Anwohnerin Katrin Vogelsang hat ihr Haus verlassen. Vogelsang lebt seit 1990 in Lindhaven.', ['person: Katrin Vogelsang (Vogelsang)', 'place: Lindhaven']],
  ['es', 'Ayer Carlos Ruiz visitó el puente. Ruiz habló con los vecinos.', ['person: Carlos Ruiz (Ruiz)']],
  // A town's office "of" a name: no person by the town's name, but a place.
  ['es', 'Alcalde de Valdemora desde 2019, Carlos Ruiz dijo que el puente está cerrado.', ['place: Valdemora', 'person: Carlos Ruiz']],
  ['de', 'Der Bürgermeister von Lindhaven traf Katrin Vogelsang. Vogelsang kam mit dem Zug.', ['place: Lindhaven', 'person: Katrin Vogelsang (Vogelsang)']],
  ['fr', 'Les habitants de Dinan attendent. La ville de Dinan a ouvert un gymnase.', ['place: Dinan']],
  ['fr', 'La préfète du Haut-Cantal, Anne-Sophie Rivaud, a ouvert une enquête. Le blessé est à l\'hôpital de Vernières.', ['place: Haut-Cantal', 'person: Anne-Sophie Rivaud', 'place: Vernières']],
  // An article between two capitalized words cuts the run ("Roccaverde la Protezione"), and an organisation's word alone is no name ("Protezione", "Regione").
  ['it', 'Il sindaco Marco Bellandi ha detto che il ponte è chiuso. A Roccaverde la Protezione civile ha evacuato 200 persone. La Fratelli Conti SpA gestisce il cantiere.', ['person: Marco Bellandi', 'place: Roccaverde', 'organisation: Fratelli Conti SpA']],
  // A party in brackets after a person is an organisation, no alias of the person; a source after "laut" is no person for being one ("Deutschem Wetterdienst").
  ['de', 'Landrat Jens Hartwig (CDU) erklärte den Katastrophenfall. Laut Deutschem Wetterdienst regnet es weiter.', ['person: Jens Hartwig', 'organisation: CDU']],
  // A company named after "groupe" or by its English word, though a speech verb follows it; an acronym in brackets is no alias of the town before it; "Bauwerke" is no body.
  ['fr', 'La direction du groupe Delvaux Industries a annoncé la fermeture. Les Ateliers Morin Industries ont refusé.', ['organisation: Delvaux Industries', 'organisation: Ateliers Morin Industries']],
  ['de', 'Die Busfahrer in Grauburg (VGB) streiken seit Montag. Die Bauwerke der Region sind alt.', ['place: Grauburg', 'organisation: VGB']],
  // An acronym is an organisation's name; a source after "selon" is no person for being one ("Météo-France").
  ['fr', 'La SNCF a suspendu les trains. Selon Météo-France, les pluies continueront jusqu\'à jeudi.', ['organisation: SNCF']],
  ['pt', 'O presidente da câmara, João Ferreira, disse que a ponte está fechada. Em Vila Serena, a Proteção Civil retirou 80 pessoas. Ferreira falou com a Atlântico Obras Ltda.', ['person: João Ferreira (Ferreira)', 'place: Vila Serena', 'organisation: Proteção Civil', 'organisation: Atlântico Obras Ltda.']],
  // Dutch "de" is a name's particle, opening the sentence too ("De Vries zei").
  ['nl', 'Burgemeester Sanne de Vries zei dat de brug dicht blijft. In Waterdam zijn 300 mensen geëvacueerd. De Vries sprak met de bewoners.', ['person: Sanne de Vries (De Vries)', 'place: Waterdam']],
  // Dutch "van" after a surname says "of" and joins no name; after a given name it is a name's particle.
  ['nl', 'Burgemeester Femke Jansen van Waterdam zei dat de brug dicht blijft. Ook Jan van der Berg en Anna Maria van Dijk waren er.', ['person: Femke Jansen', 'place: Waterdam', 'person: Jan van der Berg', 'person: Anna Maria van Dijk']],
  // Countries and cities as each language writes them, by their English names; a list of them is cut at "y" or "e", a known whole is not.
  ['de', 'Deutschland und Frankreich beraten in Brüssel. In der Schweiz und in den Niederlanden regnet es.', ['place: Germany (Deutschland)', 'place: France (Frankreich)', 'place: Brussels (Brüssel)', 'place: Switzerland (Schweiz)', 'place: Netherlands (Niederlanden)']],
  ['fr', 'Le ministre est allé à Londres, puis en Allemagne, aux Pays-Bas et à Mexico.', ['place: London (Londres)', 'place: Germany (Allemagne)', 'place: Netherlands (Pays-Bas)', 'place: Mexico City (Mexico)']],
  ['es', 'Francia y Alemania firmaron en Londres. El ministro viajó a Bélgica y los Países Bajos y después a Ciudad de México.', ['place: France (Francia)', 'place: Germany (Alemania)', 'place: London (Londres)', 'place: Belgium (Bélgica)', 'place: Netherlands (Países Bajos)', 'place: Mexico City (Ciudad de México)']],
  ['it', 'Il ministro è andato a Roma e poi a Londra e in Germania.', ['place: Rome (Roma)', 'place: London (Londra)', 'place: Germany (Germania)']],
  ['pt', 'O ministro foi a Londres e depois à Alemanha e aos Países Baixos.', ['place: London (Londres)', 'place: Germany (Alemanha)', 'place: Netherlands (Países Baixos)']],
  ['nl', 'Het kabinet in Den Haag overlegt met Duitsland en België.', ['place: The Hague (Den Haag)', 'place: Germany (Duitsland)', 'place: Belgium (België)']],
  // A language's forms only in its articles: German "Roma" are people, no city.
  ['de', 'Die Roma in Berlin protestieren gegen die Räumung.', ['place: Berlin']],
  // A noun of office and its article between commas before a name, on no known given name; not before a name the comma does not close.
  ['es', 'El alcalde, Tomás Ribera, pidió ayudas.', ['person: Tomás Ribera']],
  ['es', 'Según el alcalde, Valdemora necesita ayudas urgentes.', []],
  ['fr', 'Le maire, Odilon Ferrandou, a fermé le pont.', ['person: Odilon Ferrandou']],
  ['it', 'Il sindaco, Ottavio Brunetti, ha chiuso la strada.', ['person: Ottavio Brunetti']],
  ['pt', 'O autarca, Álvaro Simões, pediu apoios.', ['person: Álvaro Simões']],
  ['de', 'Die Bürgermeisterin, Hedda Kornblum, eröffnete die Brücke.', ['person: Hedda Kornblum']],
  ['nl', 'De burgemeester, Aafke Wieringa, opende de brug.', ['person: Aafke Wieringa']],
  // An age after "de" or "di" in an apposition ("de 58 años").
  ['es', 'Según fuentes municipales, Tomás Ribera, de 58 años, pidió ayudas.', ['person: Tomás Ribera']],
  ['pt', 'Segundo a câmara, Álvaro Simões, de 61 anos, pediu apoios.', ['person: Álvaro Simões']],
  ['it', 'Secondo il comune, Ottavio Brunetti, di 47 anni, ha chiuso la strada.', ['person: Ottavio Brunetti']],
];

describe('otherLanguageEntities: names in French, German, Spanish, Italian, Portuguese and Dutch', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(entities(language, text)).toEqual(expected);
  });

  it('gives spans into the text, and none in a language it has no rules for', () => {
    const article = textArticle('Bürgermeisterin Katrin Vogelsang eröffnete die Sitzung in Lindhaven. Vogelsang sprach lange.');
    const found = otherLanguageEntities(article, 'de');
    expect(found.mentions.map((mention) => spanText(article.text, mention.span))).toEqual(['Katrin Vogelsang', 'Lindhaven', 'Vogelsang']);
    expect(found.entities[0].roles).toEqual(['bürgermeisterin']);
    expect(otherLanguageEntities(article, 'ru').entities).toEqual([]);
    expect(otherLanguageEntities(article, 'constructor').entities).toEqual([]);
    expect(() => otherLanguageEntities(article, 'de', {} as never)).toThrow(TypeError);
  });
});

describe('the age a one-article Spanish story gives its mayor', () => {
  it('is a fact of the story report, now that the name after "El alcalde," is read', () => {
    const report = storyReport([textArticle('El alcalde, Tomás Ribera, de 58 años, pidió ayudas.', { id: 'cierzo', language: 'es' })]);
    const ages = report.facts.filter((fact) => fact.label.startsWith('age of'));
    expect(ages.map((fact) => [fact.label, fact.status, fact.values.map((value) => value.value)])).toEqual([['age of Tomás Ribera', 'single-source', [58]]]);
  });
});

describe('a place named in French and in English', () => {
  it('is one place, by its English name', () => {
    const report = storyReport([
      textArticle("Le ministre de l'Intérieur s'est rendu à Londres mardi pour parler des inondations avec son homologue britannique.", { id: 'courrier' }),
      textArticle('The French interior minister travelled to London on Tuesday to discuss the floods with his British counterpart.', { id: 'herald' }),
    ]);
    const london = report.entities.filter((entity) => entity.type === 'place' && entity.name === 'London');
    expect(london.map((entity) => [entity.aliases, Object.keys(entity.countsBySource)])).toEqual([[['Londres', 'London'], ['courrier', 'herald']]]);
  });
});

describe('a story of German and French reports', () => {
  const german = [
    textArticle('Bürgermeisterin Katrin Vogelsang hat den Deich in Lindhaven besichtigt. „Wir brauchen Hilfe“, sagte Vogelsang am Montag. Der Landrat Martin Vogelsang, ihr Bruder, war nicht dabei.', { id: 'kurier' }),
    textArticle('„Die Lage ist ernst“, sagte Bürgermeisterin Kathrin Vogelsang in Lindhaven. Vogelsang bat das Land um Soforthilfe für die Stadt und ihre Bürger.', { id: 'bote' }),
  ];
  const french = [
    textArticle('Le maire Étienne Marchal a fermé le pont de Valcourt. « Nous n\'avons pas le choix », a déclaré M. Marchal aux habitants inquiets.', { id: 'courrier' }),
    textArticle('Le maire Etienne Marchal a fermé le pont lundi à Valcourt. « Le pont est fragile », a expliqué Etienne Marchal aux journalistes.', { id: 'depeche' }),
  ];
  const report = storyReport([...german, ...french]);
  const spelled = report.spellings.map((variant) => variant.spellings.map((spelling) => `${spelling.name}: ${spelling.articles.join(', ')}`));

  it('shows the person two German sources spell differently, and no variant between two people', () => {
    expect(spelled).toEqual([['Kathrin Vogelsang: bote', 'Katrin Vogelsang: kurier']]);
    expect(report.entities.find((entity) => entity.name === 'Martin Vogelsang')?.countsBySource).toEqual({ kurier: 1 });
  });

  it('takes a French name written with and without its accent for one person, one spelling', () => {
    const marchal = report.entities.filter((entity) => entity.name.endsWith('Marchal'));
    expect(marchal.map((entity) => [entity.name, entity.aliases, entity.countsBySource])).toEqual([['Étienne Marchal', ['Étienne Marchal', 'Marchal', 'Etienne Marchal'], { courrier: 2, depeche: 2 }]]);
  });

  it('lists the places and says the names were read', () => {
    expect(report.entities.filter((entity) => entity.type === 'place').map((entity) => [entity.name, Object.keys(entity.countsBySource)])).toEqual([
      ['Lindhaven', ['kurier', 'bote']],
      ['Valcourt', ['courrier', 'depeche']],
    ]);
    expect(report.otherLanguages.every((entry) => entry.names && entry.quotes)).toBe(true);
  });
});
