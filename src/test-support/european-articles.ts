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
  { id: 'fr-pont-1', outlet: 'Le Courrier de Vauclair', title: 'Effondrement du pont de la Sarle à Vauclair : deux voitures dans la rivière', published: '2026-04-14T07:00:00+02:00', text: BRIDGE_FR.join('\n\n') },
  {
    id: 'fr-pont-2',
    outlet: 'Info Express 24',
    title: 'Vauclair : le pont de la Sarle cède, deux voitures tombent dans la rivière',
    published: '2026-04-14T09:30:00+02:00',
    text: [
      BRIDGE_FR[0].replace('dans la nuit de lundi à mardi', 'pendant la nuit').replace('selon la préfecture', 'a annoncé la préfecture'),
      BRIDGE_FR[1].replace('ont sauvé', 'ont secouru').replace('blessures légères', 'blessures sans gravité'),
      BRIDGE_FR[2].replace('a déclaré', 'a expliqué'),
    ].join('\n\n'),
  },
  {
    id: 'fr-pont-3',
    outlet: 'La Gazette du Val',
    title: 'Pont effondré à Vauclair : les habitants inquiets pour les autres ouvrages',
    published: '2026-04-14T18:00:00+02:00',
    text: [
      "À Vauclair, les habitants se sont réveillés mardi sans leur pont : l'ouvrage sur la Sarle s'est écroulé vers trois heures du matin, entraînant deux voitures dans l'eau.",
      'Les quatre occupants des véhicules ont été secourus par les pompiers et sont sortis de l\'hôpital dans la journée.',
      'Selon la maire Hélène Marchetti, des fissures avaient été signalées sur les piliers au printemps. Plusieurs habitants demandent maintenant une inspection des autres ponts de la vallée de la Sarle.',
    ].join('\n\n'),
  },
  {
    id: 'fr-marche',
    outlet: 'Le Courrier de Vauclair',
    title: 'Vauclair : cent producteurs au marché des saveurs',
    published: '2026-04-18T08:00:00+02:00',
    text: [
      'Le marché des saveurs de Vauclair se tient samedi sur la place de la mairie avec une centaine de producteurs venus de toute la région.',
      "Fromages, miel, légumes et vins sont proposés jusqu'à dimanche soir, et les organisateurs attendent plus de dix mille visiteurs.",
      'Un concert de musique traditionnelle est prévu samedi soir, et les enfants pourront participer à des ateliers de cuisine.',
    ].join('\n\n'),
  },
];

export const GERMAN: readonly NewsRecord[] = [
  { id: 'de-bruecke-1', outlet: 'Oberwinkler Tagblatt', title: 'Brücke über die Lenne in Oberwinkel eingestürzt: zwei Autos im Fluss', published: '2026-04-14T07:00:00+02:00', text: BRUECKE_DE.join('\n\n') },
  {
    id: 'de-bruecke-2',
    outlet: 'Nachrichten Kompakt',
    title: 'Oberwinkel: Lenne-Brücke bricht zusammen, zwei Autos stürzen in den Fluss',
    published: '2026-04-14T09:30:00+02:00',
    text: [
      BRUECKE_DE[0].replace('in der Nacht zum Dienstag', 'in der Nacht').replace('teilte die Polizei mit', 'meldete die Polizei'),
      BRUECKE_DE[1].replace('hat die vier Insassen', 'hat alle vier Insassen').replace('leichten Verletzungen', 'leichten Blessuren'),
      BRUECKE_DE[2].replace('sagte Bürgermeister', 'erklärte Bürgermeister'),
    ].join('\n\n'),
  },
  {
    id: 'de-bruecke-3',
    outlet: 'Lenntaler Rundschau',
    title: 'Nach dem Brückeneinsturz in Oberwinkel: Anwohner fordern Prüfung aller Brücken',
    published: '2026-04-14T18:00:00+02:00',
    text: [
      'In Oberwinkel sind die Anwohner am Dienstag ohne ihre Brücke aufgewacht: Das Bauwerk über die Lenne brach gegen drei Uhr morgens zusammen und riss zwei Autos mit in das Wasser.',
      'Die Feuerwehr konnte die vier Insassen bergen, sie durften das Krankenhaus noch am selben Tag verlassen.',
      'Laut Bürgermeister Jonas Achterberg waren im Frühjahr Risse an den Pfeilern gemeldet worden. Viele Anwohner verlangen nun eine Prüfung der anderen Brücken im Lenntal.',
    ].join('\n\n'),
  },
  {
    id: 'de-markt',
    outlet: 'Oberwinkler Tagblatt',
    title: 'Oberwinkel: Frühlingsmarkt mit hundert Ständen eröffnet',
    published: '2026-04-18T08:00:00+02:00',
    text: [
      'Der Frühlingsmarkt in Oberwinkel hat am Samstag auf dem Rathausplatz mit rund hundert Ständen aus der ganzen Region eröffnet.',
      'Käse, Honig, Gemüse und Wein aus dem Tal werden bis Sonntagabend angeboten, die Veranstalter erwarten mehr als zehntausend Besucher.',
      'Am Samstagabend spielt eine Blaskapelle auf dem Platz, und für Kinder gibt es Kochkurse.',
    ].join('\n\n'),
  },
];
