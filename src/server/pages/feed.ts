/**
 * The stories as an Atom feed (`/stories.atom`, with the story list's
 * filters): the most recently updated stories, each with its cited summary
 * as text, so a feed reader follows what Tidings makes of the news.
 */
import type { Hono } from 'hono';
import { requestUrl, validQuery, type ServerParts } from '../context.js';
import { showStory } from '../../ingest/index.js';
import { renderAtom, type AtomEntry } from '../../render/atom.js';
import { resolveSummary } from '../../render/resolve.js';
import { storyOverview } from '../../render/story-overview.js';
import { filteredStories, type Store, type StoryRow } from '../../store/index.js';
import { SUMMARY_REVISION } from '../../summarize/index.js';
import { sitePath } from '../views/html.js';

/** Where the feed is served; its errors are plain text (`errorHandler`). */
export const FEED_PATH = '/stories.atom';

/** Stories in the feed: the newest this many. */
export const FEED_ENTRIES = 20;

export function feedPage(app: Hono, { settings, schemas }: ServerParts): void {
  app.get(FEED_PATH, async (c) => {
    const { since, outlet, q } = validQuery(c, schemas.stories);
    const url = requestUrl(c);
    const rows = await filteredStories(settings.store, { since, outlet, q }, FEED_ENTRIES);
    const entries = await Promise.all(rows.map((row) => storyEntry(settings.store, row, url.origin)));
    const filters = new URLSearchParams(Object.entries({ since, outlet, q }).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const list = `${url.origin}/${filters.size > 0 ? `?${filters}` : ''}`;
    const body = renderAtom({ id: list, title: q || outlet || since ? `Tidings: stories (${[q, outlet, since].filter(Boolean).join(', ')})` : 'Tidings: stories', self: url.href, alternate: list, made: new Date().toISOString(), entries });
    return c.body(body, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
}

async function storyEntry(store: Store, row: StoryRow, origin: string): Promise<AtomEntry> {
  const page = `${origin}${sitePath(['stories', row.id])}`;
  const sentences = await summarySentences(store, row);
  return {
    id: page,
    title: row.headline ?? `Story ${row.id}`,
    updated: row.lastSeen,
    published: row.firstPublished ?? undefined,
    link: page,
    summary: [...sentences, storyOverview(row)].join('\n\n'),
  };
}

/** The text of the story's summary sentences: the cached summary's, reading only the articles they come from (a story may hold thousands), else the summary made now (`showStory`, which caches it). */
async function summarySentences(store: Store, row: StoryRow): Promise<string[]> {
  const summary = (await store.cachedSummary(row.id, row.version, SUMMARY_REVISION)) ?? (await showStory(store, row.id))?.summary;
  if (summary === undefined) return [];
  const articles = await store.articles([...new Set(summary.sentences.map((sentence) => sentence.article))]);
  return resolveSummary(summary, articles, 0).sentences.map((sentence) => sentence.text);
}
