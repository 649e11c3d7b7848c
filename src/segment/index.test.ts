import { describe, expect, it } from 'vitest';
import type { Article, Span } from '../article.js';
import { defaultSegmentOptions, isWord, segment, segmenter, sentenceTokens, sentenceWordCount, wordCount } from './index.js';

function article(text: string, paragraphs: Span[] = [{ start: 0, end: text.length }]): Article {
  return { id: 'a1', text, paragraphs, messages: [], origin: { input: 'a1.txt', format: 'text' } };
}

function paragraphsOf(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('segment', () => {
  const text = 'Tillerson meets Lavrov\nMr. Tillerson arrived in Moscow. He met Lavrov.\nLavrov said, "We are ready."';
  const segmented = segment(article(text, paragraphsOf(text)));

  it('adds sentences with their paragraph and token range, and tokens', () => {
    expect(segmented.sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Tillerson meets Lavrov', 0],
      ['Mr. Tillerson arrived in Moscow.', 1],
      ['He met Lavrov.', 1],
      ['Lavrov said, "We are ready."', 2],
    ]);
    expect(segmented.sentences.map((s) => [s.tokenStart, s.tokenEnd])).toEqual([[0, 3], [3, 9], [9, 13], [13, 22]]);
    expect(segmented.tokens).toHaveLength(22);
  });

  it('gives each sentence its tokens and counts words without punctuation', () => {
    expect(sentenceTokens(segmented, 1).map((t) => t.norm)).toEqual(['mr.', 'tillerson', 'arrived', 'in', 'moscow', '.']);
    expect(sentenceWordCount(segmented, 1)).toBe(5);
    expect(sentenceWordCount(segmented, 3)).toBe(5);
    expect(wordCount(segmented.tokens)).toBe(16);
    expect(segmented.tokens.filter(isWord)).toHaveLength(16);
  });

  it('returns a new article and leaves the input untouched', () => {
    const input = article(text, paragraphsOf(text));
    const frozen = structuredClone(input);
    const output = segment(Object.freeze(input));
    expect(output).not.toBe(input);
    expect(input).toEqual(frozen);
    expect(output.paragraphs).toBe(input.paragraphs);
    expect(output.text).toBe(input.text);
  });

  it('segments only the paragraphs, so what cleaning left out stays out', () => {
    const body = 'Advertisement. Read more. The real story begins here.';
    const start = body.indexOf('The real');
    const out = segment(article(body, [{ start, end: body.length }]));
    expect(out.sentences.map((s) => body.slice(s.start, s.end))).toEqual(['The real story begins here.']);
    expect(out.sentences[0].paragraph).toBe(0);
  });

  it('gives an article without paragraphs no sentences', () => {
    expect(segment(article('Some text.', []))).toMatchObject({ sentences: [], tokens: [] });
  });

  it('takes extra abbreviations', () => {
    const body = 'The Acme Pty. Sydney office closed.';
    expect(segment(article(body)).sentences).toHaveLength(2);
    const out = segment(article(body), { extraAbbreviations: ['Pty.'] });
    expect(out.sentences).toHaveLength(1);
    expect(sentenceTokens(out, 0).map((t) => t.norm)).toContain('pty.');
  });

  it('checks its options once as a segmenter, which segments as segment does', () => {
    const body = 'The Acme Pty. Sydney office closed. Staff moved to Perth.';
    const segmentArticle = segmenter({ extraAbbreviations: ['Pty.'] });
    expect(segmentArticle(article(body))).toEqual(segment(article(body), { extraAbbreviations: ['Pty.'] }));
    expect(segmentArticle(article(body)).sentences).toHaveLength(2);
    expect(() => segmenter({ extraAbbreviations: 'Calif.' } as never)).toThrow(/^tidings: expected segment.extraAbbreviations/);
    expect(() => segmentArticle({ text: 'x' } as never)).toThrow(/^tidings: expected an article with a paragraphs array/);
  });

  it('exports its defaults and rejects unknown or ill-typed options', () => {
    expect(defaultSegmentOptions).toEqual({ extraAbbreviations: [] });
    expect(() => segment(article('A.'), { language: 'en' } as never)).toThrow(/^tidings: expected a segment option/);
    expect(() => segment(article('A.'), { extraAbbreviations: 'Calif.' } as never)).toThrow(/^tidings: expected segment.extraAbbreviations/);
  });

  it('throws on misuse', () => {
    expect(() => segment(null as never)).toThrow(/^tidings: expected an article, got null$/);
    expect(() => segment({ text: 'x' } as never)).toThrow(/^tidings: expected an article with a paragraphs array/);
    expect(() => segment(article('short', [{ start: 0, end: 99 }]))).toThrow(RangeError);
    expect(() => sentenceTokens(article('x'), 0)).toThrow(/run segment first/);
    expect(() => sentenceTokens(segmented, 99)).toThrow(/^tidings: expected a sentence index below 4, got number 99$/);
  });
});
