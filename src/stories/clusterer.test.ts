import { describe, expect, it } from 'vitest';
import { ACEH, article, PAPUA, profile } from './test-support/articles.js';
import { articleProfile, defaultStoryOptions, profileSimilarity, StoryClusterer, storyRecordOf, termStats, type StoryClustererState } from './index.js';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** Unrelated one-article stories: each profile has words no other has. */
function fillers(count: number, from: number, time?: number) {
  return Array.from({ length: count }, (_, i) => profile(`filler-${from + i}`, [`word${from + i}a`, `word${from + i}b`, `word${from + i}c`], [], time));
}

describe('StoryClusterer', () => {
  it('keeps two earthquakes apart while grouping the reports of each', () => {
    const clusterer = new StoryClusterer();
    const order = [ACEH[0], PAPUA[0], ACEH[1], PAPUA[1], PAPUA[2], ACEH[2]];
    const story = new Map(order.map((article) => [article.id, clusterer.add(articleProfile(article)).story]));
    expect(new Set(ACEH.map((article) => story.get(article.id))).size).toBe(1);
    expect(new Set(PAPUA.map((article) => story.get(article.id))).size).toBe(1);
    expect(story.get('aceh-1')).not.toBe(story.get('papua-1'));
    expect(clusterer.stories().map((snapshot) => snapshot.size)).toEqual([3, 3]);
    const aceh = clusterer.story(story.get('aceh-1')!)!;
    expect(aceh.topEntities).toContain('takengon');
    expect(aceh.topEntities).not.toContain('manokwari');
  });

  it('names a story an article starts by the id it is given when no story holds it, and joins a story as ever whatever the id', () => {
    const clusterer = new StoryClusterer();
    expect(clusterer.add(articleProfile(ACEH[0]), { storyId: 's7' })).toMatchObject({ story: 's7', created: true });
    expect(clusterer.add(articleProfile(PAPUA[0]), { storyId: 's7' })).toMatchObject({ story: 's1', created: true });
    expect(clusterer.add(articleProfile(ACEH[1]), { storyId: 's9' })).toMatchObject({ story: 's7', created: false });
    expect(clusterer.add(articleProfile(PAPUA[1]))).toMatchObject({ story: 's1', created: false });
  });

  it('links a story to another it came near, never to its own, and not two events apart by default', () => {
    const order = [ACEH[0], PAPUA[0], ACEH[1], PAPUA[1], PAPUA[2], ACEH[2]].map((article) => articleProfile(article));
    const loose = new StoryClusterer({ relatedThreshold: 0.3 });
    const assignments = order.map((item) => loose.add(item));
    const [aceh, papua] = [assignments[0].story, assignments[1].story];
    expect(assignments[0].related).toEqual([]);
    expect(assignments[1]).toMatchObject({ story: papua, created: true, related: [{ story: aceh }] });
    for (const assignment of assignments) {
      expect(assignment.related.map((related) => related.story)).not.toContain(assignment.story);
      for (const related of assignment.related) expect(related.similarity).toBeGreaterThanOrEqual(0.3);
    }
    expect(assignments.filter((assignment) => assignment.related.length > 0).length).toBeGreaterThanOrEqual(3);

    const strict = new StoryClusterer();
    expect(order.flatMap((item) => strict.add(item).related)).toEqual([]);
    expect(() => new StoryClusterer({ relatedThreshold: -0.1 })).toThrow(/^tidings: expected stories\.relatedThreshold between 0 and 1/);
  });

  it('lets a reprint join the story of its source without a search, as a search would have added it, naming the related stories its source named that are still active, when that story is near enough; else searches as for any arrival', () => {
    const wreck = profile('wreck', ['ferry', 'sank', 'harbour', 'passeng', 'rescu', 'coast', 'guard', 'storm'], ['kelby', 'north pier']);
    const hearing = profile('hearing', ['ferry', 'owner', 'licenc', 'court', 'inquiri', 'judg', 'harbour', 'passeng'], ['marlow court']);
    const both = () => profile('both', ['ferry', 'sank', 'harbour', 'passeng', 'rescu', 'coast', 'court', 'inquiri'], ['kelby', 'marlow court']);
    const grouped = () => {
      const clusterer = new StoryClusterer();
      for (const filler of fillers(20, 0)) clusterer.add(filler);
      return { clusterer, wreck: clusterer.add(wreck).story, hearing: clusterer.add(hearing).story };
    };
    const searched = grouped();
    const found = searched.clusterer.add(both());
    expect(found).toMatchObject({ story: searched.wreck, related: [{ story: searched.hearing }] });

    const shortcut = grouped();
    expect(shortcut.clusterer.add(both(), { reprinting: { story: shortcut.wreck, related: found.related } })).toEqual(found);
    expect(shortcut.clusterer.toJSON()).toEqual(searched.clusterer.toJSON());

    const reprint = grouped();
    const named = [{ story: reprint.wreck, similarity: 0.61 }, { story: reprint.hearing, similarity: 0.5 }, { story: 's99', similarity: 0.45 }];
    const joined = reprint.clusterer.add(both(), { reprinting: { story: reprint.hearing, related: named } });
    expect(joined).toEqual({ story: reprint.hearing, created: false, similarity: found.related[0].similarity, related: [named[0]], retired: [] });
    expect(reprint.clusterer.activeStoryOf('both')).toBe(reprint.hearing);
    expect(reprint.clusterer.story(reprint.hearing)!.articles).toEqual(['hearing', 'both']);

    for (const elsewhere of ['s1', 'no such story']) {
      const other = grouped();
      expect(other.clusterer.add(both(), { reprinting: { story: elsewhere, related: named } })).toEqual(found);
    }
  });

  it('lets a report dated within nearTimeDays of a story join it on a lower bar, and no report dated later or undated', () => {
    const blastTerms = ['market', 'bomb', 'jerusalem', 'kill', 'wound', 'car', 'explos', 'friday'];
    const blast = profile('blast', blastTerms, ['jerusalem', 'mahane yehuda'], START);
    const claim = (time?: number) => profile('claim', ['market', 'claim', 'respons', 'jihad', 'group', 'statement', 'radio'], ['jerusalem', 'islamic jihad'], time);
    const second = (options: Partial<typeof defaultStoryOptions>, time?: number) => {
      const clusterer = new StoryClusterer(options);
      for (const filler of fillers(20, 0, START - 40 * DAY)) clusterer.add(filler);
      clusterer.add(blast);
      return clusterer.add(claim(time));
    };
    const { threshold, nearTimeRelief } = defaultStoryOptions;
    const apart = second({ nearTimeRelief: 0 }, START + DAY);
    expect(apart.created).toBe(true);
    expect(apart.similarity).toBeLessThan(threshold);
    expect(apart.similarity).toBeGreaterThanOrEqual(threshold - nearTimeRelief);
    expect(second({}, START + DAY)).toMatchObject({ created: false, similarity: apart.similarity });
    expect(second({}, START + 10 * DAY).created).toBe(true);
    expect(second({}).created).toBe(true);
    expect(() => new StoryClusterer({ nearTimeDays: -1 })).toThrow(/^tidings: expected stories\.nearTimeDays to be a number ≥ 0/);
  });

  it('lets an undated report giving a story’s year join it on a lower bar, less so the more stories give that year, and weighs one giving another year down', () => {
    const blastTerms = ['market', 'bomb', 'jerusalem', 'kill', 'wound', 'car', 'explos', 'friday'];
    const blast = { ...profile('blast', blastTerms, ['jerusalem', 'mahane yehuda']), year: 2008 };
    const claim = (year?: number) => ({ ...profile('claim', ['market', 'claim', 'respons', 'jihad', 'group', 'statement', 'radio'], ['jerusalem', 'islamic jihad']), ...(year === undefined ? {} : { year }) });
    const second = (options: Partial<typeof defaultStoryOptions>, year: number | undefined, fillerYears: readonly number[]) => {
      const clusterer = new StoryClusterer(options);
      for (const [i, filler] of fillers(20, 0).entries()) clusterer.add(i < fillerYears.length ? { ...filler, year: fillerYears[i] } : filler);
      clusterer.add(blast);
      const saved = JSON.parse(JSON.stringify(clusterer.toJSON())) as StoryClustererState;
      const resumed = new StoryClusterer(options, saved);
      const assignment = clusterer.add(claim(year));
      expect(resumed.add(claim(year))).toEqual(assignment);
      return assignment;
    };
    const { threshold, yearRelief, yearPenalty } = defaultStoryOptions;
    const otherYears = [2001, 2002, 2003];
    const apart = second({ yearRelief: 0, yearPenalty: 0 }, 2008, otherYears);
    expect(apart.created).toBe(true);
    expect(apart.similarity).toBeLessThan(threshold);
    expect(apart.similarity).toBeGreaterThanOrEqual(threshold - yearRelief * (3 / 4));
    expect(second({}, 2008, otherYears)).toMatchObject({ created: false, similarity: apart.similarity });
    expect(second({}, 2008, [2008, 2008, 2008]).created).toBe(true);
    expect(second({}, undefined, otherYears)).toMatchObject({ created: true, similarity: apart.similarity });
    const later = second({}, 2013, otherYears);
    expect(later.created).toBe(true);
    expect(later.similarity).toBeCloseTo(apart.similarity * (1 - yearPenalty), 12);
    expect(() => new StoryClusterer({ yearRelief: 1.5 })).toThrow(/^tidings: expected stories\.yearRelief between 0 and 1/);
  });

  it('continues identically from its saved state', () => {
    const profiles = [ACEH[0], PAPUA[0], ACEH[1], PAPUA[1], PAPUA[2], ACEH[2]].map((article) => articleProfile(article));
    const options = { retireAfterArticles: 2 };
    const straight = new StoryClusterer(options);
    const resumedFrom = new StoryClusterer(options);
    for (const item of profiles.slice(0, 3)) {
      straight.add(item);
      resumedFrom.add(item);
    }
    const saved = JSON.parse(JSON.stringify(resumedFrom.toJSON())) as StoryClustererState;
    const resumed = new StoryClusterer(options, saved);
    expect(resumed.toJSON()).toEqual(resumedFrom.toJSON());
    for (const item of profiles.slice(3)) expect(resumed.add(item)).toEqual(straight.add(item));
    expect(resumed.toJSON()).toEqual(straight.toJSON());
    expect(resumed.stories()).toEqual(straight.stories());
  });

  it('bounds a story’s centroid, so it keeps its core however far its members drift', () => {
    const centroidTerms = 12;
    const clusterer = new StoryClusterer({ centroidTerms, threshold: 0.2 });
    const core = ['quake', 'aceh', 'rubble', 'rescue'];
    for (let i = 0; i < 40; i++) {
      const drift = Array.from({ length: 8 }, (_, k) => `drift${i}x${k}`);
      clusterer.add(profile(`a${i}`, [...core, ...core, ...drift], ['takengon']));
    }
    const [story] = clusterer.toJSON().stories;
    expect(clusterer.stories()).toHaveLength(1);
    expect(story.terms.length).toBeLessThanOrEqual(2 * centroidTerms);
    expect(clusterer.story(story.id)!.topTerms.slice(0, core.length).sort()).toEqual([...core].sort());
  });

  it('does not let a story pass from one event to another through a chain of half-overlapping reports', () => {
    const clusterer = new StoryClusterer({ centroidTerms: 12 });
    const words = (from: number) => Array.from({ length: 6 }, (_, k) => `w${from + k}`);
    const stories = new Set<string>();
    for (let step = 0; step < 12; step++) stories.add(clusterer.add(profile(`c${step}`, words(step * 3))).story);
    expect(stories.size).toBeGreaterThan(1);
  });

  it('retires a story that fell silent and starts a new one for a late report', () => {
    const clusterer = new StoryClusterer({ retireAfterDays: 30 });
    const quake = (id: string, time: number) => profile(id, ['quake', 'aceh', 'rubble', 'takengon'], ['aceh', 'takengon'], time);
    const first = clusterer.add(quake('q1', START));
    expect(clusterer.add(quake('q2', START + DAY)).story).toBe(first.story);
    const late = clusterer.add(quake('q3', START + 40 * DAY));
    expect(late.created).toBe(true);

    const undated = new StoryClusterer({ retireAfterArticles: 5 });
    const old = undated.add(profile('old', ['quake', 'aceh']));
    const retired = fillers(63, 0).flatMap((item) => undated.add(item).retired);
    expect(retired.map((snapshot) => snapshot.id)).toContain(old.story);
    expect(undated.story(old.story)).toMatchObject({ retired: true, articles: ['old'] });
    expect(undated.toJSON().stories.map((story) => story.id)).not.toContain(old.story);
  });

  it('groups a backfill of older reports that arrives after newer news, and keeps grouping past one wrongly dated article', () => {
    const dated = (item: (typeof ACEH)[number], time: number) => ({ ...articleProfile(item), time });
    const clusterer = new StoryClusterer();
    for (const filler of fillers(100, 0, START + 400 * DAY)) clusterer.add(filler);
    const backfill = [ACEH[0], PAPUA[0], ACEH[1], PAPUA[1], PAPUA[2], ACEH[2]].map((item, i) => dated(item, START + i * DAY));
    const stories = new Map(backfill.map((item) => [item.id, clusterer.add(item).story]));
    for (const filler of fillers(70, 100, START + 3 * DAY)) clusterer.add(filler);
    expect(new Set(ACEH.map((item) => stories.get(item.id))).size).toBe(1);
    expect(new Set(PAPUA.map((item) => stories.get(item.id))).size).toBe(1);
    expect(clusterer.story(stories.get('aceh-1')!)).toMatchObject({ size: 3, retired: false });

    const live = new StoryClusterer();
    const first = live.add(dated(ACEH[0], START));
    live.add(profile('misdated', ['lottery', 'jackpot', 'draw'], [], START + 3_650 * DAY));
    for (const filler of fillers(70, 0, START + DAY)) live.add(filler);
    expect(live.add(dated(ACEH[1], START + 2 * DAY)).story).toBe(first.story);
  });

  it('finds its story among the stories in reach even when more stories out of reach share more of its words', () => {
    const terms = ['ferry', 'capsiz', 'harbour', 'passeng', 'rescu', 'coast', 'guard', 'storm'];
    const names = ['port velden', 'marisol line'];
    const clusterer = new StoryClusterer();
    const later = Array.from({ length: defaultStoryOptions.maxCandidates + 2 }, (_, i) => profile(`later-${i}`, terms, names, START + (100 + 40 * i) * DAY));
    const laterStories = new Set(later.map((item) => clusterer.add(item).story));
    expect(laterStories.size).toBe(later.length);
    const first = clusterer.add(profile('first', terms, names, START));
    expect(first.created).toBe(true);
    expect(clusterer.add(profile('follow-up', terms, names, START + DAY))).toMatchObject({ story: first.story, created: false });
  });

  it('halves a similarity for every halfLifeDays between the article and the story', () => {
    const { halfLifeDays } = defaultStoryOptions;
    const a = articleProfile(ACEH[0]);
    const b = articleProfile(ACEH[1]);
    const stats = termStats([a, b]);
    const undated = profileSimilarity(a, b, stats);
    const dated = (time: number) => ({ ...b, time });
    expect(profileSimilarity({ ...a, time: START }, dated(START), stats)).toBeCloseTo(undated, 10);
    expect(profileSimilarity({ ...a, time: START }, dated(START + halfLifeDays * DAY), stats)).toBeCloseTo(undated / 2, 10);
    expect(profileSimilarity({ ...a, time: START }, dated(START + 2 * halfLifeDays * DAY), stats)).toBeCloseTo(undated / 4, 10);

    const joined = (gapDays: number) => {
      const clusterer = new StoryClusterer();
      clusterer.add({ ...a, time: START });
      return clusterer.add(dated(START + gapDays * DAY)).similarity;
    };
    expect(joined(halfLifeDays)).toBeCloseTo(joined(0) / 2, 10);
  });

  it('keys names by all their words: "New York" is not "York", and "New" alone is no key', () => {
    const { entities } = articleProfile(article('ny', 'Flooding in the city', ['Streets in New York flooded on Monday, and the New York Times said York Minster stayed dry.']));
    expect([...entities.keys()].filter((key) => !key.startsWith('#'))).toEqual(expect.arrayContaining(['new york', 'new york times', 'york minster']));
    expect(entities.has('new')).toBe(false);
    expect(entities.get('york')).toBe(3);
  });

  it('checks its options', () => {
    expect(() => new StoryClusterer({ threshold: 1.5 })).toThrow(/^tidings: expected stories\.threshold between 0 and 1/);
    expect(() => new StoryClusterer({ entityWeight: 0.8, leadWeight: 0.3 })).toThrow(/^tidings: expected stories\.entityWeight \+ stories\.leadWeight to be at most 1/);
    expect(() => new StoryClusterer({ halfLifeDays: 0 })).toThrow(/^tidings: expected stories\.halfLifeDays to be a positive number/);
    expect(() => new StoryClusterer({ maxCandidates: 2.5 })).toThrow(/^tidings: expected stories\.maxCandidates to be a positive integer/);
    expect(() => new StoryClusterer({ leadSentences: -1 })).toThrow(/^tidings: expected stories\.leadSentences to be a non-negative integer/);
    expect(() => new StoryClusterer({ treshold: 0.5 } as never)).toThrow(TypeError);
    expect(() => new StoryClusterer({ treshold: 0.5 } as never)).toThrow(/^tidings: expected a stories option/);
  });

  it('gives a save only what changed since the last: the changed stories, the keys first counted since, the stories retired since', () => {
    const clusterer = new StoryClusterer({ retireAfterArticles: 2 });
    for (let i = 0; i < 62; i++) clusterer.add(profile(`a${i}`, [`topic${Math.floor(i / 20)}`, 'flood']));
    const saved = clusterer.countedKeys();
    expect(saved).toEqual({ terms: 5, entities: 0 });
    const joined = clusterer.add(profile('b', ['topic3', 'dam'], ['Aceh']));
    expect(joined.retired.map((story) => story.id)).toEqual([]);
    const retiring = clusterer.add(profile('c', ['topic3', 'dam']));
    expect(retiring.retired.length).toBeGreaterThan(0);
    const changed = new Set([joined.story, retiring.story, ...retiring.retired.map((story) => story.id)]);
    const changes = clusterer.changes(changed, saved);
    const state = clusterer.toJSON();
    expect(changes.terms).toEqual({ added: ['dam'], counts: state.stats.terms.map(([, count]) => count) });
    expect(changes.entities).toEqual({ added: ['Aceh'], counts: [1] });
    expect(changes.stories.map((story) => story.id)).toEqual([joined.story]);
    expect(changes.stories.map(storyRecordOf)).toEqual(state.stories.filter((story) => changed.has(story.id)));
    expect(changes.removed).toEqual(retiring.retired.map((story) => story.id));
    expect(changes.retired).toEqual(retiring.retired);
    expect(changes).toMatchObject({ active: state.stories.length, keptRetired: state.retired.length, arrivals: 64, created: state.created, documents: 64 });
  });

  it('throws on misuse', () => {
    const clusterer = new StoryClusterer();
    const item = profile('a', ['quake']);
    clusterer.add(item);
    expect(() => clusterer.add(item)).toThrow(/^tidings: expected an article not added before/);
    expect(() => clusterer.add({ id: '', terms: new Map(), entities: new Map() })).toThrow(/^tidings: expected a profile with a non-empty id string/);
    expect(() => clusterer.add({ id: 'b', terms: {} as Map<string, number>, entities: new Map() })).toThrow(/^tidings: expected a profile with terms and entities Maps/);
    expect(() => clusterer.add({ ...profile('c', ['quake']), time: Number.NaN })).toThrow(/^tidings: expected a profile time/);
    expect(() => clusterer.add(null as never)).toThrow(TypeError);
    const state = clusterer.toJSON();
    expect(() => new StoryClusterer({}, { ...state, version: 99 } as never)).toThrow(/^tidings: expected a story clusterer state of version/);
    expect(() => new StoryClusterer({}, { ...state, stories: 'none' } as never)).toThrow(/^tidings: expected state stories as an array/);
    expect(() => articleProfile({ id: 'x' } as never)).toThrow(TypeError);
  });
});
