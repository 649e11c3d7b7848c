/**
 * The story clusterer's inverted index: the active stories under each of
 * their heaviest keys, and the candidate stories an arrival shares keys with.
 */
import { heaviestPositions, type SparseVector } from './sparse.js';
import type { ActiveStory } from './story.js';

/** Heaviest keys of each kind a story is indexed under, and an article looks up. */
export const INDEX_KEYS = 16;

/**
 * The stories indexed under each key, by key id (undefined: none): an array
 * read at the id, as the ids of a vocabulary are dense, not a `Map` hashed
 * for each of an arrival's 64 heaviest keys.
 */
export type Postings = Array<Set<ActiveStory> | undefined>;

/** Adds the weight of each of the article's heaviest keys to every story indexed under it. */
export function addSharedWeights(shared: Map<ActiveStory, number>, index: Postings, weights: SparseVector): void {
  for (const at of heaviestPositions(weights, INDEX_KEYS * 2)) {
    const key = weights.ids[at];
    const posting = key < index.length ? index[key] : undefined;
    if (posting === undefined) continue;
    const weight = weights.values[at];
    for (const story of posting) shared.set(story, (shared.get(story) ?? 0) + weight);
  }
}

/**
 * The `count` stories sharing the most weight, most first, the earlier
 * started first among equals, among those `eligible` accepts: the start of
 * `shared` so filtered and sorted, found in one pass that sorts only the
 * stories kept (an arrival shares keys with hundreds of stories and keeps
 * `maxCandidates`). `eligible` is asked only of a story that would rank in.
 */
export function mostShared(shared: ReadonlyMap<ActiveStory, number>, count: number, eligible: (story: ActiveStory) => boolean = () => true): ActiveStory[] {
  const stories: ActiveStory[] = [];
  const weights: number[] = [];
  const orders: number[] = [];
  shared.forEach((weight, story) => {
    const full = stories.length === count;
    if (full && (count === 0 || weight < weights[count - 1])) return;
    const number = storyNumber(story.id);
    if (full && !ahead(weight, number, weights[count - 1], orders[count - 1])) return;
    if (!eligible(story)) return;
    let at = full ? count - 1 : stories.length;
    for (; at > 0 && ahead(weight, number, weights[at - 1], orders[at - 1]); at--) {
      stories[at] = stories[at - 1];
      weights[at] = weights[at - 1];
      orders[at] = orders[at - 1];
    }
    stories[at] = story;
    weights[at] = weight;
    orders[at] = number;
  });
  return stories;
}

/** Whether a story sharing `weight`, numbered `number`, ranks before one sharing `otherWeight`, numbered `otherNumber`. */
function ahead(weight: number, number: number, otherWeight: number, otherNumber: number): boolean {
  return weight > otherWeight || (weight === otherWeight && number < otherNumber);
}

function addPostings(index: Postings, keys: readonly number[], story: ActiveStory): void {
  for (const key of keys) {
    while (index.length <= key) index.push(undefined);
    let posting = index[key];
    if (posting === undefined) index[key] = posting = new Set();
    posting.add(story);
  }
}

/**
 * Moves a story's postings from the keys `before` to the keys `after`. The
 * order of the stories in a posting does not matter: candidates are ranked
 * by shared weight, then by story number.
 */
export function updatePostings(index: Postings, before: readonly number[], after: readonly number[], story: ActiveStory): void {
  removePostings(index, before.filter((key) => !after.includes(key)), story);
  addPostings(index, after.filter((key) => !before.includes(key)), story);
}

export function removePostings(index: Postings, keys: readonly number[], story: ActiveStory): void {
  for (const key of keys) {
    const posting = index[key];
    posting?.delete(story);
    if (posting?.size === 0) index[key] = undefined;
  }
}

/** The counter in a story id `s12` → 12, for deterministic tie-breaking. */
export function storyNumber(id: string): number {
  return Number(id.slice(1));
}
