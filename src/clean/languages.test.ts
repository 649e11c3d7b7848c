import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { buildArticle } from '../read/build.js';
import { paragraphTexts } from '../read/test-support/shared-data.js';
import { READ_AT } from '../read/test-support/read-at.js';
import { clean } from './index.js';

function article(paragraphs: string[]): Article {
  return buildArticle({}, paragraphs, { input: 'test', format: 'text' }, READ_AT);
}

/** [rule, removed text] for each removal. */
function removed(paragraphs: string[]): [string, string][] {
  const cleaned = clean(article(paragraphs));
  return cleaned.messages.map((message) => [message.rule, cleaned.text.slice(message.span!.start, message.span!.end)]);
}

const PHRASE = "Le pont Gustave-Lemaire s'est effondré jeudi matin à Saint-Orbel, et un camion est tombé dans la Vière, a annoncé la préfecture.";
const AUTRE = "Le chauffeur a été secouru par les pompiers après une heure d'intervention, selon les secours.";
const SATZ = 'In Hohenfurt ist am Dienstagmorgen ein Teil der Saalbrücke über die Wern eingestürzt, wie die Polizei mitteilte.';
const NOCH = 'Der Fahrer wurde von der Feuerwehr aus dem Wasser geholt und kam ins Kreiskrankenhaus.';

describe('cleaning French and German pages as English ones', () => {
  it.each([
    ['a French caption before its credit', [PHRASE, 'Les débris du pont dans la Vière, jeudi matin.', 'Photo : Julien Roche / APC', AUTRE], [['caption', 'Les débris du pont dans la Vière, jeudi matin.'], ['credit', 'Photo : Julien Roche / APC']]],
    ['a caption before a © credit', [PHRASE, 'Le pont effondré, jeudi 12 mars.', '© APC / Julien Roche', AUTRE], [['caption', 'Le pont effondré, jeudi 12 mars.'], ['credit', '© APC / Julien Roche']]],
    ['"Photo d\'illustration :" after a reported sentence, which stays', [PHRASE, "Photo d'illustration : Marc Aubert", AUTRE], [['credit', "Photo d'illustration : Marc Aubert"]]],
    ['a German caption before "Foto:"', [SATZ, 'Die eingestürzte Saalbrücke am Dienstagmorgen.', 'Foto: Markus Feld/NDA', NOCH], [['caption', 'Die eingestürzte Saalbrücke am Dienstagmorgen.'], ['credit', 'Foto: Markus Feld/NDA']]],
    ['a caption ending on its credit in brackets', [SATZ, 'Streikende vor dem Betriebshof Kanalstraße (Foto: Stadtbote/Köhler)', NOCH, 'Les grévistes devant l\'usine de Marzac. (Photo Marzac Hebdo)', AUTRE], [['caption', 'Streikende vor dem Betriebshof Kanalstraße (Foto: Stadtbote/Köhler)'], ['caption', "Les grévistes devant l'usine de Marzac. (Photo Marzac Hebdo)"]]],
    ['"Lire aussi :" and "À lire aussi" lines', [PHRASE, 'Lire aussi : Ponts fragiles : le rapport qui inquiète les maires ruraux', AUTRE, 'À lire aussi', AUTRE], [['navigation', 'Lire aussi : Ponts fragiles : le rapport qui inquiète les maires ruraux'], ['navigation', 'À lire aussi'], ['duplicate-paragraph', AUTRE]]],
    ['"Mehr zum Thema:" before a headline that is a question', [SATZ, 'Mehr zum Thema: Marode Brücken – wie sicher sind die Bauwerke im Landkreis?', NOCH], [['navigation', 'Mehr zum Thema: Marode Brücken – wie sicher sind die Bauwerke im Landkreis?']]],
    ['share lines and "Das könnte Sie auch interessieren"', [SATZ, NOCH, 'Artikel teilen: Facebook | WhatsApp | E-Mail', 'Partager sur Facebook Partager sur X Envoyer par e-mail', 'Das könnte Sie auch interessieren'], [['navigation', 'Artikel teilen: Facebook | WhatsApp | E-Mail'], ['navigation', 'Partager sur Facebook Partager sur X Envoyer par e-mail'], ['navigation', 'Das könnte Sie auch interessieren']]],
  ])('removes %s', (_name, paragraphs, expected) => {
    expect(removed(paragraphs)).toEqual(expected);
  });

  it.each([
    'Cet article vous est offert. Pour lire tous nos articles en illimité, abonnez-vous à partir de 1 € le premier mois.',
    'Vous avez atteint la limite de 3 articles gratuits ce mois-ci. Connectez-vous ou créez un compte pour continuer votre lecture.',
    "Pour recevoir chaque matin l'essentiel de l'actualité, inscrivez-vous à notre newsletter.",
    'Cet article est réservé à nos abonnés. Déjà abonné ? Se connecter',
    'Jetzt weiterlesen mit Hohenfurter Anzeiger Plus: Testen Sie 4 Wochen für 0,99 €. Bereits Abonnent? Hier anmelden.',
    'Dieser Artikel ist exklusiv für Abonnenten. Jetzt abonnieren und alle Artikel lesen.',
    'Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Mit der Nutzung unserer Website stimmen Sie der Verwendung von Cookies zu.',
    'Nous utilisons des cookies pour améliorer votre expérience de navigation.',
  ])('removes the prompt to the reader %j', (prompt) => {
    expect(removed([PHRASE, prompt, AUTRE])).toEqual([['paywall', prompt]]);
  });

  it.each([
    ['news about subscribers', 'La plateforme compte désormais 12 000 abonnés dans la région, selon son directeur.'],
    ['German news about subscribers ("sie" is they)', 'Die Zeitung verlor im vergangenen Jahr 3000 Abonnenten, sie will nun ihre Preise senken.'],
    ['a quoted call to the reader', '"Wenn Sie weiterlesen wollen, müssen Sie sich registrieren", sagte der Verleger bei der Vorstellung der neuen Website.'],
    ['a sentence opening on a word of navigation', 'Partager les coûts entre les communes de la vallée est la seule solution, estime le maire.'],
    ['a caption-like line in brackets that is no credit', 'Die Brücke (Baujahr 1961) war erst im Herbst geprüft worden.'],
  ])('keeps %s', (_name, sentence) => {
    expect(paragraphTexts(clean(article([PHRASE, sentence, AUTRE])))).toEqual([PHRASE, sentence, AUTRE]);
  });

  it.each([
    ["SAINT-ORBEL, 12 mars (APC) - Une partie du pont Gustave-Lemaire s'est effondrée jeudi.", 'SAINT-ORBEL, 12 mars (APC) -', "Une partie du pont Gustave-Lemaire s'est effondrée jeudi."],
    ['Hohenfurt (NDA) - In Hohenfurt ist am Dienstagmorgen die Saalbrücke eingestürzt.', 'Hohenfurt (NDA) -', 'In Hohenfurt ist am Dienstagmorgen die Saalbrücke eingestürzt.'],
    ['Frankfurt am Main (dpa) – Die Börse schloss am Freitag fester.', 'Frankfurt am Main (dpa) –', 'Die Börse schloss am Freitag fester.'],
    ['BERLIN, 12. März (NDA) - Die Regierung hat am Donnerstag beschlossen.', 'BERLIN, 12. März (NDA) -', 'Die Regierung hat am Donnerstag beschlossen.'],
  ])('cuts the dateline off %j', (first, dateline, sentence) => {
    const cleaned = clean(article([first, NOCH]));
    expect(removed([first, NOCH])).toEqual([['dateline', dateline]]);
    expect(paragraphTexts(cleaned)[0]).toBe(sentence);
  });

  it.each([
    'Officials (in Brenmouth) - said nothing about the bridge.',
    'Die Brücke (Baujahr 1961) - so die Stadt - war erst im Herbst geprüft worden.',
  ])('keeps %j whole', (first) => {
    expect(removed([first, NOCH])).toEqual([]);
  });

  it.each(['Publié le 12 mars 2026 à 10h14', 'Dienstag, 10.03.2026, 11:52 Uhr', 'Mittwoch, 11. März 2026'])('removes the date line %j', (line) => {
    expect(removed([line, PHRASE, AUTRE])).toEqual([['dateline', line]]);
  });

  it.each(['Par Claire Dumontel', 'Par Claire Dumontel (APC)', 'Von Katrin Albers', 'Von Anna Köhler und Jens Überall'])('removes the byline %j', (line) => {
    expect(removed([line, PHRASE, AUTRE])).toEqual([['byline', line]]);
  });

  it('keeps a sentence opening on "Par" or "Von"', () => {
    const paragraphs = ['Par ailleurs, le maire de Marzac a demandé une réunion avec le préfet.', 'Von Hohenfurt nach Elmsried fahren die Busse über Kirchwalden.', AUTRE];
    expect(paragraphTexts(clean(article(paragraphs)))).toEqual(paragraphs);
  });

  it('removes the links under a heading at the end of the page, a headline that is a question too', () => {
    expect(removed([SATZ, NOCH, 'Das könnte Sie auch interessieren', 'Marode Brücken – wie sicher sind die Bauwerke im Landkreis?', 'Hochwasser: Pegel der Wern sinkt'])).toEqual([
      ['navigation', 'Das könnte Sie auch interessieren'],
      ['trailing-navigation', 'Marode Brücken – wie sicher sind die Bauwerke im Landkreis?'],
      ['trailing-navigation', 'Hochwasser: Pegel der Wern sinkt'],
    ]);
    expect(removed([PHRASE, AUTRE, 'Related news', 'Is the Velmar dam safe?'])).toEqual([
      ['navigation', 'Related news'],
      ['trailing-navigation', 'Is the Velmar dam safe?'],
    ]);
  });

  it('keeps a paragraph of news after such a heading, and the heading is navigation alone', () => {
    const news = 'Die Stadt hat einen kostenlosen Pendelbus zwischen Wernhausen und dem Marktplatz eingerichtet, der alle zwanzig Minuten fährt.';
    expect(removed([SATZ, 'Mehr zum Thema', news])).toEqual([['navigation', 'Mehr zum Thema']]);
  });
});
