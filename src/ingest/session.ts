/**
 * What ingest keeps between calls in one long-running process (the server,
 * `tidings ingest --every`): the story clusterer as the last call saved it.
 * Loading and rebuilding it costs a call more than a few articles do (at
 * 10,000 stored articles, its keys and centroids take some 0.3 s to read
 * and index); the next call takes it back instead, while the store's saved
 * state is still the one it saved: the same database, the same generation
 * (another process's write, or a removal, moves the generation on), and the
 * same story options. A call takes it out and gives it back only when it
 * ends with everything saved, so one that fails leaves nothing held; a call
that stores nothing (every arrival already stored) never takes it.
 * A session serves one database.
 */
import { StoryClusterer, type StoryClustererState, type StoryOptions } from '../stories/index.js';
import type { Store } from '../store/index.js';

/** The clusterer as saved at `generation`. */
export interface SavedClusterer {
  clusterer: StoryClusterer;
  generation: number;
}

export class IngestSession {
  #held: (SavedClusterer & { location: string; options: string }) | undefined;

  /** The clusterer held for this store's saved state, taken out of the session (a call that fails leaves none held); undefined when it holds none, or another. */
  async take(store: Store, options: Partial<StoryOptions>): Promise<SavedClusterer | undefined> {
    const held = this.#held;
    this.#held = undefined;
    if (held === undefined || held.location !== store.location || held.options !== JSON.stringify(options)) return undefined;
    return held.generation === (await store.clustererGeneration()) ? { clusterer: held.clusterer, generation: held.generation } : undefined;
  }

  /** Keeps the clusterer a call ended with, saved at `generation`, for the next call. */
  keep(store: Store, options: Partial<StoryOptions>, saved: SavedClusterer): void {
    this.#held = { ...saved, location: store.location, options: JSON.stringify(options) };
  }
}

/** The clusterer the store saved; undefined when none is saved yet. */
export async function loadClusterer(store: Store, options: Partial<StoryOptions>): Promise<SavedClusterer | undefined> {
  const saved = await store.loadClusterer();
  return saved && { clusterer: new StoryClusterer(options, saved.state as StoryClustererState), generation: saved.generation };
}

/** The clusterer an ingest starts from: the session's when it holds the store's saved one, else the saved one loaded, else a new one at generation 0. */
export async function startingClusterer(store: Store, options: Partial<StoryOptions>, session: IngestSession | undefined): Promise<SavedClusterer> {
  return (await session?.take(store, options)) ?? (await loadClusterer(store, options)) ?? { clusterer: new StoryClusterer(options), generation: 0 };
}
