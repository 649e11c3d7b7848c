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

  /** Distinct concept ids of a token sequence. */
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
 * Concepts held by fewer articles than the threshold keep this share of their
 * weight: they never outweigh a shared concept, but they let a long budget be
 * filled with the next best content instead of being left short.
 */
const RARE_CONCEPT_SHARE = 0.01;

/**
 * Weight of each concept: the number of articles that contain it, counting an
 * article twice when the concept is in its first `leadSentences` sentences
 * (news puts the event first); a small share of that when fewer than
 * `minArticles` articles contain it (at least two of several: what only one
 * source says is not yet the story; at most all but one).
 */
export function conceptWeights(
  units: readonly { article: number; sentence: number; concepts: readonly number[] }[],
  articleCount: number,
  size: number,
  minArticles: number,
  leadSentences: number,
): Float64Array {
  const seenIn = new Int32Array(size).fill(-1);
  const leadIn = new Int32Array(size).fill(-1);
  const articles = new Float64Array(size);
  const weights = new Float64Array(size);
  for (const unit of units) {
    for (const concept of unit.concepts) {
      if (seenIn[concept] !== unit.article) {
        seenIn[concept] = unit.article;
        articles[concept]++;
        weights[concept]++;
      }
      if (unit.sentence < leadSentences && leadIn[concept] !== unit.article) {
        leadIn[concept] = unit.article;
        weights[concept]++;
      }
    }
  }
  const threshold = articleCount <= 1 ? 1 : Math.min(minArticles, Math.max(2, articleCount - 1));
  return weights.map((weight, concept) => (articles[concept] >= threshold ? weight : weight * RARE_CONCEPT_SHARE));
}
