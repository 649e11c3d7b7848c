import { describe, expect, it } from 'vitest';
import type { SegmentedArticle, Span } from '../article.js';
import { articleEntities } from '../entities/index.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { FERRY_RECORDS } from '../summarize/test-support/ferry.js';
import { readingLanguage } from '../language/index.js';
import { sentenceMayGiveAge } from './ages.js';
import { DATE_KEY } from './dates.js';
import { FACT_LANGUAGES, factWords } from './language-facts.js';
import { TIME_KEY } from './times.js';
import { factsStatedIn, findAgeFacts, storyReport } from './index.js';

const day = { published: '2026-03-14T09:00:00Z' };
const ferry = () => FERRY_RECORDS.map(({ text, ...fields }) => textArticle(text, fields));
/** A fictional flood: two ages of one man, a count of rescued in conflict, and a date. */
const flood = () => [
  textArticle('Martin Osgood, 62, a retired teacher, left his house on Quay Street on Friday. Forty homes were flooded.', { ...day, id: 'a' }),
  textArticle('Neighbours helped Osgood, 64, out of a window on Quay Street. Martin Osgood lives alone. About 60 homes were flooded.', { ...day, id: 'b' }),
  textArticle('The 62-year-old Martin Osgood said the water rose fast. Crews rescued 12 people from the river.', { ...day, id: 'c' }),
];
/** The whole of each article's first `count` sentences, by article id. */
function firstSentences(articles: readonly SegmentedArticle[], count: number): Map<string, Span[]> {
  return new Map(articles.map((article) => [article.id, article.sentences.slice(0, count).map(({ start, end }) => ({ start, end }))]));
}

describe('factsStatedIn', () => {
  it("gives the report's groups of each key a passage claims, in the report's order, and only those", () => {
    for (const articles of [ferry(), flood()]) {
      const report = storyReport(articles).facts;
      for (const count of [1, 2, 3]) {
        const passages = firstSentences(articles, count);
        const stated = factsStatedIn(articles, passages);
        const keys = new Set(stated.map((fact) => fact.key.replace(/#\d+$/, '')));
        expect(stated).toEqual(report.filter((fact) => keys.has(fact.key.replace(/#\d+$/, ''))));
        const claimed = report.filter((fact) => fact.values.some((value) => value.sources.some((source) => passages.get(source.article)!.some((span) => span.start < source.span.end && source.span.start < span.end))));
        expect(stated.map((fact) => fact.key)).toEqual(expect.arrayContaining(claimed.map((fact) => fact.key)));
      }
    }
  });

  it("reads a person's age the passages give against every article's, under the story's name", () => {
    const articles = flood();
    const stated = factsStatedIn(articles, new Map([['b', [articles[1].sentences[0]]]]));
    expect(stated.map((fact) => [fact.key, fact.status])).toEqual([['age:person:martin-osgood', 'conflicting']]);
    expect(stated[0].values.flatMap((value) => value.sources.map((source) => source.article)).sort()).toEqual(['a', 'b', 'c']);
  });

  it("gives an unnamed person's age and an age in decades as the report does (both were missed: found in review)", () => {
    const stories = [
      [textArticle('Harriet Cole, in her fifties, led the rescue at Brack Quay on Monday.', { id: 'a' }), textArticle('Harriet Cole, 47, led the rescue at Brack Quay on Monday.', { id: 'b' })],
      [textArticle('A man in his seventies was pulled from the water at Brack Quay on Monday.', { id: 'a' }), textArticle('A 67-year-old man was pulled from the water at Brack Quay on Monday.', { id: 'b' })],
      [textArticle('A 71-year-old man was pulled from the water at Brack Quay on Monday.', { id: 'a' }), textArticle('A 67-year-old man was pulled from the water at Brack Quay on Monday.', { id: 'b' })],
    ];
    for (const articles of stories) {
      const ages = storyReport(articles).facts.filter((fact) => fact.key.startsWith('age:'));
      expect(ages.map((fact) => fact.status)).toContain('conflicting');
      for (const article of articles) {
        const stated = factsStatedIn(articles, new Map([[article.id, [{ start: 0, end: article.text.length }]]]));
        expect(stated.filter((fact) => fact.key.startsWith('age:'))).toEqual(ages);
      }
    }
  });

  it('gives the name disputes of a passage that names a person as the report does (names were left out: session 25)', () => {
    const articles = [
      textArticle('The trawler sank off Dunmore. The captain, Jon Varga, was the last to leave.', { ...day, id: 'a' }),
      textArticle('Captain Jan Varga said the engine room flooded. The crew was safe.', { ...day, id: 'b' }),
    ];
    const report = storyReport(articles).facts;
    expect(report.map((fact) => [fact.key, fact.status])).toEqual([['holder:captain', 'conflicting']]);
    expect(factsStatedIn(articles, new Map([['b', [articles[1].sentences[0]]]]))).toEqual(report);
    expect(factsStatedIn(articles, new Map([['b', [articles[1].sentences[1]]]]))).toEqual([]);
  });

  it('gives only the name disputes of a passage that names a person and states no number, whatever numbers the other articles dispute', () => {
    const articles = [
      textArticle('The trawler sank off Dunmore. The captain, Jon Varga, was the last to leave. Six crew were rescued.', { ...day, id: 'a' }),
      textArticle('Captain Jan Varga said the engine room flooded. Seven crew were rescued.', { ...day, id: 'b' }),
    ];
    const report = storyReport(articles).facts;
    expect(report.map((fact) => fact.status)).toEqual(['conflicting', 'conflicting']);
    expect(factsStatedIn(articles, new Map([['b', [articles[1].sentences[0]]]]))).toEqual(report.filter((fact) => fact.key === 'holder:captain'));
  });

  it("reads other articles' dates and times only for a passage claiming one, and gives the report's groups all the same", () => {
    const articles = [
      textArticle('Police arrested Tomas Grell on Monday. Twelve paintings were stolen from the Ostrand Gallery.', { ...day, id: 'a' }),
      textArticle('Police arrested Tomas Grell on Tuesday. Fourteen paintings were stolen from the Ostrand Gallery.', { ...day, id: 'b' }),
    ];
    const report = storyReport(articles).facts;
    const keys = (sentence: number) => factsStatedIn(articles, new Map([['a', [articles[0].sentences[sentence]]]])).map((fact) => fact.key);
    expect(report.map((fact) => [fact.key.startsWith(`${DATE_KEY}:`), fact.status]).sort()).toEqual([[false, 'conflicting'], [true, 'conflicting']]);
    expect(keys(0)).toEqual(report.filter((fact) => fact.key.startsWith(`${DATE_KEY}:`)).map((fact) => fact.key));
    expect(keys(1)).toEqual(report.filter((fact) => !fact.key.startsWith(`${DATE_KEY}:`)).map((fact) => fact.key));
  });

  it('can leave dates and times out of the claims of the other articles: no event a number is keyed by is named as their keys open', () => {
    for (const language of ['en', ...FACT_LANGUAGES]) {
      expect(factWords(language).events.map(({ event }) => event)).not.toEqual(expect.arrayContaining([DATE_KEY]));
      expect(factWords(language).events.map(({ event }) => event)).not.toEqual(expect.arrayContaining([TIME_KEY]));
    }
  });

  it('finds nothing for passages that state no fact, or articles it was not given', () => {
    const articles = flood();
    expect(factsStatedIn(articles, new Map([['b', [articles[1].sentences[1]]]]))).toEqual([]);
    expect(factsStatedIn(articles, new Map([['elsewhere', [{ start: 0, end: 10 }]]]))).toEqual([]);
    expect(() => factsStatedIn(articles, {} as Map<string, Span[]>)).toThrow(/expected a map of article ids to spans/);
  });
});

describe('sentenceMayGiveAge', () => {
  it('holds for every sentence findAgeFacts reads an age in, and not for a sentence with no age number', () => {
    const articles = [...flood(), textArticle('Anna Vell (31) drove. Robert Pitman, aged 24, was charged. Tomasz Wren joined Rovers for the 25-year-old striker. Crews rescued 12 people.', { id: 'd' })];
    const found = articles.flatMap((article) => findAgeFacts(article, articleEntities(article)).map((fact) => article.sentences.findIndex((sentence) => sentence.start <= fact.span.start && fact.span.end <= sentence.end)).map((index) => sentenceMayGiveAge(article, index, factWords(readingLanguage(article)))));
    expect(found.length).toBeGreaterThan(4);
    expect(found.every(Boolean)).toBe(true);
    expect(sentenceMayGiveAge(articles[3], 3, factWords(readingLanguage(articles[3])))).toBe(false);
    expect(sentenceMayGiveAge(articles[2], 1, factWords(readingLanguage(articles[2])))).toBe(false);
  });
});
