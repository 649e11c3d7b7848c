/**
 * One story while it is active: its members, dated span and capped
 * centroids. A centroid is the sum of its members' unit-length TF-IDF
 * vectors, each weighed with the document frequencies known when it arrived
 * (as in online topic detection: no re-weighing, so scoring stays cheap and a
 * saved state replays exactly). It keeps only its `centroidTerms` heaviest
 * keys, so a story is described by its core and cannot drift by chaining.
 */
import { weighCounts, type DocumentFrequencies } from './frequencies.js';
import type { ArticleProfile } from './profile.js';
import { addVector, heaviestEntries, heaviestPositions, keepHeaviest, scaleDown, sparseDots, sparseVector, vectorNorm, type SparseVector } from './sparse.js';
import type { FieldCosines } from './weights.js';

/** A sparse vector over key ids with its length, kept together so scoring never recomputes it. */
export interface Centroid {
  weights: SparseVector;
  length: number;
}

export interface ActiveStory {
  id: string;
  articles: string[];
  first?: number;
  last?: number;
  /** Arrival number of the newest member (for retiring undated stories). */
  lastArrival: number;
  terms: Centroid;
  entities: Centroid;
  /** The members' headline stems. */
  lead: Centroid;
  /** The distinct years undated members' first sentences give (`ArticleProfile.year`), in order of first sight, at most `MAX_STORY_YEARS`. */
  years: number[];
}

/** A story keeps at most this many years of its members: the years of one event, not every year its reports recall. */
export const MAX_STORY_YEARS = 8;

/** What a story keeps of a member besides its vectors. */
export type Member = Pick<ArticleProfile, 'id' | 'time' | 'year'>;

/** An article's profile weighed with the current frequencies, scaled to unit length. */
export interface ArticleVectors {
  terms: Centroid;
  entities: Centroid;
  lead: Centroid;
}

/** What `story()` and `stories()` return: plain data, a copy. */
export interface StorySnapshot {
  id: string;
  /** Member article ids in arrival order. */
  articles: string[];
  /** Earliest and latest `published` among the dated members (ms since epoch). */
  first?: number;
  last?: number;
  size: number;
  /** Heaviest content-word stems of the centroid, heaviest first. */
  topTerms: string[];
  /** Heaviest names of the centroid, heaviest first (numbers left out). */
  topEntities: string[];
  /** True once the story was retired from the active index. */
  retired: boolean;
}

/** How many top terms and entities a snapshot lists. */
const SNAPSHOT_KEYS = 10;

function unit(vector: SparseVector): Centroid {
  const length = vectorNorm(vector);
  scaleDown(vector, length);
  return { weights: vector, length: length > 0 ? 1 : 0 };
}

const NO_LEAD: ReadonlyMap<string, number> = new Map();

/** Three vectors an arrival's weights are written into: the clusterer reads them only while it adds the arrival. */
export interface ScratchVectors {
  terms: SparseVector;
  entities: SparseVector;
  lead: SparseVector;
}

export function scratchVectors(): ScratchVectors {
  return { terms: sparseVector(), entities: sparseVector(), lead: sparseVector() };
}

/**
 * The profile as unit-length TF-IDF vectors under `stats`. With `count`, the
 * profile is first counted into `stats` as one more document (the
 * clusterer's arrivals), so its keys are looked up once. With `scratch`,
 * the weights are written into its vectors (valid until the next call with
 * them) instead of new ones.
 */
export function articleVectors(profile: ArticleProfile, stats: DocumentFrequencies, count = false, scratch?: ScratchVectors): ArticleVectors {
  if (count) stats.documents++;
  const terms = weighCounts(profile.terms, stats.terms, stats.documents, count, scratch?.terms);
  const entities = weighCounts(profile.entities, stats.entities, stats.documents, count, scratch?.entities);
  return {
    terms: unit(terms),
    entities: unit(entities),
    lead: unit(weighCounts(profile.lead ?? NO_LEAD, stats.terms, stats.documents, false, scratch?.lead)),
  };
}

/** The cosines of an article's unit vectors with another article's, or with a story's centroids. */
export function fieldCosines(article: ArticleVectors, other: ArticleVectors): FieldCosines {
  return storyCosines(article, [other])[0];
}

/** `fieldCosines(article, other)` for each of `others`, each of the article's vectors placed by id once for all of them. */
export function storyCosines(article: ArticleVectors, others: readonly ArticleVectors[]): FieldCosines[] {
  const terms = centroidCosines(article.terms, others.map((other) => other.terms));
  const entities = centroidCosines(article.entities, others.map((other) => other.entities));
  const lead = centroidCosines(article.lead, others.map((other) => other.lead));
  return others.map((other, i) => ({
    terms: terms[i],
    entities: entities[i],
    lead: lead[i],
    hasEntities: article.entities.length > 0 || other.entities.length > 0,
    hasLead: article.lead.length > 0 || other.lead.length > 0,
  }));
}

function centroidCosines(a: Centroid, others: readonly Centroid[]): number[] {
  const dots = sparseDots(a.weights, others.map((b) => b.weights));
  return others.map((b, i) => (a.length === 0 || b.length === 0 ? 0 : dots[i] / (a.length * b.length)));
}

/** The ids of the `count` heaviest keys of a centroid, heaviest first. */
export function rankedIds(centroid: Centroid, count: number): number[] {
  const { ids } = centroid.weights;
  return Array.from(heaviestPositions(centroid.weights, count), (at) => ids[at]);
}

function addInto(centroid: Centroid, vector: Centroid, cap: number): void {
  const { weights } = centroid;
  addVector(weights, vector.weights);
  if (weights.size > 2 * cap) keepHeaviest(weights, cap);
  centroid.length = vectorNorm(weights);
}

/** A story of one article. */
export function newStory(id: string, member: Member, vectors: ArticleVectors, arrival: number, cap: number): ActiveStory {
  const empty = (room: Centroid): Centroid => ({ weights: sparseVector(room.weights.size), length: 0 });
  const story: ActiveStory = { id, articles: [], lastArrival: arrival, terms: empty(vectors.terms), entities: empty(vectors.entities), lead: empty(vectors.lead), years: [] };
  joinStory(story, member, vectors, arrival, cap);
  return story;
}

/** Adds a member to an active story (the clusterer's own object; the vectors are only read). */
export function joinStory(story: ActiveStory, { id, time, year }: Member, vectors: ArticleVectors, arrival: number, cap: number): void {
  story.articles.push(id);
  story.lastArrival = arrival;
  if (year !== undefined && story.years.length < MAX_STORY_YEARS && !story.years.includes(year)) story.years.push(year);
  if (time !== undefined) {
    story.first = story.first === undefined ? time : Math.min(story.first, time);
    story.last = story.last === undefined ? time : Math.max(story.last, time);
  }
  addInto(story.terms, vectors.terms, cap);
  addInto(story.entities, vectors.entities, cap);
  addInto(story.lead, vectors.lead, cap);
}

export function snapshot(story: ActiveStory, retired: boolean, stats: DocumentFrequencies): StorySnapshot {
  const terms = stats.terms.vocabulary.keys;
  const entities = stats.entities.vocabulary.keys;
  const result: StorySnapshot = {
    id: story.id,
    articles: [...story.articles],
    size: story.articles.length,
    topTerms: rankedIds(story.terms, SNAPSHOT_KEYS).map((id) => terms[id]),
    topEntities: heaviestEntries(story.entities.weights, SNAPSHOT_KEYS, (id) => !entities[id].startsWith('#')).map(([id]) => entities[id]),
    retired,
  };
  if (story.first !== undefined) result.first = story.first;
  if (story.last !== undefined) result.last = story.last;
  return result;
}
