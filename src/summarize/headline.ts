import type { SegmentedArticle } from '../article.js';
import { sentenceTokens, tokenize } from '../segment/index.js';
import type { ConceptVocabulary } from './concepts.js';
import type { Headline } from './types.js';
import { countWords } from './units.js';

const MAX_HEADLINE_WORDS = 20;

/**
 * The story's headline: the article title that best covers the story's
 * weighted concepts per word (so a long, rambling title does not win by size).
 * Without titles, the opening sentence of the most central article, when short.
 */
export function chooseHeadline(
  articles: readonly SegmentedArticle[],
  vocabulary: ConceptVocabulary,
  weights: Float64Array,
): Headline | undefined {
  const score = (concepts: readonly number[], words: number) =>
    concepts.reduce((sum, concept) => sum + (weights[concept] ?? 0), 0) / Math.sqrt(Math.max(words, 4));

  let best: Headline | undefined;
  let bestScore = -1;
  for (const article of articles) {
    const title = article.title?.trim();
    if (!title) continue;
    const value = score(vocabulary.concepts(tokenize(title, { start: 0, end: title.length })), countWords(title));
    if (value > bestScore) [best, bestScore] = [{ article: article.id, text: title }, value];
  }
  if (best) return best;

  for (const article of articles) {
    const first = article.sentences[0];
    if (!first) continue;
    const text = article.text.slice(first.start, first.end);
    if (countWords(text) > MAX_HEADLINE_WORDS) continue;
    const value = score(vocabulary.concepts(sentenceTokens(article, 0)), countWords(text));
    if (value > bestScore) [best, bestScore] = [{ article: article.id, text, span: { start: first.start, end: first.end } }, value];
  }
  return best;
}
