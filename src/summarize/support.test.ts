import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { sentenceTokens } from '../segment/index.js';
import { ConceptVocabulary } from './concepts.js';
import { selectUnits } from './select.js';
import { costWithSingleSourceWords, SINGLE_SOURCE_WORD_COST, singleSourceStems } from './support.js';
import type { Unit } from './units.js';

function articlesOf(texts: readonly string[]): SegmentedArticle[] {
  return texts.map((text, i) => prepare(readString(text, { input: `${i}.txt`, format: 'text' }).articles[0]) as SegmentedArticle);
}

/** Each sentence of `articles` as a unit, its words counted as `summarize` counts them. */
function unitsOf(articles: readonly SegmentedArticle[]): Unit[] {
  const vocabulary = new ConceptVocabulary();
  return articles.flatMap((article, a) =>
    article.sentences.map((sentence, s) => {
      const tokens = sentenceTokens(article, s);
      const words = article.text.slice(sentence.start, sentence.end).split(/\s+/).length;
      return { article: a, sentence: s, parts: [sentence], tokens, words, bytes: sentence.end - sentence.start, concepts: vocabulary.concepts(tokens), dangling: false, complete: true };
    }),
  );
}

const FERRY = [
  'The Tolvik ferry ran aground near the harbour on a foggy morning. Gulls circled the stranded ferry for hours.',
  'A ferry ran aground at Tolvik harbour. The ferry carried forty cars.',
];

describe('singleSourceStems', () => {
  it('holds the content words one article writes, however often, and none two articles share', () => {
    const singles = singleSourceStems(unitsOf(articlesOf(FERRY)));
    const stemOf = (word: string) => articlesOf([word])[0].tokens[0].stem;
    expect(singles.has(stemOf('gulls'))).toBe(true);
    expect(singles.has(stemOf('foggy'))).toBe(true);
    expect(singles.has(stemOf('cars'))).toBe(true);
    expect(singles.has(stemOf('ferry'))).toBe(false);
    expect(singles.has(stemOf('harbour'))).toBe(false);
    expect(singles.has(stemOf('Tolvik'))).toBe(false);
    expect(singles.has(stemOf('the'))).toBe(false);
  });
});

describe('costWithSingleSourceWords', () => {
  it('charges each word only one article writes as more words, nothing for shared ones', () => {
    const units = unitsOf(articlesOf(FERRY));
    const singles = singleSourceStems(units);
    const cost = costWithSingleSourceWords((unit) => unit.words, singles);
    const gulls = units.find((unit) => unit.tokens.some((token) => token.norm === 'gulls'))!;
    const shared = units.find((unit) => unit.article === 1 && unit.sentence === 0)!;
    // "Gulls circled the stranded ferry for hours.": gulls, circled, stranded and hours are the first article's alone.
    expect(cost(gulls)).toBe(gulls.words + 4 * SINGLE_SOURCE_WORD_COST);
    expect(cost(shared)).toBe(shared.words);
  });

  it('prices the extra words at the unit’s own cost per word (a byte budget)', () => {
    const units = unitsOf(articlesOf(FERRY));
    const cost = costWithSingleSourceWords((unit) => unit.bytes, singleSourceStems(units));
    const gulls = units.find((unit) => unit.tokens.some((token) => token.norm === 'gulls'))!;
    expect(cost(gulls)).toBeCloseTo(gulls.bytes * (1 + (4 * SINGLE_SOURCE_WORD_COST) / gulls.words));
  });
});

describe('selectUnits with a greedy cost', () => {
  /** A made-up unit of `words` words covering `concepts`. */
  const unit = (sentence: number, words: number, concepts: number[]): Unit => ({ article: 0, sentence, parts: [], tokens: [], words, bytes: words, concepts, dangling: false, complete: true });

  it('ranks the greedy pass by the greedy cost while the budget still counts the cost', () => {
    const units = [unit(0, 10, [0]), unit(1, 5, [1]), unit(2, 5, [2])];
    const weights = Float64Array.from([12, 7, 7]);
    const words = (chosen: Unit) => chosen.words;
    const sentence = (chosen: Unit) => chosen.sentence;
    expect(selectUnits(units, weights, words, 10, sentence).picked.sort()).toEqual([1, 2]);
    // Units 1 and 2 each carry words one article writes: charged 6 words more each, unit 0 goes first and fills the budget.
    const charged = (chosen: Unit) => chosen.words + (chosen.sentence > 0 ? 6 : 0);
    expect(selectUnits(units, weights, words, 10, sentence, charged).picked).toEqual([0]);
  });
});
