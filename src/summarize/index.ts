import { assertSegmented, type Article, type SegmentedArticle } from '../article.js';
import { expected } from '../errors.js';
import { CitationIndex } from './cite.js';
import { ConceptVocabulary, conceptWeights } from './concepts.js';
import { chooseHeadline } from './headline.js';
import { checkSummarizeOptions, type Budget, type SummarizeOptions } from './options.js';
import { readingOrder } from './order.js';
import { selectUnits, type Cost } from './select.js';
import type { Summary } from './types.js';
import { sentenceTokens } from '../segment/index.js';
import { byteLength, countWords, opensDangling, unitText, type Unit } from './units.js';

export { defaultSummarizeOptions, type Budget, type SummarizeOptions } from './options.js';
export type { Citation, Headline, Summary, SummarySentence } from './types.js';
export { unitText as summaryPartsText } from './units.js';

/**
 * Multi-document extractive summary with citations.
 *
 * 1. units: every sentence of every article, with its words, bytes and concepts;
 * 2. weights: each concept weighs the number of articles that contain it;
 * 3. eligibility: drop units too short or too long, and those opening on "He"/"But"… when others exist;
 * 4. selection: the units covering the most concept weight within the budget;
 * 5. order: by article date, then position;
 * 6. citations: every article holding each picked sentence's content;
 * 7. headline.
 */
export function summarize(articles: readonly Article[], options?: Partial<SummarizeOptions>): Summary {
  if (!Array.isArray(articles)) expected('an array of articles', articles);
  articles.forEach((article) => assertSegmented(article, 'summarize'));
  const segmented = articles as readonly SegmentedArticle[];
  const settings = checkSummarizeOptions(options);

  const vocabulary = new ConceptVocabulary();
  const units = buildUnits(segmented, vocabulary);
  const conceptsByArticle = segmented.map((_, a) => units.filter((unit) => unit.article === a).flatMap((unit) => unit.concepts));
  const weights = conceptWeights(conceptsByArticle, vocabulary.size, settings.minConceptArticles);

  const eligible = eligibleUnits(units, settings);
  const [unit, size] = budgetCost(settings.budget);
  const selection = selectUnits(eligible, weights, unit, size, (u) => u.article * 100_000 + u.sentence);
  const ordered = readingOrder(selection.picked.map((i) => eligible[i]), segmented);

  const citations = new CitationIndex(segmented);
  const sentences = ordered.map((picked) => ({
    article: segmented[picked.article].id,
    parts: picked.parts,
    citations: citations.cite(picked.tokens, picked.article, segmented[picked.article].sentences[picked.sentence], settings.citationSupport),
  }));
  const text = ordered.map((picked) => unitText(segmented[picked.article].text, picked.parts)).join(' ');
  return {
    headline: chooseHeadline(segmented, vocabulary, weights),
    sentences,
    articles: segmented.map((article) => article.id),
    length: { words: countWords(text), bytes: byteLength(text), sentences: sentences.length },
  };
}

/** A sentence that ends like one, not a headline or a caption fragment. */
const TERMINAL = /[.!?]["')\]]*$/;

function buildUnits(articles: readonly SegmentedArticle[], vocabulary: ConceptVocabulary): Unit[] {
  return articles.flatMap((article, a) =>
    article.sentences.map((sentence, s) => {
      const tokens = sentenceTokens(article, s);
      const parts = [{ start: sentence.start, end: sentence.end }];
      const text = unitText(article.text, parts);
      return {
        article: a,
        sentence: s,
        parts,
        tokens,
        words: countWords(text),
        bytes: byteLength(text),
        concepts: vocabulary.concepts(tokens),
        dangling: opensDangling(tokens),
        complete: TERMINAL.test(text),
      };
    }),
  );
}

function eligibleUnits(units: readonly Unit[], settings: SummarizeOptions): Unit[] {
  const sized = units.filter((unit) => unit.words >= settings.minSentenceWords && unit.words <= settings.maxSentenceWords);
  const complete = sized.filter((unit) => unit.complete);
  const pool = complete.length > 0 ? complete : units.filter((unit) => unit.words > 0);
  if (!settings.avoidDanglingOpeners) return pool;
  const standalone = pool.filter((unit) => !unit.dangling);
  return standalone.length > 0 ? standalone : pool;
}

function budgetCost(budget: Budget): [Cost, number] {
  if ('words' in budget) return [(unit) => unit.words, budget.words];
  if ('bytes' in budget) return [(unit) => unit.bytes + 1, budget.bytes + 1];
  return [() => 1, budget.sentences];
}
