/**
 * A story's timeline: what its articles told, in the order they told it. An
 * article is one entry at its publication date; a live blog (`Article.posts`,
 * its posts dated by the page) is an entry for each post at the post's own
 * time, with the post's span to check it against the article, so each
 * post's news stands at its time and not at the hour the blog was opened.
 *
 * A blog of up to `MAX_TIMELINE_POSTS` posts lists them all. A longer one
 * lists its posts that first report something, at most `MAX_TIMELINE_POSTS`
 * of them: its first post, the posts holding a fact it states there first
 * or revises (`articleClaims`) or a quotation, the
 * earliest first, and its last post; a blog of 500 posts adds 20 entries at
 * most. A blog whose posts have only a time of day (a page with no date)
 * stays one entry, undated, as it cannot be placed among the others.
 */
import { inPost, postDay, type Article, type Post, type Span } from '../article.js';
import { expected } from '../errors.js';
import { instantOf } from '../time.js';

/** Most entries one live blog adds to a story's timeline. */
export const MAX_TIMELINE_POSTS = 20;

export interface TimelineEntry {
  article: string;
  outlet?: string;
  /** When it was told: the article's publication date, or a live blog post's time (ISO 8601). */
  published?: string;
  title?: string;
  /** A live blog's post: its span in the article, from its time as written to its last paragraph. */
  post?: Span;
}

/**
 * The story's timeline, oldest first: articles and live blog posts by the
 * time they were told (see the header; a time written with no offset read as
 * UTC), undated articles last, ties in the order given; a reprinted blog's
 * posts are listed once, as the first blog given tells them. `reported` maps a
 * read article's id to the spans where the report found something in it (its
 * facts and quotations), which choose a long blog's posts.
 */
export function storyTimeline(articles: readonly Article[], reported: ReadonlyMap<string, readonly Span[]> = new Map()): TimelineEntry[] {
  if (!Array.isArray(articles)) expected('an array of articles', articles);
  if (!(reported instanceof Map)) expected('a map of article ids to the spans found in them', reported);
  const time = (entry: TimelineEntry): number => (entry.published ? instantOf(entry.published) : Number.POSITIVE_INFINITY);
  const listedPosts = new Set<string>();
  /** A post another blog of the story already listed, at the same time in the same words (a reprinted blog), is listed once. */
  const firstTelling = (article: Article, entry: TimelineEntry): boolean => {
    if (entry.post === undefined) return true;
    const telling = `${entry.published}\u0000${article.text.slice(entry.post.start, entry.post.end)}`;
    return !listedPosts.has(telling) && Boolean(listedPosts.add(telling));
  };
  return articles
    .flatMap((article, index) =>
      articleEntries(article, reported.get(article.id) ?? [])
        .filter((entry) => firstTelling(article, entry))
        .map((entry, order) => ({ entry, index, order })),
    )
    .sort((a, b) => time(a.entry) - time(b.entry) || a.index - b.index || a.order - b.order)
    .map(({ entry }) => entry);
}

function articleEntries(article: Article, reported: readonly Span[]): TimelineEntry[] {
  const about = { article: article.id, ...(article.outlet ? { outlet: article.outlet } : {}) };
  const title = article.title ? { title: article.title } : {};
  const posts = timelinePosts(article, reported);
  if (posts.length === 0) return [{ ...about, ...(article.published ? { published: article.published } : {}), ...title }];
  return posts.map((post) => ({ ...about, published: post.time, ...title, post: post.span }));
}

/** The posts of a live blog its timeline lists (see the header); none for an article that is not one or whose posts have no date. */
export function timelinePosts(article: Article, reported: readonly Span[] = []): Post[] {
  const posts = article.posts ?? [];
  if (posts.length === 0 || !posts.every((post) => postDay(post) !== undefined)) return [];
  if (posts.length <= MAX_TIMELINE_POSTS) return posts;
  const last = posts.length - 1;
  const telling = posts.filter((post, index) => index === 0 || index === last || reported.some((span) => inPost(post, span)));
  return telling.length <= MAX_TIMELINE_POSTS ? telling : [...telling.slice(0, MAX_TIMELINE_POSTS - 1), posts[last]];
}
