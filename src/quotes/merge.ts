/**
 * One entry per distinct quotation across articles, in four passes:
 *
 * 1. nested: a direct quotation inside the same article's reported speech is
 *    left to that report, which shows it with its marks (`nested.ts`);
 * 2. words: each quotation becomes its lower-cased words, punctuation and
 *    quote-mark style left out;
 * 3. pairs: two quotations of the same kind are the same when their words are
 *    equal, when one is a run of the other's words (a quote cut short), or
 *    when they share nearly all their words in order (small edits); only
 *    pairs that share a pair of adjacent words are tried (`pairs.ts`); and,
 *    given the story's copies, when a copy took the sentence holding one from
 *    the sentence holding the other (`copied.ts`);
 * 4. groups: pairs are joined transitively; each group names its speaker (the
 *    one most occurrences give, in its fullest form) and its fullest wording
 *    among the articles that copy none (a rewrite's rewording of a report is
 *    shown in the words of the report it took, as the summary quotes originals).
 */
import type { SegmentedArticle } from '../article.js';
import { tokenAtOrAfter } from '../entities/tokens.js';
import { expected } from '../errors.js';
import { copiedPairs, type CopiedSentences } from './copied.js';
import { withoutNestedFragments } from './nested.js';
import { candidatePairs, sameQuotation, wording, type Wording } from './pairs.js';
import type { MergedQuote, Quote, QuoteOccurrence } from './types.js';

interface Item extends Wording {
  occurrence: QuoteOccurrence;
}

export function mergeQuotes(articlesWithQuotes: ReadonlyArray<{ article: SegmentedArticle; quotes: readonly Quote[] }>, copies: readonly CopiedSentences[] = []): MergedQuote[] {
  if (!Array.isArray(articlesWithQuotes)) expected('an array of {article, quotes}', articlesWithQuotes);
  if (!Array.isArray(copies)) expected('copies as an array of {article, source, sentences}', copies);
  const items: Item[] = [];
  for (const entry of articlesWithQuotes) {
    if (!entry || typeof entry !== 'object' || !entry.article || !Array.isArray(entry.quotes)) expected('{article, quotes} entries', entry);
    for (const quote of withoutNestedFragments(entry.quotes)) {
      const occurrence: QuoteOccurrence = { article: entry.article.id, span: quote.span, ...(quote.speaker ? { speaker: quote.speaker } : {}) };
      const words = quoteWords(entry.article, quote);
      items.push({ ...wording(quote.kind, words), occurrence });
    }
  }
  const parent = items.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
  const join = (a: number, b: number): void => {
    const [left, right] = [root(a), root(b)];
    if (left !== right) parent[Math.max(left, right)] = Math.min(left, right);
  };
  for (const [a, b] of candidatePairs(items)) if (root(a) !== root(b) && sameQuotation(items[a], items[b])) join(a, b);
  for (const [a, b] of copiedPairs(items, copies)) join(a, b);
  const groups = new Map<number, Item[]>();
  items.forEach((item, index) => {
    const group = groups.get(root(index));
    if (group) group.push(item);
    else groups.set(root(index), [item]);
  });
  // A group's root is its first item (`join` keeps the smaller index): most articles first, then the first found.
  const copyArticles = new Set(copies.map((copy) => copy.article));
  return [...groups]
    .map(([first, group]) => ({ first, merged: toMerged(group, copyArticles) }))
    .sort((a, b) => b.merged.articles - a.merged.articles || a.first - b.first)
    .map(({ merged }) => merged);
}

/** Pass 2. */
function quoteWords(article: SegmentedArticle, quote: Quote): string[] {
  const words: string[] = [];
  for (let index = tokenAtOrAfter(article.tokens, quote.span.start); index < article.tokens.length; index++) {
    const token = article.tokens[index];
    if (token.start >= quote.span.end) break;
    if (!token.punct) words.push(token.norm.replace(/['’]/g, "'"));
  }
  return words;
}

/** Characters of each word a quotation's key keeps: the key names the quotation, and one word can be 0.9 MB. */
const KEY_WORD_CHARS = 40;

/** Pass 4. */
function toMerged(group: readonly Item[], copyArticles: ReadonlySet<string>): MergedQuote {
  const originals = group.filter((item) => !copyArticles.has(item.occurrence.article));
  const representative = (originals.length > 0 ? originals : group).reduce((best, item) => (item.words.length > best.words.length ? item : best));
  const speaker = commonSpeaker(group.map((item) => item.occurrence.speaker?.name).filter((name): name is string => name !== undefined));
  const merged: MergedQuote = {
    key: `${representative.kind}:${representative.words.slice(0, 8).map((word) => word.slice(0, KEY_WORD_CHARS)).join('-').replace(/[^\p{L}\p{N}-]+/gu, '')}`,
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
