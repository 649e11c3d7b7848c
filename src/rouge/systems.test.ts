import { describe, expect, it } from 'vitest';
import { rouge, rougeSystems, type RougeTask } from './index.js';

const tasks: RougeTask[] = [
  { id: 't2', references: ['the storm hit the coast', 'a storm struck the coast on monday'], peers: { good: 'the storm hit the coast on monday', weak: 'officials met on tuesday' } },
  { id: 't1', references: ['the cabinet resigned', 'ministers resigned in protest'], peers: { good: 'the cabinet resigned in protest', weak: 'the cabinet met' } },
  { id: 't3', references: ['prices rose sharply'], peers: { good: 'prices rose' } },
];

describe('rougeSystems', () => {
  const result = rougeSystems(tasks, { samples: 200 });

  it('lists measures, tasks and systems in ROUGE order', () => {
    expect(result.measures).toEqual(['ROUGE-1', 'ROUGE-2', 'ROUGE-L', 'ROUGE-SU4']);
    expect(result.tasks).toEqual(['t1', 't2', 't3']);
    expect(Object.keys(result.systems)).toEqual(['good', 'weak']);
  });

  it('scores every peer as rouge() does, and skips tasks a system did not summarize', () => {
    expect(result.systems.good.clusters.t2).toEqual(rouge(tasks[0].peers.good, tasks[0].references));
    expect(Object.keys(result.systems.weak.clusters)).toEqual(['t1', 't2']);
  });

  it('averages with a bootstrap interval around the plain mean', () => {
    const average = result.systems.good.average['ROUGE-1'];
    const recalls = Object.values(result.systems.good.clusters).map((scores) => scores['ROUGE-1'].R);
    expect(average.mean.R).toBeCloseTo(recalls.reduce((sum, value) => sum + value, 0) / recalls.length, 5);
    expect(average.low.R).toBeLessThanOrEqual(average.R);
    expect(average.high.R).toBeGreaterThanOrEqual(average.R);
    expect(result.systems.good.average['ROUGE-1'].R).toBeGreaterThan(result.systems.weak.average['ROUGE-1'].R);
  });

  it('is reproducible and seedable', () => {
    expect(rougeSystems(tasks, { samples: 200 })).toEqual(result);
    expect(rougeSystems(tasks, { samples: 200, seed: 7 }).systems.good.average['ROUGE-1'].low).not.toEqual(undefined);
  });

  it('rejects malformed tasks', () => {
    expect(() => rougeSystems([{ id: 'x', references: [], peers: {} }])).toThrow(TypeError);
    expect(() => rougeSystems([tasks[0], tasks[0]])).toThrow(/distinct/);
  });
});
