import { article } from './articles.js';

/**
 * Fictional reports of two storms of the same days: storm Tamsin in the made-up
 * Dutch town of Wielerdijk, told in English, Dutch and German and followed up
 * at length in French (a report whose words are nearly all French, sharing
 * only names and numbers with the others); and storm Berenice in the made-up
 * Spanish town of Robledal de Mar, told in English and Spanish. Every town,
 * outlet, person and figure is invented. `TAMSIN_RECORDS` and
 * `BERENICE_RECORDS` are the same reports as ingest JSONL records.
 */
const TAMSIN: ReadonlyArray<readonly [string, string, readonly string[], string]> = [
  ['tamsin-en', 'Storm Tamsin floods Dutch town of Wielerdijk', [
    'Storm Tamsin broke a dyke at Wielerdijk in the Netherlands overnight, flooding 340 homes.',
    'Mayor Joost Verhagen said 1,150 residents were evacuated to the Sporthal De Meent.',
    'Gusts of 131 km/h were measured at the Wielerdijk lock.',
  ], '2026-02-03T07:00:00Z'],
  ['tamsin-nl', 'Storm Tamsin: dijkdoorbraak in Wielerdijk', [
    'Door storm Tamsin is vannacht de dijk bij Wielerdijk doorgebroken; 340 woningen staan onder water.',
    'Burgemeester Joost Verhagen liet 1.150 inwoners evacueren naar Sporthal De Meent.',
    'Bij de sluis werden windstoten van 131 kilometer per uur gemeten.',
  ], '2026-02-03T06:10:00Z'],
  ['tamsin-de', 'Sturm Tamsin: Deichbruch in Wielerdijk', [
    'Im niederländischen Wielerdijk ist durch den Sturm Tamsin in der Nacht ein Deich gebrochen, 340 Häuser stehen unter Wasser.',
    'Bürgermeister Joost Verhagen ließ 1.150 Bewohner in die Sporthal De Meent bringen.',
  ], '2026-02-03T09:30:00Z'],
  ['tamsin-fr', 'Après la rupture de la digue, les sinistrés attendent de pouvoir rentrer chez eux', [
    'Au lendemain de la tempête, les habitants évacués de Wielerdijk attendent toujours de savoir quand ils pourront regagner leurs maisons.',
    "Les pompes tournent jour et nuit pour vider les rues inondées, mais l'eau ne baisse que de quelques centimètres par heure.",
    "Dans le gymnase transformé en centre d'accueil, des bénévoles servent des repas chauds et distribuent couvertures et vêtements secs.",
    'Beaucoup de familles sont parties sans rien emporter, réveillées en pleine nuit par les sirènes et les haut-parleurs des pompiers.',
    "Les ingénieurs de l'office des eaux ont commencé à colmater la brèche avec des sacs de sable et des blocs de pierre acheminés par barge.",
    'Les assureurs ont ouvert une permanence sur place pour enregistrer les déclarations de sinistre.',
    'Le maire Joost Verhagen a promis que personne ne serait laissé sans toit et a demandé de la patience aux sinistrés.',
    'Les écoles restent fermées toute la semaine et les bus scolaires sont détournés vers les villages voisins.',
    "Les agriculteurs s'inquiètent pour leurs champs, recouverts d'eau salée, qui pourraient rester stériles pendant plusieurs saisons.",
    "Le gouvernement doit annoncer vendredi un fonds d'aide d'urgence pour les communes touchées.",
  ], '2026-02-04T15:00:00Z'],
];

const BERENICE: ReadonlyArray<readonly [string, string, readonly string[], string]> = [
  ['berenice-en', 'Storm Berenice batters Spanish port of Robledal de Mar', [
    'Storm Berenice battered Robledal de Mar in Spain overnight, sinking 14 boats in the harbour.',
    'Mayor Inés Carballo said waves of eight metres wrecked the sea wall; gusts reached 127 km/h.',
  ], '2026-02-03T08:00:00Z'],
  ['berenice-es', 'La borrasca Berenice hunde 14 barcos en Robledal de Mar', [
    'La borrasca Berenice hundió durante la madrugada 14 embarcaciones en el puerto de Robledal de Mar.',
    'La alcaldesa, Inés Carballo, explicó que olas de ocho metros destrozaron el espigón. Las rachas llegaron a 127 kilómetros por hora.',
  ], '2026-02-03T07:20:00Z'],
];

const segmented = (reports: typeof TAMSIN) => reports.map(([id, title, paragraphs, published]) => article(id, title, paragraphs, published));
const records = (reports: typeof TAMSIN) => reports.map(([id, title, paragraphs, published]) => ({ id, title, published, text: paragraphs.join('\n\n') }));

export const TAMSIN_ARTICLES = segmented(TAMSIN);
export const BERENICE_ARTICLES = segmented(BERENICE);
export const TAMSIN_RECORDS = records(TAMSIN);
export const BERENICE_RECORDS = records(BERENICE);
