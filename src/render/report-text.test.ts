import { describe, expect, it } from 'vitest';
import { storyReport } from '../facts/index.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { valueText } from './fact-values.js';
import { reportText } from './report-text.js';
import { MAX_SHOWN_ITEMS } from './shown.js';

describe('the story report as text', () => {
  // One wire report printed by fourteen outlets: its quote and its number are carried by all of them.
  const articles = Array.from({ length: 14 }, (_, index) =>
    textArticle('About 1,200 people were evacuated from Trevik on Sunday night. "The water came in minutes," said Mayor Ilse Varn.', { id: `outlet-${index + 1}` }),
  );
  const report = storyReport(articles);

  it('names the first MAX_SHOWN_ITEMS sources of a quote and a value and counts the rest', () => {
    const quote = report.quotes.find((candidate) => candidate.speaker === 'Ilse Varn')!;
    expect(quote.occurrences).toHaveLength(14);
    const text = reportText(report, articles, { format: 'text', name: (id) => id, entities: 5 });
    const names = Array.from({ length: MAX_SHOWN_ITEMS }, (_, index) => `outlet-${index + 1}`).join(', ');
    expect(text).toContain(`\n  Ilse Varn: “The water came in minutes,” — ${names} and 4 more\n`);
    expect(text).toMatch(new RegExp(`people evacuated: about 1,200 \\(${names} and 4 more\\)`));
    const markdown = reportText(report, articles, { format: 'md', name: (id) => id, entities: 5 });
    expect(markdown).toContain(`- Ilse Varn: “The water came in minutes,” — ${names} and 4 more\n`);
  });

  it('names each source once, however many of its articles carry the quote', () => {
    const text = reportText(report, articles, { format: 'text', name: () => 'Wire', entities: 5 });
    expect(text).toContain('Ilse Varn: “The water came in minutes,” — Wire\n');
  });

  it('joins values that can all be true with "and", and readings that cannot with "vs"', () => {
    const reports = [
      textArticle('Officials said 340 homes were damaged in Trevik.', { id: 'courier', published: '2026-03-14' }),
      textArticle('Officials said about 340 homes were damaged in Trevik.', { id: 'gazette', published: '2026-03-14' }),
      textArticle('Officials said 410 homes were damaged in Trevik.', { id: 'wire', published: '2026-03-14' }),
    ];
    const text = reportText(storyReport(reports), reports, { format: 'text', name: (id) => id, entities: 5 });
    expect(text).toContain('homes damaged: 340 (courier) and about 340 (gazette) vs 410 (wire) — same-day reports disagree (2026-03-14)\n');
  });

  it('writes a dispute on who holds a role and on a title as a fact, names as the articles write them', () => {
    const reports = [
      textArticle('The trawler sank off Dunmore. The captain, Jon Varga, was the last to leave. Deputy Harbourmaster Elin Strand said the boat was old.', { id: 'courier', published: '2026-04-11' }),
      textArticle('Captain Jan Varga said the engine room flooded. Harbourmaster Elin Strand said the boat was old.', { id: 'radio', published: '2026-04-11' }),
    ];
    const text = reportText(storyReport(reports), reports, { format: 'text', name: (id) => id, entities: 5 });
    expect(text).toContain('who is captain: Jon Varga (courier) vs Jan Varga (radio) — same-day reports disagree (2026-04-11)\n');
    expect(text).toContain('title of Elin Strand: deputy harbourmaster (courier) vs harbourmaster (radio) — same-day reports disagree (2026-04-11)\n');
  });
});

describe('valueText (audit22b)', () => {
  it('writes a currency sign before the amount, as it writes "$", and other units after it', () => {
    expect(valueText({ value: 48_000_000, qualifier: 'exact', unit: '£', sources: [], reading: 0 })).toBe('£48 million');
    expect(valueText({ value: 3_200_000, qualifier: 'about', unit: '€', sources: [], reading: 0 })).toBe('about €3.2 million');
    expect(valueText({ value: 12, qualifier: 'exact', unit: 'A$', sources: [], reading: 0 })).toBe('A$12');
    expect(valueText({ value: 4.8, qualifier: 'exact', unit: 'metres', sources: [], reading: 0 })).toBe('4.8 metres');
  });

  it('writes a round amount of millions or billions in words, as the articles do (it wrote £40,000,000 for "£40 million")', () => {
    const text = (value: number, upper?: number) => valueText({ value, qualifier: 'exact', unit: '$', sources: [], reading: 0, ...(upper !== undefined ? { upper } : {}) });
    expect([text(40_000_000), text(13_900_000_000), text(1_250_000), text(40_250_000), text(999_999), text(2_000_000_000, 2_500_000_000)]).toEqual([
      '$40 million',
      '$13.9 billion',
      '$1,250,000',
      '$40,250,000',
      '$999,999',
      '$2 billion–2.5 billion',
    ]);
    expect(valueText({ value: 1_200_000, qualifier: 'about', sources: [], reading: 0 })).toBe('about 1.2 million');
  });
});
