import type { SegmentedArticle } from '../article.js';
import { sentenceTokens, tokenize } from '../segment/index.js';
import type { ConceptVocabulary } from './concepts.js';
import type { Headline } from './types.js';
import { countWords } from './units.js';

const MAX_HEADLINE_WORDS = 20;
/** An opening sentence longer than `MAX_HEADLINE_WORDS` is cut to this many words and an ellipsis. */
const CUT_HEADLINE_WORDS = 14;
/** …at the end of its last clause within them when that clause leaves at least this many words. */
const MIN_CLAUSE_WORDS = 5;

/**
 * What one article offers as a headline: its title, else its opening
 * sentence (when long, its first words up to a clause boundary, and an
 * ellipsis). Undefined when it has neither.
 */
export function articleHeadline(article: SegmentedArticle): string | undefined {
  return rankedHeadline(article)?.text;
}

/**
 * `articleHeadline` with how well it names the article: 2 for its title, 1
 * for a whole opening sentence, 0 for an opening cut short. A story is named
 * by the earliest of its best-ranked headlines.
 */
export function rankedHeadline(article: SegmentedArticle): { text: string; rank: number } | undefined {
  const title = article.title?.trim();
  if (title) return { text: title, rank: 2 };
  const opening = openingHeadline(article);
  if (!opening) return undefined;
  return opening.cut ? { text: `${opening.text}…`, rank: 0 } : { text: opening.text, rank: 1 };
}

/** The article's opening sentence, or its first words up to a clause boundary (`cut`) when it is long. */
function openingHeadline(article: SegmentedArticle): { text: string; cut: boolean } | undefined {
  const first = article.sentences[0];
  if (!first) return undefined;
  const sentence = article.text.slice(first.start, first.end).replace(/\s+/g, ' ');
  if (countWords(sentence) <= MAX_HEADLINE_WORDS) return { text: sentence, cut: false };
  const words = sentence.split(' ').slice(0, CUT_HEADLINE_WORDS);
  const clause = words.findLastIndex((word, index) => index >= MIN_CLAUSE_WORDS - 1 && /[,;:]$/.test(word));
  return { text: words.slice(0, clause >= 0 ? clause + 1 : words.length).join(' ').replace(/[\s,;:_–—-]+$/, ''), cut: true };
}

/**
 * The story's headline: the article title that best covers the story's
 * weighted concepts per word (so a long, rambling title does not win by size).
 * Without titles, the opening sentence of the most central article, when
 * short; when every opening is long, the best of their cut forms ("If Osama
 * bin Laden ever stands trial in New York for the bombings of…", not a
 * feature's "Sometime in the summer of 1997…").
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
  if (best) return best;

  for (const article of articles) {
    const opening = openingHeadline(article);
    if (!opening?.cut) continue;
    const value = score(vocabulary.concepts(tokenize(opening.text, { start: 0, end: opening.text.length })), countWords(opening.text));
    if (value > bestScore) [best, bestScore] = [{ article: article.id, text: `${opening.text}…` }, value];
  }
  return best;
}
