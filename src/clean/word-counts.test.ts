import { describe, expect, it } from 'vitest';
import type { Span } from '../article.js';
import { ducArticles, seedArticles } from '../segment/test-support/real-texts.js';
import { seededRandom as random } from '../test-support/random.js';
import { CLEAN_PASSES } from './index.js';
import { defaultCleanOptions } from './options.js';
import type { CleanContext } from './pass.js';
import { wordsUpTo } from '../text/words.js';
import { WordCounts } from './word-counts.js';

const PIECES = ['word', 'a', 'Zürich', '—', '.', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u200b', 'x\u3000y', ''];

describe('WordCounts', () => {
  it('answers wordsUpTo for any span and limit, asked in any order', () => {
    const next = random(60);
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(next() * 200);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const counts = new WordCounts(1 + Math.floor(next() * 70));
      for (let q = 0; q < 40; q++) {
        const start = Math.floor(next() * (text.length + 1));
        const span: Span = { start, end: start + Math.floor(next() * (text.length - start + 1)) };
        const paragraph = text.slice(span.start, span.end);
        const limit = 1 + Math.floor(next() * 90);
        expect(counts.upTo(span, paragraph, limit), JSON.stringify([paragraph, limit])).toBe(wordsUpTo(paragraph, limit));
      }
    }
  });

  it('leaves every pass as it is without shared counts, on the seeds and DUC 2004, with default and other limits', () => {
    for (const options of [defaultCleanOptions, { ...defaultCleanOptions, maxHeadingWords: 3, maxNavigationWords: 80 }]) {
      for (const article of [...seedArticles(), ...ducArticles()]) {
        const alone: CleanContext = { text: article.text, title: article.title, options };
        const shared: CleanContext = { ...alone, wordCounts: new WordCounts(60) };
        let paragraphs = article.paragraphs;
        for (const [, pass] of CLEAN_PASSES) {
          const result = pass(paragraphs, shared);
          expect(result).toEqual(pass(paragraphs, alone));
          paragraphs = result.paragraphs;
        }
      }
    }
  });
});
