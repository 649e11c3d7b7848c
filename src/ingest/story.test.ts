import { describe, expect, it } from 'vitest';
import { throughReprints } from './story.js';

const link = (article: string, source: string, kind: 'reprint' | 'rewrite' = 'reprint') => ({ article, source, kind, share: 1 });

describe('throughReprints', () => {
  it('names a copy of a reprint by what the reprint copies, to the first report, and leaves the others and a loop as they are', () => {
    const copies = [link('b', 'a'), link('c', 'b'), link('d', 'c', 'rewrite'), link('e', 'outside'), link('x', 'y'), link('y', 'x')];
    expect(throughReprints(copies).map((copy) => [copy.article, copy.source, copy.kind])).toEqual([
      ['b', 'a', 'reprint'],
      ['c', 'a', 'reprint'],
      ['d', 'a', 'rewrite'],
      ['e', 'outside', 'reprint'],
      ['x', 'y', 'reprint'],
      ['y', 'x', 'reprint'],
    ]);
    expect(copies[1].source).toBe('b');
  });
});

describe('throughReprints, a copy of a reprint and of what it reprints', () => {
  it('is one copy of the first report, its shares added, not two lines naming the same source', () => {
    const copies = [
      { article: 'sentinel', source: 'wire', kind: 'reprint' as const, share: 0.83 },
      { article: 'farm', source: 'sentinel', kind: 'rewrite' as const, share: 0.7 },
      { article: 'farm', source: 'wire', kind: 'rewrite' as const, share: 0.1 },
    ];
    const shown = throughReprints(copies);
    expect(shown.map((copy) => [copy.article, copy.source, copy.kind])).toEqual([
      ['sentinel', 'wire', 'reprint'],
      ['farm', 'wire', 'rewrite'],
    ]);
    expect(shown[1].share).toBeCloseTo(0.8);
  });
});
