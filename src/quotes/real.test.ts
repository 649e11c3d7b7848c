import { describe, expect, it } from 'vitest';
import { spanText, type SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readInputs } from '../read/index.js';
import { available, DUC_DOCS, EXAMPLES, MULTILING_SOURCES, SEEDS } from '../read/test-support/shared-data.js';
import { findQuotes, mergeQuotes } from './index.js';
import { directPairs, seedArticles } from './test-support/articles.js';

describe.skipIf(!available(SEEDS, 'quotes on the seeds'))('findQuotes on the two seeds', () => {
  const [trt, wires] = seedArticles();

  it('finds every direct quote of the TRT World report with its speaker', () => {
    expect(directPairs(trt, findQuotes(trt)).map(([words, speaker]) => [words.slice(0, 40), speaker])).toEqual([
      ['sharp differences', 'Rex Tillerson'],
      ['very ambiguous', 'Sergei Lavrov'],
      ['contradictory', 'Sergei Lavrov'],
      ['real intentions', 'Sergei Lavrov'],
      ['It can be said that the level of trust a', 'Vladimir Putin'],
      ['so far as we know.', 'Vladimir Putin'],
      ['The United States is confident that the ', 'White House'],
      ['evil person', 'Donald Trump'],
      ['an animal', 'Donald Trump'],
      ['very bad for Russia', 'Donald Trump'],
      ['very bad for mankind.', 'Donald Trump'],
    ]);
  });

  it('finds every direct quote of the rewritten wire copy with its speaker', () => {
    expect(directPairs(wires, findQuotes(wires)).map(([words, speaker]) => [words.slice(0, 40), speaker])).toEqual([
      ['not enough', 'The US ambassador'],
      ['partners who are serious about using the', 'The US ambassador'],
      ['things will work out fine', 'Donald Trump'],
      ['no confirmation', 'Russian counterpart'],
      ['media hysteria', 'Russian counterpart'],
      ['diverge', 'Lavrov'],
      ['uncompromising fight against worldwide t', 'Lavrov'],
      ['We insist on an objective investigation ', 'Lavrov'],
      ['Things will work out fine between the Un', 'Donald Trump'],
      ['frank', 'The pair'],
      ['above all on the formation of a broad an', 'Lavrov'],
      ['In general, primitiveness and loutishnes', 'One of his deputies'],
      ['This is contrary to any standards of jus', 'Vladimir Safronkov'],
      ['Russian Federation is among that group t', 'Vladimir Safronkov'],
    ]);
  });

  it('reports what Tillerson, Lavrov and Peskov said without quote marks', () => {
    const indirect = findQuotes(trt).filter((quote) => quote.kind === 'indirect').map((quote) => [quote.speaker?.name, spanText(trt.text, quote.span).slice(0, 30)]);
    expect(indirect).toContainEqual(['Rex Tillerson', 'both countries have agreed tha']);
    expect(indirect).toContainEqual(['Sergei Lavrov', 'it was important not to allow ']);
    expect(indirect).toContainEqual(['Dmitry Peskov', 'Putin may meet Tillerson later']);
  });
});

describe('findQuotes on the bundled examples', async () => {
  const { articles: read } = await readInputs([EXAMPLES]);
  const articles = read.map((article) => prepare(article));
  const byOutlet = (needle: string): SegmentedArticle => articles.find((article) => article.text.includes(needle))!;

  it('names the speaker of every planted quote, whatever the form', () => {
    const harbor = byOutlet('(Harbor Daily) - A spillway');
    expect(directPairs(harbor, findQuotes(harbor)).map(([, speaker]) => speaker)).toEqual(['Odile Fenwright', 'Tomas Keldren', 'Martin Osgood', 'Odile Fenwright']);
    const courier = byOutlet('About 1,400 residents');
    expect(directPairs(courier, findQuotes(courier)).map(([, speaker]) => speaker)).toEqual(['Rowan Tesh', 'Rowan Tesh', 'Odile Fenwright', 'Ines Calloway']);
    const wire = byOutlet('Authorities widened the evacuation zone');
    expect(directPairs(wire, findQuotes(wire)).map(([, speaker]) => speaker)).toEqual(['Tomas Keldren', 'Tomas Keldren', 'Anselm Dorrik']);
  });

  it('follows the rewrite: "said Brenmouth mayor Odile Fenwright" and "she said" with curly quotes', () => {
    const rewrite = byOutlet('Dam Gate Failure Forces');
    const pairs = directPairs(rewrite, findQuotes(rewrite));
    expect(pairs.map(([, speaker]) => speaker)).toEqual(['Martin Osgood', 'Odile Fenwright', 'Tomas Keldren', 'Odile Fenwright']);
  });

  it('merges the same quotation across the original, its reprint and its rewrite', () => {
    const storyA = articles.filter((article) => /Brenmouth|Velmar|Corrin/.test(article.text));
    const merged = mergeQuotes(storyA.map((article) => ({ article, quotes: findQuotes(article, { indirect: false }) })));
    const velmar = merged.find((quote) => spanText(storyA.find((a) => a.id === quote.representative.article)!.text, quote.representative.span).startsWith('We have never seen the Velmar'));
    expect(velmar).toMatchObject({ articles: 3, speaker: 'Odile Fenwright' });
    const worst = merged.find((quote) => quote.occurrences.length === 2 && quote.speaker === 'Tomas Keldren');
    expect(new Set(worst?.occurrences.map((occurrence) => occurrence.article))).toEqual(new Set(['fb8faf61b76f3666', 'vws-2026-03-15-brenmouth-0087']));
    for (const quote of merged) for (const occurrence of quote.occurrences) expect(storyA.some((article) => article.id === occurrence.article)).toBe(true);
  });
});

describe.skipIf(!available(MULTILING_SOURCES, 'speakers in MultiLing 2011') || !available(DUC_DOCS, 'speakers in DUC 2004'))('speakers of fixed bugs, in research data', () => {
  const read = async (file: string) => prepare((await readInputs([file])).articles[0]);
  const speakerOf = (article: SegmentedArticle, words: string) => directPairs(article, findQuotes(article)).find(([quoted]) => quoted.includes(words))?.[1];

  it('Air France, not "Air", says it has no news of flight AF447', async () => {
    expect(speakerOf(await read(`${MULTILING_SOURCES}/M0080.english`), 'We have received no news')).toBe('Air France');
  });

  it('Jiang Zemin, named after "the president and Communist Party chief", says the Western mode must not be adopted', async () => {
    expect(speakerOf(await read(`${DUC_DOCS}/d31050t/NYT19981221.0377`), 'Western mode of political systems')).toBe('Jiang Zemin');
  });
});
