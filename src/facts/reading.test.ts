import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { articleAnalysis, reportArticles, storyReport, type ReadingCopy } from './index.js';

const TEXT = 'Crews in Vell Harbor pulled 14 people from the flooded ferry terminal, the port authority said. "We reached everyone we could," harbor master Ilse Varga said.';
const articles = ['o1', 'p1', 'w1', 'o2', 'p2', 'x1'].map((id) => textArticle(TEXT, { id }));
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((article) => article.id);

describe('reportArticles', () => {
  const copies: ReadingCopy[] = [
    { article: 'p1', source: 'o1', kind: 'reprint' },
    { article: 'w1', source: 'o1', kind: 'rewrite' },
    { article: 'p2', source: 'o2' },
    { article: 'x1', source: 'elsewhere', kind: 'reprint' },
  ];

  it.each([
    [6, ['o1', 'p1', 'w1', 'o2', 'p2', 'x1'], []],
    [4, ['o1', 'w1', 'o2', 'x1'], ['p1', 'p2']],
    [3, ['o1', 'o2', 'x1'], ['p1', 'w1', 'p2']],
    [5, ['o1', 'p1', 'w1', 'o2', 'x1'], ['p2']],
    [1, ['o1'], ['p1', 'w1', 'o2', 'p2', 'x1']],
  ])('reads at most %i: articles copying none of the story first (a copy of an article outside it counts as one), then rewrites, then reprints (a copy of unknown kind among them), each in the order given', (max, read, unread) => {
    const reading = reportArticles(articles, copies, max);
    expect(ids(reading.read)).toEqual(read);
    expect(reading.unread).toEqual(unread);
  });

  it('reads a copy that names itself as its source like an original, and does not change the given arrays', () => {
    const given = [...articles];
    expect(ids(reportArticles(given, [{ article: 'o1', source: 'o1', kind: 'reprint' }], 1).read)).toEqual(['o1']);
    expect(given).toEqual(articles);
  });

  it.each([0, -1, 1.5, Number.NaN])('throws on maxArticles %s', (max) => {
    expect(() => reportArticles(articles, [], max)).toThrow(/tidings: expected maxArticles/);
  });
});

describe('storyReport of a story larger than maxArticles', () => {
  const copies = [
    { article: 'p1', source: 'o1', kind: 'reprint' as const },
    { article: 'p2', source: 'o2', kind: 'reprint' as const },
  ];

  it('lists the articles left unread and finds quotes and facts in the read ones only, its timeline keeping every article', () => {
    const report = storyReport(articles, { copies, maxArticles: 4 });
    expect(report.unread).toEqual(['p1', 'p2']);
    const quoted = new Set(report.quotes.flatMap((quote) => quote.occurrences.map((occurrence) => occurrence.article)));
    expect([...quoted].sort()).toEqual(['o1', 'o2', 'w1', 'x1']);
    const sourced = new Set(report.facts.flatMap((fact) => fact.values.flatMap((value) => value.sources.map((source) => source.article))));
    expect([...sourced].sort()).toEqual(['o1', 'o2', 'w1', 'x1']);
    expect(report.timeline.map((entry) => entry.article).sort()).toEqual(ids(articles).sort());
    expect(storyReport(articles, { copies }).unread).toEqual([]);
  });

  it('takes the analyses of the read articles only, in their order', () => {
    const read = ['o1', 'w1', 'o2', 'x1'].map((id) => articles.find((article) => article.id === id)!);
    const analyses = read.map((article) => articleAnalysis(article));
    expect(storyReport(articles, { copies, maxArticles: 4, analyses })).toEqual(storyReport(articles, { copies, maxArticles: 4 }));
    expect(() => storyReport(articles, { copies, maxArticles: 4, analyses: articles.map((article) => articleAnalysis(article)) })).toThrow(/read articles' articleAnalysis/);
  });

  it('needs only the articles it reads segmented: the others give their place in the timeline', () => {
    const stored: Article[] = articles.map(({ sentences: _sentences, tokens: _tokens, ...article }) => article);
    const mixed = articles.map((article, index) => (['p1', 'p2'].includes(article.id) ? stored[index] : article));
    const report = storyReport(mixed, { copies, maxArticles: 4 });
    expect(report).toEqual(storyReport(articles, { copies, maxArticles: 4 }));
    expect(() => storyReport(stored, { copies, maxArticles: 4 })).toThrow(/tidings: storyReport expected a segmented article/);
  });

  it('throws on a copy of another kind', () => {
    expect(() => storyReport(articles, { copies: [{ article: 'p1', source: 'o1', kind: 'independent' as 'reprint' }] })).toThrow(/kind \(when given\) reprint or rewrite/);
  });
});
