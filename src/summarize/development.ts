/**
 * Where a story that develops over days stands now: the counts a later day's
 * reports raised (a storm's toll given as three on Monday, seven on Tuesday
 * and eleven on Wednesday), which sentences state a superseded value as
 * current, and which state the newest one.
 *
 * A count is the story's own when most of its reports give it in their lede
 * (`isStoryCount`) and the largest value of each day never falls from one
 * day to the next (`risesDayByDay`). An article's figure for it is its first
 * statement of it (`articleFigures`); a figure is superseded when a report
 * of a later day (`sameDay` tells days apart as the facts do) gives a larger
 * value that cannot be true with it, and so is every statement of its
 * article that can be true with it ("the three dead"), not a part of it
 * ("two of the dead were fishermen"). Only rises are read: a smaller later
 * count is as often a part as a revision downward, and a story's counts of
 * dead, injured, missing, evacuated, arrested and damaged grow as it is
 * told. Values a sentence gives as past ("up from three") are no statement
 * of the current figure and are left out (`NumberFact.previous`).
 */
import { postDay, type SegmentedArticle } from '../article.js';
import { compatible, findNumberFacts, sameDay, type NumberFact } from '../facts/index.js';
import { claimDay, claimTime } from '../facts/claims.js';
import { sentenceOfTokens, tokenAtOrAfter } from '../entities/tokens.js';
import { sentenceKey } from './units.js';

/** Sentences by their key (`sentenceKey`). */
export interface Development {
  /** Sentences stating a count a later day's reports raised, as if current. */
  superseded: ReadonlySet<number>;
  /** Sentences stating the newest value of a count that was raised: one that can be true with its largest. */
  newest: ReadonlySet<number>;
}

interface Stated {
  fact: NumberFact;
  /** Index of the article in the summarizer's input. */
  article: number;
  key: number;
  day: string;
  told?: number;
}

/** The development of the counts the `articles` state (`Development`); both sets empty for a story told on one day. */
export function storyDevelopment(articles: readonly SegmentedArticle[]): Development {
  const superseded = new Set<number>();
  const newest = new Set<number>();
  const dated = articles.filter((article) => article.published !== undefined || article.modified !== undefined);
  if (new Set(dated.flatMap(toldDays)).size < 2) return { superseded, newest };
  const storyCounts = [...statementsByKey(articles, ledeOf)].filter(([, statements]) => isStoryCount(statements, dated.length)).map(([key]) => key);
  if (storyCounts.length === 0) return { superseded, newest };
  const byKey = statementsByKey(articles);
  for (const statements of storyCounts.map((key) => byKey.get(key)!)) {
    if (!risesDayByDay(statements)) continue;
    const figures = articleFigures(statements);
    const later = largestAfter([...figures.values()]);
    const raised = new Set([...figures.values()].filter((stated) => later.has(stated.day) && raises(later.get(stated.day)!, stated)));
    if (raised.size === 0) continue;
    const top = [...figures.values()].reduce((largest, stated) => (highest(stated.fact) > highest(largest.fact) ? stated : largest));
    for (const stated of statements) {
      const figure = figures.get(stated.article)!;
      if (!compatible(stated.fact, figure.fact)) continue;
      if (raised.has(figure)) superseded.add(stated.key);
      else if (compatible(figure.fact, top.fact)) newest.add(stated.key);
    }
  }
  for (const key of superseded) newest.delete(key);
  return { superseded, newest };
}

/** The days an article tells its facts on (`claimDay`): its own, and each of its live blog posts'. */
function toldDays(article: SegmentedArticle): string[] {
  return [claimDay(article), ...(article.posts ?? []).flatMap((post) => postDay(post) ?? [])];
}

/** The article read to its lede: its first `LEDE_SENTENCES` sentences, each read as in the whole article (`findNumberFacts` reads a sentence at a time). */
function ledeOf(article: SegmentedArticle): SegmentedArticle {
  return { ...article, sentences: article.sentences.slice(0, LEDE_SENTENCES) };
}

/** The counts of dated articles (each read as `read` gives it) with an event and no unit, not given as past, by key. */
function statementsByKey(articles: readonly SegmentedArticle[], read: (article: SegmentedArticle) => SegmentedArticle = (article) => article): Map<string, Stated[]> {
  const byKey = new Map<string, Stated[]>();
  articles.forEach((article, index) => {
    if (article.published === undefined && article.modified === undefined) return;
    const sentenceOf = sentenceOfTokens(article);
    for (const fact of findNumberFacts(read(article), article.textLanguage)) {
      if (fact.event === undefined || fact.unit !== undefined || fact.previous) continue;
      const sentence = sentenceOf[tokenAtOrAfter(article.tokens, fact.valueSpan.start)] ?? -1;
      if (sentence < 0) continue;
      const stated = { fact, article: index, key: sentenceKey({ article: index, sentence }), ...claimTime(article, fact.span) };
      byKey.get(fact.key)?.push(stated) ?? byKey.set(fact.key, [stated]);
    }
  });
  return byKey;
}

/**
 * Whether the statements of a key in the articles' ledes (their first
 * `LEDE_SENTENCES` sentences) count what the story is about: at least
 * `STORY_COUNT_SHARE` of its dated articles state it there, as each report of
 * a storm leads with its toll. A count some articles give further down (the
 * toll of an earlier attack recalled as background, the injured of one
 * report among others) is no figure the story is told by.
 */
function isStoryCount(ledeStatements: readonly Stated[], dated: number): boolean {
  return new Set(ledeStatements.map((stated) => stated.article)).size >= STORY_COUNT_SHARE * dated;
}

/** The share of a story's dated articles that state a count in their lede for it to be the story's own (`isStoryCount`). */
const STORY_COUNT_SHARE = 0.5;

/** How many sentences open an article as its lede (`isStoryCount`). */
const LEDE_SENTENCES = 2;

/**
 * Whether the largest value each day gave never falls from one day to the
 * next: a count that grows as a story is told, not counts of several things
 * under one key (the toll of this attack and of the last) nor a figure
 * revised down, which are left as they are.
 */
function risesDayByDay(statements: readonly Stated[]): boolean {
  const largest = largestByDay(statements);
  const days = [...largest.keys()].sort();
  return days.every((day, index) => index === 0 || highest(largest.get(day)!.fact) >= highest(largest.get(days[index - 1])!.fact));
}

/**
 * Each article's figure for a count: its first statement of it, as the
 * facts read an article's claim (`articleClaims`). A later statement the
 * figure cannot be true with is a part of it ("two of the dead were
 * fishermen" after "three people died"), not a figure of its own.
 */
function articleFigures(statements: readonly Stated[]): Map<number, Stated> {
  const figures = new Map<number, Stated>();
  for (const stated of statements) if (!figures.has(stated.article)) figures.set(stated.article, stated);
  return figures;
}

/** Each day's statement of the largest value. */
function largestByDay(statements: readonly Stated[]): Map<string, Stated> {
  const largest = new Map<string, Stated>();
  for (const stated of statements) {
    const top = largest.get(stated.day);
    if (top === undefined || highest(stated.fact) > highest(top.fact)) largest.set(stated.day, stated);
  }
  return largest;
}

/** For each day, the statement of the largest value given on a later day, if any. */
function largestAfter(statements: readonly Stated[]): Map<string, Stated> {
  const largest = largestByDay(statements);
  const days = [...largest.keys()].sort();
  const after = new Map<string, Stated>();
  let top: Stated | undefined;
  for (let index = days.length - 1; index >= 0; index--) {
    if (top !== undefined) after.set(days[index], top);
    const own = largest.get(days[index])!;
    if (top === undefined || highest(own.fact) > highest(top.fact)) top = own;
  }
  return after;
}

/** Whether `later` was told on another day than `earlier` and gives a larger value that cannot be true with it. */
function raises(later: Stated, earlier: Stated): boolean {
  return !sameDay(later, earlier) && highest(later.fact) > highest(earlier.fact) && !compatible(later.fact, earlier.fact);
}

function highest(fact: NumberFact): number {
  return fact.upper ?? fact.value;
}
