/**
 * Quotations a copy took from its source: a rewrite rewords the reports of
 * speech it copies ("Three people were treated for minor injuries and no
 * deaths have been reported" becomes "No deaths have been reported and three
 * people received treatment for minor injuries"), so their words alone may
 * not show they are one. Copy detection has already paired each copied
 * sentence with the source sentence it came from; within such a pair, a
 * quotation of the copy and one of the source of the same kind that share
 * most of their words, and state no other numbers, are one quotation.
 */
import type { Span } from '../article.js';
import { otherNumbers, type Wording } from './pairs.js';
import type { QuoteOccurrence } from './types.js';
import { partitionPoint } from '../text/partition-point.js';

/** Share of the shorter quotation's distinct words two quotations in paired sentences must have in common. */
export const MIN_COPIED_SHARE = 0.5;

/** A copy relation with the sentences the copy took (`copyViews` gives these): `sentence` in `article`, `source` in the source article. */
export interface CopiedSentences {
  article: string;
  source: string;
  sentences?: ReadonlyArray<{ sentence: Span; source: Span }>;
}

interface Item extends Wording {
  occurrence: QuoteOccurrence;
}

/** Pairs of items (indices) that are one quotation because a copy took the sentence holding one from the sentence holding the other. */
export function* copiedPairs(items: readonly Item[], copies: readonly CopiedSentences[]): Generator<[number, number]> {
  if (copies.length === 0) return;
  const byArticle = new Map<string, number[]>();
  items.forEach((item, index) => {
    const list = byArticle.get(item.occurrence.article);
    if (list) list.push(index);
    else byArticle.set(item.occurrence.article, [index]);
  });
  for (const list of byArticle.values()) list.sort((a, b) => items[a].occurrence.span.start - items[b].occurrence.span.start || a - b);
  /** The items of `article` inside `span`, in item order: found by binary search among the article's items by start. */
  const within = (article: string, span: Span): number[] => {
    const list = byArticle.get(article) ?? [];
    const low = partitionPoint(list.length, (index) => items[list[index]].occurrence.span.start < span.start);
    const found: number[] = [];
    for (let at = low; at < list.length && items[list[at]].occurrence.span.start <= span.end; at++) {
      if (items[list[at]].occurrence.span.end <= span.end) found.push(list[at]);
    }
    return found.sort((a, b) => a - b);
  };
  for (const copy of copies) {
    for (const pair of copy.sentences ?? []) {
      const taken = within(copy.source, pair.source);
      for (const index of within(copy.article, pair.sentence)) {
        const match = closest(items, index, taken);
        if (match !== undefined) yield [match, index];
      }
    }
  }
}

/** The item among `candidates` of the same kind sharing the most words with item `index`, if it shares `MIN_COPIED_SHARE`. */
function closest(items: readonly Item[], index: number, candidates: readonly number[]): number | undefined {
  let best: number | undefined;
  let bestShare = MIN_COPIED_SHARE;
  for (const candidate of candidates) {
    if (items[candidate].kind !== items[index].kind || otherNumbers(items[candidate], items[index])) continue;
    const share = sharedShare(items[index].distinct, items[candidate].distinct);
    if (share >= bestShare) [best, bestShare] = [candidate, share];
  }
  return best;
}

function sharedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}
