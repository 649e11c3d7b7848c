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
  /** The earliest `seen` of its articles that give a published date (the first rowid of equal instants), null when none does. */
  firstPublished: string | null;
  /** The latest published date they give (the last rowid of equal instants), null when none does. */
  lastPublished: string | null;
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

/**
 * Adds one article, dated `seen` (`articleSeen`) and published at
 * `published`, to its story's growth, after the articles stored before it.
 * Its headline (else its title, ranked 2) replaces the story's when better
 * ranked, or as well ranked and earlier. Dates compare by their instants
 * (`instantOf`): their forms differ (a date alone, another offset), so their
 * text does not.
 */
export function grow(growth: Map<string, StoryGrowth>, story: string, offered: OfferedHeadline, title: string | null, seen: string, published: string | null = null): void {
  const headline = offered.headline ?? title;
  const rank = offered.headlineRank ?? 2;
  const last = lastTold(seen, published);
  const known = growth.get(story);
  if (!known) {
    growth.set(story, { id: story, size: 1, firstSeen: seen, lastSeen: last, headline, headlineRank: rank, headlineSeen: seen, firstPublished: published === null ? null : seen, lastPublished: published });
    return;
  }
  known.size += 1;
  const time = instantOf(seen);
  if (headline !== null && (known.headline === null || rank > known.headlineRank || (rank === known.headlineRank && time < instantOf(known.headlineSeen)))) {
    known.headline = headline;
    known.headlineRank = rank;
    known.headlineSeen = seen;
  }
  if (time < instantOf(known.firstSeen)) known.firstSeen = seen;
  if (instantOf(last) > instantOf(known.lastSeen)) known.lastSeen = last;
  if (published === null) return;
  if (known.firstPublished === null || time < instantOf(known.firstPublished)) known.firstPublished = seen;
  if (known.lastPublished === null || instantOf(published) >= instantOf(known.lastPublished)) known.lastPublished = published;
}
