/**
 * Prices of one unit: "buy X for $4.1 billion, or $38 a share", "42 euros
 * par action", "30 Euro je Aktie". Such an amount is not the cost of the
 * whole, and gives no `cost` fact of its own; an amount before words that
 * only look like a unit keeps its cost ("costerà 3 milioni di euro per
 * rifare le travi", "a coûté 3 millions d'euros la semaine dernière").
 */
import type { SegmentedArticle } from '../article.js';
import type { FactWords } from './fact-words.js';
import type { ParsedNumber } from './numbers.js';

/** Whether an amount of money is a price of one unit (`perUnit`, or `perUnitBefore` and one of `perUnitNouns`), not the cost of the whole. */
export function perUnit(article: SegmentedArticle, parsed: ParsedNumber, words: FactWords): boolean {
  const { tokens } = article;
  if (parsed.currency === undefined) return false;
  const next = tokens[parsed.through];
  if (next === undefined) return false;
  if (words.perUnit.has(next.norm)) return true;
  const noun = tokens[parsed.through + 1];
  if (!words.perUnitBefore.has(next.norm) || noun === undefined || !words.perUnitNouns.has(noun.norm)) return false;
  // A time is a unit only as a rate ("par mois"): a word describing it makes it a time ("la semaine dernière").
  const after = tokens[parsed.through + 2];
  return !words.durationNouns.has(noun.norm) || after === undefined || after.punct || after.stop;
}
