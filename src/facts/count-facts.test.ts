import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { findCountFacts, findNumberFacts } from './index.js';

/** Fictional reports whose numbers are of every kind: counts, sums, measures, speeds, years, ages, counts given as past. */
const REPORTS = [
  'Storm Verra killed at least 12 people on the Skelmor coast on Tuesday, up from nine on Monday, and damage was put at $40 million.',
  'Winds of 150 km/h tore roofs from 340 homes in Ansley, and about 25,000 homes were still without power, the grid operator said.',
  'The 54-year-old coastguard commander said two fishermen were missing after their 12-metre boat capsized 3 miles off Ansley Point in 2026.',
  'No one was injured when the Calder Rose ran aground with 31 crew on board, and 212 passengers were taken off by lifeboat.',
  'Pellmark will cut 1,200 jobs and pay €3.5 million to close the Brindle plant, which employs 800 workers, the company said on 12 March.',
  'The toll rose to seven after rescuers found four more bodies; police earlier had reported 65 dead in the 2004 storm.',
];

describe('findCountFacts', () => {
  it.each(REPORTS)('gives the facts of findNumberFacts with an event, no unit or currency, not past, in order: %s', (text) => {
    const article = textArticle(text);
    const all = findNumberFacts(article);
    const counts = findCountFacts(article);
    expect(counts).toEqual(all.filter((fact) => fact.event !== undefined && fact.unit === undefined && !fact.previous));
  });

  it('finds the counts and leaves out the sums, measures and past values', () => {
    const facts = REPORTS.flatMap((text) => findCountFacts(textArticle(text)));
    expect(facts.map((fact) => [fact.key, fact.value])).toEqual(expect.arrayContaining([['killed:people', 12], ['missing:fishermen', 2]]));
    expect(facts.every((fact) => fact.unit === undefined && !fact.previous)).toBe(true);
    expect(facts.map((fact) => fact.value)).not.toContain(9);
    expect(facts.map((fact) => fact.value)).not.toContain(40_000_000);
  });
});
