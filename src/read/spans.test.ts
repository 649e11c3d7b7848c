import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { readBytes } from './read.js';
import { available, DUC_DOCS, EXAMPLES, filesIn, FIXTURES, MULTILING_SOURCES, paragraphTexts, SEEDS, spanProblems } from './test-support/shared-data.js';

function readAll(paths: readonly string[]): Article[] {
  return paths.flatMap((file) => readBytes(readFileSync(file), { input: file }).articles);
}

/** Every paragraph span is inside the text, in order, without overlap or edge whitespace, and together they rebuild the text. */
function expectExactSpans(articles: readonly Article[]): void {
  expect(articles.flatMap(spanProblems)).toEqual([]);
  const rebuilt = articles.filter((article) => paragraphTexts(article).join('\n\n') !== article.text).map((article) => article.id);
  expect(rebuilt).toEqual([]);
}

describe('spans of every reader', () => {
  it('are exact for every fixture (text, html, rss, atom, jsonl, sgml)', () => {
    const articles = readAll(filesIn(FIXTURES.replace(/\/$/, '')));
    expect(new Set(articles.map((article) => article.origin.format))).toEqual(new Set(['text', 'html', 'feed', 'jsonl', 'sgml']));
    expectExactSpans(articles);
  });

  it('are exact for the examples', () => {
    expectExactSpans(readAll(filesIn(EXAMPLES.replace(/\/$/, '')).filter((file) => !file.endsWith('README.md'))));
  });

  it.skipIf(!available(SEEDS, 'spans of the seeds'))('are exact for the seeds', () => {
    expectExactSpans(readAll(filesIn(SEEDS)));
  });

  it.skipIf(!available(MULTILING_SOURCES, 'spans of MultiLing 2011'))('are exact for the 100 MultiLing 2011 sources', () => {
    const articles = readAll(filesIn(MULTILING_SOURCES));
    expect(articles).toHaveLength(100);
    expectExactSpans(articles);
  });

  it.skipIf(!available(DUC_DOCS, 'spans of DUC 2004'))('are exact for the 500 DUC 2004 documents', () => {
    const articles = readAll(readdirSync(DUC_DOCS).sort().flatMap((cluster) => filesIn(`${DUC_DOCS}/${cluster}`)));
    expect(articles).toHaveLength(500);
    expectExactSpans(articles);
    expect(articles.filter((article) => /``|''|\n(?!\n)/.test(article.text.replace(/\n\n/g, ''))).map((article) => article.id)).toEqual([]);
  });
});
