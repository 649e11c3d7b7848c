/**
 * The clusterer's state as a store saves it batch by batch: only what a save
 * after the previous one needs. The keys of the document frequencies are
 * saved once each, in the order they were first counted (an append-only
 * list), their counts as plain numbers in that order; of the active stories,
 * only those that changed; of the retired stories' snapshots (which never
 * change), only those retired since. A store that applies every save in
 * turn holds the clusterer's whole `StoryClustererState`.
 */
import type { DocumentFrequencies, Frequencies } from './frequencies.js';
import { changedStory, copySnapshot, readState, STORY_STATE_VERSION, type ChangedStory, type LiveState, type StoryClustererState } from './state.js';
import type { StorySnapshot } from './story.js';

/** How many keys of each kind had been counted at a save: the length of the saved key lists. */
export interface CountedKeys {
  terms: number;
  entities: number;
}

export interface FrequencyChanges {
  /** The keys first counted since the save at `CountedKeys`, in that order: they follow the saved ones. */
  added: string[];
  /** The count of every counted key, saved or added, in the order they were first counted. */
  counts: number[];
}

export interface StoryClustererChanges {
  version: typeof STORY_STATE_VERSION;
  arrivals: number;
  created: number;
  clock?: number;
  recent?: number[];
  documents: number;
  terms: FrequencyChanges;
  entities: FrequencyChanges;
  /** The changed stories that are active, in the state's order (new ones last, as they were started). */
  stories: ChangedStory[];
  /** The changed stories that are no longer active: retired, or emptied by a removal (and gone from `retired` too). */
  removed: string[];
  /** How many stories are active, the changed and the others. */
  active: number;
  /** Snapshots of the changed stories retired and still kept, oldest first: they follow those saved before. */
  retired: StorySnapshot[];
  /** How many retired stories' snapshots are kept in all, the newest: older ones saved before are dropped. */
  keptRetired: number;
}

/** The keys counted so far, of each kind. */
export function countedKeys(stats: DocumentFrequencies): CountedKeys {
  return { terms: stats.terms.counted.length, entities: stats.entities.counted.length };
}

/** What changed since the save at `saved`, `changed` naming the stories that may differ from it (joined, started or retired since). */
export function writeChanges(live: LiveState, changed: ReadonlySet<string>, saved: CountedKeys): StoryClustererChanges {
  const stories: ChangedStory[] = [];
  const active = new Set<string>();
  for (const story of live.active) {
    active.add(story.id);
    if (changed.has(story.id)) stories.push(changedStory(story, live.stats));
  }
  const changes: StoryClustererChanges = {
    version: STORY_STATE_VERSION,
    arrivals: live.arrivals,
    created: live.created,
    documents: live.stats.documents,
    terms: frequencyChanges(live.stats.terms, saved.terms),
    entities: frequencyChanges(live.stats.entities, saved.entities),
    stories,
    removed: [...changed].filter((id) => !active.has(id)),
    active: live.active.length,
    retired: live.retired.filter((story) => changed.has(story.id)).map(copySnapshot),
    keptRetired: live.retired.length,
  };
  if (live.clock !== undefined) changes.clock = live.clock;
  if (live.recent.length > 0) changes.recent = [...live.recent];
  return changes;
}

/** A whole state as the changes since an empty save: every key added, every story changed (a store that empties its saved state first saves it all). */
export function wholeStateChanges(state: StoryClustererState): StoryClustererChanges {
  const live = readState(state);
  const ids = [...live.active, ...live.retired].map((story) => story.id);
  return writeChanges(live, new Set(ids), { terms: 0, entities: 0 });
}

function frequencyChanges(frequencies: Frequencies, saved: number): FrequencyChanges {
  const { counted, counts } = frequencies;
  const { keys } = frequencies.vocabulary;
  const added: string[] = [];
  for (let i = saved; i < counted.length; i++) added.push(keys[counted[i]]);
  const all = new Array<number>(counted.length);
  for (let i = 0; i < counted.length; i++) all[i] = counts[counted[i]];
  return { added, counts: all };
}
