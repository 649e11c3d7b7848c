/**
 * What the updates of stored articles changed: each earlier version an
 * update replaced (kept by the store, at most `keptVersions` an article),
 * compared with the text that replaced it (`versionChanges`: the headline,
 * the sentences added, removed and changed word by word, the numbers
 * changed), oldest first, the last one with the article as stored now. An
 * article revised before its earlier texts were kept (an older Tidings)
 * has none to show.
 */
import type { SegmentedArticle } from '../article.js';
import { versionChanges, type VersionChanges } from '../copies/index.js';
import { segment } from '../segment/index.js';
import type { Store, StoryArticle } from '../store/index.js';

/** One earlier version of an article, and what the text that replaced it changed. */
export interface EarlierVersion {
  /** When Tidings stored the text that replaced it (ISO 8601). */
  replaced: string;
  /** The earlier version's own title and dates, null when it gave none. */
  title: string | null;
  published: string | null;
  modified: string | null;
  /** When the text that replaced it says it was modified (ISO 8601), null when it does not say. */
  updated: string | null;
  /** Its text as read (the spans of `changes.sentences[].before` and `changes.numbers[].before` point into it). */
  text: string;
  /** From this version to the next (the next earlier one, or the article as stored now). */
  changes: VersionChanges;
}

export interface ArticleRevisions {
  article: string;
  /** Oldest first; none when no earlier version is kept (never updated, or updated by an older Tidings). */
  versions: EarlierVersion[];
}

/**
 * The revisions of these stored articles, in the order asked; `stored`
 * holds articles as stored now, segmented, where the caller has them (the
 * others are read from the store).
 */
export async function articleRevisions(store: Store, ids: readonly string[], stored: readonly SegmentedArticle[] = []): Promise<ArticleRevisions[]> {
  if (ids.length === 0) return [];
  const versions = await store.articleVersions(ids);
  const current = new Map(stored.filter((article) => versions.has(article.id)).map((article) => [article.id, article]));
  for (const article of await store.articles([...versions.keys()].filter((id) => !current.has(id)))) current.set(article.id, segment(article));
  const revisions: ArticleRevisions[] = [];
  for (const id of ids) {
    const earlier = versions.get(id);
    const now = current.get(id);
    if (earlier === undefined || now === undefined) {
      revisions.push({ article: id, versions: [] });
      continue;
    }
    const texts = earlier.map((version) => segment(version.article));
    revisions.push({
      article: id,
      versions: earlier.map(({ article, replaced }, index) => ({
        replaced,
        title: article.title ?? null,
        published: article.published ?? null,
        modified: article.modified ?? null,
        updated: (earlier[index + 1]?.article ?? now).modified ?? null,
        text: article.text,
        changes: versionChanges(texts[index], texts[index + 1] ?? now),
      })),
    });
  }
  return revisions;
}

/** The revisions of the revised ones among these articles of a story (`StoryArticle.revised`), a page at a time as `storyCopyViews` gives copies. */
export function storyRevisions(store: Store, view: { segmented: readonly SegmentedArticle[] }, articles: readonly StoryArticle[]): Promise<ArticleRevisions[]> {
  return articleRevisions(
    store,
    articles.filter((article) => article.revised).map((article) => article.id),
    view.segmented,
  );
}
