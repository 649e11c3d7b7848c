import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { findQuotes, mergeQuotes } from './index.js';
import { withoutNestedFragments } from './nested.js';
import { seededRandom } from '../test-support/random.js';
import { textArticle } from './test-support/articles.js';
import type { Quote } from './types.js';

const quote = (kind: Quote['kind'], start: number, end: number, speaker?: string): Quote => ({
  kind,
  span: { start, end },
  ...(speaker ? { speaker: { name: speaker } } : {}),
});

describe('withoutNestedFragments', () => {
  it.each([
    ['inside the report, same speaker', quote('direct', 20, 30, 'Maren Holloway'), false],
    ['inside the report, no speaker of its own', quote('direct', 20, 30), false],
    ['inside the report, another speaker', quote('direct', 20, 30, 'Tomas Keldren'), true],
    ['running past the end of the report', quote('direct', 90, 120, 'Maren Holloway'), true],
    ['outside the report', quote('direct', 200, 230, 'Maren Holloway'), true],
  ])('a direct quotation %s is kept: %s', (_, fragment, kept) => {
    const report = quote('indirect', 10, 100, 'Maren Holloway');
    expect(withoutNestedFragments([report, fragment])).toEqual(kept ? [report, fragment] : [report]);
  });

  it('answers as comparing every quotation with every report does, on random overlapping spans', () => {
    const random = seededRandom(11);
    const speakers = ['Maren Holloway', 'Tomas Keldren', undefined];
    for (let round = 0; round < 200; round++) {
      const quotes = Array.from({ length: 12 }, () => {
        const start = Math.floor(random() * 100);
        return quote(random() < 0.4 ? 'indirect' : 'direct', start, start + 1 + Math.floor(random() * 40), speakers[Math.floor(random() * 3)]);
      });
      const reports = quotes.filter((candidate) => candidate.kind === 'indirect');
      const holds = (report: Quote, fragment: Quote) =>
        report.span.start <= fragment.span.start && fragment.span.end <= report.span.end && (!fragment.speaker || report.speaker?.name === fragment.speaker.name);
      expect(withoutNestedFragments(quotes)).toEqual(quotes.filter((candidate) => candidate.kind === 'indirect' || !reports.some((report) => holds(report, candidate))));
    }
  });

  it('keeps every quotation of an article with no reported speech, in a new array', () => {
    const quotes = [quote('direct', 0, 10, 'Maren Holloway'), quote('direct', 20, 30)];
    const kept = withoutNestedFragments(quotes);
    expect(kept).toEqual(quotes);
    expect(kept).not.toBe(quotes);
  });
});

describe('mergeQuotes leaves fragments to the reported speech that shows them', () => {
  const article = textArticle(
    [
      'Dam inspector Maren Holloway said the gate checks had been "far too rare" and that the operator had ignored "every warning we sent".',
      '"We will publish the logs," Holloway said.',
    ].join('\n\n'),
  );

  it('lists the report and the whole quotation, not the report’s quoted words again', () => {
    const found = findQuotes(article);
    expect(found.filter((quote) => quote.kind === 'direct').map((quote) => spanText(article.text, quote.span))).toEqual([
      'far too rare',
      'every warning we sent',
      'We will publish the logs,',
    ]);
    const merged = mergeQuotes([{ article, quotes: found }]);
    expect(merged.map((quote) => [quote.kind, quote.speaker, spanText(article.text, quote.representative.span)])).toEqual([
      ['indirect', 'Maren Holloway', 'the gate checks had been "far too rare" and that the operator had ignored "every warning we sent"'],
      ['direct', 'Maren Holloway', 'We will publish the logs,'],
    ]);
  });
});
