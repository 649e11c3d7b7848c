import { describe, expect, it } from 'vitest';
import { StoryClusterer, type ChangedStory, type StoryRecord } from '../stories/index.js';
import { decodeClusterer, decodeRetired, decodeStory, encodeClustererRest, encodeRetired, encodeStory } from './clusterer-codec.js';

const STORY: StoryRecord = {
  id: 's7',
  articles: ['a', 'b'],
  first: 1_773_446_400_000,
  last: 1_773_532_800_000,
  lastArrival: 12,
  terms: [['flood', 0.1 + 0.2], ['river', 5e-324], ['dam', 1.7976931348623157e308]],
  entities: [['Aceh', 1 / 3]],
  lead: [['flood', Math.PI]],
};

/** A story as a save hands it to the store: keys, and the weights in one array. */
function changed({ terms, entities, lead = [], ...story }: StoryRecord): ChangedStory {
  const weights = Float64Array.from([...terms, ...entities, ...lead].map(([, weight]) => weight));
  return { ...story, terms: terms.map(([key]) => key), entities: entities.map(([key]) => key), lead: lead.map(([key]) => key), weights };
}

describe('the stored clusterer format', () => {
  it('round-trips a story, its weights bit for bit', () => {
    const stored = encodeStory(changed(STORY));
    expect(stored.weights?.byteLength).toBe(5 * 8);
    expect(decodeStory(stored, 'test.db')).toEqual(STORY);
    const { first: _first, last: _last, ...undated } = { ...STORY, lead: [] };
    expect(decodeStory(encodeStory(changed(undated)), 'test.db')).toEqual(undated);
  });

  it('reads a story stored in format 1, and refuses damaged weights', () => {
    expect(decodeStory({ record: JSON.stringify({ version: 1, value: STORY }), weights: null }, 'test.db')).toEqual(STORY);
    const stored = encodeStory(changed(STORY));
    expect(() => decodeStory({ ...stored, weights: stored.weights!.subarray(0, 32) }, 'test.db')).toThrow(/the stored state is damaged/);
    expect(() => decodeStory({ ...stored, weights: null }, 'test.db')).toThrow(/the stored state is damaged/);
  });

  it('restores the whole state from the rest, the keys and the stories, with the stream\'s time and the dates since', () => {
    const clusterer = new StoryClusterer();
    const changed = new Set<string>();
    for (let i = 0; i < 140; i++) {
      const time = Date.UTC(2026, 0, 1) + i * 86_400_000;
      const assignment = clusterer.add({ id: `p${i}`, terms: new Map([[`topic${Math.floor(i / 10)}`, 2], [`kind${i % 3}`, 1]]), entities: new Map([[`place${i % 5}`, 1]]), time });
      changed.add(assignment.story);
      for (const retired of assignment.retired) changed.add(retired.id);
    }
    const state = clusterer.toJSON();
    expect(state.clock).toBeDefined();
    expect(state.recent).toHaveLength(140 % 64);
    const changes = clusterer.changes(changed, { terms: 0, entities: 0 });
    expect(changes.terms.added).toEqual(state.stats.terms.map(([key]) => key));
    const keys = { terms: changes.terms.added, entities: changes.entities.added };
    const stories = changes.stories.map((story) => decodeStory(encodeStory(story), 'test.db'));
    const retired = changes.retired.map((snapshot) => decodeRetired(encodeRetired(snapshot), 'test.db'));
    expect(retired.length).toBeGreaterThan(0);
    expect(decodeClusterer(encodeClustererRest(changes), keys, stories, retired, 'test.db')).toEqual(state);
    expect(() => decodeClusterer(encodeClustererRest(changes), { ...keys, terms: keys.terms.slice(1) }, stories, retired, 'test.db')).toThrow(/the stored state is damaged/);
  });
});
