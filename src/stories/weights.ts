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
const X = JSON.parse(process.env.X ?? '{}');
export function weigh(counts: ReadonlyMap<string, number>, frequencies: ReadonlyMap<string, number>, documents: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [key, count] of counts) {
    if (X.mindf && (frequencies.get(key) ?? 1) < X.mindf) continue;
    const tf = X.tf === 'bin' ? 1 : X.tf === 'raw' ? count : X.tf === 'sqrt' ? Math.sqrt(count) : 1 + Math.log(count);
    if (count > 0) weights.set(key, tf * inverseFrequency(frequencies, documents, key) ** (X.idfPow ?? 1));
  }
  return weights;
}

export function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  }
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

/** Term and entity cosines blended: entities take `entityWeight` of the score when either side has any. */
export function blend(termCosine: number, entityCosine: number, hasEntities: boolean, entityWeight: number): number {
  return hasEntities ? (1 - entityWeight) * termCosine + entityWeight * entityCosine : termCosine;
}
