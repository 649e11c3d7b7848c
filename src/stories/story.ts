/**
 * One story while it is active: its members, dated span and capped
 * centroids. A centroid is the sum of its members' unit-length TF-IDF
 * vectors, each weighed with the document frequencies known when it arrived
 * (as in online topic detection: no re-weighing, so scoring stays cheap and a
 * saved state replays exactly). It keeps only its `centroidTerms` heaviest
 * keys, so a story is described by its core and cannot drift by chaining.
 */
import type { TermStats } from './weights.js';
import { cosine, heaviestEntries, keepHeaviest, norm, weigh, type FieldCosines } from './weights.js';
import type { ArticleProfile } from './profile.js';

/** A sparse vector with its length, kept together so scoring never recomputes it. */
export interface Centroid {
  weights: Map<string, number>;
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
}

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

function unit(vector: Map<string, number>): Centroid {
  const length = norm(vector);
  if (length > 0) vector.forEach((value, key) => vector.set(key, value / length));
  return { weights: vector, length: length > 0 ? 1 : 0 };
}

/** The profile as unit-length TF-IDF vectors under `stats`. */
export function articleVectors(profile: ArticleProfile, stats: TermStats): ArticleVectors {
  return {
    terms: unit(weigh(profile.terms, stats.terms, stats.documents)),
    entities: unit(weigh(profile.entities, stats.entities, stats.documents)),
    lead: unit(weigh(profile.lead ?? new Map(), stats.terms, stats.documents)),
  };
}

/** The cosines of an article's unit vectors with another article's, or with a story's centroids. */
export function fieldCosines(article: ArticleVectors, other: ArticleVectors): FieldCosines {
  return {
    terms: centroidCosine(article.terms, other.terms),
    entities: centroidCosine(article.entities, other.entities),
    lead: centroidCosine(article.lead, other.lead),
    hasEntities: article.entities.length > 0 || other.entities.length > 0,
    hasLead: article.lead.length > 0 || other.lead.length > 0,
  };
}

function centroidCosine(a: Centroid, b: Centroid): number {
  return cosine(a.weights, b.weights, a.length, b.length);
}

/** The `count` heaviest keys of a centroid, heaviest first. */
export function rankedKeys(centroid: Centroid, count: number): string[] {
  return heaviestEntries(centroid.weights, count).map(([key]) => key);
}

function addInto(centroid: Centroid, vector: Centroid, cap: number): void {
  const { weights } = centroid;
  vector.weights.forEach((value, key) => weights.set(key, (weights.get(key) ?? 0) + value));
  if (weights.size > 2 * cap) keepHeaviest(weights, cap);
  centroid.length = norm(weights);
}

/** A story of one article. */
export function newStory(id: string, articleId: string, time: number | undefined, vectors: ArticleVectors, arrival: number, cap: number): ActiveStory {
  const empty = (): Centroid => ({ weights: new Map(), length: 0 });
  const story: ActiveStory = { id, articles: [], lastArrival: arrival, terms: empty(), entities: empty(), lead: empty() };
  joinStory(story, articleId, time, vectors, arrival, cap);
  return story;
}

/** Adds a member to an active story (the clusterer's own object; the vectors are only read). */
export function joinStory(story: ActiveStory, articleId: string, time: number | undefined, vectors: ArticleVectors, arrival: number, cap: number): void {
  story.articles.push(articleId);
  story.lastArrival = arrival;
  if (time !== undefined) {
    story.first = story.first === undefined ? time : Math.min(story.first, time);
    story.last = story.last === undefined ? time : Math.max(story.last, time);
  }
  addInto(story.terms, vectors.terms, cap);
  addInto(story.entities, vectors.entities, cap);
  addInto(story.lead, vectors.lead, cap);
}

export function snapshot(story: ActiveStory, retired: boolean): StorySnapshot {
  const result: StorySnapshot = {
    id: story.id,
    articles: [...story.articles],
    size: story.articles.length,
    topTerms: rankedKeys(story.terms, SNAPSHOT_KEYS),
    topEntities: heaviestEntries(story.entities.weights, SNAPSHOT_KEYS, (key) => !key.startsWith('#')).map(([key]) => key),
    retired,
  };
  if (story.first !== undefined) result.first = story.first;
  if (story.last !== undefined) result.last = story.last;
  return result;
}
