import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { factStatusText } from '../render/report-text.js';
import { conflictDays, revisedSources, storyReport } from './index.js';
import type { FactGroup, FactSource } from './types.js';

/** A fictional storm's toll over three days: 3 on the first, 7 on the second, 10 and 11 on the third (audit26). */
const storm = () => [
  textArticle('Three people died when Storm Idra crossed the Fenmarrow coast overnight, the emergency service said.', { id: 'wire-1', published: '2026-11-02T08:40:00Z' }),
  textArticle('Seven people have died in Storm Idra and the flooding that followed, the emergency service said on Tuesday.', { id: 'wire-2', published: '2026-11-03T09:15:00Z' }),
  textArticle('Ten people have died in Storm Idra, police chief Arne Holloway said early on Wednesday.', { id: 'kestrel', published: '2026-11-04T05:00:00Z' }),
  textArticle('Eleven people are now known to have died in Storm Idra and the flooding that followed, the emergency service said on Wednesday.', { id: 'wire-3', published: '2026-11-04T12:05:00Z' }),
];

describe('the days a conflicting fact\'s sources disagreed on', () => {
  it('names the day two values were told together, and that other days\' values revise it: a toll rising over days is no disagreement of its first day', () => {
    const killed = storyReport(storm()).facts.find((fact) => fact.key === 'killed:people')!;
    expect(killed.status).toBe('conflicting');
    expect(killed.values.map((value) => value.value)).toEqual([3, 7, 10, 11]);
    expect(conflictDays(killed)).toEqual({ days: ['2026-11-04'], revisedLater: true });
    expect(factStatusText(killed)).toBe('same-day reports disagree (2026-11-04); later reports revise it');
  });

  it('says nothing more of values all told the same day, nor of an update', () => {
    const sameDay = storyReport(storm().slice(2)).facts.find((fact) => fact.key === 'killed:people')!;
    expect(factStatusText(sameDay)).toBe('same-day reports disagree (2026-11-04)');
    const updated = storyReport(storm().slice(0, 2)).facts.find((fact) => fact.key === 'killed:people')!;
    expect(factStatusText(updated)).toBe('revised by a later report');
  });

  it('takes two sources hours apart across midnight as told the same day, the earlier, and leaves out a value its own article revises', () => {
    const source = (article: string, start: number, day?: string, told?: string): FactSource => ({ article, span: { start, end: start + 5 }, ...(day ? { day } : {}), ...(told ? { told: Date.parse(told) } : {}) });
    const lateNight = source('harbour-news', 10, '2026-11-03', '2026-11-03T23:10:00Z');
    const blogFirst = source('live-blog', 10, '2026-11-05');
    const fact: FactGroup = {
      key: 'killed:people', label: 'killed', status: 'conflicting', sources: 4, independent: 4,
      values: [
        { value: 5, qualifier: 'exact', reading: 0, sources: [lateNight, blogFirst] },
        { value: 8, qualifier: 'exact', reading: 1, sources: [source('wire', 10, '2026-11-04', '2026-11-04T01:30:00Z'), source('live-blog', 90, '2026-11-05')] },
        { value: 9, qualifier: 'exact', reading: 2, sources: [source('undated', 10)] },
      ],
    };
    expect(conflictDays(fact)).toEqual({ days: ['2026-11-03'], revisedLater: false });
    expect(revisedSources(fact).has(blogFirst)).toBe(true);
    expect(revisedSources(fact).has(lateNight)).toBe(false);
    expect(conflictDays({ ...fact, values: fact.values.slice(0, 2).map((value) => ({ ...value, sources: value.sources.filter((one) => one.article !== 'harbour-news') })) })).toEqual({ days: [], revisedLater: true });
  });
});
