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
   * An article holding a concept (a pair of adjacent word stems) first in its
   * sentence s votes 1 + leadBonus / 2^s for it: 1 + leadBonus in the lead, the
   * bonus halving with each sentence after (0 turns it off).
   */
  leadBonus: number;
  /** Skip sentences opening on "He", "But", "It"… when an alternative exists. */
  avoidDanglingOpeners: boolean;
  /** A sentence of another article cites a summary sentence when it holds this share of its content words. */
  citationSupport: number;
  /**
   * Fill a word or byte budget exactly: append the sentence adding the most
   * uncovered content and cut it at the limit, marked `truncated`. This is how
   * DUC-style evaluations read every summary (ROUGE `-l 100`); off for readers.
   */
  fillBudget: boolean;
  /**
   * Offer each sentence with its day names, asides and connective openers
   * deleted ("Hun Sen on Friday rejected" → "Hun Sen rejected"), instead of
   * whole, where every pair of words a deletion joins is written together
   * in the articles; who said what is never deleted. Also "United States",
   * "United Nations" and "European Union" written "U.S.", "U.N." and "EU"
   * (or "US", "UN") where the sentence's article writes that short form
   * (outside quotations; `withShortForms`).
   */
  compress: boolean;
  /**
   * Ids of articles that copy another article given (reprints and rewrites):
   * they count and are cited like the others, but their sentences are never
   * picked, so the summary quotes the original's words, not a copy's.
   */
  copies: readonly string[];
}

export const defaultSummarizeOptions: Readonly<SummarizeOptions> = Object.freeze({
  budget: { words: 100 },
  minSentenceWords: 8,
  maxSentenceWords: 55,
  leadBonus: 2,
  avoidDanglingOpeners: true,
  citationSupport: 0.5,
  fillBudget: false,
  compress: true,
  copies: [],
});

export function checkSummarizeOptions(options: Partial<SummarizeOptions> | undefined): SummarizeOptions {
  const merged = withDefaults('summarize', defaultSummarizeOptions as SummarizeOptions, options);
  checkBudget(merged.budget);
  checkPositiveInteger('summarize', 'minSentenceWords', merged.minSentenceWords);
  checkPositiveInteger('summarize', 'maxSentenceWords', merged.maxSentenceWords);
  checkFraction('summarize', 'citationSupport', merged.citationSupport);
  if (typeof merged.leadBonus !== 'number' || !(merged.leadBonus >= 0 && merged.leadBonus < Infinity)) expected('summarize.leadBonus to be a number ≥ 0', merged.leadBonus);
  if (!Array.isArray(merged.copies) || !merged.copies.every((id) => typeof id === 'string')) expected('summarize.copies to be an array of article ids', merged.copies);
  for (const flag of ['avoidDanglingOpeners', 'fillBudget', 'compress'] as const) {
    if (typeof merged[flag] !== 'boolean') expected(`summarize.${flag} to be a boolean`, merged[flag]);
  }
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
