import { expected } from '../errors.js';
import { checkFraction, checkPositiveInteger, withDefaults } from '../options.js';

/** How long a summary may be: a number of words, bytes (UTF-8) or sentences. */
export type Budget = { words: number } | { bytes: number } | { sentences: number };

export interface SummarizeOptions {
  budget: Budget;
  /** Sentences with fewer words are not picked (unless nothing else fits). */
  minSentenceWords: number;
  /** Sentences with more words are not picked. */
  maxSentenceWords: number;
  /**
   * A concept (a pair of adjacent word stems) counts only when at least this many
   * articles contain it; lowered automatically when fewer articles are given.
   */
  minConceptArticles: number;
  /** Skip sentences opening on "He", "But", "It"… when an alternative exists. */
  avoidDanglingOpeners: boolean;
  /** A sentence of another article cites a summary sentence when it holds this share of its content words. */
  citationSupport: number;
}

export const defaultSummarizeOptions: Readonly<SummarizeOptions> = Object.freeze({
  budget: { words: 100 },
  minSentenceWords: 8,
  maxSentenceWords: 55,
  minConceptArticles: 3,
  avoidDanglingOpeners: true,
  citationSupport: 0.5,
});

export function checkSummarizeOptions(options: Partial<SummarizeOptions> | undefined): SummarizeOptions {
  const merged = withDefaults('summarize', defaultSummarizeOptions as SummarizeOptions, options);
  checkBudget(merged.budget);
  checkPositiveInteger('summarize', 'minSentenceWords', merged.minSentenceWords);
  checkPositiveInteger('summarize', 'maxSentenceWords', merged.maxSentenceWords);
  checkPositiveInteger('summarize', 'minConceptArticles', merged.minConceptArticles);
  checkFraction('summarize', 'citationSupport', merged.citationSupport);
  if (typeof merged.avoidDanglingOpeners !== 'boolean') expected('summarize.avoidDanglingOpeners to be a boolean', merged.avoidDanglingOpeners);
  return merged;
}

function checkBudget(budget: unknown): asserts budget is Budget {
  if (budget === null || typeof budget !== 'object') expected('summarize.budget as {words}, {bytes} or {sentences}', budget);
  const keys = Object.keys(budget);
  if (keys.length !== 1 || !['words', 'bytes', 'sentences'].includes(keys[0])) {
    expected('summarize.budget with exactly one of words, bytes, sentences', keys.join(', '));
  }
  checkPositiveInteger('summarize', `budget.${keys[0]}`, (budget as Record<string, unknown>)[keys[0]]);
}
