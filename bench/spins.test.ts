import { describe, expect, it } from 'vitest';
import { sourceUnits, spin, SPIN_STRENGTHS, spunText, type SpinSource } from './spins.js';

const SOURCE: SpinSource = {
  id: 'harbour',
  sentences: [
    'The Kessel Island ferry ran aground on Monday, and officials said no one was hurt.',
    'Police closed the harbour road while the company towed the vessel clear.',
    'Russia sent a salvage tug, which reached the island after the tide turned.',
    'Several residents said the channel markers had been missing for a week.',
    'The harbour board announced an inquiry into the grounding on Tuesday.',
    'Shops along the quay stayed open through the afternoon.',
  ],
  paragraphs: [[0, 1], [2, 3], [4, 5]],
};

const FILLER = ['A bakery in Tollbridge won a regional prize for its rye loaf this spring.'];

describe('spin', () => {
  it('gives the same copy for the same seed and another for another seed', () => {
    const copy = (seed: number) => spunText(spin(sourceUnits(SOURCE), SPIN_STRENGTHS.heavy, seed, FILLER));
    expect(copy(7)).toBe(copy(7));
    expect(copy(8)).not.toBe(copy(7));
  });

  it('keeps a reprint word for word, in order, one sentence left out at most', () => {
    const units = spin(sourceUnits(SOURCE), SPIN_STRENGTHS.reprint, 3).flat();
    expect(units.length).toBeGreaterThanOrEqual(SOURCE.sentences.length - 1);
    for (const unit of units) expect(unit.text).toBe(SOURCE.sentences[unit.origins[0].sentence]);
    const order = units.map((unit) => unit.origins[0].sentence);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('remembers where every sentence of a heavy spin came from: merged ones from two, split halves from one, added ones from none', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const units = spin(sourceUnits(SOURCE), SPIN_STRENGTHS.heavy, seed, FILLER).flat();
      for (const unit of units) {
        const changes = unit.changes ?? [];
        if (unit.origins.length === 0) expect(FILLER).toContain(unit.text);
        else expect(unit.origins.every((origin) => origin.article === 'harbour')).toBe(true);
        expect(unit.origins.length === 2).toBe(changes.includes('merge'));
        if (changes.includes('split')) expect(units.filter((other) => other.origins[0]?.sentence === unit.origins[0].sentence).length).toBeGreaterThanOrEqual(2);
      }
      expect(units.some((unit) => unit.changes?.includes('synonyms'))).toBe(true);
    }
  });

  it('swaps listed words and renames listed names, keeping a capital where there was one', () => {
    const units = spin(sourceUnits(SOURCE), { ...SPIN_STRENGTHS.heavy, drop: 0, splits: 0, merges: 0, add: 0 }, 5).flat();
    const text = units.map((unit) => unit.text).join(' ');
    expect(text).toContain('Russian Federation');
    expect(text).toContain('Law enforcement closed');
    expect(text).toContain('authorities stated');
    expect(text).not.toMatch(/\b(police|officials|said)\b/i);
  });
});
