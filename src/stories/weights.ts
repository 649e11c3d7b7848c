/**
 * Document frequencies and the weights built from them: sublinear TF times
 * smoothed IDF, cosines over sparse maps, and the time decay. Shared by the
 * online clusterer (which learns the frequencies as articles arrive) and by
 * `articleSimilarity` (which takes them from a corpus or from the two articles).
 */
import type { ArticleProfile } from './profile.js';

/** How many documents were seen and in how many of them each term and entity key occurs. */
export interface TermStats {
  documents: number;
  terms: Map<string, number>;
  entities: Map<string, number>;
}

export function emptyStats(): TermStats {
  return { documents: 0, terms: new Map(), entities: new Map() };
}

/** Document frequencies of the profiles' terms and entity keys. */
export function termStats(profiles: Iterable<ArticleProfile>): TermStats {
  const stats = emptyStats();
  for (const profile of profiles) countDocument(stats, profile);
  return stats;
}

/** Adds one document to `stats` in place (the clusterer's own, private statistics). */
export function countDocument(stats: TermStats, profile: ArticleProfile): void {
  stats.documents++;
  for (const key of profile.terms.keys()) stats.terms.set(key, (stats.terms.get(key) ?? 0) + 1);
  for (const key of profile.entities.keys()) stats.entities.set(key, (stats.entities.get(key) ?? 0) + 1);
}

/** Smoothed inverse document frequency; a key never seen weighs as if seen once. */
export function inverseFrequency(frequencies: ReadonlyMap<string, number>, documents: number, key: string): number {
  return Math.log((documents + 1) / ((frequencies.get(key) ?? 1) + 1)) + 1;
}

/** Sublinear TF × IDF weights of counts. */
export function weigh(counts: ReadonlyMap<string, number>, frequencies: ReadonlyMap<string, number>, documents: number): Map<string, number> {
  const weights = new Map<string, number>();
  counts.forEach((count, key) => {
    if (count > 0) weights.set(key, (1 + Math.log(count)) * inverseFrequency(frequencies, documents, key));
  });
  return weights;
}

/**
 * The `count` heaviest entries of `weights` (those whose key passes `keep`),
 * heaviest first, an earlier entry first among equals: the start of a stable
 * sort by weight, found in one pass that allocates only for the entries it
 * takes (a story's index keys and an article's lookup keys are a few of its
 * hundreds; for most of them, sort).
 */
export function heaviestEntries(weights: ReadonlyMap<string, number>, count: number, keep?: (key: string) => boolean): Array<[string, number]> {
  const top: Array<[string, number]> = [];
  if (count <= 0) return top;
  weights.forEach((weight, key) => {
    if (top.length === count && weight <= top[count - 1][1]) return;
    if (keep !== undefined && !keep(key)) return;
    let at = top.length === count ? count - 1 : top.length;
    for (; at > 0 && top[at - 1][1] < weight; at--) top[at] = top[at - 1];
    top[at] = [key, weight];
  });
  return top;
}

/**
 * Deletes all but the `count` heaviest keys, keeping the earlier of equal
 * weights (what a stable sort by weight would keep), without sorting entries:
 * the weights are sorted as numbers to find the cut-off.
 */
export function keepHeaviest(weights: Map<string, number>, count: number): void {
  if (weights.size <= count) return;
  const sorted = Float64Array.from(weights.values()).sort();
  const cutoff = sorted[sorted.length - count];
  let equalToKeep = count;
  for (let i = sorted.length - 1; i >= 0 && sorted[i] > cutoff; i--) equalToKeep--;
  weights.forEach((value, key) => {
    if (value > cutoff) return;
    if (value === cutoff && equalToKeep > 0) equalToKeep--;
    else weights.delete(key);
  });
}

export function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/**
 * Walks the smaller map and looks up the larger. `forEach`, not `for…of`
 * over entries: an entry iterator allocates a pair per key, and this is the
 * clusterer's innermost loop.
 */
export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  small.forEach((value, key) => {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  });
  return sum;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, normA = norm(a), normB = norm(b)): number {
  return normA === 0 || normB === 0 ? 0 : dot(a, b) / (normA * normB);
}

const DAY = 86_400_000;

/**
 * 1 when either side is undated or `time` falls inside `[first, last]`;
 * otherwise halves for every `halfLifeDays` of distance to that span.
 */
export function timeDecay(time: number | undefined, first: number | undefined, last: number | undefined, halfLifeDays: number): number {
  if (time === undefined || first === undefined || last === undefined) return 1;
  const gap = time < first ? first - time : time > last ? time - last : 0;
  return gap === 0 ? 1 : 0.5 ** (gap / DAY / halfLifeDays);
}

/** The cosines of the three fields of two profiles, or of an article and a story. */
export interface FieldCosines {
  terms: number;
  entities: number;
  lead: number;
  /** Whether either side has any entity key, or any headline stem. */
  hasEntities: boolean;
  hasLead: boolean;
}

/** The shares of the similarity that entities and the headline take (the content stems take the rest). */
export interface FieldWeights {
  entityWeight: number;
  leadWeight: number;
}

/**
 * The field cosines blended into one similarity, 0–1. Each cosine is taken
 * on a square-root scale, which spreads the low cosines of unrelated
 * articles from those of two reports that share a few telling words; a field
 * neither side has gives its share to the content stems.
 */
export function blend(cosines: FieldCosines, { entityWeight, leadWeight }: FieldWeights): number {
  const entities = cosines.hasEntities ? entityWeight : 0;
  const lead = cosines.hasLead ? leadWeight : 0;
  return (1 - entities - lead) * Math.sqrt(cosines.terms) + entities * Math.sqrt(cosines.entities) + lead * Math.sqrt(cosines.lead);
}
