import { describe, expect, it } from 'vitest';
import { kindWordsSpeaker as quotes } from './test-support/articles.js';

// Made-up Portuguese and Dutch reports (quotes26): chains in the conditional and with "zou", speakers named past a day or an agency, bodies, documents and roles standing for the one named before.
describe('Portuguese and Dutch reports carried on and their speakers', () => {
  const cases: Array<[string, string, string, Array<[string, string, string]>]> = [
    ['a Portuguese report goes on in the conditional', 'pt', 'A secretária, Márcia Tavares, disse que os ônibus devem voltar. Até lá, os alunos teriam aulas remotas.', [
      ['indirect', 'os ônibus devem voltar', 'Márcia Tavares'],
      ['indirect', 'Até lá, os alunos teriam aulas remotas', 'Márcia Tavares'],
    ]],
    ['a Portuguese hedge with a subject of its own is the reporter\'s', 'pt', 'O comandante, Nuno Barreiros, disse que o fogo está dominado. O suspeito teria fugido para Espanha.', [
      ['indirect', 'o fogo está dominado', 'Nuno Barreiros'],
    ]],
    ['a Dutch report goes on with "zou"', 'nl', 'Dijkgraaf Anton Bakker zei dat de dijk anders moet. Het Rijk zou het grootste deel betalen.', [
      ['indirect', 'de dijk anders moet', 'Anton Bakker'],
      ['indirect', 'Het Rijk zou het grootste deel betalen', 'Anton Bakker'],
    ]],
    ['a Dutch hedge ("zou zijn gevlucht") goes on only opening on a pronoun', 'nl', 'Volgens een woordvoerder van de politie bedreigden de mannen de eigenaar. Ze zouden er met sieraden vandoor zijn gegaan. De verdachte zou zijn gevlucht.', [
      ['indirect', 'bedreigden de mannen de eigenaar', 'een woordvoerder van de politie'],
      ['indirect', 'Ze zouden er met sieraden vandoor zijn gegaan', 'een woordvoerder van de politie'],
    ]],
    ['a closing source past a day and an agency, its name set off', 'pt', 'Alvarim, 14 mar (Lusa) – A travessia vai estar suspensa até ao fim do mês, disse hoje à agência Lusa o presidente da Câmara de Alvarim, Rui Fontoura.', [
      ['indirect', 'A travessia vai estar suspensa até ao fim do mês', 'Rui Fontoura'],
    ]],
    ['a day or "also" between the verb and "que"', 'pt', 'O prefeito, Cláudio Menezes, anunciou nesta terça-feira que a cidade terá rodízio. Disse ainda que a câmara vai abrir poços.', [
      ['indirect', 'a cidade terá rodízio', 'Cláudio Menezes'],
      ['indirect', 'a câmara vai abrir poços', 'Cláudio Menezes'],
    ]],
    ['a role stands for the name given with it, past a place with a stopword and a paragraph', 'pt', 'O prefeito de São Bento do Agreste, Cláudio Menezes, anunciou que a cidade terá rodízio.\n\nOs bairros seriam divididos, disse o prefeito.', [
      ['indirect', 'a cidade terá rodízio', 'Cláudio Menezes'],
      ['indirect', 'Os bairros seriam divididos', 'Cláudio Menezes'],
    ]],
    ['a role stands for the name given after a title', 'pt', 'A vereadora da Cultura, Dra. Isabel Moura, disse que o edifício tem uma sala.\n\nQuestionada sobre o horário, a vereadora explicou que a biblioteca vai abrir ao domingo.', [
      ['indirect', 'o edifício tem uma sala', 'Isabel Moura'],
      ['indirect', 'a biblioteca vai abrir ao domingo', 'Isabel Moura'],
    ]],
    ['"the document" is its issuer', 'pt', 'A obra custou 1,8 milhões de euros, segundo o comunicado da câmara. O documento acrescenta que 60% do valor veio de fundos europeus.', [
      ['indirect', 'A obra custou 1,8 milhões de euros', 'câmara'],
      ['indirect', '60% do valor veio de fundos europeus', 'câmara'],
    ]],
    ['"the statement" is the one who issued it', 'nl', 'Stichting Stil Lemmerhorn reageerde in een verklaring teleurgesteld. De molens zouden te dicht bij de huizen staan, aldus de verklaring.', [
      ['indirect', 'De molens zouden te dicht bij de huizen staan', 'Stichting Stil Lemmerhorn'],
    ]],
    ['"the company" is the company named after a source\'s words', 'pt', 'De acordo com a empresa Fluvianorte, cerca de 900 pessoas usam o barco. A empresa disse que a reparação custará 80 mil euros.', [
      ['indirect', 'cerca de 900 pessoas usam o barco', 'Fluvianorte'],
      ['indirect', 'a reparação custará 80 mil euros', 'a empresa Fluvianorte'],
    ]],
    ['"the company" is the Companhia named before', 'pt', 'A medida deve durar três meses, de acordo com a nota divulgada pela Companhia de Águas do Agreste. A companhia informou também que vai perfurar quatro poços.', [
      ['indirect', 'A medida deve durar três meses', 'Companhia de Águas do Agreste'],
      ['indirect', 'vai perfurar quatro poços', 'Companhia de Águas do Agreste'],
    ]],
    ['a reflexive verb of complaining attributes', 'pt', 'A empresa Fluvianorte disse que a reparação demora.\n\n"Estamos a perder clientes", queixou-se Amélia Rocha, dona de um café.', [
      ['indirect', 'a reparação demora', 'A empresa Fluvianorte'],
      ['direct', 'Estamos a perder clientes', 'Amélia Rocha'],
    ]],
    ['a pronoun finds its speaker past a sentence carrying the report on', 'nl', 'De gemeente heeft het geld nodig, zei Bram de Wit. Bewoners zouden een korting krijgen.\n\n"We verhogen de tarieven niet voor ons plezier", voegde hij eraan toe.', [
      ['indirect', 'De gemeente heeft het geld nodig', 'Bram de Wit'],
      ['indirect', 'Bewoners zouden een korting krijgen', 'Bram de Wit'],
      ['direct', 'We verhogen de tarieven niet voor ons plezier', 'Bram de Wit'],
    ]],
    ['a sentence in the perfect points back (Dutch)', 'nl', 'De dijk is een jaar later klaar. Dat heeft het waterschap Veenstromen maandag bekendgemaakt.', [
      ['indirect', 'De dijk is een jaar later klaar', 'Veenstromen'],
    ]],
    ['a sentence in the perfect points back (German)', 'de', 'Die Molkerei schließt ihr Werk. Das hat das Unternehmen am Montag mitgeteilt.', [
      ['indirect', 'Die Molkerei schließt ihr Werk', 'Molkerei'],
    ]],
    ['"X made that known" points back', 'nl', 'Parkeren kost vanaf 1 januari 3,20 euro per uur, nu is dat 2,50 euro. Wethouder Bram de Wit (Financiën) maakte dat maandag bekend.', [
      ['indirect', 'Parkeren kost vanaf 1 januari 3,20 euro per uur, nu is dat 2,50 euro', 'Bram de Wit'],
    ]],
    ['"X made that known" points back (German)', 'de', 'Die Molkerei schließt ihr Werk. Die Stadt gab das am Montag bekannt.', [
      ['indirect', 'Die Molkerei schließt ihr Werk', 'Die Stadt'],
    ]],
  ];
  it.each(cases)('%s', (_, language, text, expected) => {
    expect(quotes(language, `Title\n\n${text}`)).toEqual(expected);
  });

  it('reads "that" after a speech verb as a clause only when one follows', () => {
    expect(quotes('nl', 'Title\n\nDe burgemeester meldde dat de brug gevaarlijk is.')).toEqual([['indirect', 'de brug gevaarlijk is', 'De burgemeester']]);
    expect(quotes('nl', 'Title\n\nDe brug gaat dicht. De burgemeester meldde dat maandag.').filter(([, words]) => words === 'maandag')).toEqual([]);
  });
});
