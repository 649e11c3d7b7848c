/**
 * Everything there is to show of one stored story, as the CLI and the server
 * give it: `showStory` (its articles and cited summary, cached in the store
 * per story version), who copied whom, and the report of quotes, entities,
 * facts and timeline (`storyReport`, cached in the store per story version
 * and `REPORT_REVISION`, as the summary is; each article's part of it,
 * `articleAnalysis`, and the sentences each copy took from its source, per
 * article and `REPORT_REVISION`, so a story that grew has only its new
 * articles analysed and aligned). The copies' word edits
 * (`storyCopyViews`: each copy aligned again with its source, also when the
 * source is outside the story) are made for the copies shown, a page at a
 * time, and when the report is made for the copies it has not seen before.
 * The summary carries the story's own headline, the one `stories` lists (the
 * earliest title among its articles, else the earliest whole opening
 * sentence, else a cut one: `rankedHeadline`; among the articles whose figure
 * no later day raised, `keepHeadlinesCurrent`), so a story is called the same
 * everywhere, unless that article gives a figure a later day raised (a story
 * stored before that rule: then the summary's own headline,
 * `withStoryHeadline`), and each sentence the values it states that other sources
 * dispute (`markDisputes`, from the report's facts). What the updates of
 * its revised articles changed is made for the articles shown
 * (`storyRevisions`), as copies' edits are.
 */
import type { SegmentedArticle } from '../article.js';
import { copyViews, type CopyView } from '../copies/index.js';
import type { CopiedSentences } from '../quotes/index.js';
import { articleAnalysis, REPORT_REVISION, storyReport, type ArticleAnalysis, type StoryReport } from '../facts/index.js';
import { segment } from '../segment/index.js';
import type { CopyLink, RelatedStoryRow, Store, StoryArticle, StoryRow } from '../store/index.js';
import { articleHeadline, markDisputes, type Summary } from '../summarize/index.js';
import { showStory, type ShownStory } from './story.js';

export interface StoryView {
  story: StoryRow;
  /** Oldest first. */
  articles: StoryArticle[];
  /** The articles its summary and report read (all of a story of up to `REPORT_MAX_ARTICLES`), with sentences and tokens, oldest first. */
  segmented: SegmentedArticle[];
  /** The cited summary, headed by the story's headline, each sentence with the values it states that other sources dispute (`markDisputes`). */
  summary: Summary;
  /** Who copied whom, with the kind and share of each copy; `storyCopyViews` gives their word edits. */
  copies: CopyLink[];
  /** Quotes, entities, facts lined up across the articles, timeline. */
  report: StoryReport;
  /** Stories some article of this one came near, most similar first: its follow-ups and background. */
  related: RelatedStoryRow[];
}

/** The story with this id, or undefined when the store has none. */
export async function storyView(store: Store, id: string): Promise<StoryView | undefined> {
  const shown = await showStory(store, id);
  if (!shown) return undefined;
  const report = await reportOf(store, shown);
  return {
    story: shown.story,
    articles: shown.articles,
    segmented: shown.segmented,
    summary: markDisputes(withStoryHeadline(shown.summary, shown.story, shown.segmented), report.facts),
    copies: shown.copies,
    report,
    related: shown.related,
  };
}

/**
 * These copies of the story with the word edits of every copied sentence,
 * each copy aligned again with its source; copies and sources not among the
 * view's segmented articles (left unread, or outside the story) are read
 * from the store.
 */
export async function storyCopyViews(store: Store, view: Pick<StoryView, 'segmented'>, links: readonly CopyLink[]): Promise<CopyView[]> {
  const segmented = new Set(view.segmented.map((article) => article.id));
  const missing = [...new Set(links.flatMap((copy) => [copy.article, copy.source]).filter((id) => !segmented.has(id)))];
  const read = (await store.articles(missing)).map((article) => segment(article));
  return copyViews(links, read.length === 0 ? view.segmented : [...view.segmented, ...read]);
}

/** The story's report, from the store when one was saved for this story version and revision. */
async function reportOf(store: Store, shown: ShownStory): Promise<StoryReport> {
  const { id, version } = shown.story;
  const saved = await store.cachedReport(id, version, REPORT_REVISION);
  if (saved !== undefined) return saved;
  const segmented = new Map(shown.segmented.map((article) => [article.id, article]));
  const analyses = await articleAnalyses(store, shown.segmented);
  const copies = await copiedSentences(store, shown, new Set(segmented.keys()));
  const report = storyReport(shown.stored.map((article) => segmented.get(article.id) ?? article), { copies, analyses });
  await store.saveReport(id, version, REPORT_REVISION, report);
  return report;
}

/**
 * The story's copies with their kinds, and, for the copies the report reads,
 * the sentences each took from its source: from the store when aligned at
 * this `REPORT_REVISION`; the others are aligned here (`storyCopyViews`) and
 * saved.
 */
async function copiedSentences(store: Store, shown: ShownStory, read: ReadonlySet<string>): Promise<Array<CopiedSentences & CopyLink>> {
  const key = (copy: { article: string; source: string }) => `${copy.article}\u0000${copy.source}`;
  const readCopies = shown.copies.filter((copy) => read.has(copy.article));
  const saved = new Map((await store.cachedCopiedSentences([...new Set(readCopies.map((copy) => copy.article))], REPORT_REVISION)).map((copy) => [key(copy), copy]));
  const aligned = await storyCopyViews(store, shown, readCopies.filter((copy) => !saved.has(key(copy))));
  if (aligned.length > 0) await store.saveCopiedSentences(REPORT_REVISION, aligned);
  const made = new Map(aligned.map((copy) => [key(copy), copy]));
  return shown.copies.map((copy) => ({ ...copy, ...(saved.get(key(copy)) ?? made.get(key(copy))) }));
}

/** Each article's analysis, from the store when one was saved at this `REPORT_REVISION`; those made here are saved. */
async function articleAnalyses(store: Store, articles: readonly SegmentedArticle[]): Promise<ArticleAnalysis[]> {
  const saved = await store.cachedAnalyses(articles.map((article) => article.id), REPORT_REVISION);
  const made = new Map<string, ArticleAnalysis>();
  const analyses = articles.map((article) => {
    const analysis = saved.get(article.id) ?? articleAnalysis(article);
    if (!saved.has(article.id)) made.set(article.id, analysis);
    return analysis;
  });
  if (made.size > 0) await store.saveAnalyses(REPORT_REVISION, made);
  return analyses;
}

/**
 * The summary headed by the story's stored headline and the article it comes
 * from (its title or opening sentence), when the story has one and that
 * article's figure for a count was not raised on a later day
 * (`Summary.outdated`, kept with the cached summary: "Storm kills three"
 * above a summary of eleven dead); the summary's own headline otherwise,
 * chosen without such articles.
 */
function withStoryHeadline(summary: Summary, story: StoryRow, articles: readonly SegmentedArticle[]): Summary {
  const source = story.headline === null ? -1 : articles.findIndex((article) => articleHeadline(article) === story.headline);
  if (source < 0 || summary.outdated?.includes(articles[source].id)) return summary;
  return { ...summary, headline: { article: articles[source].id, text: story.headline! } };
}
