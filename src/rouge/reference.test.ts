import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rougeSystems, type RougeSystemsResult } from './index.js';
import { tasksFromFiles, type NamedText } from './layout.js';

/**
 * DUC 2004 task 2 against the numbers the official ROUGE-1.5.5 script printed
 * with `-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 100 -a -d`
 * (`shared/data/duc2004/rouge-reference.json`, next to the repository).
 */
const root = fileURLToPath(new URL('../../../shared/data/duc2004', import.meta.url));
const available = existsSync(`${root}/rouge-reference.json`);
if (!available) console.log(`DUC 2004 reference test skipped: ${root} not found`);

interface Triple {
  R: number;
  P: number;
  F: number;
}
interface Reference {
  systems: Record<string, { average: Record<string, Triple>; clusters: Record<string, Record<string, Triple>> }>;
}

function readFolder(folder: string): NamedText[] {
  return readdirSync(folder)
    .sort()
    .map((name) => ({ name, text: readFileSync(`${folder}/${name}`, 'utf8') }));
}

describe.skipIf(!available)('ROUGE-1.5.5 on DUC 2004 (13 systems × 50 clusters × 4 references)', () => {
  const reference: Reference = available ? JSON.parse(readFileSync(`${root}/rouge-reference.json`, 'utf8')) : { systems: {} };
  let result: RougeSystemsResult;
  const scored = (): RougeSystemsResult => {
    if (!result) {
      const tasks = tasksFromFiles(readFolder(`${root}/peers`), readFolder(`${root}/models`));
      if (!Array.isArray(tasks)) throw new Error(`${tasks.name}: ${tasks.reason}`);
      result = rougeSystems(tasks, { words: 100 });
    }
    return result;
  };

  it('scores all 13 systems', () => {
    expect(Object.keys(scored().systems).sort()).toEqual(Object.keys(reference.systems).sort());
  });

  for (const [system, expected] of Object.entries(reference.systems)) {
    it(`${system}: every average within 0.0005 and every cluster within 0.001`, () => {
      const mine = scored().systems[system];
      for (const [measure, value] of Object.entries(expected.average)) {
        for (const key of ['R', 'P', 'F'] as const) {
          expect(Math.abs(mine.average[measure][key] - value[key]), `${system} average ${measure} ${key}`).toBeLessThanOrEqual(0.0005);
        }
      }
      for (const [cluster, byMeasure] of Object.entries(expected.clusters)) {
        for (const [measure, value] of Object.entries(byMeasure)) {
          for (const key of ['R', 'P', 'F'] as const) {
            expect(Math.abs(mine.clusters[cluster][measure][key] - value[key]), `${system} ${cluster} ${measure} ${key}`).toBeLessThanOrEqual(0.001);
          }
        }
      }
    });
  }

  it('reproduces every printed number exactly, bootstrap means included', () => {
    let differing = 0;
    for (const [system, expected] of Object.entries(reference.systems)) {
      const mine = scored().systems[system];
      for (const [measure, value] of Object.entries(expected.average)) {
        for (const key of ['R', 'P', 'F'] as const) if (mine.average[measure][key] !== value[key]) differing += 1;
      }
      for (const [cluster, byMeasure] of Object.entries(expected.clusters)) {
        for (const [measure, value] of Object.entries(byMeasure)) {
          for (const key of ['R', 'P', 'F'] as const) if (mine.clusters[cluster][measure][key] !== value[key]) differing += 1;
        }
      }
    }
    expect(differing).toBe(0);
  });
});
