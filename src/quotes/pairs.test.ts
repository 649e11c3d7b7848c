import { describe, expect, it } from 'vitest';
import { prepare } from '../pipeline.js';
import { readInputs } from '../read/index.js';
import { available, DUC_DOCS } from '../read/test-support/shared-data.js';
import { seededRandom } from '../test-support/random.js';
import { findQuotes } from './index.js';
import { candidatePairs, sameQuotation, wording, type Wording } from './pairs.js';

/** Each wording's group (its smallest member), joining the pairs `sameQuotation` accepts among `pairs`. */
function groups(wordings: readonly Wording[], pairs: Iterable<[number, number]>): number[] {
  const parent = wordings.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
  for (const [a, b] of pairs) {
    const [left, right] = [root(a), root(b)];
    if (left !== right && sameQuotation(wordings[a], wordings[b])) parent[Math.max(left, right)] = Math.min(left, right);
  }
  return wordings.map((_, index) => root(index));
}

function* allPairs(count: number): Generator<[number, number]> {
  for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) yield [a, b];
}

/** Quotations as news repeats them: whole, cut short at either end, a word changed, dropped or added, clauses swapped. */
function syntheticWordings(seed: number): Wording[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const vocabulary = 'we will rebuild every street in the lower town and find out why that gate failed it is over for now'.split(' ');
  const originals = Array.from({ length: 12 }, () => Array.from({ length: 2 + Math.floor(next() * 14) }, () => pick(vocabulary)));
  const result: Wording[] = [];
  for (let n = 0; n < 120; n++) {
    const words = [...pick(originals)];
    const change = next();
    if (change < 0.2) words.splice(0, Math.floor(next() * 3));
    else if (change < 0.4) words.splice(words.length - Math.floor(next() * 3));
    else if (change < 0.6) words[Math.floor(next() * words.length)] = pick(vocabulary);
    else if (change < 0.7) words.splice(Math.floor(next() * words.length), 1);
    else if (change < 0.8) words.splice(Math.floor(next() * words.length), 0, pick(vocabulary));
    else if (change < 0.9) words.push(...words.splice(0, Math.floor(next() * words.length)));
    result.push(wording(next() < 0.7 ? 'direct' : 'indirect', words));
  }
  return result;
}

const words = (text: string): string[] => text.split(' ');

describe('sameQuotation', () => {
  const report = 'the gate had passed its last inspection in october 2025 and that the cause of the failure was not yet known';
  it.each([
    ['reported speech with its clauses swapped', 'indirect', 'the cause of the failure was not yet known and that the gate had passed its last inspection in october 2025', true],
    ['a direct quotation with its clauses swapped', 'direct', 'the cause of the failure was not yet known and that the gate had passed its last inspection in october 2025', false],
    ['reported speech cut short', 'indirect', 'the gate had passed its last inspection', true],
    ['reported speech sharing one clause only', 'indirect', 'the cause of the failure was not yet known and that the operator would publish its records', false],
    ['reported speech corrected to another number', 'indirect', 'the gate had passed its last inspection in october 2024 and that the cause of the failure was not yet known', false],
    ['a direct quotation with another number', 'direct', 'the gate had passed its last inspection in october 2024 and that the cause of the failure was not yet known', false],
    ['reported speech cut short before its number', 'indirect', 'the gate had passed its last inspection in october', true],
    ['reported speech with the same words in another order', 'indirect', 'known yet not was failure the of cause the that and 2025 october in inspection last its passed had gate the', false],
  ])('%s is the same report: %s', (_, kind, other, same) => {
    expect(sameQuotation(wording(kind as 'direct' | 'indirect', words(report)), wording(kind as 'direct' | 'indirect', words(other)))).toBe(same);
  });
});

describe('candidatePairs', () => {
  it('groups quotations as trying every pair does, on 200 random sets of repeated, cut and edited quotations', () => {
    const wrong: number[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const wordings = syntheticWordings(seed);
      if (JSON.stringify(groups(wordings, candidatePairs(wordings))) !== JSON.stringify(groups(wordings, allPairs(wordings.length)))) wrong.push(seed);
    }
    expect(wrong).toEqual([]);
  });

  it('does not try quotations that share a few word pairs of a small vocabulary, as a long made-up article\'s stray marks make them (bench:hostile)', () => {
    const next = seededRandom(7);
    const vocabulary = 'water gate river town street rain night crews homes dam level said the a of and to in on was'.split(' ');
    const wordings = Array.from({ length: 400 }, () => wording('direct', Array.from({ length: 40 }, () => vocabulary[Math.floor(next() * vocabulary.length)])));
    const tried = [...candidatePairs(wordings)];
    expect(tried.length).toBeLessThan(400);
    expect(groups(wordings, tried)).toEqual(groups(wordings, allPairs(wordings.length)));
  });

  it('tries a reprinted quotation once, not once per reprint', () => {
    const wordings = Array.from({ length: 1000 }, () => wording('direct', 'we will rebuild every street in the lower town'.split(' ')));
    expect([...candidatePairs(wordings)]).toHaveLength(999);
  });

  it.skipIf(!available(DUC_DOCS, 'candidatePairs on DUC 2004'))('groups the quotations of all 500 DUC 2004 articles as trying every pair does (research data)', async () => {
    const { articles } = await readInputs([DUC_DOCS]);
    const wordings = articles.flatMap((read) => {
      const article = prepare(read);
      return findQuotes(article).map((quote) => wording(quote.kind, article.text.slice(quote.span.start, quote.span.end).toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []));
    });
    expect(wordings.length).toBeGreaterThan(2000);
    expect(groups(wordings, candidatePairs(wordings))).toEqual(groups(wordings, allPairs(wordings.length)));
  }, 120_000);
});
