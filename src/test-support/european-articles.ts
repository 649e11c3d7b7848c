/**
 * Fictional French and German news (invented towns, people and outlets),
 * as JSONL records: in each language a story told by a first report, a
 * rewrite of it (the same sentences, some words changed, one left out) and
 * an independent report in other words, beside an unrelated event of the
 * same town.
 */
export interface NewsRecord {
  id: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
}

/** A record whose text is `paragraphs`, a blank line between each two. */
function record(id: string, outlet: string, title: string, published: string, paragraphs: readonly string[]): NewsRecord {
  return { id, outlet, title, published, text: paragraphs.join('\n\n') };
}

/** A rewrite: each of the first paragraphs with its words changed (`[from, to]` pairs), the others left out. */
function rewritten(paragraphs: readonly string[], changes: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): string[] {
  return changes.map((pairs, index) => pairs.reduce((paragraph, [from, to]) => paragraph.replace(from, to), paragraphs[index]));
}

const BRIDGE_FR = [
  "Le pont de la Sarle s'est effondré dans la nuit de lundi à mardi à Vauclair, et deux voitures sont tombées dans la rivière, selon la préfecture.",
  "Les pompiers de Vauclair ont sauvé les quatre passagers des deux voitures, qui ont été conduits à l'hôpital de la ville avec des blessures légères.",
  "« Le pont était fermé aux camions depuis le mois de mars parce que des fissures étaient apparues sur les piliers », a déclaré la maire de Vauclair, Hélène Marchetti.",
  "La préfecture a ouvert une enquête sur l'état du pont, construit en 1962, et la circulation est déviée par la route de Montbrun pendant plusieurs semaines.",
];

const BRUECKE_DE = [
  'In Oberwinkel ist in der Nacht zum Dienstag die Brücke über die Lenne eingestürzt, zwei Autos sind in den Fluss gestürzt, teilte die Polizei mit.',
  'Die Feuerwehr hat die vier Insassen der beiden Autos gerettet, sie wurden mit leichten Verletzungen in das Krankenhaus der Stadt gebracht.',
  '„Die Brücke war seit dem 3. März für Lastwagen gesperrt, weil an den Pfeilern Risse entdeckt worden waren“, sagte Bürgermeister Jonas Achterberg.',
  'Die Staatsanwaltschaft hat Ermittlungen zum Zustand der Brücke aufgenommen, die im Jahr 1962 gebaut wurde. Der Verkehr wird für mehrere Wochen über die Landstraße nach Brelingen umgeleitet.',
];

export const FRENCH: readonly NewsRecord[] = [
  record('fr-pont-1', 'Le Courrier de Vauclair', 'Effondrement du pont de la Sarle à Vauclair : deux voitures dans la rivière', '2026-04-14T07:00:00+02:00', BRIDGE_FR),
  record('fr-pont-2', 'Info Express 24', 'Vauclair : le pont de la Sarle cède, deux voitures tombent dans la rivière', '2026-04-14T09:30:00+02:00', rewritten(BRIDGE_FR, [
    [['dans la nuit de lundi à mardi', 'pendant la nuit'], ['selon la préfecture', 'a annoncé la préfecture']],
    [['ont sauvé', 'ont secouru'], ['blessures légères', 'blessures sans gravité']],
    [['a déclaré', 'a expliqué']],
  ])),
  record('fr-pont-3', 'La Gazette du Val', 'Pont effondré à Vauclair : les habitants inquiets pour les autres ouvrages', '2026-04-14T18:00:00+02:00', [
    "À Vauclair, les habitants se sont réveillés mardi sans leur pont : l'ouvrage sur la Sarle s'est écroulé vers trois heures du matin, entraînant deux voitures dans l'eau.",
    'Les quatre occupants des véhicules ont été secourus par les pompiers et sont sortis de l\'hôpital dans la journée.',
    'Selon la maire Hélène Marchetti, des fissures avaient été signalées sur les piliers au printemps. Plusieurs habitants demandent maintenant une inspection des autres ponts de la vallée de la Sarle.',
  ]),
  record('fr-marche', 'Le Courrier de Vauclair', 'Vauclair : cent producteurs au marché des saveurs', '2026-04-18T08:00:00+02:00', [
    'Le marché des saveurs de Vauclair se tient samedi sur la place de la mairie avec une centaine de producteurs venus de toute la région.',
    "Fromages, miel, légumes et vins sont proposés jusqu'à dimanche soir, et les organisateurs attendent plus de dix mille visiteurs.",
    'Un concert de musique traditionnelle est prévu samedi soir, et les enfants pourront participer à des ateliers de cuisine.',
  ]),
];

export const GERMAN: readonly NewsRecord[] = [
  record('de-bruecke-1', 'Oberwinkler Tagblatt', 'Brücke über die Lenne in Oberwinkel eingestürzt: zwei Autos im Fluss', '2026-04-14T07:00:00+02:00', BRUECKE_DE),
  record('de-bruecke-2', 'Nachrichten Kompakt', 'Oberwinkel: Lenne-Brücke bricht zusammen, zwei Autos stürzen in den Fluss', '2026-04-14T09:30:00+02:00', rewritten(BRUECKE_DE, [
    [['in der Nacht zum Dienstag', 'in der Nacht'], ['teilte die Polizei mit', 'meldete die Polizei']],
    [['hat die vier Insassen', 'hat alle vier Insassen'], ['leichten Verletzungen', 'leichten Blessuren']],
    [['sagte Bürgermeister', 'erklärte Bürgermeister']],
  ])),
  record('de-bruecke-3', 'Lenntaler Rundschau', 'Nach dem Brückeneinsturz in Oberwinkel: Anwohner fordern Prüfung aller Brücken', '2026-04-14T18:00:00+02:00', [
    'In Oberwinkel sind die Anwohner am Dienstag ohne ihre Brücke aufgewacht: Das Bauwerk über die Lenne brach gegen drei Uhr morgens zusammen und riss zwei Autos mit in das Wasser.',
    'Die Feuerwehr konnte die vier Insassen bergen, sie durften das Krankenhaus noch am selben Tag verlassen.',
    'Laut Bürgermeister Jonas Achterberg waren im Frühjahr Risse an den Pfeilern gemeldet worden. Viele Anwohner verlangen nun eine Prüfung der anderen Brücken im Lenntal.',
  ]),
  record('de-markt', 'Oberwinkler Tagblatt', 'Oberwinkel: Frühlingsmarkt mit hundert Ständen eröffnet', '2026-04-18T08:00:00+02:00', [
    'Der Frühlingsmarkt in Oberwinkel hat am Samstag auf dem Rathausplatz mit rund hundert Ständen aus der ganzen Region eröffnet.',
    'Käse, Honig, Gemüse und Wein aus dem Tal werden bis Sonntagabend angeboten, die Veranstalter erwarten mehr als zehntausend Besucher.',
    'Am Samstagabend spielt eine Blaskapelle auf dem Platz, und für Kinder gibt es Kochkurse.',
  ]),
];
