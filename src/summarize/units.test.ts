import { describe, expect, it } from 'vitest';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { sentenceTokens, tokenize } from '../segment/index.js';
import { endsLikeSentence, isDangling, joinedUnit, singleMarksOf, unitText } from './units.js';

/** Whether the only sentence of `text` is dangling, read as the summarizer reads it (with its article's text). */
function danglingSentence(text: string): boolean {
  const article = prepare(readString(text, { input: 'case.txt', format: 'text' }).articles[0]);
  return isDangling(sentenceTokens(article, 0), undefined, undefined, article.text);
}

describe('endsLikeSentence', () => {
  it.each([
    ['The council approved the budget.', true],
    ['"We will rebuild," the mayor said.', true],
    ['She asked: "Who signed it?"', true],
    ['The mayor said the bridge would reopen (in March).', true],
    ['Council approves pier budget', false],
    ['Photo: Harbor Daily', false],
    ['« Le pont était fermé aux camions depuis le mois de mars. »', false],
    ['Elle a déclaré : " Le pont était fermé aux camions depuis le mois de mars. "', true],
    ['Elle a déclaré : " Le pont était fermé aux camions depuis le mois de mars "', false],
    ['布伦茅斯水坝的泄洪闸门周二失灵，一千二百名居民被迫撤离。', true],
    ['「橋は三月からトラックの通行が禁止されていた。」', true],
    ['He said it was “the worst night in forty years.”', true],
  ])('%s → %s', (text, ends) => {
    expect(endsLikeSentence(text)).toBe(ends);
  });
});

describe('isDangling: a sentence that cannot stand alone', () => {
  it.each([
    ['He said the gate had failed.', true],
    ['But the river kept rising through the night.', true],
    ['"We will rebuild," the mayor said.', true],
    ['Police named him as Edwin Harrow, of Orrick.', true],
    ['Officials told them to leave before dawn.', true],
    ['The mayor told residents to leave before dawn.', false],
    ['Two shelters have opened at the school and the hall.', false],
    ['The agency said crews had warned residents long before the water reached them.', false],
    // one end of a quotation that runs over several sentences (DUC 2004 d30046)
    ['Kessa Moran, the council leader, said: "This is wrong.', true],
    ['The biggest issue, still, is the 100,000 teachers."', true],
    ['The mayor called the flood "the worst in living memory" on Sunday.', false],
    ['The mayor called the flood ``the worst in living memory\'\' on Sunday.', false],
    // an interview's question, whose answer is another sentence (DUC 2004 d30045: "Q. (italics)Earlier this month…")
    ['Q. Earlier this month the council said rents would stay low for a decade.', true],
    ['Q: Why did the council wait so long to close the bridge?', true],
    ['A. J. Varn won the race for the third year running.', false],
    // an attribution to a pronoun after a comma: who spoke is named in another sentence (audit27: "…owned by Keyspan Energy, he says;")
    ['In the ferry trade, Skellan Lines qualifies, he says; the operator is 66 percent owned by Pellam Holdings.', true],
    ['The protesters wanted the council to cut all ties with the ferry firm, she said.', true],
    ['Orrin was on probation for an earlier arrest, he said.', true],
    ['The harbour master said he told the ferry crews to stay in port.', false],
    ['The pier will reopen on Tuesday, officials said.', false],
    // a pronoun whose verb goes on, or after the person it names (mend27d)
    ['When Mayor Ana Varn toured the pier on Tuesday, she said the repairs would take a year.', false],
    ['After the vote, they said they would appeal.', false],
    ['The pier is safe, Mayor Varn said on Tuesday, and it will reopen soon, she said.', false],
    ['The pier is safe and will reopen in May, they said.', true],
    ['The pier is safe, he says, and it will reopen in May.', true],
    // a given name counts only written as one: capitalised, not the first word, a name that is also a word before a surname (mend27h)
    ['The bill would raise taxes on the poor, he said.', true],
    ['Frank talks would resume next week, she said.', true],
    ['The ferry crews trust Frank, she said.', true],
    ['The ferry crews trust Frank Orrin, she said.', false],
    ['The ferry crews trust Edwin, she said.', false],
  ])('%s → %s', (text, dangling) => {
    expect(danglingSentence(text)).toBe(dangling);
  });
});

describe('isDangling in other languages than English', () => {
  const of = (text: string, language: string) => tokenize(text, { start: 0, end: text.length }, [], language);

  it.each([
    ['fr', 'Il a ajouté que la digue avait cédé pendant la nuit.', true],
    ['fr', 'Mais la rivière a continué de monter toute la nuit.', true],
    ['fr', 'La maire a demandé aux habitants de partir avant l’aube.', false],
    ['de', 'Er sagte, das Tor sei in der Nacht gebrochen.', true],
    ['de', 'Aber der Fluss stieg die ganze Nacht weiter.', true],
    ['de', 'Die Polizei forderte die Anwohner auf, vor dem Morgen zu gehen.', false],
    ['es', 'Ella dijo que la compuerta había fallado.', true],
    ['es', 'La alcaldesa pidió a los vecinos que se fueran.', false],
    ['it', 'Lui ha detto che la diga aveva ceduto.', true],
    ['pt', 'Ele disse que a comporta tinha falhado.', true],
    ['nl', 'Hij zei dat de sluis was bezweken.', true],
    ['nl', 'Het water bleef de hele nacht stijgen.', false],
    ['fr', 'Par ailleurs, le maire de Marzac a réclamé une réunion d’urgence avec le préfet.', true],
    ['fr', "D'ailleurs, la fonderie avait fait des bénéfices l'an dernier.", true],
    ['fr', 'En outre, les écoles resteront fermées vendredi.', true],
    ['fr', 'Son chauffeur, blessé à l’épaule, devrait quitter l’hôpital lundi.', true],
    ['fr', 'Par arrêté, la préfète a interdit la circulation sur le pont.', false],
    ['fr', 'En septembre, le pont avait été inspecté.', false],
    ['de', 'Dort versammelten sich am Morgen etwa 300 Streikende.', true],
    ['de', 'Außerdem bleibt die Bundesstraße mehrere Wochen gesperrt.', true],
    ['de', 'Seine Frau hatte den Einsturz vom Balkon aus gesehen.', true],
    ['de', 'Zudem fordert die Gewerkschaft eine kürzere Wochenarbeitszeit.', true],
    ['de', 'Der Verkehr wird über Kirchwalden umgeleitet.', false],
    ['es', 'Sin embargo, la alcaldesa pidió calma.', true],
    ['pt', 'No entanto, a comporta não falhou.', true],
    ['es', '—Nunca habíamos visto algo así —dijo la vendedora Lucía Prieto—.', true],
    ['pt', '— Não vamos desistir — disse o presidente da câmara.', true],
    ['fr', '– Je commence à 3 heures, raconte la boulangère.', true],
    ['es', 'La planta —abierta en 1974— cierra el lunes.', false],
    ['fr', '- Le pont rouvrira lundi après les travaux.', false],
    ['es', '- La planta cierra el lunes por la tarde.', false],
  ])('%s: %s → %s', (language, text, dangling) => {
    expect(isDangling(of(text, language), language)).toBe(dangling);
  });

  it('does not read the English object pronouns into another language ("her" is German for "hither")', () => {
    expect(isDangling(of('Vor drei Jahren her kam die Flut.', 'de'), 'de')).toBe(false);
  });
});

describe('isDangling with quotations in single marks', () => {
  const article = prepare(readString('The harbour master spoke on Monday.\n\nMayor Sorin Valec said: ‘The embankment held for forty years. The water rose over it in a single night.’ The Smiths’ house on Quay Street was the first to flood.', { input: 'case.txt', format: 'text' }).articles[0]);
  const dangling = (sentence: number): boolean => isDangling(sentenceTokens(article, sentence), 'en', singleMarksOf(article));

  it('reads a sentence holding only the closing single mark of a quotation as dangling', () => {
    expect(article.text.slice(article.sentences[2].start, article.sentences[2].end)).toBe("The water rose over it in a single night.'");
    expect(dangling(2)).toBe(true);
  });

  it('does not count an apostrophe as a quote mark', () => {
    expect(article.text.slice(article.sentences[3].start, article.sentences[3].end)).toBe("The Smiths' house on Quay Street was the first to flood.");
    expect(dangling(3)).toBe(false);
  });
});

describe('joinedUnit', () => {
  it('gives the unit text and where each part starts in it, a part opening on closing punctuation joined without a space', () => {
    const text = 'The U.S. Coast Guard towed the ferry at noon, officials said.';
    const parts = [
      { start: 0, end: 3 },
      { start: 4, end: 8 },
      { start: 9, end: 36 },
      { start: 44, end: 61 },
    ];
    const { text: joined, offsets } = joinedUnit(text, parts);
    expect(joined).toBe(unitText(text, parts));
    expect(joined).toBe('The U.S. Coast Guard towed the ferry, officials said.');
    expect(parts.map((part, index) => joined.slice(offsets[index], offsets[index] + part.end - part.start))).toEqual(['The', 'U.S.', 'Coast Guard towed the ferry', ', officials said.']);
  });
});
