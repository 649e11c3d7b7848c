import { article } from './articles.js';

/**
 * A made-up German warehouse fire in Oberwied told by three outlets over two
 * days (two reports the night it burned, a follow-up the next day on arson
 * and the damage), and another warehouse fire, in Kleinbrück the next
 * evening, told by two: the same kind of event in the same words, told apart
 * by places, people and numbers. Every place, firm and person is fictional.
 */
export const OBERWIED = [
  article('oberwied-1', 'Großbrand in Lagerhalle in Oberwied', [
    'Ein Großbrand hat in der Nacht zum Dienstag eine Lagerhalle der Spedition Kessler im Oberwieder Gewerbegebiet zerstört.',
    'Die Feuerwehr war mit 120 Einsatzkräften vor Ort, teilte Kreisbrandmeister Torsten Hallmann mit.',
    'Verletzt wurde niemand. Die Bundesstraße 27 blieb wegen der Löscharbeiten bis zum Morgen gesperrt.',
  ], '2024-03-12T05:30:00Z'),
  article('oberwied-2', 'Lagerhalle in Oberwied brennt nieder', [
    'In Oberwied ist in der Nacht eine Lagerhalle der Spedition Kessler vollständig abgebrannt.',
    'Rund 120 Feuerwehrleute kämpften stundenlang gegen die Flammen, sagte Kreisbrandmeister Torsten Hallmann.',
    'Die Rauchwolke war kilometerweit zu sehen; Anwohner sollten Fenster und Türen geschlossen halten.',
  ], '2024-03-12T07:10:00Z'),
  article('oberwied-3', 'Brand bei Spedition Kessler: Kripo geht von Brandstiftung aus', [
    'Nach dem Großbrand im Gewerbegebiet von Oberwied geht die Kriminalpolizei von Brandstiftung aus.',
    'Brandermittler fanden in der ausgebrannten Halle Spuren eines Brandbeschleunigers, teilte das Polizeipräsidium am Mittwoch mit.',
    'Den Schaden schätzen die Ermittler auf rund 3,5 Millionen Euro.',
    'Firmenchef Markus Kessler sprach von einem schweren Schlag für die 60 Beschäftigten.',
    'Die Polizei bittet Zeugen, die in der Nacht zum Dienstag Verdächtiges beobachtet haben, sich zu melden.',
  ], '2024-03-13T11:00:00Z'),
];

export const KLEINBRUECK = [
  article('kleinbrueck-1', 'Feuer in Lagerhalle in Kleinbrück', [
    'In Kleinbrück hat am Mittwochabend die Lagerhalle eines Holzhandels gebrannt.',
    'Die Feuerwehr rückte mit 80 Einsatzkräften an, teilte Stadtbrandinspektor Ralf Gerlach mit.',
    'Zwei Feuerwehrleute wurden leicht verletzt. Die Polizei schätzt den Schaden auf 600.000 Euro; die Ursache ist noch unklar.',
  ], '2024-03-13T19:40:00Z'),
  article('kleinbrueck-2', 'Holzhandel in Kleinbrück in Flammen', [
    'Beim Brand einer Lagerhalle in Kleinbrück sind am Mittwochabend zwei Feuerwehrleute leicht verletzt worden.',
    'Die Halle des Holzhandels Brandt brannte vollständig aus, sagte Stadtbrandinspektor Ralf Gerlach.',
    'Die Polizei beziffert den Schaden auf rund 600.000 Euro.',
  ], '2024-03-13T21:15:00Z'),
];
