import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));

/** The modules of this folder each module imports values from (`import type` left out: it is gone at run time). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    const source = readFileSync(folder + file, 'utf8');
    const imported = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'\.\/([\w-]+)\.js';/gm)].map((match) => `${match[1]}.ts`);
    graph.set(file, imported);
  }
  return graph;
}

/** A chain of imports from `file` back to itself, if any. */
function cycleThrough(graph: Map<string, string[]>, file: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (current: string, path: string[]): string[] | undefined => {
    for (const next of graph.get(current) ?? []) {
      if (next === file) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(file, [file]);
}

describe('imports of the English speaker resolution', () => {
  it('antecedents.ts and resolve.ts import nothing that imports them back (resolvePhrase is passed to resolvePronoun)', () => {
    const graph = importGraph();
    expect(graph.get('resolve.ts')).toContain('antecedents.ts');
    expect(cycleThrough(graph, 'antecedents.ts')).toBeUndefined();
    expect(cycleThrough(graph, 'resolve.ts')).toBeUndefined();
  });
});

describe('imports of src/quotes (quotes28)', () => {
  it('no module imports a module that imports it back: marks/single-marks and the language rules (passive, language-speakers, language-antecedents, reported-chains) read shared words from leaves', () => {
    const graph = importGraph();
    const cycles = [...graph.keys()].map((file) => cycleThrough(graph, file)).filter((cycle) => cycle !== undefined);
    expect(cycles).toEqual([]);
  });
});
