import { describe, expect, it } from 'vitest';
import { ACEH, PAPUA } from './test-support/articles.js';
import { articleProfile, countedOnly, StoryClusterer, type ArticleProfile, type StoryClustererState, type StoryOptions, type StoryRemoval } from './index.js';

const sorted = (entries: Array<[string, number]>) => [...entries].sort((a, b) => a[0].localeCompare(b[0]));
const stateOf = (profiles: readonly ArticleProfile[], options = {}) => {
  const clusterer = new StoryClusterer(options);
  for (const profile of profiles) clusterer.add(profile);
  return clusterer.toJSON();
};
/** The state without the removed articles and the keys only they held, as a takedown saves it. */
const stateWithout = (state: StoryClustererState, removal: StoryRemoval, options?: Partial<StoryOptions>) => {
  const clusterer = new StoryClusterer(options, state);
  clusterer.remove(removal);
  return countedOnly(clusterer.toJSON());
};

describe('StoryClusterer.remove', () => {
  const aceh = ACEH.map((article) => articleProfile(article));
  const papua = PAPUA.map((article) => articleProfile(article));

  it('takes out a story of one article exactly: frequencies and stories as if it never came (only the counters of arrivals and stories remember it)', () => {
    const state = stateOf([aceh[0], aceh[1], papua[0]]);
    const papuaStory = state.stories.find((story) => story.articles.includes(papua[0].id))!;
    expect(papuaStory.articles).toEqual([papua[0].id]);
    const copy = structuredClone(state);
    const without = stateWithout(state, { removed: [papua[0]], members: new Map() });
    expect(state).toEqual(copy);
    const never = stateOf([aceh[0], aceh[1]]);
    expect({ ...without, arrivals: 0, created: 0, stats: { ...without.stats, terms: sorted(without.stats.terms), entities: sorted(without.stats.entities) } }).toEqual({
      ...never,
      arrivals: 0,
      created: 0,
      stats: { ...never.stats, terms: sorted(never.stats.terms), entities: sorted(never.stats.entities) },
    });
    expect(without.stats.entities.map(([key]) => key)).not.toContain('manokwari');
  });

  it('makes a story that keeps members again from them, weighed with the frequencies left, with none of the removed keys', () => {
    const state = stateOf([...aceh, papua[0]]);
    expect(new StoryClusterer({}, state).membersKept(new Set([aceh[2].id]))).toEqual([aceh[0].id, aceh[1].id]);
    const story = state.stories.find((record) => record.articles.includes(aceh[2].id))!.id;
    const without = stateWithout(state, { removed: [aceh[2]], members: new Map([aceh[0], aceh[1]].map((profile) => [profile.id, profile])) });
    const rebuilt = without.stories.find((record) => record.id === story)!;
    expect(rebuilt.articles).toEqual([aceh[0].id, aceh[1].id]);
    expect(rebuilt.lastArrival).toBe(state.stories.find((record) => record.id === story)!.lastArrival);
    const kept = new Set([aceh[0], aceh[1]].flatMap((profile) => [...profile.terms.keys()]));
    expect(rebuilt.terms.every(([key, weight]) => kept.has(key) && weight > 0)).toBe(true);
    expect(without.stats.documents).toBe(3);
    expect(() => stateWithout(state, { removed: [aceh[2]], members: new Map() })).toThrow(/tidings: expected the profile of "aceh-1"/);
  });

  it("drops a removed article from a retired story's snapshot, with the top keys no document holds any more", () => {
    const fillers = Array.from({ length: 70 }, (_, i) => ({ id: `filler-${i}`, terms: new Map([[`word${i}`, 1]]), entities: new Map<string, number>() }));
    const first = { ...papua[0], terms: new Map([...papua[0].terms, ['onlyhere', 9]]) };
    const state = stateOf([first, papua[1], ...fillers], { retireAfterArticles: 4 });
    const retired = state.retired.find((story) => story.articles.includes(first.id))!;
    expect(retired.topTerms).toContain('onlyhere');
    const without = stateWithout(state, { removed: [first], members: new Map() });
    const left = without.retired.find((story) => story.id === retired.id)!;
    expect(left).toMatchObject({ articles: [papua[1].id], size: 1 });
    const counted = new Set([...without.stats.terms, ...without.stats.entities].map(([key]) => key));
    expect([...left.topTerms, ...left.topEntities].filter((key) => !counted.has(key))).toEqual([]);
    const both = stateWithout(state, { removed: [first, papua[1]], members: new Map() });
    expect(both.retired.map((story) => story.id)).not.toContain(retired.id);
  });

  it('changes the clusterer in place: it goes on as one restored from its state, and a key only removed articles held weighs as never seen', () => {
    const clusterer = new StoryClusterer();
    for (const profile of [aceh[0], aceh[1], papua[0], papua[1]]) clusterer.add(profile);
    const papuaStory = clusterer.toJSON().stories.find((story) => story.articles.includes(papua[0].id))!.id;
    const changed = clusterer.remove({ removed: [papua[0], papua[1]], members: new Map() });
    expect([...changed]).toEqual([papuaStory]);
    expect(clusterer.story(papuaStory)).toBeUndefined();
    const restored = new StoryClusterer({}, clusterer.toJSON());
    const never = new StoryClusterer({}, countedOnly(clusterer.toJSON()));
    for (const profile of [papua[0], aceh[2], papua[1]]) {
      const assignment = clusterer.add(profile);
      expect(restored.add(profile)).toEqual(assignment);
      expect(never.add(profile)).toEqual(assignment);
    }
    expect(clusterer.toJSON()).toEqual(restored.toJSON());
  });

  it('names the stories it changed, retired ones included, and checks the remaining members before it changes anything', () => {
    const fillers = Array.from({ length: 70 }, (_, i) => ({ id: `filler-${i}`, terms: new Map([[`word${i}`, 1]]), entities: new Map<string, number>() }));
    const clusterer = new StoryClusterer({ retireAfterArticles: 4 });
    for (const profile of [papua[0], papua[1], ...fillers, ...aceh]) clusterer.add(profile);
    const state = clusterer.toJSON();
    const retired = state.retired.find((story) => story.articles.includes(papua[0].id))!.id;
    const active = state.stories.find((story) => story.articles.includes(aceh[2].id))!.id;
    const kept = clusterer.membersKept(new Set([papua[0].id, aceh[2].id]));
    expect(kept.length).toBeGreaterThan(0);
    expect(() => clusterer.remove({ removed: [papua[0], aceh[2]], members: new Map() })).toThrow(`tidings: expected the profile of "${kept[0]}", a remaining member of story ${active}`);
    expect(clusterer.toJSON()).toEqual(state);
    const members = new Map(aceh.filter((profile) => kept.includes(profile.id)).map((profile) => [profile.id, profile]));
    expect([...clusterer.remove({ removed: [papua[0], aceh[2]], members })].sort()).toEqual([active, retired].sort());
    expect(clusterer.story(retired)).toMatchObject({ articles: [papua[1].id], retired: true });
    expect(clusterer.story(active)).toMatchObject({ articles: kept, retired: false });
  });
});
