/**
 * How the story clusterer's state is stored (`clusterer` format 2), in parts
 * a save writes separately: the keys of the document frequencies, an
 * append-only list per kind in the order they were first counted; each
 * active story, its centroids' keys as JSON and their weights as Float64
 * bytes (exact, and far cheaper to write than decimal numbers); each kept
 * retired story's snapshot, in the order retired; and the rest, the
 * frequencies as counts only, in the keys' order. Format 1 stored a story as
 * one JSON record (still read) and the rest with its keys and retired
 * snapshots (migration 8 converts it). Pure functions, shared by every store
 * backend.
 */
import { InputError } from '../errors.js';
import { storyRecordOf, type ChangedStory, type StoryClustererChanges, type StoryClustererState, type StoryRecord, type StorySnapshot } from '../stories/index.js';
import { decodeVersionedValue, encodeValue } from './codec.js';

type Entries = StoryRecord['terms'];

/** The rest of the state as stored: the frequencies' counts without their keys, no stories, active or retired. */
interface StoredRest extends Omit<StoryClustererState, 'stats' | 'stories' | 'retired'> {
  stats: { documents: number; terms: number[]; entities: number[] };
}

/** A story of format 2: its centroids' keys, their weights in `StoredStory.weights` (terms, entities, lead). */
type StoredStoryRecord = Omit<ChangedStory, 'weights'>;

export interface StoredStory {
  record: string;
  /** Float64 weights; absent for a story stored in format 1 (all in `record`). */
  weights: Uint8Array | null;
}

/** Every key of each kind stored so far, in the order first counted. */
export interface ClustererKeys {
  terms: readonly string[];
  entities: readonly string[];
}

export function encodeClustererRest(changes: StoryClustererChanges): string {
  const rest: StoredRest = {
    version: changes.version,
    arrivals: changes.arrivals,
    created: changes.created,
    stats: { documents: changes.documents, terms: changes.terms.counts, entities: changes.entities.counts },
  };
  if (changes.clock !== undefined) rest.clock = changes.clock;
  if (changes.recent !== undefined) rest.recent = changes.recent;
  return encodeValue('clusterer', rest);
}

/** The whole state from its stored parts. */
export function decodeClusterer(rest: string, keys: ClustererKeys, stories: StoryRecord[], retired: StorySnapshot[], location: string): StoryClustererState {
  const { stats, ...value } = decodeVersionedValue<StoredRest>('clusterer', rest, location).value;
  return { ...value, stats: { documents: stats.documents, terms: zip(keys.terms, stats.terms, location), entities: zip(keys.entities, stats.entities, location) }, stories, retired };
}

export function encodeRetired(snapshot: StorySnapshot): string {
  return encodeValue('clusterer', snapshot);
}

export function decodeRetired(json: string, location: string): StorySnapshot {
  return decodeVersionedValue<StorySnapshot>('clusterer', json, location).value;
}

export function encodeStory(story: ChangedStory): StoredStory {
  const { weights, ...record } = story;
  return { record: encodeValue('clusterer', record), weights: new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength) };
}

export function decodeStory(stored: StoredStory, location: string): StoryRecord {
  const { version, value } = decodeVersionedValue<StoryRecord | StoredStoryRecord>('clusterer', stored.record, location);
  if (version < 2) return value as StoryRecord;
  const record = value as StoredStoryRecord;
  if (stored.weights === null) throw damaged(location);
  const weights = new Float64Array(new Uint8Array(stored.weights).buffer);
  if (record.terms.length + record.entities.length + record.lead.length !== weights.length) throw damaged(location);
  return storyRecordOf({ ...record, weights });
}

function zip(keys: readonly string[], counts: number[], location: string): Entries {
  if (!Array.isArray(counts) || counts.length !== keys.length) throw damaged(location);
  return counts.map((count, i) => [keys[i], count]);
}

function damaged(location: string): InputError {
  return new InputError(location, 'stored clusterer', 'the stored state is damaged');
}
