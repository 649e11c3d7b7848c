import { describe, expect, it } from 'vitest';
import { SurfaceTable } from './surface-table.js';

describe('SurfaceTable', () => {
  it('computes each surface once while it holds it, and the same values after it filled up and emptied', () => {
    const computed: string[] = [];
    const table = new SurfaceTable(3, (surface) => {
      computed.push(surface);
      return surface.toUpperCase();
    });
    const text = 'the dam the gate dam failed the';
    const words = [...text.matchAll(/\S+/g)].map((match) => [match.index, match.index + match[0].length] as const);
    expect(words.map(([start, end]) => table.get(text, start, end))).toEqual(['THE', 'DAM', 'THE', 'GATE', 'DAM', 'FAILED', 'THE']);
    expect(computed).toEqual(['the', 'dam', 'gate', 'failed', 'the']);
    expect(table.get('a failed b', 2, 8)).toBe('FAILED');
  });
});
