import type { Token } from '../article.js';

/**
 * Concepts are pairs of adjacent word stems ("cruis missil"), skipping
 * punctuation, where at least one of the two is not a stopword. Their weight is
 * the number of articles that contain them: what many sources say is what the
 * story is about (Gillick & Favre's concept model). Each content word (a stem
 * that is no stopword and holds no digit, `isContentWord`) is a concept too,
 * weighed by the articles opening on it (`conceptWeights`).
 */
export class ConceptVocabulary {
  private readonly stemIds = new Map<string, number>();
  /** Concept ids by key: a pair's key is its two stem ids (≥ 0), a word's is −1 − its stem id. */
  private readonly ids = new Map<number, number>();
  private readonly wordIds = new Set<number>();
  private id(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      if (key < 0) this.wordIds.add(id);
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

  /** Distinct concept ids of a token sequence, pairs and content words (a unit's as `readTokens` reads them: "U.S." written for "United States" as the long form). */
  concepts(tokens: readonly Token[]): number[] {
    const found = new Set<number>();
    let previous: Token | undefined;
    for (const token of tokens) {
      if (token.punct) continue;
      if (previous !== undefined && !(previous.stop && token.stop)) {
        found.add(this.id(this.stemId(previous.stem) * 0x100000 + this.stemId(token.stem)));
      }
      if (isContentWord(token)) found.add(this.id(-1 - this.stemId(token.stem)));
      previous = token;
    }
    return [...found];
  }

  /** True for the concept of a single content word, false for a pair's. */
  isWord(concept: number): boolean {
    return this.wordIds.has(concept);
  }

  get size(): number {
    return this.ids.size;
  }
}

/** A word that is a concept alone: no stopword, no punctuation, no digit (a number's words are its pairs: "231 people"). */
function isContentWord(token: Token): boolean {
  return !token.punct && !token.stop && !/\d/.test(token.norm);
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
const REPEAT_VOTE = 0.15;

/**
 * A content word weighs LEAD_WORD_WEIGHT × n(1 − 1/n)², n the articles whose
 * first sentence holds it: the words many sources open on (the actors, the
 * event, the place) are those a reader of the story needs, though they come
 * in other pairs in each report. Chosen on DUC 2004 and MultiLing 2011
 * (bench/README.md).
 */
const LEAD_WORD_WEIGHT = 1;

/** …plus WORD_WEIGHT × n(1 − 1/n)², n the articles holding it anywhere. */
const WORD_WEIGHT = 0.05;

/** n(1 − 1/n)^CORROBORATION: n articles' count discounted as a pair's weight is (0 for one). */
function corroborated(articles: number): number {
  return articles > 1 ? articles * (1 - 1 / articles) ** CORROBORATION : 0;
}

/**
 * Weight of each concept of `vocabulary`, in two passes.
 *
 * 1. Votes: every article holding the concept votes 1 + leadBonus / 2^s, where s is
 *    the index of its first sentence holding it (news puts the event first; the
 *    bonus halves with each sentence), plus `REPEAT_VOTE` for each further sentence holding it.
 * 2. Corroboration: the sum of votes is discounted by the share of articles
 *    holding the concept (`CORROBORATION`), to at least `RARE_CONCEPT_SHARE`;
 *    a single article's concepts are not discounted.
 *
 * A content word weighs instead by the articles opening on it and those
 * holding it (`LEAD_WORD_WEIGHT`, `WORD_WEIGHT`); nothing with a single article.
 */
export function conceptWeights(
  units: readonly { article: number; sentence: number; concepts: readonly number[] }[],
  articleCount: number,
  vocabulary: ConceptVocabulary,
  leadBonus: number,
): Float64Array {
  const size = vocabulary.size;
  const seenIn = new Int32Array(size).fill(-1);
  const articles = new Float64Array(size);
  const leads = new Float64Array(size);
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
      if (unit.sentence === 0) leads[concept]++;
      votes[concept] += vote;
    }
  }
  return votes.map((vote, concept) => {
    if (vocabulary.isWord(concept)) return LEAD_WORD_WEIGHT * corroborated(leads[concept]) + WORD_WEIGHT * corroborated(articles[concept]);
    return articleCount <= 1 ? vote : vote * Math.max(RARE_CONCEPT_SHARE, (1 - 1 / articles[concept]) ** CORROBORATION);
  });
}
