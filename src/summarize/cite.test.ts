import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { CitationIndex, stemPairs } from './cite.js';
import { defaultSummarizeOptions, summarize } from './index.js';
import { longFormsRead } from './short-forms.js';

const WIRE = `Fire destroys grain warehouse at Dunmore Quay
November 14, 2026

A fire destroyed a grain warehouse at Dunmore Quay in Callowby early on Saturday, sending thick smoke over the harbour, the fire service said.

Two workers were taken to hospital with smoke inhalation, and no one was killed, said Chief Fire Officer Maren Sollitt.

Residents of about 80 homes on Netherby Lane were told to keep their windows and doors closed until the smoke cleared.`;

/** The same report as a reprint corrected later: three workers, not two. */
const CORRECTED = WIRE.replace('Two workers', 'Three workers');

function article(text: string, input: string) {
  return prepare(readString(text, { input }).articles[0]);
}

describe('citations and numbers', () => {
  it('cite no sentence stating another number than the summary sentence, however many words they share', () => {
    const wire = article(WIRE, 'wire.txt');
    const corrected = article(CORRECTED, 'sentinel.txt');
    const summary = summarize([wire, corrected], { copies: [corrected.id], budget: { sentences: 3 } });
    const cited = summary.sentences.map((sentence) => ({
      text: spanText(wire.text, sentence.citations[0].span),
      citing: sentence.citations.map((citation) => spanText(citation.article === wire.id ? wire.text : corrected.text, citation.span)),
    }));
    const hospital = cited.find((sentence) => sentence.text.startsWith('Two workers'));
    expect(hospital?.citing).toEqual([hospital?.text]);
    const residents = cited.find((sentence) => sentence.text.startsWith('Residents'));
    expect(residents?.citing).toHaveLength(2);
  });
});

describe('citations and amounts of money (audit22b)', () => {
  it('cite no sentence stating another amount ("£48 million" is not "£52 million"), and cite one stating it in short ("£48m")', () => {
    const ledger = article(WIRE.replace('Two workers were', 'The repairs will cost £48 million, and two workers were'), 'ledger.txt');
    const gazette = article(WIRE.replace('Two workers were', 'The repairs will cost £52 million, and two workers were'), 'gazette.txt');
    const courier = article(WIRE.replace('Two workers were', 'The repairs will cost £48m, and two workers were'), 'courier.txt');
    const summary = summarize([ledger, gazette, courier], { copies: [gazette.id, courier.id], budget: { sentences: 3 } });
    const repairs = summary.sentences.find((sentence) => spanText(ledger.text, sentence.citations[0].span).startsWith('The repairs'));
    expect(repairs?.citations.map((citation) => citation.article)).toEqual([ledger.id, courier.id]);
  });
});

/** The sentences of other articles `CitationIndex.cite` cites for the first article's only sentence. */
function citedFor(summaryText: string, others: readonly string[]): string[] {
  const articles = [summaryText, ...others].map((text, index) => article(text, `cite-${index}.txt`));
  const [source] = articles;
  const sentence = source.sentences[0];
  const tokens = source.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  return new CitationIndex(articles)
    .cite(tokens, 0, { start: sentence.start, end: sentence.end }, defaultSummarizeOptions.citationSupport)
    .slice(1)
    .map((citation) => spanText(articles.find((candidate) => candidate.id === citation.article)!.text, citation.span));
}

describe('citations make the summary sentence claim, not only share its words (cite23)', () => {
  it.each([
    ['the opposite action', 'Corran Strait Ferries suspended all crossings to Inishvale after a gale tore a loading ramp from the pier at Kilrush Point.', 'Corran Strait Ferries will resume all crossings to Inishvale after a gale tore a loading ramp from the pier at Kilrush Point.'],
    ['the opposite action (arrested / released)', 'Police in Veldmoor arrested Tomas Grell over the theft of a landscape painting from the Ostrand Gallery.', 'Police in Veldmoor released Tomas Grell over the theft of a landscape painting from the Ostrand Gallery.'],
    ['a denial', 'Councillor Maeve Tolan voted against the Brennock wind farm, saying the turbines would spoil the view.', 'Councillor Maeve Tolan did not vote against the Brennock wind farm, saying the turbines would spoil the view.'],
    ['another person doing the same', 'Harbour master Ailsa Drummond closed the port at Kilrush Point to all traffic.', 'Harbour master Fergus Kilbride closed the port at Kilrush Point to all traffic.'],
    ['the same action on another day', 'Corran Strait Ferries suspended all crossings to Inishvale on Monday when ice closed the pier at Kilrush Point.', 'Corran Strait Ferries suspended all crossings to Inishvale on Tuesday when ice closed the pier at Kilrush Point.'],
    ['the same action in another month', 'Lismara County Council approved the Brennock wind farm in March, clearing the way for twelve turbines.', 'Lismara County Council approved the Brennock wind farm in June, clearing the way for twelve turbines.'],
    ['another name sharing a word of the name', 'The United Nations recalled its envoy from Velmar after the border talks failed.', 'The United States recalled its envoy from Velmar after the border talks failed.'],
    ['another name sharing a word of the name written short', 'The UN recalled its envoy from Velmar after the border talks failed.', 'The United States recalled its envoy from Velmar after the border talks failed.'],
    ['another person sharing a given name', 'Harbour master Ailsa Drummond closed the port at Kilrush Point to all traffic.', 'Harbour master Ailsa Kilbride closed the port at Kilrush Point to all traffic.'],
  ])('cite no sentence stating %s', (_rule, summarySentence, other) => {
    expect(citedFor(summarySentence, [other])).toEqual([]);
  });

  it.each([
    ['a denial in other words ("refuses to recognize" for "does not recognize")', 'The United Nations does not recognize Indonesian rule over East Timor.', 'The United Nations refuses to recognize Indonesian rule over East Timor.'],
    ['a name in another form ("Indonesia" for "Indonesian")', 'The United Nations does not recognize Indonesian rule over East Timor.', 'The United Nations does not recognize Indonesia\'s rule over East Timor.'],
    ['a person named by a description, with other names elsewhere', 'Aldo Fennick was detained in the Marlow clinic while recovering from back surgery.', 'Harbin police, acting on a warrant from Judge Ilse Brandt, detained the ailing banker in the Marlow clinic while he was recovering from back surgery.'],
    ['"not only", which denies nothing', 'Hillgate Renewables will build twelve turbines and a road above Brennock village.', 'Hillgate Renewables will build not only twelve turbines but a road above Brennock village.'],
    ['a person by the family name alone', 'Harbour master Ailsa Drummond closed the port at Kilrush Point to all traffic.', 'Drummond closed the port at Kilrush Point to all traffic.'],
    ['the same day and a day more', 'Corran Strait Ferries suspended all crossings to Inishvale on Tuesday.', 'Corran Strait Ferries suspended all crossings to Inishvale on Tuesday and Wednesday.'],
  ])('still cite %s', (_rule, summarySentence, other) => {
    expect(citedFor(summarySentence, [other])).toEqual([other]);
  });
});

describe('names written short and in full are one name in citations (cite26)', () => {
  it.each([
    ['"the US" for "the United States"', 'The United States recalled its envoy from Velmar.', 'The US recalled its envoy from Velmar.'],
    ['"the United States" for "the U.S."', 'The U.S. recalled its envoy from Velmar.', 'The United States recalled its envoy from Velmar.'],
    ['"the UN" for "the United Nations"', 'The United Nations halted food convoys to Ostrava Vale.', 'The UN halted food convoys to Ostrava Vale.'],
    ['"the European Union" for "the E.U."', 'The E.U. froze the Tessaly fund.', 'The European Union froze the Tessaly fund.'],
    ['"the EU" for "the European Union"', 'The European Union froze the Tessaly fund.', 'The EU froze the Tessaly fund.'],
  ])('cite %s', (_rule, summarySentence, other) => {
    expect(citedFor(summarySentence, [other])).toEqual([other]);
  });

  it('grade the citation by the whole claim: the name written short is no detail missing', () => {
    const articles = ['The United States recalled its envoy from Velmar on Tuesday.', 'The U.S. recalled its envoy from Velmar on Tuesday.'].map((text, index) => article(text, `grade-${index}.txt`));
    const sentence = articles[0].sentences[0];
    const [, cited] = new CitationIndex(articles).cite(articles[0].tokens.slice(sentence.tokenStart, sentence.tokenEnd), 0, sentence, defaultSummarizeOptions.citationSupport);
    expect(cited).toMatchObject({ article: articles[1].id, grade: 'states', support: 1 });
  });

  it.each([
    ['The US and the E.U. sent aid; the UN did not.', 'the united states and the european union sent aid ; the united nations did not .'],
    ['Tell us what the EU said.', 'tell us what the european union said .'],
    ['CONTACT US TODAY for the U.S. offer.', 'contact us today for the united states offer .'],
  ])('read the short forms written as names as long ones, and no other word: %s', (text, read) => {
    const written = article(text, 'short.txt');
    const tokens = longFormsRead(written, written.tokens);
    expect(tokens.map((token) => token.norm).join(' ')).toBe(read);
    expect(tokens.every((token) => written.tokens.some((other) => other.start === token.start && other.end === token.end))).toBe(true);
  });

  it('cite the articles writing the name in full for a summary sentence writing it short, and the other way round', () => {
    const texts = [
      'Velmar expels envoy\n\nThe United States recalled its envoy from Velmar after the port talks collapsed on Tuesday. The U.S. embassy in Velmar will stay open, officials said.',
      'Envoy leaves Velmar\n\nThe US recalled its envoy from Velmar after the port talks collapsed on Tuesday. The harbour stayed quiet.',
      'Talks end in Velmar\n\nThe United States recalled its envoy from Velmar after the port talks collapsed on Tuesday. Traders waited for news.',
    ];
    const articles = texts.map((text, index) => article(text, `envoy-${index}.txt`));
    const summary = summarize(articles, { budget: { sentences: 1 } });
    const [recalled] = summary.sentences;
    expect(spanText(articles.find((read) => read.id === recalled.article)!.text, recalled.citations[0].span)).toMatch(/recalled its envoy/);
    expect(new Set(recalled.citations.map((citation) => citation.article))).toEqual(new Set(articles.map((read) => read.id)));
  });
});

describe('claim marks are read in English only (cite23)', () => {
  it('cite a German sentence whose capitalized nouns ("das Unternehmen" for "die Reederei") are no names', () => {
    const articles = [
      article('Die Fähre Kilrush fährt wegen der Sturmschäden am Anleger bis Donnerstag nicht mehr nach Inishvale, teilte die Reederei am Dienstag mit. Die Insel ist ohne Verbindung.', 'de-1.txt'),
      article('Die Fähre Kilrush fährt wegen der Sturmschäden am Anleger bis Donnerstag nicht mehr nach Inishvale, teilte das Unternehmen am Dienstag mit. Die Insel ist ohne Verbindung.', 'de-2.txt'),
    ];
    expect(articles.map((read) => read.textLanguage)).toEqual(['de', 'de']);
    const sentence = articles[0].sentences[0];
    const tokens = articles[0].tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    expect(new CitationIndex(articles).cite(tokens, 0, sentence, 0.5).map((citation) => citation.article)).toEqual(articles.map((read) => read.id));
  });
});

describe('stem pairs', () => {
  it('number each pair of neighbouring words once, and refuse a word past the 2^26 their numbers hold rather than give two pairs one number', () => {
    const wire = article(WIRE, 'wire.txt');
    const tokens = wire.tokens.slice(wire.sentences[2].tokenStart, wire.sentences[2].tokenEnd);
    const ids = new Map<string, number>();
    const pairs = stemPairs(tokens, ids);
    expect(pairs.size).toBe(tokens.filter((token) => !token.punct).length - 1);
    expect(stemPairs(tokens, ids)).toEqual(pairs);
    /** A map already holding 2^26 stems, as an index of that many distinct words would. */
    class Full extends Map<string, number> {
      override get size(): number {
        return 2 ** 26;
      }
    }
    expect(() => stemPairs(tokens, new Full())).toThrow(/^tidings: expected at most 67,108,864 distinct words in the articles to cite and the sentences citing them, got number 67108865$/);
  });
});
