import type { Token } from '../article.js';

/**
 * Concepts are pairs of adjacent word stems ("cruis missil"), skipping
 * punctuation, where at least one of the two is not a stopword. Their weight is
 * the number of articles that contain them: what many sources say is what the
 * story is about (Gillick & Favre's concept model).
 */
export class ConceptVocabulary {
  private readonly stemIds = new Map<string, number>();
  private readonly pairIds = new Map<number, number>();
  private pairId(key: number): number {
    let id = this.pairIds.get(key);
    if (id === undefined) {
      id = this.pairIds.size;
      this.pairIds.set(key, id);
    }
    return id;
  }

  stemId(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      id = this.stemIds.size;
      this.stemIds.set(stem, id);
    }
    return id;
  }

  /** Distinct concept ids of a token sequence (a unit's as `readTokens` reads them: "U.S." written for "United States" as the long form). */
  concepts(tokens: readonly Token[]): number[] {
    const found = new Set<number>();
    let previous: Token | undefined;
    for (const token of tokens) {
      if (token.punct) continue;
      if (previous !== undefined && !(previous.stop && token.stop)) {
        found.add(this.pairId(this.stemId(previous.stem) * 0x100000 + this.stemId(token.stem)));
      }
      previous = token;
    }
    return [...found];
  }

  get size(): number {
    return this.pairIds.size;
  }
}

/**
 * A concept only one article holds keeps this share of its weight: it never
 * outweighs a shared concept, but it lets a long budget be filled with the
 * next best content instead of being left short.
 */
const RARE_CONCEPT_SHARE = 0.05;

/**
 * How strongly a concept's weight depends on corroboration: it is multiplied by
 * (1 − 1/articles)^CORROBORATION, so what two sources say counts a quarter, three
 * 44%, ten 81% (what one source says is not yet the story; what most say is).
 */
const CORROBORATION = 2;

/**
 * What each further sentence of an article holding a concept adds to that
 * article's vote: what an article comes back to is what it is about.
 */
const REPEAT_VOTE = 0.2;

/**
 * Weight of each concept, in two passes.
 *
 * 1. Votes: every article holding the concept votes 1 + leadBonus / 2^s, where s is
 *    the index of its first sentence holding it (news puts the event first; the
 *    bonus halves with each sentence), plus `REPEAT_VOTE` for each further sentence holding it.
 * 2. Corroboration: the sum of votes is discounted by the share of articles
 *    holding the concept (`CORROBORATION`), to at least `RARE_CONCEPT_SHARE`;
 *    a single article's concepts are not discounted.
 */
export function conceptWeights(
  units: readonly { article: number; sentence: number; concepts: readonly number[] }[],
  articleCount: number,
  size: number,
  leadBonus: number,
): Float64Array {
  const seenIn = new Int32Array(size).fill(-1);
  const articles = new Float64Array(size);
  const votes = new Float64Array(size);
  for (const unit of units) {
    const vote = 1 + leadBonus / 2 ** unit.sentence;
    for (const concept of unit.concepts) {
      if (seenIn[concept] === unit.article) {
        votes[concept] += REPEAT_VOTE;
        continue;
      }
      seenIn[concept] = unit.article;
      articles[concept]++;
      votes[concept] += vote;
    }
  }
  if (articleCount <= 1) return votes;
  return votes.map((vote, concept) => vote * Math.max(RARE_CONCEPT_SHARE, (1 - 1 / articles[concept]) ** CORROBORATION));
}
