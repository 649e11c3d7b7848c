import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { publishedAfter, sortByDate } from './compare.js';

/** The order `sortByDate` kept before it read each date once: `publishedAfter` asked at every comparison. */
function sortedByAsking<C extends { published?: string }>(articles: readonly C[]): C[] {
  return articles
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => (publishedAfter(a.candidate, b.candidate) ? 1 : publishedAfter(b.candidate, a.candidate) ? -1 : a.order - b.order))
    .map(({ candidate }) => candidate);
}

describe('sortByDate', () => {
  it('orders as publishedAfter compares, on dates with and without times, offsets and unreadable ones', () => {
    const next = seededRandom(2323);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
    const date = () => {
      const day = `2026-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`;
      return pick([day, `${day}T0${Math.floor(next() * 3)}:${pick(['05', '30'])}`, `${day}T11:05:00Z`, `${day}T23:30:00+05:00`, `${day}Tnoon`, 'sometime in March']);
    };
    for (let round = 0; round < 200; round++) {
      const articles = Array.from({ length: 1 + Math.floor(next() * 12) }, (_, i) => ({ id: `a${i}`, published: date() }));
      expect(sortByDate(articles).map((article) => article.id)).toEqual(sortedByAsking(articles).map((article) => article.id));
    }
  });
});

describe('publishedAfter', () => {
  it('reads a time written with no zone as UTC, as instantOf does, whatever zone the machine runs in', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const wire = { id: 'wire', published: '2026-11-12T08:00' };
      const regional = { id: 'regional', published: '2026-11-12T10:00:00Z' };
      expect(publishedAfter(wire, regional)).toBe(false);
      expect(publishedAfter(regional, wire)).toBe(true);
      expect(sortByDate([regional, wire]).map((article) => article.id)).toEqual(['wire', 'regional']);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
