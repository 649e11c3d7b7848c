import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { sentenceTokens } from '../segment/index.js';
import { ConceptVocabulary, conceptWeights } from './concepts.js';
import { summarize, summaryPartsText } from './index.js';

function articlesOf(texts: readonly string[]): SegmentedArticle[] {
  return texts.map((text, i) => prepare(readString(text, { input: `${i}.txt`, format: 'text' }).articles[0]) as SegmentedArticle);
}

/** Each sentence of `articles` read into `vocabulary`, as `summarize` reads them. */
function unitsOf(articles: readonly SegmentedArticle[], vocabulary: ConceptVocabulary) {
  return articles.flatMap((article, a) => article.sentences.map((_, s) => ({ article: a, sentence: s, concepts: vocabulary.concepts(sentenceTokens(article, s)) })));
}

/** The weight of the concept of the single word `word` (lower case), read as the first article's tokens write it. */
function wordWeight(articles: readonly SegmentedArticle[], word: string): number {
  const vocabulary = new ConceptVocabulary();
  const weights = conceptWeights(unitsOf(articles, vocabulary), articles.length, vocabulary, 2);
  const token = articles.flatMap((article) => article.tokens).find((candidate) => candidate.norm === word);
  if (!token) throw new Error(`no token ${word}`);
  const concept = vocabulary.concepts([token]).find((id) => vocabulary.isWord(id));
  return concept === undefined ? 0 : weights[concept];
}

describe('word concepts', () => {
  it('are one per distinct content word, none for stopwords, numbers or punctuation', () => {
    const [article] = articlesOf(['The ferry, the blue ferry, carried 40 cars to Tolvik.']);
    const vocabulary = new ConceptVocabulary();
    const concepts = vocabulary.concepts(article.tokens);
    // ferry, blue, carried, cars, tolvik: "the", "to", "40" and the commas are none
    expect(concepts.filter((concept) => vocabulary.isWord(concept))).toHaveLength(5);
    // the ferry, ferry the, the blue, blue ferry, ferry carried, carried 40, 40 cars, cars to, to tolvik (a pair needs one word that is no stopword)
    expect(concepts.filter((concept) => !vocabulary.isWord(concept))).toHaveLength(9);
  });

  it('weigh by the articles opening on them, corroborated, and a little by those holding them', () => {
    const articles = articlesOf([
      'The Velmar dam collapsed near Orsk before dawn. Engineers had warned of cracks for years. Farmers in the valley lost their barns.',
      'Floodwater covered Orsk after the dam failed. The Velmar reservoir was full after weeks of rain. Farmers in the valley lost their barns.',
      'Rescuers reached Orsk by boat on Sunday. Velmar residents sheltered in a school gym. Farmers in the valley lost their barns.',
    ]);
    // "orsk" opens all three articles: 3 × (2/3)² + 0.05 × 3 × (2/3)²
    expect(wordWeight(articles, 'orsk')).toBeCloseTo(4 / 3 + 0.05 * (4 / 3), 6);
    // "velmar" opens one and is held by all three: only the second term
    expect(wordWeight(articles, 'velmar')).toBeCloseTo(0.05 * (4 / 3), 6);
    // "farmers" in all three, never first
    expect(wordWeight(articles, 'farmers')).toBeCloseTo(0.05 * (4 / 3), 6);
    // "engineers": one article only
    expect(wordWeight(articles, 'engineers')).toBe(0);
  });

  it('weigh nothing in a single article, whose pairs keep their votes', () => {
    const articles = articlesOf(['The Velmar dam collapsed near Orsk before dawn. Engineers had warned of cracks for years.']);
    expect(wordWeight(articles, 'orsk')).toBe(0);
    const vocabulary = new ConceptVocabulary();
    const units = unitsOf(articles, vocabulary);
    const weights = conceptWeights(units, 1, vocabulary, 2);
    const pair = units[0].concepts.find((concept) => !vocabulary.isWord(concept))!;
    expect(weights[pair]).toBe(3);
  });
});

describe('summarize with word concepts', () => {
  it('picks a sentence holding the words the articles open on over one two articles repeat later', () => {
    // The openings share words, no pair of words; the forecast is the only sentence of 8 words or more that two articles write.
    const filler = 'Officials gave no further details. The regional office declined to comment. A spokesman promised an update.';
    const forecast = 'Weather forecasters expect heavy rain across the northern plains through the weekend.';
    const articles = articlesOf([
      `Orsk engineers watched helplessly as the ageing Velmar dam collapsed before dawn. ${filler} ${forecast}`,
      `Floodwater swept into Orsk after a dam near Velmar collapsed overnight. ${filler} ${forecast}`,
      `Collapsed concrete from a Velmar spillway dam buried roads around Orsk. ${filler} Schools stayed closed across the whole district.`,
      `Rescue boats reached Orsk once Velmar reported its dam had collapsed. ${filler} Volunteers filled sandbags in the town square all night.`,
    ]);
    const summary = summarize(articles, { budget: { sentences: 1 } });
    const [sentence] = summary.sentences;
    const text = summaryPartsText(articles.find((article) => article.id === sentence.article)!.text, sentence.parts);
    expect(text).toMatch(/Velmar/);
    expect(text).toMatch(/Orsk/);
  });
});
