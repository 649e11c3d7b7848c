import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { NearestMentions } from './nearest.js';

/** The walk `NearestMentions` replaces: outward from `index`, before it first. */
function walked(entityOf: readonly (number | undefined)[], index: number, entities: ReadonlySet<number>): number | undefined {
  for (let other = index - 1; other >= 0; other--) if (entityOf[other] !== undefined && entities.has(entityOf[other]!)) return other;
  for (let other = index + 1; other < entityOf.length; other++) if (entityOf[other] !== undefined && entities.has(entityOf[other]!)) return other;
  return undefined;
}

describe('NearestMentions', () => {
  it('finds the mention a walk outward finds, while mentions read in order gain entities', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 200; round++) {
      const entityOf = Array.from({ length: 40 }, () => (random() < 0.5 ? Math.floor(random() * 6) : undefined));
      const near = new NearestMentions(entityOf);
      for (let index = 0; index < entityOf.length; index++) {
        const wanted = new Set([0, 1, 2, 3, 4, 5, 6].filter(() => random() < 0.4));
        expect(near.nearest(index, wanted)).toBe(walked(entityOf, index, wanted));
        if (entityOf[index] === undefined && random() < 0.5) entityOf[index] = Math.floor(random() * 7);
        near.passed(index, entityOf[index]);
      }
    }
  });
});
