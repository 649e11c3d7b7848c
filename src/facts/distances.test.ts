import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { alignFacts, findNumberFacts } from './index.js';

// A made-up yacht race off made-up islands.
const PUBLISHED = '2026-12-27T06:00:00Z';

describe('a distance in a direction from a named place', () => {
  it('keys the distance by the place it is measured from', () => {
    const article = textArticle('The yacht Kestrel lost its mast 19 nautical miles south of Tarn Island on Sunday.', { published: PUBLISHED });
    expect(findNumberFacts(article).map((fact) => [fact.key, fact.label])).toEqual([['-:nautical miles:south:tarn-island', 'south of tarn island (nautical miles)']]);
  });

  it('does not set distances from two places against each other, and does from one', () => {
    const groups = (first: string, second: string) => alignFacts([first, second].map((text, index) => textArticle(text, { id: `wire-${index}`, published: PUBLISHED }))).filter((group) => group.key.startsWith('-:nautical miles')).map((group) => group.status);
    expect(groups('The yacht Kestrel lost its mast 19 nautical miles south of Tarn Island.', 'The leaders were about 30 nautical miles south of Corrie Bay on Saturday night.')).toEqual(['single-source', 'single-source']);
    expect(groups('The yacht Kestrel lost its mast 19 nautical miles south of Tarn Island.', 'The yacht Kestrel sank 25 nautical miles south of Tarn Island.')).toEqual(['conflicting']);
  });

  it('takes no weekday, month or name after another word as the place ("30 km south of the city on Tuesday" keyed "south of tuesday")', () => {
    const keys = (text: string) => findNumberFacts(textArticle(text, { published: PUBLISHED })).map((fact) => fact.key);
    expect(keys('The yacht Kestrel sank 30 km south of the city on Tuesday.')).toEqual(['-:km:south']);
    expect(keys('The yacht Kestrel sank 30 km south on Sunday.')).toEqual(['-:km:south']);
    expect(keys('The yacht Kestrel sank 30 km south of the harbour near Corrie Bay.')).toEqual(['-:km:south']);
    expect(keys('The yacht Kestrel sank 30 km south of the port town of Velm in December.')).toEqual(['-:km:south:velm']);
  });
});

describe('"over" that is no bound (facts29: "rolled over 19 nautical miles" read as more than 19)', () => {
  const stated = (text: string) => findNumberFacts(textArticle(text, { published: PUBLISHED })).map((fact) => [fact.value, fact.qualifier]);

  it('reads a verb\'s particle as no qualifier: the yacht rolled over, 19 miles out', () => {
    expect(stated('The yacht Kestrel rolled over 19 nautical miles south of Tarn Island.')).toEqual([[19, 'exact']]);
    expect(stated('Harbour police handed over 12 suspects to the coastguard.')).toEqual([[12, 'exact']]);
    expect(stated('The squall killed over 60 people.')).toEqual([[60, 'more-than']]);
    expect(stated('Rovers signed over 40 players this summer.')).toEqual([[40, 'more-than']]);
  });

  it('sets a capsize 19 miles out against one 25 miles out from the same island', () => {
    const group = alignFacts(['The yacht Kestrel rolled over 19 nautical miles south of Tarn Island.', 'The yacht Kestrel capsized 25 nautical miles south of Tarn Island.'].map((text, index) => textArticle(text, { id: `wire-${index}`, published: PUBLISHED }))).find((found) => found.key.startsWith('-:nautical miles'));
    expect(group?.status).toBe('conflicting');
  });
});
