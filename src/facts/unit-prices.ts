/**
 * Prices of one unit: "buy X for $4.1 billion, or $38 a share", "42 euros
 * par action". Such an amount is not the cost of the whole, and gives no
 * `cost` fact of its own.
 */
import type { SegmentedArticle } from '../article.js';
import type { FactWords } from './fact-words.js';
import type { ParsedNumber } from './numbers.js';

/** Whether an amount of money is a price of one unit (`perUnit`, `perUnitBefore` and a bare noun), not the cost of the whole. */
export function perUnit(article: SegmentedArticle, parsed: ParsedNumber, words: FactWords): boolean {
  const { tokens, text } = article;
  if (parsed.currency === undefined) return false;
  const next = tokens[parsed.through];
  if (next === undefined) return false;
  if (words.perUnit.has(next.norm)) return true;
  const noun = tokens[parsed.through + 1];
  return words.perUnitBefore.has(next.norm) && noun !== undefined && !noun.punct && !noun.stop && /^\p{Ll}/u.test(text[noun.start]);
}
