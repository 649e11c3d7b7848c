import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { alignFacts, findNumberFacts } from './index.js';

const priced = (text: string) => findNumberFacts(textArticle(text)).filter((fact) => fact.event === 'cost').map((fact) => [fact.value, fact.object]);

describe('what a price buys, as the sentence names it', () => {
  const cases: Array<[string, number, string]> = [
    ['Rovers paid Harbury Athletic £18 million for the striker Tomasz Wren on Friday.', 18_000_000, 'striker Tomasz Wren'],
    ['The club agreed a £21 million fee with Harbury Athletic for the 25-year-old striker.', 21_000_000, 'striker'],
    ['Rovers also signed the Lisle City defender Kofi Danso for £7 million.', 7_000_000, 'Lisle City defender Kofi Danso'],
    ['The striker Tomasz Wren cost £18 million, rising to £22 million with add-ons.', 18_000_000, 'striker Tomasz Wren'],
    ["Pellmark Foods' $4.1 billion purchase of Crisfield Brands will cost about 1,200 jobs.", 4_100_000_000, 'Crisfield Brands'],
    ['Pellmark agreed on Tuesday to buy the snack maker Crisfield Brands for $4.1 billion in cash.', 4_100_000_000, 'snack maker Crisfield Brands'],
    ['Harrowgate United signed striker Danny Pell from Castlemoor for £40 million on Tuesday.', 40_000_000, 'striker Danny Pell'],
    ['Wexley Athletic sold the midfielder Kofi Osei to Harrowgate United for £25 million.', 25_000_000, 'midfielder Kofi Osei'],
    // the verb's second object, after its first price and "and", 17 tokens past the verb
    ['Harrowgate United have signed striker Danny Pell from Castlemoor for £40 million and midfielder Kofi Osei from Wexley Athletic for £25 million.', 25_000_000, 'midfielder Kofi Osei'],
  ];
  it.each(cases)('%s', (text, value, object) => {
    expect(priced(text)).toContainEqual([value, object]);
  });

  it('names no object for a price after "and" that follows no price of the same verb (one fee for two players)', () => {
    expect(priced('Harrowgate United signed striker Danny Pell and midfielder Kofi Osei from Wexley Athletic for £25 million.')).toEqual([[25_000_000, undefined]]);
  });

  it('names no object where the sentence gives none, and takes a buyer for none ("sold to Pellmark Foods for")', () => {
    expect(priced('The $260 million budget covers 14 kilometres of road.')).toEqual([[260_000_000, undefined]]);
    expect(priced('Crisfield will be sold to Pellmark Foods for $4.1 billion.')).toEqual([[4_100_000_000, undefined]]);
    expect(priced('Crisfield Brands will be sold to Pellmark Foods for $38 per share.')).toEqual([]);
  });

  it('reads a part of a price as no price ("$281 million of the purchase price", ECB+), a cost "of damage" still as one', () => {
    expect(priced('Orvane said $281 million of the purchase price for SeaMicro will be in cash.')).toEqual([]);
    expect(priced('The storm caused an estimated $2 million of damage to the pier.').map(([value]) => value)).toEqual([2_000_000]);
  });

  it('takes no place, time or other word after a preposition or a number for the object, nor a payment with none for a price (DUC 2004)', () => {
    expect(priced('Yigit bought the bank at a public auction in August for $600 million.')).toEqual([[600_000_000, undefined]]);
    expect(priced('The agency asked Orvane to pay $300 million for the right to inspect the site.')).toEqual([]);
    expect(priced('Klaw paid $80 for four hours of work at his studio.')).toEqual([]);
  });
});

describe('a story of several deals compares each deal with itself', () => {
  const day = '2026-08-28';
  const transfers = () => alignFacts([
    textArticle('Rovers completed two signings on Friday, paying Harbury Athletic £18 million for the striker Tomasz Wren and Lisle City £7 million for the defender Kofi Danso.', { id: 'a', published: day }),
    textArticle('Tomasz Wren joined Rovers on Friday when the club agreed a £21 million fee with Harbury Athletic for the striker. Rovers also signed the defender Kofi Danso for £7 million.', { id: 'b', published: day }),
    textArticle('The striker Tomasz Wren cost £18 million, and the defender Kofi Danso cost £7 million.', { id: 'c', published: day }),
  ]);

  it('reports the two fees of one player as a conflict, and no conflict between the two players', () => {
    const groups = transfers().filter((group) => group.key.startsWith('cost:£:'));
    const wren = groups.find((group) => group.key === 'cost:£:tomasz-wren');
    const danso = groups.find((group) => group.key === 'cost:£:kofi-danso');
    expect(wren?.status).toBe('conflicting');
    expect(wren?.label).toBe('cost (£) of Tomasz Wren');
    expect(wren?.values.map((value) => value.value).sort()).toEqual([18_000_000, 21_000_000]);
    expect(danso?.status).toBe('agreed');
    expect(danso?.values.map((value) => [value.value, value.sources.length])).toEqual([[7_000_000, 3]]);
    expect(groups.filter((group) => group.status === 'conflicting')).toHaveLength(1);
  });

  it('keys a fee past the club it is paid to ("signed Danny Pell from Castlemoor for £40 million"), so one outlet\'s wrong fee for one player conflicts with that player\'s only', () => {
    const groups = alignFacts([
      textArticle('Harrowgate United have signed striker Danny Pell from Castlemoor for £40 million and midfielder Kofi Osei from Wexley Athletic for £25 million.', { id: 'a', published: day }),
      textArticle('Harrowgate United paid £40 million for Danny Pell and £25 million for Kofi Osei on Tuesday.', { id: 'b', published: day }),
      textArticle('Harrowgate United signed Danny Pell from Castlemoor for £45 million and Kofi Osei from Wexley Athletic for £25 million.', { id: 'c', published: day }),
    ]).filter((group) => group.key.startsWith('cost:£:'));
    const pell = groups.find((group) => group.key === 'cost:£:danny-pell');
    expect(pell?.status).toBe('conflicting');
    expect(pell?.values.map((value) => [value.value, value.sources.map((source) => source.article).sort()])).toEqual([[40_000_000, ['a', 'b']], [45_000_000, ['c']]]);
    const osei = groups.find((group) => group.key === 'cost:£:kofi-osei');
    expect(osei?.values.map((value) => [value.value, value.sources.map((source) => source.article).sort()])).toEqual([[25_000_000, ['a', 'b', 'c']]]);
    expect(groups.filter((group) => group.status === 'conflicting')).toHaveLength(1);
  });

  it('does not split a story of one deal, named or not ("valuing the company at")', () => {
    const groups = alignFacts([
      textArticle('Pellmark agreed to buy the snack maker Crisfield Brands for $4.1 billion.', { id: 'a', published: '2026-07-21' }),
      textArticle('Crisfield Brands will be sold to Pellmark Foods, valuing the company at $4.3 billion.', { id: 'b', published: '2026-07-21' }),
    ]).filter((group) => group.key.startsWith('cost:$'));
    expect(groups.map((group) => [group.key, group.status])).toEqual([['cost:$:', 'conflicting']]);
  });

  it('keeps a price whose object could be either deal under the plain key', () => {
    const groups = alignFacts([
      textArticle('Rovers paid £18 million for Tomasz Wren and £7 million for Kofi Danso.', { id: 'a', published: day }),
      textArticle('Rovers agreed a £9 million fee for the player on Friday.', { id: 'b', published: day }),
    ]).filter((group) => group.key.startsWith('cost:£:'));
    expect(groups.map((group) => [group.key, group.status]).sort()).toEqual([['cost:£:', 'single-source'], ['cost:£:kofi-danso', 'single-source'], ['cost:£:tomasz-wren', 'single-source']]);
  });

  it('compares the prices of no named deal in a story of several only for agreement: two sums are two deals, not a dispute (facts29: DUC 2004 "cost ($)")', () => {
    const groups = alignFacts([
      textArticle('Rovers paid £18 million for Tomasz Wren and £7 million for Kofi Danso.', { id: 'a', published: day }),
      textArticle('Rovers agreed a £9 million fee on Friday.', { id: 'b', published: day }),
      textArticle('Castlemoor agreed a £12 million fee on Friday.', { id: 'c', published: day }),
      textArticle('Rovers agreed a £9 million fee with Harbury Athletic on Friday.', { id: 'd', published: day }),
    ]).filter((group) => group.key.startsWith('cost:£:') && !group.key.startsWith('cost:£:t') && !group.key.startsWith('cost:£:k'));
    expect(groups.map((group) => [group.status, group.values.map((value) => [value.value, value.sources.map((source) => source.article)])])).toEqual([
      ['agreed', [[9_000_000, ['b', 'd']]]],
      ['single-source', [[12_000_000, ['c']]]],
    ]);
  });

  it('takes one company written several ways for one thing ("SeaMicro Inc.", "Sea Micro"; "the Canadian chipmaker Tessam"), a company suffix or demonym being no name', () => {
    const keys = alignFacts([
      textArticle('Orvane will pay $334 million for SeaMicro Inc., the companies said.', { id: 'a', published: '2026-03-01' }),
      textArticle('Orvane is acquiring Sea Micro for $334 million.', { id: 'b', published: '2026-03-01' }),
      textArticle('Orvane agreed to buy the Canadian chipmaker Tessam for $5.4 billion in 2006, and is paying $334 million for SeaMicro.', { id: 'c', published: '2026-03-01' }),
      textArticle('Orvane bought Tessam for about $5.4 billion.', { id: 'd', published: '2026-03-01' }),
    ]).filter((group) => group.key.startsWith('cost:$')).map((group) => [group.key, group.status, group.sources]);
    expect(keys.sort()).toEqual([['cost:$:sea-micro', 'agreed', 3], ['cost:$:tessam', 'agreed', 2]]);
  });

  it('takes a day or month for no thing bought ("for Monday arrivals")', () => {
    const groups = alignFacts([
      textArticle('Rovers paid £18 million for Tomasz Wren.', { id: 'a', published: day }),
      textArticle('The club paid £19 million for Monday arrivals.', { id: 'b', published: day }),
    ]).filter((group) => group.key.startsWith('cost:£'));
    expect(groups.map((group) => group.key)).toEqual(['cost:£:']);
  });
});
