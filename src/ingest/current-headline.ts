/**
 * A developing story's stored headline kept current: the headline `stories`,
 * the stories page, the feed and the API list show is the story's row's, the
 * earliest of its best-ranked titles or openings (`grow`), chosen as its
 * articles arrive. When a later day's reports raise a count the story is told
 * by (a storm's toll three on Monday, eleven on Wednesday), the article that
 * headline comes from may give a figure no longer current ("Storm kills
 * three"): after each batch, each story it grew whose headline comes from
 * such an article is headed again by the same rule among its articles whose
 * figure no later day raised (`Development.outdated`, read as the summary
 * reads the story: `reportArticles`), as `storyView` heads its summary. Only
 * a story told over more than one day whose headline's article leads with a
 * count (`ledeStatesCount`) has its articles read again, so a batch of
 * one-day stories costs a look at each row.
 */
import type { SegmentedArticle } from '../article.js';
import { reportArticles } from '../facts/index.js';
import { segment } from '../segment/index.js';
import { grow, type Store, type StoryArticle, type StoryGrowth, type StoryHeadline } from '../store/index.js';
import { ledeStatesCount, MAX_HEADLINE_CHARS, rankedHeadline, storyDevelopment } from '../summarize/index.js';
import { throughReprints } from './story.js';

/** Heads again each of these stories whose headline gives a figure a later day raised (`currentHeadline`). */
export async function keepHeadlinesCurrent(store: Store, stories: Iterable<string>): Promise<void> {
  for (const id of new Set(stories)) {
    const headline = await currentHeadline(store, id);
    if (headline !== undefined) await store.setStoryHeadline(id, headline);
  }
}

/**
 * The story's headline chosen again among the articles it reads whose figure
 * for a count no later day raised, when the article its stored headline
 * comes from gives such a figure; undefined when the stored one stands.
 */
export async function currentHeadline(store: Store, id: string): Promise<StoryHeadline | undefined> {
  const detail = await store.story(id);
  if (detail === undefined) return undefined;
  const { story } = detail;
  if (story.headline === null || story.size < 2 || story.firstSeen.slice(0, 10) === story.lastSeen.slice(0, 10)) return undefined;
  const headline = story.headline;
  const named = (await store.articles(headlineCandidates(detail.articles, headline))).map((article) => segment(article));
  const source = named.find((article) => rankedHeadline(article)?.text === headline);
  if (source === undefined || !ledeStatesCount(source)) return undefined;
  const read = reportArticles(await store.storyArticles(id), throughReprints(detail.copies)).read.map((article) => segment(article));
  const outdated = storyDevelopment(read).outdated;
  if (!read.some((article, index) => outdated.has(index) && article.id === source.id)) return undefined;
  const rows = new Map(detail.articles.map((article) => [article.id, article]));
  const chosen = grownHeadline(read.filter((_, index) => !outdated.has(index)), rows);
  return chosen === undefined || chosen.headline === headline ? undefined : chosen;
}

/**
 * The ids of the articles the headline may come from: those titled with it,
 * else those whose title would be cut (`MAX_HEADLINE_CHARS`) or that have
 * none (the headline is an opening).
 */
function headlineCandidates(articles: readonly StoryArticle[], headline: string): string[] {
  const titled = articles.find((article) => article.title?.trim() === headline);
  if (titled !== undefined) return [titled.id];
  return articles.filter((article) => !article.title?.trim() || article.title.trim().length > MAX_HEADLINE_CHARS).map((article) => article.id);
}

/** The headline the story's row would keep were these its articles (`grow`, as a batch grows a story); undefined when none offers one. */
function grownHeadline(articles: readonly SegmentedArticle[], rows: ReadonlyMap<string, StoryArticle>): StoryHeadline | undefined {
  const growth = new Map<string, StoryGrowth>();
  for (const article of articles) {
    const row = rows.get(article.id);
    if (row === undefined) continue;
    const ranked = rankedHeadline(article);
    grow(growth, '', { headline: ranked?.text, headlineRank: ranked?.rank ?? 0 }, row.title, row.seen, row.published);
  }
  const grown = growth.get('');
  return grown?.headline == null ? undefined : { headline: grown.headline, headlineRank: grown.headlineRank, headlineSeen: grown.headlineSeen };
}
