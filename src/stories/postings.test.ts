import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { mostShared, storyNumber } from './postings.js';
import type { ActiveStory } from './story.js';

/** A story as the ranking sees it: only its id matters. */
function story(id: string): ActiveStory {
  return { id } as ActiveStory;
}

/** The ranking the clusterer made before `mostShared`: every story sorted, then cut. */
function sortedThenCut(shared: Map<ActiveStory, number>, count: number): ActiveStory[] {
  return [...shared]
    .sort((a, b) => b[1] - a[1] || storyNumber(a[0].id) - storyNumber(b[0].id))
    .slice(0, count)
    .map(([kept]) => kept);
}

describe('mostShared', () => {
  it('ranks by shared weight, the earlier-started story first among equals', () => {
    const shared = new Map([
      [story('s7'), 0.5],
      [story('s12'), 1.25],
      [story('s3'), 0.5],
      [story('s40'), 2],
      [story('s9'), 1.25],
    ]);
    expect(mostShared(shared, 4).map((kept) => kept.id)).toEqual(['s40', 's9', 's12', 's3']);
    expect(mostShared(shared, 10).map((kept) => kept.id)).toEqual(['s40', 's9', 's12', 's3', 's7']);
    expect(mostShared(shared, 0)).toEqual([]);
  });

  it('keeps what sorting every story and cutting kept, in the same order', () => {
    const next = seededRandom(21);
    for (let trial = 0; trial < 200; trial++) {
      const shared = new Map<ActiveStory, number>();
      const stories = Math.floor(next() * 300);
      for (let i = 0; i < stories; i++) shared.set(story(`s${Math.floor(next() * 100_000)}`), Math.floor(next() * 12) / 4 + (next() < 0.5 ? 0 : next()));
      const count = 1 + Math.floor(next() * 30);
      expect(mostShared(shared, count)).toEqual(sortedThenCut(shared, count));
    }
  });

  it('ranks only the stories it is told are eligible, as filtering before sorting would', () => {
    const next = seededRandom(22);
    for (let trial = 0; trial < 200; trial++) {
      const shared = new Map<ActiveStory, number>();
      const stories = Math.floor(next() * 300);
      for (let i = 0; i < stories; i++) shared.set(story(`s${Math.floor(next() * 100_000)}`), Math.floor(next() * 12) / 4);
      const count = 1 + Math.floor(next() * 30);
      const eligible = (kept: ActiveStory) => storyNumber(kept.id) % 3 !== 0;
      const filtered = new Map([...shared].filter(([kept]) => eligible(kept)));
      expect(mostShared(shared, count, eligible)).toEqual(sortedThenCut(filtered, count));
    }
  });
});
