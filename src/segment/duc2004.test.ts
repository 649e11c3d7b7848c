import { describe, expect, it } from 'vitest';
import { segment, sentenceWordCount } from './index.js';
import { DUC_DOCS } from '../read/test-support/shared-data.js';
import { ducArticles } from './test-support/real-texts.js';

const articles = ducArticles();
if (articles.length === 0) console.warn(`segment on DUC 2004: skipped, ${DUC_DOCS} is absent`);

describe.skipIf(articles.length === 0)('segment on DUC 2004', () => {
  it('splits all 500 documents into sentences of 2 characters to 120 words', () => {
    const started = performance.now();
    const segmented = articles.map((article) => segment(article));
    const cold = performance.now() - started;
    articles.forEach((article) => segment(article));
    const warm = performance.now() - started - cold;
    const odd: string[] = [];
    let sentences = 0;
    let words = 0;
    for (const article of segmented) {
      article.sentences.forEach((sentence, i) => {
        const count = sentenceWordCount(article, i);
        sentences++;
        words += count;
        if (count > 120 || sentence.end - sentence.start < 2) odd.push(`${article.id}: ${article.text.slice(sentence.start, sentence.end)}`);
      });
    }
    console.log(`segment on DUC 2004: ${articles.length} documents, ${sentences} sentences, ${words} words, ${cold.toFixed(0)} ms cold, ${warm.toFixed(0)} ms warm`);
    expect(articles).toHaveLength(500);
    expect(odd).toEqual([]);
    expect(sentences).toBeGreaterThan(10_000);
  });
});
