/**
 * Articles taken out of the clusterer's saved state, as far as the state
 * allows: their document frequencies exactly (every key of a profile was
 * counted once when it arrived, so it is counted down once; a key left in no
 * document is dropped, as if never seen), their places in the stories
 * (a story left with no member is dropped), and the centroids of the active
 * stories that lose a member, made again from the remaining members weighed
 * with today's frequencies (the state does not keep the frequencies each
 * member was weighed with on arrival: exact only for a story of one
 * article). A retired story's snapshot loses the article and the keys no
 * document holds any more; its other top keys and its dates stay.
 */
import { expected } from '../errors.js';
import { storyOptions, type StoryOptions } from './options.js';
import type { ArticleProfile } from './profile.js';
import { readState, writeState, type StoryClustererState } from './state.js';
import type { DocumentFrequencies, Frequencies } from './frequencies.js';
import { articleVectors, joinStory, newStory, type ActiveStory } from './story.js';

export interface StoryRemoval {
  /** The profiles of the articles removed (`articleProfile` of each, with the options it was ingested with). */
  removed: readonly ArticleProfile[];
  /** The profiles of the remaining members of every active story that loses one (`activeStoriesLosing`), by article id. */
  members: ReadonlyMap<string, ArticleProfile>;
}

/** The active stories holding any of these articles, each with the members it keeps, in arrival order. */
export function activeStoriesLosing(state: StoryClustererState, ids: ReadonlySet<string>): Map<string, string[]> {
  const losing = new Map<string, string[]>();
  for (const story of state.stories) {
    if (story.articles.some((id) => ids.has(id))) losing.set(story.id, story.articles.filter((id) => !ids.has(id)));
  }
  return losing;
}

/** The state without the removed articles (a new state: `state` is not changed). */
export function stateWithout(state: StoryClustererState, removal: StoryRemoval, options?: Partial<StoryOptions>): StoryClustererState {
  const { centroidTerms } = storyOptions(options);
  const live = readState(state);
  const gone = new Set(removal.removed.map((profile) => profile.id));
  const zeroed = { terms: new Set<string>(), entities: new Set<string>() };
  for (const profile of removal.removed) {
    live.stats.documents = Math.max(0, live.stats.documents - 1);
    countDown(live.stats.terms, profile.terms, zeroed.terms);
    countDown(live.stats.entities, profile.entities, zeroed.entities);
  }
  const active: ActiveStory[] = [];
  for (const story of live.active) {
    if (!story.articles.some((id) => gone.has(id))) active.push(story);
    else {
      const rebuilt = rebuiltStory(story, story.articles.filter((id) => !gone.has(id)), removal.members, live.stats, centroidTerms);
      if (rebuilt !== undefined) active.push(rebuilt);
    }
  }
  const retired = live.retired.flatMap((story) => {
    if (!story.articles.some((id) => gone.has(id))) return [story];
    const articles = story.articles.filter((id) => !gone.has(id));
    if (articles.length === 0) return [];
    const topTerms = story.topTerms.filter((key) => !zeroed.terms.has(key));
    const topEntities = story.topEntities.filter((key) => !zeroed.entities.has(key));
    return [{ ...story, articles, size: articles.length, topTerms, topEntities }];
  });
  const written = writeState({ ...live, active, retired });
  const counted = (entries: Array<[string, number]>) => entries.filter(([, count]) => count > 0);
  return { ...written, stats: { documents: written.stats.documents, terms: counted(written.stats.terms), entities: counted(written.stats.entities) } };
}

/** Counts each key of `counts` in one document fewer; the keys left in none go into `zeroed`. */
function countDown(frequencies: Frequencies, counts: ReadonlyMap<string, number>, zeroed: Set<string>): void {
  const { vocabulary } = frequencies;
  for (const key of counts.keys()) {
    const id = vocabulary.find(key);
    if (id === undefined || !(frequencies.counts[id] > 0)) continue;
    frequencies.counts[id] -= 1;
    if (frequencies.counts[id] === 0) zeroed.add(key);
  }
}

/** The story made again from the members it keeps, in arrival order; undefined when it keeps none. */
function rebuiltStory(story: ActiveStory, kept: readonly string[], members: ReadonlyMap<string, ArticleProfile>, stats: DocumentFrequencies, cap: number): ActiveStory | undefined {
  let rebuilt: ActiveStory | undefined;
  for (const id of kept) {
    const profile = members.get(id);
    if (profile === undefined) expected(`the profile of ${JSON.stringify(id)}, a remaining member of story ${story.id}`, undefined);
    const vectors = articleVectors(profile, stats);
    if (rebuilt === undefined) rebuilt = newStory(story.id, id, profile.time, vectors, story.lastArrival, cap);
    else joinStory(rebuilt, id, profile.time, vectors, story.lastArrival, cap);
  }
  return rebuilt;
}
