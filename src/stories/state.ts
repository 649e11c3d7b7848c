/**
 * The clusterer's state as plain JSON data: document frequencies, active
 * stories with their centroids, and the snapshots of recently retired
 * stories. Maps become `[key, value]` arrays in their iteration order, so a
 * restored clusterer sums in the same order and assigns exactly as the saved
 * one would have. The inverted index is derived and rebuilt on load.
 */
import { expected } from '../errors.js';
import { countEntries, documentFrequencies, keyId, type DocumentFrequencies, type Frequencies } from './frequencies.js';
import { appendEntry, sparseVector, vectorNorm, type SparseVector } from './sparse.js';
import type { ActiveStory, Centroid, StorySnapshot } from './story.js';

export const STORY_STATE_VERSION = 1;

export type Entries = Array<[string, number]>;

/** An active story as saved. */
export interface StoryRecord {
  id: string;
  articles: string[];
  first?: number;
  last?: number;
  lastArrival: number;
  terms: Entries;
  entities: Entries;
  /** The headline centroid; absent in states saved before it existed (read as empty). */
  lead?: Entries;
  /** The years its undated members give (`ActiveStory.years`); absent when none, and in states saved before 2026-12-07. */
  years?: number[];
}

export interface StoryClustererState {
  version: typeof STORY_STATE_VERSION;
  /** Articles added so far. */
  arrivals: number;
  /** Stories started so far (the counter in story ids `s1`, `s2`…). */
  created: number;
  /** The stream's time at the last retirement (ms since epoch): the median date of the dated arrivals before it; in states saved before 2026-12-06 (the sixteenth session), the newest date seen. */
  clock?: number;
  /** The dates of the dated arrivals since the last retirement, in arrival order (absent: none). */
  recent?: number[];
  stats: { documents: number; terms: Entries; entities: Entries };
  stories: StoryRecord[];
  /** Snapshots of the most recently retired stories, oldest first. */
  retired: StorySnapshot[];
}

/** The clusterer's live data, as `readState` returns it and `writeState` takes it. */
export interface LiveState {
  stats: DocumentFrequencies;
  arrivals: number;
  created: number;
  clock: number | undefined;
  recent: number[];
  active: ActiveStory[];
  retired: StorySnapshot[];
}

export function writeState(live: LiveState): StoryClustererState {
  const state: StoryClustererState = {
    version: STORY_STATE_VERSION,
    arrivals: live.arrivals,
    created: live.created,
    stats: { documents: live.stats.documents, terms: countEntries(live.stats.terms), entities: countEntries(live.stats.entities) },
    stories: live.active.map((story) => storyRecordOf(changedStory(story, live.stats))),
    retired: live.retired.map(copySnapshot),
  };
  if (live.clock !== undefined) state.clock = live.clock;
  if (live.recent.length > 0) state.recent = [...live.recent];
  return state;
}

/**
 * A changed active story as a save writes it: a `StoryRecord` whose
 * centroids are their keys, with every weight in one Float64 array (the
 * terms', then the entities', then the lead's), not a `[key, weight]` pair
 * an entry (a batch changes hundreds of stories, a centroid up to 300 keys).
 */
export interface ChangedStory extends Omit<StoryRecord, 'terms' | 'entities' | 'lead'> {
  terms: string[];
  entities: string[];
  lead: string[];
  weights: Float64Array;
}

/** An active story as a save writes it, its centroids' keys spelled out and their weights copied. */
export function changedStory(story: ActiveStory, stats: DocumentFrequencies): ChangedStory {
  const terms = story.terms.weights;
  const entities = story.entities.weights;
  const lead = story.lead.weights;
  const weights = new Float64Array(terms.size + entities.size + lead.size);
  const record: ChangedStory = {
    id: story.id,
    articles: [...story.articles],
    lastArrival: story.lastArrival,
    terms: vectorKeys(terms, stats.terms, weights, 0),
    entities: vectorKeys(entities, stats.entities, weights, terms.size),
    lead: vectorKeys(lead, stats.terms, weights, terms.size + entities.size),
    weights,
  };
  if (story.first !== undefined) record.first = story.first;
  if (story.last !== undefined) record.last = story.last;
  if (story.years.length > 0) record.years = [...story.years];
  return record;
}

/** The record a changed story stands for: each key paired with its weight, in order (the terms', the entities', the lead's). */
export function storyRecordOf({ weights, ...story }: ChangedStory): StoryRecord {
  let at = 0;
  const entries = (keys: readonly string[]): Entries => keys.map((key) => [key, weights[at++]]);
  return { ...story, terms: entries(story.terms), entities: entries(story.entities), lead: entries(story.lead) };
}

/** The keys of `vector`'s entries in entry order, its values copied into `weights` from `at`. */
function vectorKeys(vector: SparseVector, frequencies: Frequencies, weights: Float64Array, at: number): string[] {
  const { keys } = frequencies.vocabulary;
  const spelled = new Array<string>(vector.size);
  for (let i = 0; i < vector.size; i++) spelled[i] = keys[vector.ids[i]];
  weights.set(vector.values.subarray(0, vector.size), at);
  return spelled;
}

export function copySnapshot(story: StorySnapshot): StorySnapshot {
  return { ...story, articles: [...story.articles], topTerms: [...story.topTerms], topEntities: [...story.topEntities] };
}

export function readState(state: StoryClustererState): LiveState {
  if (state === null || typeof state !== 'object' || Array.isArray(state)) expected('a story clusterer state object', state);
  if (state.version !== STORY_STATE_VERSION) expected(`a story clusterer state of version ${STORY_STATE_VERSION}`, state.version);
  count('arrivals', state.arrivals);
  count('created', state.created);
  if (state.clock !== undefined) time('clock', state.clock);
  if (state.recent !== undefined) {
    list('recent', state.recent);
    state.recent.forEach((value) => time('state recent date', value));
  }
  if (state.stats === null || typeof state.stats !== 'object') expected('state.stats as an object', state.stats);
  count('stats.documents', state.stats.documents);
  list('stories', state.stories);
  list('retired', state.retired);
  const stats = documentFrequencies({ documents: state.stats.documents, terms: toMap('stats.terms', state.stats.terms), entities: toMap('stats.entities', state.stats.entities) });
  return {
    stats,
    arrivals: state.arrivals,
    created: state.created,
    clock: state.clock,
    recent: [...(state.recent ?? [])],
    active: state.stories.map((record) => readStory(record, stats)),
    retired: state.retired.map(readSnapshot),
  };
}

function readStory(record: StoryRecord, stats: DocumentFrequencies): ActiveStory {
  if (record === null || typeof record !== 'object') expected('a saved story object', record);
  text('story id', record.id);
  list('story articles', record.articles);
  record.articles.forEach((article) => text('story article id', article));
  count('story lastArrival', record.lastArrival);
  const story: ActiveStory = {
    id: record.id,
    articles: [...record.articles],
    lastArrival: record.lastArrival,
    terms: centroid('story terms', record.terms, stats.terms),
    entities: centroid('story entities', record.entities, stats.entities),
    lead: centroid('story lead', record.lead ?? [], stats.terms),
    years: years(record.years ?? []),
  };
  if (record.first !== undefined) story.first = time('story first', record.first);
  if (record.last !== undefined) story.last = time('story last', record.last);
  return story;
}

function readSnapshot(story: StorySnapshot): StorySnapshot {
  if (story === null || typeof story !== 'object') expected('a retired story snapshot object', story);
  text('retired story id', story.id);
  list('retired story articles', story.articles);
  list('retired story topTerms', story.topTerms);
  list('retired story topEntities', story.topEntities);
  return copySnapshot(story);
}

/** A saved centroid over the ids of `frequencies` (a key seen twice keeps its first place and last weight, as in a `Map`). */
function centroid(what: string, entries: Entries, frequencies: Frequencies): Centroid {
  const weights = sparseVector();
  toMap(what, entries).forEach((value, key) => appendEntry(weights, keyId(frequencies, key), value));
  return { weights, length: vectorNorm(weights) };
}

function years(values: unknown): number[] {
  list('story years', values);
  for (const value of values) if (!Number.isInteger(value)) expected('state story years as integers', value);
  return [...(values as number[])];
}

function toMap(what: string, entries: Entries): Map<string, number> {
  list(what, entries);
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number' || !Number.isFinite(entry[1])) expected(`${what} as [string, number] pairs`, entry);
  }
  return new Map(entries);
}

function list(what: string, value: unknown): asserts value is unknown[] {
  if (!Array.isArray(value)) expected(`state ${what} as an array`, value);
}

function text(what: string, value: unknown): void {
  if (typeof value !== 'string' || value === '') expected(`${what} as a non-empty string`, value);
}

function count(what: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) expected(`state ${what} as a non-negative integer`, value);
}

function time(what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) expected(`${what} as milliseconds since the epoch`, value);
  return value as number;
}
