/**
 * What articles add to their stories' rows: size, dated span and headline.
 * A batch grows its stories with it; a removal makes a story's row again
 * from the members it keeps, choosing the headline by the same rule.
 */
import { postDay, type Article } from '../article.js';
import { instantOf } from '../time.js';

/** The headline an article offers its story (`ArticleRecord.headline`, `headlineRank`). */
export interface OfferedHeadline {
  headline?: string;
  headlineRank?: number;
}

/** What some articles add to one story. */
export interface StoryGrowth {
  id: string;
  size: number;
  firstSeen: string;
  lastSeen: string;
  headline: string | null;
  /** `ArticleRecord.headlineRank` of the headline. */
  headlineRank: number;
  /** Date of the article the headline is taken from. */
  headlineSeen: string;
}

/**
 * The date an article starts telling its story, as its row keeps it
 * (`seen`): its published date, or a live blog's earliest dated post when
 * that is earlier (a blog whose page gives its last update as its published
 * time started the story with its first post); when it has no published
 * date, the time it was ingested.
 */
export function articleSeen(article: Pick<Article, 'published' | 'posts'>, ingested: string): string {
  const { published, posts } = article;
  if (published === undefined) return ingested;
  if (posts === undefined) return published;
  let seen = published;
  let time = instantOf(published);
  for (const post of posts) {
    const postTime = postDay(post) === undefined ? NaN : instantOf(post.time);
    if (postTime < time) [seen, time] = [post.time, postTime];
  }
  return seen;
}

/** The last date an article tells: its published date (never before its `seen`, `articleSeen`; a live blog's when that is its last update), else its `seen`. */
export function lastTold(seen: string, published: string | null | undefined): string {
  return published ?? seen;
}

/** Whether date `a` stands for an earlier instant than `b`: each is written in its own offset, so never compared as text. */
const before = (a: string, b: string): boolean => instantOf(a) < instantOf(b);

/**
 * Adds one article, dated `seen` (`articleSeen`) and last telling the story
 * at `last` (`lastTold`), to its story's growth. Its headline (else its
 * title, ranked 2) replaces the story's when better ranked, or as well
 * ranked and earlier. Dates compare as instants, as the store's SQL
 * compares them (`instantSql`).
 */
export function grow(growth: Map<string, StoryGrowth>, story: string, offered: OfferedHeadline, title: string | null, seen: string, last = seen): void {
  const headline = offered.headline ?? title;
  const rank = offered.headlineRank ?? 2;
  const known = growth.get(story);
  if (!known) {
    growth.set(story, { id: story, size: 1, firstSeen: seen, lastSeen: last, headline, headlineRank: rank, headlineSeen: seen });
    return;
  }
  known.size += 1;
  if (headline !== null && (known.headline === null || rank > known.headlineRank || (rank === known.headlineRank && before(seen, known.headlineSeen)))) {
    known.headline = headline;
    known.headlineRank = rank;
    known.headlineSeen = seen;
  }
  if (before(seen, known.firstSeen)) known.firstSeen = seen;
  if (before(known.lastSeen, last)) known.lastSeen = last;
}
