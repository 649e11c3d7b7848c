import { describe, expect, it, vi } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { countContext, MAX_CONTEXT_TOKENS } from './contexts.js';
import { alignFacts, type FactGroup } from './index.js';

const day = '2026-09-02';
const story = (...texts: string[]): FactGroup[] => alignFacts(texts.map((text, index) => textArticle(text, { id: `a${index + 1}`, published: day })));
const conflicting = (groups: readonly FactGroup[]) => groups.filter((group) => group.status === 'conflicting').map((group) => [group.key, group.values.map((value) => value.value)]);

describe('counts with no event, told apart by their sentences', () => {
  it('keeps the content words of the count\'s sentence, not the count and its noun', () => {
    const article = textArticle('The keeper Ines Marlow saved 14 penalties for Dunmore last season. Nothing else happened.');
    const at = article.text.indexOf('14 penalties');
    expect(countContext(article, { start: at, end: at + '14 penalties'.length })).toEqual(['dunmor', 'in', 'keeper', 'last', 'marlow', 'save', 'season']);
  });

  it('takes the words near a count in a sentence of 20,000 words, looking at no more than those', () => {
    const filler = Array.from({ length: 2_000 }, (_, i) => `the barge number ${i} drifted`).join(' and ');
    const article = textArticle(`${filler}, and 14 penalties were saved by the keeper Ines Marlow, and ${filler}.`);
    const at = article.text.indexOf('14 penalties');
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      const context = countContext(article, { start: at, end: at + '14 penalties'.length });
      expect(context).toEqual(expect.arrayContaining(['barg', 'drift', 'keeper', 'marlow', 'save']));
      expect(context).not.toContain('penalti');
      expect(test.mock.calls.length).toBeLessThanOrEqual(2 * MAX_CONTEXT_TOKENS);
    } finally {
      test.mockRestore();
    }
  });

  it('reads "constructor" and "__proto__" as plain words, never as a money request or a month', () => {
    const keys = (word: string) => story(`The ${word} for $5 million was hired. About 12 ${word} died in ${word} 2025.`).map((group) => group.key);
    expect(keys('constructor')).toEqual(keys('builder').map((key) => key.replace('builder', 'constructor')));
    expect(keys('constructor')).toContain('-:$:hire');
  });

  it('finds two reports of one count that disagree the same day ("took 23 wickets" / "took 21 league wickets")', () => {
    const groups = story(
      'Hallam signed the bowler Pavel Ostrom on Monday. Ostrom took 23 wickets for Kelby in the Northern League last season.',
      'Ostrom, who took 21 league wickets for Kelby last season, joins on a two-year deal.',
    );
    expect(conflicting(groups)).toEqual([['-:wicket', [21, 23]]]);
  });

  it('keeps counts of one noun apart when their sentences say different things ("12 ships unloaded" / "15 ships waiting offshore")', () => {
    const groups = story(
      'Dockers at Brenna unloaded 12 ships at the north quay before the storm closed the harbour on Tuesday.',
      'By evening 15 ships were waiting offshore for the wind to drop, the coastguard said.',
    );
    expect(conflicting(groups)).toEqual([]);
  });

  it('keeps counts far apart apart however alike their sentences ("hit 13 home runs" / "hit 33 home runs")', () => {
    const groups = story(
      'Rafe Dunning hit 13 home runs for the Larks in his first season at Corvo Park.',
      'Rafe Dunning hit 33 home runs for the Larks in his third season at Corvo Park.',
    );
    expect(conflicting(groups)).toEqual([]);
  });

  it('reads no zero and no score as a count with no event ("no one said", "a 20-13 win")', () => {
    const groups = story(
      'No one said the Harrow Colts would clinch the title with a 20-13 win over Eastmoor.',
      'Two fans said the Harrow Colts would clinch the title with a 27-13 win over Eastmoor.',
    );
    expect(conflicting(groups)).toEqual([]);
  });

  it('reads how long as a count of its unit: two prison terms the same day conflict, "ten years ago" is none', () => {
    const groups = story(
      'Judge Amara Kell sentenced the former treasurer Leon Baird to nine years in prison at Orlin Crown Court on Friday.',
      'Leon Baird, the former treasurer, was sentenced to 11 years in prison at Orlin Crown Court. Ten years ago he joined the club.',
    );
    expect(conflicting(groups)).toEqual([['-:year', [9, 11]]]);
  });

  it('lists a count with no event only when two articles state it', () => {
    const keys = story('The Velkin plant employs 640 people and runs 23 presses.', 'The Velkin plant runs 23 presses, the company said.').map((group) => group.key);
    expect(keys).toContain('-:press');
    expect(keys).not.toContain('-:people');
  });
});
