import type { Token } from '../article.js';
import type { Cost } from './select.js';
import type { Unit } from './units.js';

/**
 * What the greedy selection charges, on top of its cost, for each word of a
 * unit that only one article writes (`singleSourceStems`), in the unit's own
 * cost per word (a word for a word budget): a detail one report adds is what
 * the story's other reports leave out, and a sentence carrying such words
 * spends the budget on them. Chosen on DUC 2004 and MultiLing 2011 (bench/README.md).
 */
export const SINGLE_SOURCE_WORD_COST = 3;

/** The stems of content words (no stopword, no punctuation) that a single article of the input holds. */
export function singleSourceStems(units: readonly { article: number; tokens: readonly Token[] }[]): Set<string> {
  const firstArticle = new Map<string, number>();
  const shared = new Set<string>();
  for (const unit of units) {
    for (const token of unit.tokens) {
      if (token.punct || token.stop) continue;
      const first = firstArticle.get(token.stem);
      if (first === undefined) firstArticle.set(token.stem, unit.article);
      else if (first !== unit.article) shared.add(token.stem);
    }
  }
  return new Set([...firstArticle.keys()].filter((stem) => !shared.has(stem)));
}

/** `cost` plus `SINGLE_SOURCE_WORD_COST` for each word of the unit in `singles`, priced at the unit's cost per word. */
export function costWithSingleSourceWords(cost: Cost, singles: ReadonlySet<string>): Cost {
  return (unit: Unit) => {
    const own = cost(unit);
    const count = unit.tokens.filter((token) => !token.punct && !token.stop && singles.has(token.stem)).length;
    return own + (SINGLE_SOURCE_WORD_COST * count * own) / Math.max(1, unit.words);
  };
}
