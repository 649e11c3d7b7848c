import { describe, expect, it } from 'vitest';
import { checkSummaryLimitOptions, defaultSummaryLimitOptions, SummaryIntake } from './limits.js';

describe('summary limits', () => {
  it('count articles and their bytes as they come, and say why the first one past a limit is one too many', () => {
    const intake = new SummaryIntake({ maxArticles: 3, maxBytes: 2048 });
    expect(intake.add({ text: 'The ferry sank in a storm on Lake Orrin.' })).toBeUndefined();
    expect(intake.add({ text: 'é'.repeat(1000) })).toBeUndefined();
    expect(intake.add({ text: 'Divers searched the lake.' })).toBe('more than 2.0 KB of article text, the most one summary reads (maxBytes)');
    const few = new SummaryIntake({ maxArticles: 1, maxBytes: 2048 });
    expect(few.add({ text: 'One.' })).toBeUndefined();
    expect(few.add({ text: 'Two.' })).toBe('more than 1 article, the most one summary reads (maxArticles)');
  });

  it('merge options over the defaults and refuse limits that are not positive integers', () => {
    expect(checkSummaryLimitOptions({ maxArticles: 10 })).toEqual({ ...defaultSummaryLimitOptions, maxArticles: 10 });
    expect(() => checkSummaryLimitOptions({ maxBytes: 0 })).toThrow('tidings: expected summaryLimits.maxBytes to be a positive integer, got number 0');
    expect(() => checkSummaryLimitOptions({ maxArticle: 3 } as never)).toThrow(/maxArticle/);
  });
});
