import { describe, expect, it } from 'vitest';
import { SurfaceTable } from './surface-table.js';

describe('SurfaceTable', () => {
  it('computes each surface once while it holds it, and the same values after it filled up and emptied', () => {
    const computed: string[] = [];
    const values: string[] = [];
    const table = new SurfaceTable(3, (surface, entry) => {
      computed.push(surface);
      values[entry] = surface.toUpperCase();
    });
    const get = (text: string, start: number, end: number) => values[table.entry(text, start, end)];
    const text = 'the dam the gate dam failed the';
    const words = [...text.matchAll(/\S+/g)].map((match) => [match.index, match.index + match[0].length] as const);
    expect(words.map(([start, end]) => get(text, start, end))).toEqual(['THE', 'DAM', 'THE', 'GATE', 'DAM', 'FAILED', 'THE']);
    expect(computed).toEqual(['the', 'dam', 'gate', 'failed', 'the']);
    expect(get('a failed b', 2, 8)).toBe('FAILED');
  });

  it('tells apart surfaces that share a start, differ in one code unit or go beyond the first arrays', () => {
    const values: string[] = [];
    const table = new SurfaceTable(100_000, (surface, entry) => {
      values[entry] = `<${surface}>`;
    });
    const surfaces = ['the', 'them', 'then', 'th', 'café', 'cafe', 'naïve', '😀', '😁', 'x'.repeat(70_000)];
    for (let n = 0; n < 3000; n++) surfaces.push(`w${n}`);
    const text = surfaces.join(' ');
    const spans: Array<readonly [number, number]> = [];
    for (let at = 0, n = 0; n < surfaces.length; at += surfaces[n].length + 1, n++) spans.push([at, at + surfaces[n].length]);
    for (let round = 0; round < 2; round++) {
      expect(spans.map(([start, end]) => values[table.entry(text, start, end)])).toEqual(surfaces.map((surface) => `<${surface}>`));
    }
  });
});
