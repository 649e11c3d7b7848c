import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { alignFacts, compatible, findTallyFacts, TALLY_KEY } from './index.js';

describe('findTallyFacts', () => {
  const cases: Array<[string, string[]]> = [
    ['The council approved the bypass on Tuesday, voting 31 to 17 for the road.', ['31-17']],
    ['Councillors backed the project 31-19 on Tuesday evening.', ['31-19']],
    ['The court upheld the law in a 5-4 ruling.', ['5-4']],
    ['Venn will challenge the electoral board’s 4–3 decision in court.', ['4-3']],
    ['The motion was rejected 12 to 40 after a long debate.', ['40-12']],
    ['The House passed the bill by a vote of 224-200 on Friday.', ['224-200']],
    ['The top-seeded Bluejays defeated Drake 65 - 53 on Friday.', []],
    ["The Republicans' new 223-211 majority is slimmer. Voters are split about 50-50.", []],
    ['Ravensholm beat Dunmore City 3-1 in the final. Dunmore had led 1-0 at half-time.', []],
    ['The plan passed, and 31 to 40 percent of residents opposed it.', []],
    ['Work will run from 9 to 11 in the morning, the council voted.', []],
    ['Councillors in Pellham backed a new ferry terminal on Thursday by 29 votes to 14.', ['29-14']],
    ['The motion fell by 12 votes to 40.', ['40-12']],
  ];
  it.each(cases)('%s', (text, values) => {
    expect(findTallyFacts(textArticle(text)).map((fact) => fact.value)).toEqual(values);
  });

  it('points the tally at the text', () => {
    const article = textArticle('After a long debate, councillors voted 31 to 17 to build the road.');
    const [fact] = findTallyFacts(article);
    expect(article.text.slice(fact.span.start, fact.span.end)).toBe('31 to 17');
  });
});

describe('tallies across articles', () => {
  const day = (text: string, id: string, published: string) => textArticle(text, { id, published });

  it('lines up "voted 31 to 17" with "backed it 31-19" the same day as a conflict, and agrees with "31-17"', () => {
    const groups = alignFacts([
      day('Councillors voted 31 to 17 for the Eastgate bypass.', 'a', '2026-05-12'),
      day('Councillors backed the Eastgate bypass 31-19 on Tuesday.', 'b', '2026-05-12'),
      day('The council passed the plan 31-17.', 'c', '2026-05-12'),
    ]);
    const tally = groups.find((group) => group.key === TALLY_KEY);
    expect(tally?.status).toBe('conflicting');
    expect(tally?.values.map((value) => [value.value, value.sources.map((source) => source.article)])).toEqual([['31-17', ['a', 'c']], ['31-19', ['b']]]);
  });

  it('compares tallies whole: "5-2" and "5-21" differ; a month and a day in it still agree', () => {
    expect(compatible({ value: '5-2', qualifier: 'exact' }, { value: '5-21', qualifier: 'exact' })).toBe(false);
    expect(compatible({ value: '5-2', qualifier: 'exact' }, { value: '5-2', qualifier: 'exact' })).toBe(true);
    expect(compatible({ value: '2027-03', qualifier: 'exact' }, { value: '2027-03-03', qualifier: 'exact' })).toBe(true);
    expect(compatible({ value: '2027-03-1', qualifier: 'exact' }, { value: '2027-03-10', qualifier: 'exact' })).toBe(false);
  });
});
