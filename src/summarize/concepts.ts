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
        const key = this.stemId(previous.stem) * 0x100000 + this.stemId(token.stem);
        let id = this.pairIds.get(key);
        if (id === undefined) {
          id = this.pairIds.size;
          this.pairIds.set(key, id);
        }
        found.add(id);
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
 * Weight of each concept: the number of articles containing it, or 0 below
 * `minArticles`. `conceptsByArticle[a]` lists the concepts found anywhere in article `a`.
 */
export function conceptWeights(conceptsByArticle: readonly (readonly number[])[], size: number, minArticles: number): Float64Array {
  const articleCount = new Float64Array(size);
  for (const concepts of conceptsByArticle) {
    for (const concept of new Set(concepts)) articleCount[concept]++;
  }
  const threshold = Math.min(minArticles, Math.max(1, conceptsByArticle.length - 1));
  return articleCount.map((count) => (count >= threshold ? count : 0));
}
