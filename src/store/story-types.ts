/**
 * What the store gives back about stories: rows, members, copy links and
 * related stories (`Store.story`, `Store.storyHead`, `Store.headlineSources`).
 */

/** How one article relates to earlier ones, as copy detection decided. */
export type CopyKind = 'reprint' | 'rewrite' | 'independent';

/** How an article stands among copies: `original` is derived (copied by a later article, copied from nobody). */
export type ArticleVerdict = CopyKind | 'original';

/** A story's headline as its row keeps it: the text, how well it names the story (`ArticleRecord.headlineRank`) and the date of the article it comes from. */
export interface StoryHeadline {
  headline: string;
  headlineRank: number;
  headlineSeen: string;
}

export interface StoryRow {
  id: string;
  /** Title of the story's earliest article. */
  headline: string | null;
  size: number;
  /** Number of distinct outlets. */
  outlets: number;
  /** Earliest and latest article date (published, a live blog's first post when earlier; else when it was ingested), ISO 8601: the story's place in time. */
  firstSeen: string;
  lastSeen: string;
  /** Earliest and latest date its articles give (published), null when none gives one: what a reader is shown, an undated article's ingest time left out. */
  firstPublished: string | null;
  lastPublished: string | null;
  /** Bumped whenever the story gains articles: a cached summary of an older version is stale. */
  version: number;
}

export interface StoryArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  /** The date the story orders articles by: published (a live blog's first post when earlier: `articleSeen`), else when it was ingested. */
  seen: string;
  /** Where it was read from, as the user named it. */
  input: string;
  similarity: number;
  verdict: ArticleVerdict;
  /** An update replaced an earlier text of it: a report corrected or developed under its id since it was first stored. */
  revised: boolean;
}

/** One copy relation: `article` copied `source`, which holds `share` of its sentences. */
export interface CopyLink {
  article: string;
  source: string;
  kind: Exclude<CopyKind, 'independent'>;
  share: number;
}

/** A story related to another: some article of one came at least `relatedThreshold` near the other. */
export interface RelatedStoryRow extends StoryRow {
  /** The highest similarity of an article of either story to the other. */
  similarity: number;
  /** How many articles came near. */
  links: number;
}

export interface StoryHead {
  story: StoryRow;
  /** Related stories, most similar first (at most `MAX_RELATED_STORIES`). */
  related: RelatedStoryRow[];
}

/** A story's headline, the date of the article it comes from (`StoryGrowth.headlineSeen`), and its articles oldest first (`StoryDetail`): `Store.headlineSources`. */
export interface HeadlineSources {
  headline: string | null;
  headlineSeen: string;
  articles: Array<Pick<StoryArticle, 'id' | 'title' | 'published' | 'seen'>>;
  copies: CopyLink[];
}

export interface StoryDetail extends StoryHead {
  /** Oldest first. */
  articles: StoryArticle[];
  copies: CopyLink[];
}
