import { expected } from '../errors.js';
import { resolveRougeOptions, type RougeOptions } from './options.js';
import { preparePeer, prepareReferenceSummaries, type PreparedReferences } from './prepare.js';
import { scorePrepared, type RougeScores } from './score.js';

export { defaultRougeOptions, measureNames, type RougeOptions } from './options.js';
export type { PreparedReferences } from './prepare.js';
export type { MeasureScore, RougeScores } from './score.js';
export type { Estimate } from './bootstrap.js';
export { rougeSystems, type RougeSystemsResult, type RougeTask, type SystemMeasure, type SystemScores } from './systems.js';
export { summaryTokens, type SummaryTokens } from './text.js';
export { rougeStem } from './stem.js';
export { tasksFromFiles, taskIdOf, systemIdOf, type NamedText, type LayoutProblem } from './layout.js';
export { formatScores, formatSystems, rougeFlags, ROUGE_JSON_VERSION, scoresJson, systemsJson } from './report.js';

function checkTexts(what: string, texts: unknown): asserts texts is readonly string[] {
  if (!Array.isArray(texts) || texts.length === 0 || !texts.every((text) => typeof text === 'string')) {
    expected(`${what} as a non-empty array of strings`, texts);
  }
}

function isPrepared(value: unknown): value is PreparedReferences {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'vocabulary' in value && 'references' in value;
}

/**
 * Tokenizes and counts references once, to score many peers against them
 * with `rouge(peer, prepared)`.
 */
export function prepareReferences(references: readonly string[], options?: Partial<RougeOptions>): PreparedReferences {
  checkTexts('references', references);
  return prepareReferenceSummaries(references, resolveRougeOptions(options));
}

/**
 * ROUGE-1.5.5 scores of one peer summary against its references (texts with
 * one sentence per line, or references made ready by `prepareReferences`,
 * which fixes the options). Returns R, P and F per measure, rounded to five
 * decimals as ROUGE prints them.
 *
 * @example rouge(summary, [referenceA, referenceB], { words: 100 })['ROUGE-2'].R
 */
export function rouge(
  peer: string,
  references: readonly string[] | PreparedReferences,
  options?: Partial<RougeOptions>,
): RougeScores {
  if (typeof peer !== 'string') expected('the peer summary as a string', peer);
  if (isPrepared(references)) {
    if (options !== undefined) expected('no options with prepared references (their options are fixed)', options);
    return scorePrepared(preparePeer(peer, references), references);
  }
  const prepared = prepareReferences(references, options);
  return scorePrepared(preparePeer(peer, prepared), prepared);
}
