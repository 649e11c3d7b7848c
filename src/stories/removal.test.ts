import { describe, expect, it } from 'vitest';
import { ACEH, PAPUA } from './test-support/articles.js';
import { activeStoriesLosing, articleProfile, stateWithout, StoryClusterer, type ArticleProfile } from './index.js';

const sorted = (entries: Array<[string, number]>) => [...entries].sort((a, b) => a[0].localeCompare(b[0]));
const stateOf = (profiles: readonly ArticleProfile[], options = {}) => {
  const clusterer = new StoryClusterer(options);
  for (const profile of profiles) clusterer.add(profile);
  return clusterer.toJSON();
};

describe('stateWithout', () => {
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
    const losing = activeStoriesLosing(state, new Set([aceh[2].id]));
    const [story] = [...losing.keys()];
    expect(losing.get(story)).toEqual([aceh[0].id, aceh[1].id]);
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
});
