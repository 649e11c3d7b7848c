import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { alignFacts, compatible, findNumberFacts } from './index.js';

// Made-up companies and a made-up merger.
const PUBLISHED = '2026-03-09T08:00:00Z';

/** The status and values of the fact groups of `key` when two outlets of one day write `first` and `second`. */
function aligned(first: string, second: string, key: string): Array<{ status: string; values: Array<number | string> }> {
  const articles = [first, second].map((text, index) => textArticle(text, { id: `outlet-${index}`, published: PUBLISHED }));
  return alignFacts(articles).filter((group) => group.key.startsWith(key)).map((group) => ({ status: group.status, values: group.values.map((value) => value.value) }));
}

describe('a round figure against a precise one', () => {
  it('reads the step of the last digit written under a multiplier word', () => {
    const article = textArticle('Harbin Foods agreed to buy Vessel Mills for $4 billion. Orlo Group offered $4.25 billion for Vessel Mills. The new plant cost 800,000 euros.', { published: PUBLISHED });
    expect(findNumberFacts(article).map((fact) => [fact.value, fact.precision])).toEqual([
      [4_000_000_000, 1_000_000_000],
      [4_250_000_000, 10_000_000],
      [800_000, undefined],
    ]);
  });

  it('agrees when the precise one rounds to the round one at its written precision', () => {
    expect(aligned('Harbin Foods agreed to pay $4 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4.2 billion for Vessel Mills on Monday.', 'cost')).toEqual([{ status: 'agreed', values: [4_000_000_000, 4_200_000_000] }]);
  });

  it('still disputes a precise figure the round one is not a rounding of, and two precise ones', () => {
    expect(aligned('Harbin Foods agreed to pay $4 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4.6 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('conflicting');
    expect(aligned('Harbin Foods agreed to pay $4.2 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4.3 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('conflicting');
    expect(aligned('Harbin Foods agreed to pay $4 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $5 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('conflicting');
  });

  it('reads "about" and "more than" a round figure at its precision too, "nearly" only below it', () => {
    const precise = { value: 4_200_000_000, qualifier: 'exact' as const, unit: '$', precision: 100_000_000 };
    for (const qualifier of ['about', 'more-than', 'exact'] as const) {
      expect(compatible({ value: 4_000_000_000, qualifier, unit: '$', precision: 1_000_000_000 }, precise)).toBe(true);
    }
    expect(compatible({ value: 4_000_000_000, qualifier: 'nearly', unit: '$', precision: 1_000_000_000 }, precise)).toBe(false);
    expect(compatible({ value: 4_000_000_000, qualifier: 'nearly', unit: '$', precision: 1_000_000_000 }, { ...precise, value: 3_600_000_000 })).toBe(true);
    expect(compatible({ value: 4_000_000_000, qualifier: 'nearly', unit: '$', precision: 1_000_000_000 }, { ...precise, value: 4_600_000_000 })).toBe(false);
    expect(compatible({ value: 4_000_000_000, qualifier: 'exact', unit: '$' }, precise)).toBe(false);
  });

  it('keeps a hedge on its side of a round figure: "nearly" below, "more than" above', () => {
    expect(aligned('Harbin Foods agreed to pay nearly $4 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4.4 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('conflicting');
    expect(aligned('Harbin Foods agreed to pay more than $4 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $3.6 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('conflicting');
    expect(aligned('Harbin Foods agreed to pay more than $4 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4.4 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('agreed');
  });

  it('reads a round figure led by a small digit no wider than its share of the value', () => {
    expect(aligned('Harbin Foods agreed to pay $1 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $1.4 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('conflicting');
    expect(aligned('Harbin Foods agreed to pay $1 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $1.1 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('agreed');
  });

  it('states one value when outlets write one amount at two precisions ("$4 billion", "$4,000 million"), read at the finer, as its most precise source wrote it (review r6 of facts29: read at the coarser)', () => {
    const articles = ['Harbin Foods agreed to pay $4 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4,000 million for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4.3 billion for Vessel Mills on Monday.'].map((text, index) => textArticle(text, { id: `outlet-${index}`, published: PUBLISHED }));
    const [group] = alignFacts(articles).filter((candidate) => candidate.key.startsWith('cost'));
    expect(group.values.map((value) => [value.value, value.precision, value.sources.length, value.reading])).toEqual([
      [4_000_000_000, 1_000_000, 2, 0],
      [4_300_000_000, 100_000_000, 1, 1],
    ]);
  });

  it('works the status out from each claim at its own precision: a vaguer "$4 billion" beside them hides no dispute of "$4,000 million" and "$4.3 billion" (review r6 of facts29: agreed)', () => {
    const articles = ['Harbin Foods agreed to pay $4 billion for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4,000 million for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4.3 billion for Vessel Mills on Monday.'].map((text, index) => textArticle(text, { id: `outlet-${index}`, published: PUBLISHED }));
    const [group] = alignFacts(articles).filter((candidate) => candidate.key.startsWith('cost'));
    expect(group.status).toBe('conflicting');
    expect(new Set(group.values.map((value) => value.reading)).size).toBe(2);
    expect(aligned('Harbin Foods agreed to pay $4,000 million for Vessel Mills on Monday.', 'Harbin Foods agreed to pay $4.3 billion for Vessel Mills on Monday.', 'cost')[0].status).toBe('conflicting');
  });
});
