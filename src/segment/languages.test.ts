import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { segment, splitSentences, tokenize } from './index.js';

function split(text: string, language: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }, [], language).map((span) => text.slice(span.start, span.end));
}

/**
 * Input → expected sentences, per language. Texts are as the reader leaves
 * them: curly quotes, guillemets and „…“ straight, their spaces kept.
 */
const HARD_CASES: Readonly<Record<string, ReadonlyArray<readonly [string, string[]]>>> = {
  de: [
    // ordinals: a number and a period before a month or a counted noun
    ['Die Wahl findet am 3. Oktober statt. Danach wird gezählt.', ['Die Wahl findet am 3. Oktober statt.', 'Danach wird gezählt.']],
    ['Er wurde zum 2. Mal gewählt. Die Partei jubelte.', ['Er wurde zum 2. Mal gewählt.', 'Die Partei jubelte.']],
    ['Im 20. Jahrhundert wuchs die Stadt. Heute leben hier 1.200 Menschen.', ['Im 20. Jahrhundert wuchs die Stadt.', 'Heute leben hier 1.200 Menschen.']],
    ['Das Gesetz gilt seit 2019. Die Regierung will es ändern.', ['Das Gesetz gilt seit 2019.', 'Die Regierung will es ändern.']],
    ['Das Spiel endete 3:1. Die Fans feierten.', ['Das Spiel endete 3:1.', 'Die Fans feierten.']],
    // abbreviations
    ['Das gilt z. B. für Berlin. Andere Städte warten.', ['Das gilt z. B. für Berlin.', 'Andere Städte warten.']],
    ['Es kamen u. a. Vertreter der Stadt. Sie blieben lange.', ['Es kamen u. a. Vertreter der Stadt.', 'Sie blieben lange.']],
    ['Dr. Müller sprach mit Prof. Weber. Er war zufrieden.', ['Dr. Müller sprach mit Prof. Weber.', 'Er war zufrieden.']],
    ['Frau Dr. Keldren bestätigte das.', ['Frau Dr. Keldren bestätigte das.']],
    ['Der Vertrag Nr. 45 wurde unterzeichnet. Die Stadt zahlt 3 Mio. Euro.', ['Der Vertrag Nr. 45 wurde unterzeichnet.', 'Die Stadt zahlt 3 Mio. Euro.']],
    ['Der Schaden beträgt 5 Mio. Die Versicherung zahlt.', ['Der Schaden beträgt 5 Mio.', 'Die Versicherung zahlt.']],
    ['Sie kamen aus Bonn, Köln usw. Die Halle war voll.', ['Sie kamen aus Bonn, Köln usw.', 'Die Halle war voll.']],
    // „…“ read as "…"
    ['"Das Wasser kam sehr schnell", sagte sie. Dann ging sie.', ['"Das Wasser kam sehr schnell", sagte sie.', 'Dann ging sie.']],
  ],
  fr: [
    // « … » read as " … ", the spaces kept: the closing mark stays with its sentence
    ['Il a déclaré : " Nous partirons demain. " Puis il est parti.', ['Il a déclaré : " Nous partirons demain. "', 'Puis il est parti.']],
    ['" Quoi ? " a-t-il demandé. Personne ne répondit.', ['" Quoi ? " a-t-il demandé.', 'Personne ne répondit.']],
    ['Quel désastre ! Les habitants sont partis.', ['Quel désastre !', 'Les habitants sont partis.']],
    // abbreviations
    ['M. Dupont a rencontré Mme Martin. Ils ont parlé.', ['M. Dupont a rencontré Mme Martin.', 'Ils ont parlé.']],
    ['M. Le Pen a répondu.', ['M. Le Pen a répondu.']],
    ['Le texte, p. 12, le dit. La loi, art. 5, aussi.', ['Le texte, p. 12, le dit.', 'La loi, art. 5, aussi.']],
    ['Les pompiers, les gendarmes, etc. Les autres sont restés.', ['Les pompiers, les gendarmes, etc.', 'Les autres sont restés.']],
  ],
  es: [
    ['¿Qué pasó en la presa? Nadie lo sabe todavía.', ['¿Qué pasó en la presa?', 'Nadie lo sabe todavía.']],
    ['La alcaldesa gritó: ¡Salgan ya! Los vecinos corrieron.', ['La alcaldesa gritó: ¡Salgan ya!', 'Los vecinos corrieron.']],
    ['¿Vendrán? ¡Claro que sí!', ['¿Vendrán?', '¡Claro que sí!']],
    ['Y entonces, ¿qué hacemos? preguntó el alcalde.', ['Y entonces, ¿qué hacemos? preguntó el alcalde.']],
    ['Lo que sabemos\n¿Por qué se rompió la presa?', ['Lo que sabemos', '¿Por qué se rompió la presa?']],
    ['Lo dijo el Sr. García ayer. La Sra. López lo confirmó.', ['Lo dijo el Sr. García ayer.', 'La Sra. López lo confirmó.']],
    ['El informe, en la pág. 12, lo explica. Nadie lo leyó.', ['El informe, en la pág. 12, lo explica.', 'Nadie lo leyó.']],
    ['Los EE. UU. enviaron ayuda. El gobierno lo agradeció.', ['Los EE. UU. enviaron ayuda.', 'El gobierno lo agradeció.']],
  ],
  it: [
    ['Il Sig. Rossi ha parlato. La Sig.ra Bianchi ha risposto.', ['Il Sig. Rossi ha parlato.', 'La Sig.ra Bianchi ha risposto.']],
    ['Lo ha detto il dott. Verdi. Poi è partito.', ['Lo ha detto il dott. Verdi.', 'Poi è partito.']],
    ['Come scritto a pag. 5, la diga era vecchia. Il sindaco lo sapeva.', ['Come scritto a pag. 5, la diga era vecchia.', 'Il sindaco lo sapeva.']],
    ['Arrivarono pompieri, polizia ecc. Il sindaco ringraziò tutti.', ['Arrivarono pompieri, polizia ecc.', 'Il sindaco ringraziò tutti.']],
  ],
  pt: [
    ['O Sr. Silva falou ontem. A Sra. Costa respondeu.', ['O Sr. Silva falou ontem.', 'A Sra. Costa respondeu.']],
    ['Segundo a pág. 4, a barragem era antiga. O governo sabia.', ['Segundo a pág. 4, a barragem era antiga.', 'O governo sabia.']],
  ],
  nl: [
    ['Dhr. Jansen sprak met burgemeester De Vries. Hij was tevreden.', ['Dhr. Jansen sprak met burgemeester De Vries.', 'Hij was tevreden.']],
    ['Het kost ca. 300 euro, bijv. voor een gezin. Dat is veel.', ['Het kost ca. 300 euro, bijv. voor een gezin.', 'Dat is veel.']],
    ['Volgens art. 5 van de wet mag dat niet. De rechter besliste.', ['Volgens art. 5 van de wet mag dat niet.', 'De rechter besliste.']],
  ],
};

describe('splitSentences in other languages than English', () => {
  for (const [language, cases] of Object.entries(HARD_CASES)) {
    it.each(cases)(`${language}: %j`, (text, expected) => {
      expect(split(text, language)).toEqual(expected);
    });
  }

  it('reads English as before when no language is given: "3. August" ends a sentence there', () => {
    const text = 'The vote was 3. August will tell.';
    expect(splitSentences(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end))).toEqual(split(text, 'en'));
    expect(split(text, 'en')).toHaveLength(2);
    expect(split(text, 'de')).toHaveLength(1);
  });
});

function article(text: string, language?: string): Article {
  return { id: 'a1', text, paragraphs: [{ start: 0, end: text.length }], messages: [], origin: { input: 'a1.txt', format: 'text' }, ...(language ? { language } : {}) };
}

const words = (text: string, language?: string) => tokenize(text, { start: 0, end: text.length }, [], language).filter((token) => !token.punct);

describe('stopwords and tokens in other languages than English', () => {
  it('marks a language’s function words as stopwords, and not English ones', () => {
    const content = (text: string, language: string) => words(text, language).filter((token) => !token.stop).map((token) => token.norm);
    expect(content('Le barrage de la ville a cédé dans la nuit et les habitants sont partis', 'fr')).toEqual(['barrage', 'ville', 'cédé', 'nuit', 'habitants', 'partis']);
    expect(content('Der Damm ist in der Nacht gebrochen und die Menschen mussten ihre Häuser verlassen', 'de')).toEqual(['damm', 'nacht', 'gebrochen', 'menschen', 'häuser', 'verlassen']);
    expect(content('La presa del río se rompió durante la noche y los vecinos huyeron', 'es')).toEqual(['presa', 'río', 'rompió', 'noche', 'vecinos', 'huyeron']);
    expect(content('La diga sul fiume ha ceduto durante la notte e gli abitanti sono fuggiti', 'it')).toEqual(['diga', 'fiume', 'ceduto', 'notte', 'abitanti', 'fuggiti']);
    expect(content('A barragem do rio rompeu durante a noite e os moradores fugiram', 'pt')).toEqual(['barragem', 'rio', 'rompeu', 'noite', 'moradores', 'fugiram']);
    expect(content('De dam in de rivier is vannacht doorgebroken en de bewoners zijn gevlucht', 'nl')).toEqual(['dam', 'rivier', 'vannacht', 'doorgebroken', 'bewoners', 'gevlucht']);
  });

  it('splits an elided article or pronoun off its word in French and Italian', () => {
    expect(words("L'eau de l'Ossa est arrivée jusqu'à Brenmouth", 'fr').map((token) => [token.norm, token.stop])).toEqual([
      ["l'", true], ['eau', false], ['de', true], ["l'", true], ['ossa', false], ['est', true], ['arrivée', false], ["jusqu'", true], ['à', true], ['brenmouth', false],
    ]);
    expect(words("Il livello dell'acqua è salito", 'it').map((token) => token.norm)).toEqual(['il', 'livello', "dell'", 'acqua', 'è', 'salito']);
    expect(words("aujourd'hui", 'fr').map((token) => token.norm)).toEqual(["aujourd'hui"]);
    expect(words("L'eau", 'en').map((token) => token.norm)).toEqual(["l'eau"]);
  });

  it('gives a word another form where its stopword flag differs, so a form still says what its tokens are', () => {
    const english = words('They will die', 'en')[2];
    const german = words('Sie sagen, die Stadt', 'de')[2];
    expect([english.norm, english.stop, german.norm, german.stop]).toEqual(['die', false, 'die', true]);
    expect(german.form).not.toBe(english.form);
    expect(words('und die Leute', 'de')[1].form).toBe(german.form);
  });

  it('segments an article in the language it is written in, or declares when too short to tell', () => {
    const german = segment(article('Die Wahl findet am 3. Oktober statt, teilte die Stadt mit. Danach wird gezählt, und die Ergebnisse kommen am Abend.'));
    expect(german.textLanguage).toBe('de');
    expect(german.sentences).toHaveLength(2);
    expect(german.tokens.find((token) => token.norm === 'die')?.stop).toBe(true);
    expect(segment(article('Der Damm hält.', 'de-AT')).textLanguage).toBe('de');
    expect(segment(article('The dam held.')).textLanguage).toBeUndefined();
  });
});
