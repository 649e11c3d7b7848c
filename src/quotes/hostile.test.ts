import { describe, expect, it, vi } from 'vitest';
import { findQuotes } from './find.js';
import { textArticle } from './test-support/articles.js';

const { reads } = vi.hoisted(() => ({ reads: { count: 0 } }));
vi.mock('./context.js', async (original) => {
  const actual = await original<typeof import('./context.js')>();
  return { ...actual, norm: (...args: Parameters<typeof actual.norm>) => (reads.count++, actual.norm(...args)) };
});

/** One sentence of `pieces` quoted phrases with no cue between them, its speaker named once at its end. */
const quotedRun = (pieces: number): string =>
  `River report\n\nThe council ${Array.from({ length: pieces }, (_, i) => `called the plan for district ${i} "a slow and costly mistake for the town"`).join(' and ')}, Anna Keldren said on Sunday.`;

function quotesOf(pieces: number): { speakers: (string | undefined)[]; reads: number } {
  const article = textArticle(quotedRun(pieces));
  reads.count = 0;
  const speakers = findQuotes(article).map((quote) => quote.speaker?.name);
  return { speakers, reads: reads.count };
}

describe('findQuotes on one sentence of thousands of quotations', () => {
  it('gives the speaker named near the last ones, reading words in time linear in the sentence', () => {
    const small = quotesOf(250);
    const large = quotesOf(1_000);
    expect(large.speakers.length).toBeGreaterThan(0);
    expect(large.speakers.at(-1)).toBe('Anna Keldren');
    expect(large.reads).toBeLessThan(small.reads * 6);
  });
});

/** One sentence of `repeats` reports with no punctuation between them, each "X said (on Monday) CLAUSE". */
const saidRun = (repeats: number, days: boolean): string =>
  `Mill report\n\n${Array.from({ length: repeats }, () => `Ada Morrow said ${days ? 'on Monday ' : ''}the roof was sound`).join(' ')}.`;

function readsOf(text: string): { quotes: number; reads: number } {
  const article = textArticle(text);
  reads.count = 0;
  const quotes = findQuotes(article).length;
  return { quotes, reads: reads.count };
}

describe('findQuotes on one sentence of thousands of "X said …" (mend27f)', () => {
  it.each([false, true])('reads words in time linear in the sentence, a day after "said": %s', (days) => {
    const small = readsOf(saidRun(250, days));
    const large = readsOf(saidRun(1_000, days));
    expect(large.quotes).toBeGreaterThan(900);
    expect(large.reads).toBeLessThan(small.reads * 6);
  });
});

/** One sentence of `repeats` inverted reports, "CLAUSE, said X, a Y," each followed by four bare commas (quotes28). */
const commaRun = (repeats: number): string => `Mill report\n\n${'Costs fell, said Ada Morrow, a weaver, , , , , '.repeat(repeats)}.`;

describe('findQuotes on one sentence of thousands of "A, said X, a Y, , , ," (quotes28)', () => {
  it('finds quotations whose words, and the words read, grow linearly with the sentence', () => {
    const measure = (repeats: number) => {
      const article = textArticle(commaRun(repeats));
      reads.count = 0;
      const quotes = findQuotes(article);
      return { quotes: quotes.length, chars: quotes.reduce((sum, quote) => sum + quote.span.end - quote.span.start, 0), reads: reads.count };
    };
    const small = measure(250);
    const large = measure(1_000);
    expect(large.quotes).toBeGreaterThan(900);
    expect(large.chars).toBeLessThan(small.chars * 6);
    expect(large.reads).toBeLessThan(small.reads * 6);
  });
});
