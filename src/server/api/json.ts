/**
 * The JSON the API returns for stored things: an article with its spans, a
 * story with its cited summary and the first page of each of its lists
 * (articles, copies, quotes, entities, spellings, facts, timeline, articles
 * in other languages than English). Each
 * item lists its first `sources` sources (citations, occurrences, mentions,
 * articles) and counts them all, so a page stays small however many
 * articles repeat the story.
 */
import type { Article, SegmentedArticle } from '../../article.js';
import { articleMetadata, summaryToJson } from '../../render/json.js';
import { versioned } from '../../version.js';

export { articleMetadata };
import type { CopyView } from '../../copies/index.js';
import type { ArticleRevisions } from '../../ingest/index.js';
import type { CopyLink, StoryArticle } from '../../store/index.js';
import type { Summary } from '../../summarize/index.js';
import { slicePage, type Page, type PageRequest } from '../paging.js';
import type { StoryView } from '../story-view.js';
import { entityJson, factJson, quoteJson, spellingJson, timelineJson } from '../../render/report-json.js';
import { copyJson } from '../../render/edits-json.js';
import { revisionsJson } from '../../render/revisions.js';
import { MAX_QUOTED_CHARS } from '../../render/shown.js';

export function articleJson(article: SegmentedArticle) {
  return versioned(ARTICLE_API_JSON_VERSION, {
    ...articleMetadata(article),
    text: article.text,
    paragraphs: article.paragraphs,
    sentences: article.sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph })),
    messages: article.messages,
    ...(article.posts ? { posts: article.posts } : {}),
  });
}

/** The lists of a story a client can page through. */
export const STORY_SECTIONS = ['articles', 'copies', 'quotes', 'entities', 'spellings', 'facts', 'timeline', 'otherLanguages', 'revisions', 'unread'] as const;
export type StorySection = (typeof STORY_SECTIONS)[number];

/** What a story's lists show made for a page of them: the word edits of copies, what updates of articles changed (`StoryViews`). */
export interface SectionViewers {
  copies: (view: StoryView, links: readonly CopyLink[]) => Promise<CopyView[]>;
  revisions: (view: StoryView, articles: readonly StoryArticle[]) => Promise<ArticleRevisions[]>;
}

/** Which items of a story to give, and how many sources each lists. */
export interface StoryRequest extends PageRequest {
  sources: number;
}

/** One page of one of the story's lists, only that page's items turned into JSON (copies with their word edits). */
export async function sectionPage(view: StoryView, section: StorySection, request: StoryRequest, viewers: SectionViewers): Promise<Page<unknown>> {
  const { sources } = request;
  const byId = new Map(view.segmented.map((article) => [article.id, article]));
  const page = <T>(items: readonly T[], json: (item: T) => unknown): Page<unknown> => {
    const { items: slice, page: info } = slicePage(items, request);
    return { items: slice.map(json), page: info };
  };
  switch (section) {
    case 'articles':
      return page(view.articles, (article) => article);
    case 'copies': {
      const { items, page: info } = slicePage(view.copies, request);
      return { items: (await viewers.copies(view, items)).map((copy) => copyJson(copy, MAX_QUOTED_CHARS)), page: info };
    }
    case 'quotes':
      return page(view.report.quotes, (quote) => quoteJson(byId, quote, sources, MAX_QUOTED_CHARS));
    case 'entities':
      return page(view.report.entities, (entity) => entityJson(entity, sources));
    case 'spellings':
      return page(view.report.spellings, (variant) => spellingJson(variant, sources));
    case 'facts':
      return page(view.report.facts, (fact) => factJson(byId, fact, sources, MAX_QUOTED_CHARS));
    case 'timeline':
      return page(view.report.timeline, (entry) => timelineJson(byId, entry, MAX_QUOTED_CHARS));
    case 'otherLanguages':
      return page(view.report.otherLanguages, (other) => other);
    case 'revisions': {
      const { items, page: info } = slicePage(view.articles.filter((article) => article.revised), request);
      return { items: (await viewers.revisions(view, items)).map((revision) => revisionsJson(revision, { maxChars: MAX_QUOTED_CHARS })), page: info };
    }
    case 'unread':
      return page(view.report.unread, (article) => article);
  }
}

/** `summaryToJson` with the first `maxCitations` citations of each sentence, each text its first `MAX_QUOTED_CHARS` characters. */
export function summaryJson(summary: Summary, articles: readonly Article[], maxCitations?: number) {
  return summaryToJson(summary, articles, { maxCitations, maxTextChars: MAX_QUOTED_CHARS }) as { sources: string[]; articles: unknown[] } & Record<string, unknown>;
}

/**
 * The cited summary as `summaryToJson` writes it (citations are spans with
 * the cited text), each sentence with its first `maxCitations` citations,
 * and the metadata of the articles cited there, in source-number order: the
 * story's full article list is paged.
 */
export function storySummaryJson(view: StoryView, maxCitations: number) {
  const { articles: _articles, ...summary } = summaryJson(view.summary, view.segmented, maxCitations);
  const byId = new Map(view.segmented.map((article) => [article.id, article]));
  return { ...summary, sourceArticles: summary.sources.map((id) => articleMetadata(byId.get(id)!)) };
}

/** Format version of `GET /api/stories/{id}` (1: the first page of each list, `unread` among them; 2: each of `otherLanguages` says whether its `quotes` were read; 3: each fact value gives its `reading`, and each of `otherLanguages` whether its `facts` and `names` were read; 4: each timeline entry gives the live-blog `post` it is, or null, a summary sentence stating one side of a conflict gives it as `disputed`, and each article whether an update replaced an earlier text of it, `revised`; 5: each summary citation's `grade`, and `revisions`, what each update of the revised articles shown changed; 6: facts give names and titles in dispute, unit `name` or `title`, and a copied sentence its `merged` or `split` source sentences; 7: each quote occurrence gives `speakerSpan`, a quoted text over `MAX_QUOTED_CHARS` (headline, summary sentence, citation, quotation, value's source, post, copied or updated sentence and its word edits) is cut with `textTruncated`, and a further page of a list carries `version`). */
export const STORY_API_JSON_VERSION = 7;

/**
 * Format versions of the API's answers no CLI output shares, each
 * `{version, …}` (`versioned`), bumped when the shape changes: an article
 * (`GET /api/articles/{id}`), its earlier versions (`GET
 * /api/articles/{id}/versions`) and an ingest's report (`POST
 * /api/articles`). A page of one of a story's lists (`GET
 * /api/stories/{id}/{section}`) carries `STORY_API_JSON_VERSION`: its
 * items are those of the story's first pages.
 */
export const ARTICLE_API_JSON_VERSION = 1;
export const VERSIONS_API_JSON_VERSION = 1;
export const INGEST_API_JSON_VERSION = 1;

/** One page of one of the story's lists as `GET /api/stories/{id}/{section}` answers it: `{version, items, page}`. */
export async function sectionJson(view: StoryView, section: StorySection, request: StoryRequest, viewers: SectionViewers) {
  return versioned(STORY_API_JSON_VERSION, await sectionPage(view, section, request, viewers));
}

export async function storyJson(view: StoryView, firstPage: StoryRequest, viewers: SectionViewers) {
  const pages = await Promise.all(STORY_SECTIONS.map(async (section) => [section, await sectionPage(view, section, firstPage, viewers)] as const));
  const sections = Object.fromEntries(pages) as Record<StorySection, Page<unknown>>;
  return versioned(STORY_API_JSON_VERSION, { story: view.story, summary: storySummaryJson(view, firstPage.sources), related: view.related, ...sections });
}
