/**
 * One entry per distinct quotation across articles, in three passes:
 *
 * 1. words: each quotation becomes its lower-cased words, punctuation and
 *    quote-mark style left out;
 * 2. pairs: two quotations of the same kind are the same when their words are
 *    equal, when one is a run of the other's words (a quote cut short), or
 *    when they share nearly all their words in order (small edits);
 * 3. groups: pairs are joined transitively; each group names its speaker (the
 *    one most occurrences give, in its fullest form) and its fullest wording.
 */
import type { SegmentedArticle } from '../article.js';
import { tokenAtOrAfter } from '../entities/tokens.js';
import { expected } from '../errors.js';
import type { MergedQuote, Quote, QuoteOccurrence } from './types.js';

/** A quotation cut short still counts as the same from this many words. */
export const MIN_TRUNCATED_WORDS = 3;
/** Share of the longer quotation's words two edited versions must have in common, in order. */
export const MIN_EDITED_SHARE = 0.8;

interface Item {
  kind: Quote['kind'];
  words: string[];
  /** The words joined, with a space at each end, for run tests. */
  joined: string;
  distinct: ReadonlySet<string>;
  occurrence: QuoteOccurrence;
  order: number;
}

export function mergeQuotes(articlesWithQuotes: ReadonlyArray<{ article: SegmentedArticle; quotes: readonly Quote[] }>): MergedQuote[] {
  if (!Array.isArray(articlesWithQuotes)) expected('an array of {article, quotes}', articlesWithQuotes);
  const items: Item[] = [];
  for (const entry of articlesWithQuotes) {
    if (!entry || typeof entry !== 'object' || !entry.article || !Array.isArray(entry.quotes)) expected('{article, quotes} entries', entry);
    for (const quote of entry.quotes) {
      const occurrence: QuoteOccurrence = { article: entry.article.id, span: quote.span, ...(quote.speaker ? { speaker: quote.speaker } : {}) };
      const words = quoteWords(entry.article, quote);
      items.push({ kind: quote.kind, words, joined: ` ${words.join(' ')} `, distinct: new Set(words), occurrence, order: items.length });
    }
  }
  const parent = items.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      if (root(a) !== root(b) && sameQuotation(items[a], items[b])) parent[root(b)] = root(a);
    }
  }
  const groups = new Map<number, Item[]>();
  items.forEach((item, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), item]));
  return [...groups.values()].map(toMerged).sort((a, b) => b.articles - a.articles || firstOrder(a, items) - firstOrder(b, items));
}

function firstOrder(merged: MergedQuote, items: readonly Item[]): number {
  return items.find((item) => item.occurrence === merged.occurrences[0])?.order ?? 0;
}

/** Pass 1. */
function quoteWords(article: SegmentedArticle, quote: Quote): string[] {
  const words: string[] = [];
  for (let index = tokenAtOrAfter(article.tokens, quote.span.start); index < article.tokens.length; index++) {
    const token = article.tokens[index];
    if (token.start >= quote.span.end) break;
    if (!token.punct) words.push(token.norm.replace(/['’]/g, "'"));
  }
  return words;
}

/** Pass 2. */
function sameQuotation(a: Item, b: Item): boolean {
  if (a.kind !== b.kind || a.words.length === 0 || b.words.length === 0) return false;
  const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (shorter.joined === longer.joined) return true;
  if (shorter.words.length >= MIN_TRUNCATED_WORDS && longer.joined.includes(shorter.joined)) return true;
  const needed = MIN_EDITED_SHARE * longer.words.length;
  if (shorter.words.length < 4 || shorter.words.length < needed) return false;
  let shared = 0;
  for (const word of shorter.distinct) if (longer.distinct.has(word)) shared++;
  return shared >= needed * 0.5 && commonInOrder(shorter.words, longer.words) >= needed;
}

/** Length of the longest common subsequence of two word lists. */
function commonInOrder(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) current[j + 1] = word === b[j] ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
    previous = current;
  }
  return previous[b.length];
}

/** Pass 3. */
function toMerged(group: readonly Item[]): MergedQuote {
  const representative = group.reduce((best, item) => (item.words.length > best.words.length ? item : best));
  const speaker = commonSpeaker(group.map((item) => item.occurrence.speaker?.name).filter((name): name is string => name !== undefined));
  const merged: MergedQuote = {
    key: `${representative.kind}:${representative.words.slice(0, 8).join('-').replace(/[^\p{L}\p{N}-]+/gu, '')}`,
    kind: representative.kind,
    representative: representative.occurrence,
    occurrences: group.map((item) => item.occurrence),
    articles: new Set(group.map((item) => item.occurrence.article)).size,
  };
  if (speaker) merged.speaker = speaker;
  return merged;
}

/** The speaker most occurrences name, compared by last word, in its fullest form. */
function commonSpeaker(names: readonly string[]): string | undefined {
  const bySurname = new Map<string, string[]>();
  for (const name of names) {
    const surname = name.toLowerCase().split(/\s+/).pop() ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  const [, forms] = [...bySurname.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  return forms?.reduce((fullest, name) => (name.split(/\s+/).length > fullest.split(/\s+/).length ? name : fullest));
}
