import { describe, expect, it } from 'vitest';
import { findQuotes } from './find.js';
import { kindWordsSpeaker, textArticle } from './test-support/articles.js';

/** Each English quotation of `text`: kind, words, speaker and the words naming the speaker where they are. */
function english(text: string): Array<[string, string, string | undefined, string | undefined]> {
  const article = textArticle(`Title\n\n${text}`);
  return findQuotes(article).map((quote) => [quote.kind, article.text.slice(quote.span.start, quote.span.end), quote.speaker?.name, quote.speaker?.span && article.text.slice(quote.speaker.span.start, quote.speaker.span.end)]);
}

// Made-up reports carried over a paragraph break (quotes26): the next paragraph's clause keeps the speaker when it points back.
describe('reports carried over a paragraph break', () => {
  it('gives "she" and "the statement" the speaker of the paragraph before, the statement as where it is named', () => {
    expect(english('The minister said the bridge would reopen in May.\n\nIt would cost £40m, she added.\n\nRepairs had been delayed by floods, according to the statement.')).toEqual([
      ['indirect', 'the bridge would reopen in May', 'The minister', 'The minister'],
      ['indirect', 'It would cost £40m', 'The minister', 'she'],
      ['indirect', 'Repairs had been delayed by floods', 'The minister', 'the statement'],
    ]);
  });

  it('gives "the minister" the person set off after that description, past another speaker', () => {
    expect(english('The transport minister, Claire Haddon, said the bridge would reopen in May. The council leader, Tom Byrne, said he was pleased.\n\nIt would cost £40m to repair, the minister added.')).toEqual([
      ['indirect', 'the bridge would reopen in May', 'Claire Haddon', 'Claire Haddon'],
      ['indirect', 'he was pleased', 'Tom Byrne', 'Tom Byrne'],
      ['indirect', 'It would cost £40m to repair', 'Claire Haddon', 'the minister'],
    ]);
  });

  it('stops at a new speaker and reads no narrator\'s sentence', () => {
    expect(english('The transport minister, Claire Haddon, said the bridge would reopen in May.\n\nThe bridge was built in 1931 and carries 14,000 cars a day.\n\nThe council leader, Tom Byrne, said he was pleased. The delay had cost traders dearly, he said.')).toEqual([
      ['indirect', 'the bridge would reopen in May', 'Claire Haddon', 'Claire Haddon'],
      ['indirect', 'he was pleased', 'Tom Byrne', 'Tom Byrne'],
      ['indirect', 'The delay had cost traders dearly', 'Tom Byrne', 'he'],
    ]);
  });

  it('reads a closing attribution naming its speaker after a description set off by commas', () => {
    expect(english('The bridge will not reopen until May, the transport minister, Claire Haddon, said in a statement on Tuesday.')).toEqual([
      ['indirect', 'The bridge will not reopen until May', 'Claire Haddon', 'Claire Haddon'],
    ]);
  });

  const languages: Array<[string, string, Array<[string, string, string]>]> = [
    ['de', 'Verkehrsministerin Anna Berg sagte, die Brücke werde im Mai geöffnet.\n\nDie Reparatur koste 40 Millionen Euro, fügte sie hinzu.\n\nDie Arbeiten hätten sich verzögert, so die Ministerin.', [
      ['indirect', 'die Brücke werde im Mai geöffnet', 'Anna Berg'],
      ['indirect', 'Die Reparatur koste 40 Millionen Euro', 'Anna Berg'],
      ['indirect', 'Die Arbeiten hätten sich verzögert', 'Anna Berg'],
    ]],
    ['fr', "La ministre, Claire Dubois, a déclaré que le pont rouvrirait en mai.\n\nLes travaux coûteraient 40 millions d'euros, a-t-elle ajouté.\n\nLe chantier a été retardé par les crues, selon le communiqué.", [
      ['indirect', 'le pont rouvrirait en mai', 'Claire Dubois'],
      ['indirect', "Les travaux coûteraient 40 millions d'euros", 'Claire Dubois'],
      ['indirect', 'Le chantier a été retardé par les crues', 'Claire Dubois'],
    ]],
    ['es', 'La ministra, Clara Ruiz, dijo que el puente reabrirá en mayo.\n\nLas obras costarán 40 millones de euros, añadió.\n\nLa reparación se retrasó por las lluvias, según el comunicado.', [
      ['indirect', 'el puente reabrirá en mayo', 'Clara Ruiz'],
      ['indirect', 'Las obras costarán 40 millones de euros', 'Clara Ruiz'],
      ['indirect', 'La reparación se retrasó por las lluvias', 'Clara Ruiz'],
    ]],
    ['it', 'La ministra, Chiara Neri, ha detto che il ponte riaprirà a maggio.\n\nI lavori costeranno 40 milioni di euro, ha aggiunto.\n\nIl cantiere è stato ritardato dalle piogge, secondo la nota.', [
      ['indirect', 'il ponte riaprirà a maggio', 'Chiara Neri'],
      ['indirect', 'I lavori costeranno 40 milioni di euro', 'Chiara Neri'],
      ['indirect', 'Il cantiere è stato ritardato dalle piogge', 'Chiara Neri'],
    ]],
    ['pt', 'A ministra, Helena Castro, disse que a ponte reabre em maio.\n\nA obra custará 40 milhões de euros, acrescentou ela.\n\nAs chuvas atrasaram os trabalhos, segundo o comunicado.', [
      ['indirect', 'a ponte reabre em maio', 'Helena Castro'],
      ['indirect', 'A obra custará 40 milhões de euros', 'Helena Castro'],
      ['indirect', 'As chuvas atrasaram os trabalhos', 'Helena Castro'],
    ]],
    ['nl', 'Minister Anouk de Vries zei dat de brug in mei opengaat.\n\nDe reparatie kost 40 miljoen euro, voegde ze eraan toe.\n\nVolgens de verklaring liep het werk vertraging op door hoogwater.', [
      ['indirect', 'de brug in mei opengaat', 'Anouk de Vries'],
      ['indirect', 'De reparatie kost 40 miljoen euro', 'Anouk de Vries'],
      ['indirect', 'liep het werk vertraging op door hoogwater', 'Anouk de Vries'],
    ]],
  ];
  it.each(languages)('carries a report over paragraphs in %s by its pronoun, office or statement', (language, text, expected) => {
    expect(kindWordsSpeaker(language, `Title\n\n${text}`)).toEqual(expected);
  });

  it('gives "the statement" the one who spoke last, not one before a new speaker', () => {
    expect(kindWordsSpeaker('fr', "Title\n\nLa ministre, Claire Dubois, a déclaré que le pont rouvrirait en mai.\n\nLe maire, Paul Roux, a indiqué que la commune paierait une navette.\n\nLe chantier a été retardé par les crues, selon le communiqué.")).toEqual([
      ['indirect', 'le pont rouvrirait en mai', 'Claire Dubois'],
      ['indirect', 'la commune paierait une navette', 'Paul Roux'],
      ['indirect', 'Le chantier a été retardé par les crues', 'Paul Roux'],
    ]);
  });
});
