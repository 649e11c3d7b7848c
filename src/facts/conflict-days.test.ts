import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { factStatusText } from '../render/report-text.js';
import { conflictDays, storyReport } from './index.js';

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
});
