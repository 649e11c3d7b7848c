import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { findNumberFacts } from './index.js';

// Made-up quakes, companies and places.
const PUBLISHED = '2026-11-10T07:00:00Z';

function keyed(text: string): Array<[string, string, number]> {
  return findNumberFacts(textArticle(text, { published: PUBLISHED })).map((fact) => [fact.key, fact.label, fact.value]);
}

describe('what a number with no event is keyed by', () => {
  it('reads no fraction as a count of things: a magnitude counts no "struck southern"', () => {
    expect(keyed('An earthquake of magnitude 6.1 struck southern Harmal on Sunday.')).toEqual([]);
    expect(keyed('Officials said 1.2 million customers lost power.')).toEqual([['-:customer', 'customers', 1_200_000]]);
  });

  it('keys money by no weekday or month after it, which say when, not what', () => {
    expect(keyed('Orlo Group shares lost $2 billion Tuesday.')).toEqual([]);
    expect(keyed('Orlo Group shares lost $2 billion Tuesday in market value.')).toEqual([['-:$:market', 'market ($)', 2_000_000_000]]);
    expect(keyed('The port lost $45 million a day earlier.')).toEqual([['-:$:dai', 'day ($)', 45_000_000]]);
  });

  it('keys money by no abbreviated month after it either ("Jan.", "Sept."), as distances read no place in one (mend29)', () => {
    expect(keyed('Orlo Group shares lost $2 billion Jan. 5.')).toEqual([]);
    expect(keyed('Orlo Group shares lost $2 billion Sept. 5.')).toEqual([]);
    expect(keyed('Orlo Group shares lost $2 billion Jan. 5 in market value.')).toEqual([['-:$:market', 'market ($)', 2_000_000_000]]);
  });
});
