/**
 * Document frequencies as a caller counts them (`termStats`), the time decay,
 * and the blend of field cosines into one similarity. Shared by the online
 * clusterer (which learns the frequencies as articles arrive, in the working
 * form of `frequencies.ts`) and by `articleSimilarity` (which takes them from
 * a corpus or from the two articles).
 */
import type { ArticleProfile } from './profile.js';

/** How many documents were seen and in how many of them each term and entity key occurs. */
export interface TermStats {
  documents: number;
  terms: Map<string, number>;
  entities: Map<string, number>;
}

/** Document frequencies of the profiles' terms and entity keys. */
export function termStats(profiles: Iterable<ArticleProfile>): TermStats {
  const stats: TermStats = { documents: 0, terms: new Map(), entities: new Map() };
  for (const profile of profiles) countDocument(stats, profile);
  return stats;
}

/** Adds one document to `stats` in place. */
function countDocument(stats: TermStats, profile: ArticleProfile): void {
  stats.documents++;
  for (const key of profile.terms.keys()) stats.terms.set(key, (stats.terms.get(key) ?? 0) + 1);
  for (const key of profile.entities.keys()) stats.entities.set(key, (stats.entities.get(key) ?? 0) + 1);
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
