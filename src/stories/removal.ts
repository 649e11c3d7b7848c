/**
 * Articles taken out of the clusterer (`StoryClusterer.remove`), as far as
 * its state allows: their document frequencies exactly (every key of a
 * profile was counted once when it arrived, so it is counted down once; a
 * key left in no document weighs as if never seen), their places in the
 * stories (a story left with no member is dropped), and the centroids of the
 * active stories that lose a member, made again from the remaining members
 * weighed with today's frequencies (the state does not keep the frequencies
 * each member was weighed with on arrival: exact only for a story of one
 * article). A retired story's snapshot loses the article and the keys no
 * document holds any more; its other top keys and its dates stay. The steps,
 * in order: count down, make the stories again, trim the snapshots.
 */
import type { DocumentFrequencies, Frequencies } from './frequencies.js';
import type { ArticleProfile } from './profile.js';
import type { StoryClustererState } from './state.js';
import { articleVectors, joinStory, newStory, type ActiveStory, type StorySnapshot } from './story.js';

export interface StoryRemoval {
  /** The profiles of the articles removed (`articleProfile` of each, with the options it was ingested with). */
  removed: readonly ArticleProfile[];
  /** The profiles of the remaining members of every active story that loses one (`StoryClusterer.membersKept`), by article id. */
  members: ReadonlyMap<string, ArticleProfile>;
}

/** The keys counted down to no document, of each kind. */
export interface ZeroedKeys {
  terms: Set<string>;
  entities: Set<string>;
}

/** Counts the removed articles out of the frequencies: one document fewer each, and each of its keys in one fewer. */
export function countDownAll(stats: DocumentFrequencies, removed: readonly ArticleProfile[]): ZeroedKeys {
  const zeroed: ZeroedKeys = { terms: new Set(), entities: new Set() };
  for (const profile of removed) {
    stats.documents = Math.max(0, stats.documents - 1);
    countDown(stats.terms, profile.terms, zeroed.terms);
    countDown(stats.entities, profile.entities, zeroed.entities);
  }
  return zeroed;
}

/** Counts each key of `counts` in one document fewer; the keys left in none go into `zeroed` (they keep their place, with a count of 0). */
function countDown(frequencies: Frequencies, counts: ReadonlyMap<string, number>, zeroed: Set<string>): void {
  const { vocabulary } = frequencies;
  for (const key of counts.keys()) {
    const id = vocabulary.find(key);
    if (id === undefined || !(frequencies.counts[id] > 0)) continue;
    frequencies.counts[id] -= 1;
    if (frequencies.counts[id] === 0) zeroed.add(key);
  }
}

/** The story made again from the members it keeps (each with a profile in `members`), in arrival order; undefined when it keeps none. */
export function rebuiltStory(story: ActiveStory, kept: readonly string[], members: ReadonlyMap<string, ArticleProfile>, stats: DocumentFrequencies, cap: number): ActiveStory | undefined {
  let rebuilt: ActiveStory | undefined;
  for (const id of kept) {
    const profile = members.get(id)!;
    const vectors = articleVectors(profile, stats);
    if (rebuilt === undefined) rebuilt = newStory(story.id, profile, vectors, story.lastArrival, cap);
    else joinStory(rebuilt, profile, vectors, story.lastArrival, cap);
  }
  return rebuilt;
}

/** A retired story's snapshot without the removed articles and the keys no document holds any more; undefined when it keeps no article. */
export function snapshotWithout(story: StorySnapshot, gone: ReadonlySet<string>, zeroed: ZeroedKeys): StorySnapshot | undefined {
  const articles = story.articles.filter((id) => !gone.has(id));
  if (articles.length === 0) return undefined;
  const topTerms = story.topTerms.filter((key) => !zeroed.terms.has(key));
  const topEntities = story.topEntities.filter((key) => !zeroed.entities.has(key));
  return { ...story, articles, size: articles.length, topTerms, topEntities };
}

/** The state with only the keys some document holds: as if the keys of removed articles no other holds had never been seen (a takedown leaves no word of the removed text in the saved state). */
export function countedOnly(state: StoryClustererState): StoryClustererState {
  const counted = (entries: Array<[string, number]>) => entries.filter(([, count]) => count > 0);
  return { ...state, stats: { documents: state.stats.documents, terms: counted(state.stats.terms), entities: counted(state.stats.entities) } };
}
