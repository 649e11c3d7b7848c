import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { summarize } from './index.js';

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
