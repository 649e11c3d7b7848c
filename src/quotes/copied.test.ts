import { describe, expect, it } from 'vitest';
import { spanText, type SegmentedArticle } from '../article.js';
import { findQuotes, mergeQuotes, type CopiedSentences } from './index.js';
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

  it('refuses copies that are not an array', () => {
    expect(() => mergeQuotes([], 'x' as never)).toThrow(/^tidings: expected copies as an array/);
  });
});
