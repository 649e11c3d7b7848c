import { describe, expect, it } from 'vitest';
import { spanText, type SegmentedArticle } from '../article.js';
import { seededRandom } from '../test-support/random.js';
import { copiedPairs, MIN_COPIED_SHARE } from './copied.js';
import { findQuotes, mergeQuotes, type CopiedSentences } from './index.js';
import { wording } from './pairs.js';
import { textArticle } from './test-support/articles.js';

const source = textArticle('The gate failed before dawn. Three people were treated for minor injuries and no deaths have been reported, the health service said.', { id: 'harbor' });
const rewrite = textArticle('The gate gave way before dawn. No deaths have been reported and three people received treatment for minor injuries, the health service of Eastmarch said.', { id: 'trendline' });

/** The copy relation copy detection gives: each sentence of the rewrite paired with the source sentence it took. */
function copiedFrom(copy: SegmentedArticle, original: SegmentedArticle): CopiedSentences {
  return { article: copy.id, source: original.id, sentences: copy.sentences.map((sentence, index) => ({ sentence, source: original.sentences[index] })) };
}

const reports = (copies: CopiedSentences[] = []) =>
  mergeQuotes([source, rewrite].map((article) => ({ article, quotes: findQuotes(article) })), copies).map((quote) => [
    spanText(source.id === quote.representative.article ? source.text : rewrite.text, quote.representative.span),
    quote.occurrences.map((occurrence) => occurrence.article),
  ]);

describe('mergeQuotes with the story copies', () => {
  it('keeps a reworded report apart when nothing says it was copied', () => {
    expect(reports()).toHaveLength(2);
  });

  it('joins a report a rewrite reworded to the report of the sentence it took', () => {
    expect(reports([copiedFrom(rewrite, source)])).toEqual([
      ['Three people were treated for minor injuries and no deaths have been reported', ['harbor', 'trendline']],
    ]);
  });

  it('keeps apart reports of paired sentences that share too few words', () => {
    const other = textArticle('The gate gave way before dawn. Engineers will inspect the other two gates this week, the health service of Eastmarch said.', { id: 'other' });
    const merged = mergeQuotes([source, other].map((article) => ({ article, quotes: findQuotes(article) })), [copiedFrom(other, source)]);
    expect(merged.map((quote) => quote.occurrences.length)).toEqual([1, 1]);
  });

  it('keeps apart a corrected reprint stating another number, though the copy took the sentence', () => {
    const corrected = textArticle(source.text.replace('Three people', 'Four people'), { id: 'sentinel' });
    const merged = mergeQuotes([source, corrected].map((article) => ({ article, quotes: findQuotes(article) })), [copiedFrom(corrected, source)]);
    expect(merged.map((quote) => quote.occurrences.map((occurrence) => occurrence.article))).toEqual([['harbor'], ['sentinel']]);
  });

  it("shows a report in the words of the article a rewrite took it from, though the rewrite's are more", () => {
    const wordy = textArticle('The gate gave way before dawn. Three people were treated in hospital for their minor injuries and no deaths at all have been reported, the health service said.', { id: 'farm' });
    const merged = mergeQuotes([source, wordy].map((article) => ({ article, quotes: findQuotes(article) })), [copiedFrom(wordy, source)]);
    expect(merged).toHaveLength(1);
    expect(merged[0].representative.article).toBe('harbor');
  });

  it('refuses copies that are not an array', () => {
    expect(() => mergeQuotes([], 'x' as never)).toThrow(/^tidings: expected copies as an array/);
  });
});

describe('copiedPairs', () => {
  it('pairs as filtering every item of the article for each copied sentence does, on random quotations', () => {
    const random = seededRandom(9);
    const vocabulary = ['gate', 'river', 'dawn', 'crews', 'homes', 'water'];
    let paired = 0;
    for (let round = 0; round < 100; round++) {
      const items = Array.from({ length: 40 }, () => {
        const start = Math.floor(random() * 400);
        const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
        const occurrence = { article: random() < 0.5 ? 'copy' : 'source', span: { start, end: start + 1 + Math.floor(random() * 30) } };
        return { ...wording(random() < 0.7 ? 'direct' : 'indirect', words), occurrence } as Parameters<typeof copiedPairs>[0][number];
      });
      const sentence = () => {
        const start = Math.floor(random() * 400);
        return { start, end: start + Math.floor(random() * 80) };
      };
      const copies: CopiedSentences[] = [{ article: 'copy', source: 'source', sentences: Array.from({ length: 10 }, () => ({ sentence: sentence(), source: sentence() })) }];
      const within = (article: string, span: { start: number; end: number }) =>
        items.flatMap((item, index) => (item.occurrence.article === article && span.start <= item.occurrence.span.start && item.occurrence.span.end <= span.end ? [index] : []));
      const expected: Array<[number, number]> = [];
      for (const pair of copies[0].sentences!) {
        const taken = within('source', pair.source);
        for (const index of within('copy', pair.sentence)) {
          let best: number | undefined;
          let bestShare = MIN_COPIED_SHARE;
          for (const candidate of taken) {
            if (items[candidate].kind !== items[index].kind) continue;
            const [small, large] = items[index].distinct.size <= items[candidate].distinct.size ? [items[index].distinct, items[candidate].distinct] : [items[candidate].distinct, items[index].distinct];
            const share = [...small].filter((word) => large.has(word)).length / small.size;
            if (share >= bestShare) [best, bestShare] = [candidate, share];
          }
          if (best !== undefined) expected.push([best, index]);
        }
      }
      expect([...copiedPairs(items, copies)]).toEqual(expected);
      paired += expected.length;
    }
    expect(paired).toBeGreaterThan(100);
  });
});
