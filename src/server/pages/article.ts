import type { Hono } from 'hono';
import { z } from 'zod';
import type { SegmentedArticle, Span } from '../../article.js';
import { segment } from '../../segment/index.js';
import { validQuery, type ServerParts } from '../context.js';
import { HttpError } from '../errors.js';
import { idParam, pathId } from '../schemas/requests.js';
import { quoteMarks } from '../../quotes/index.js';
import { minute } from '../../render/minute.js';
import { readingLanguage } from '../../language/index.js';
import { articleText, langAttribute, messagesView } from '../views/article-text.js';
import { html, safeHref, sitePath, type SafeHtml } from '../views/html.js';
import { revisionDetails } from '../views/revisions.js';
import { citedInSummary } from '../views/summary.js';
import type { StoryViews } from '../story-view.js';
import type { Store } from '../../store/index.js';
import { articleRevisions } from '../../ingest/index.js';
import { writtenZone } from '../../render/story-overview.js';
import { sendPage } from './respond.js';

const articlePageQuery = z.strictObject({
  hl: z
    .string()
    .regex(/^\d{1,9}-\d{1,9}$/, 'expected START-END character offsets')
    .optional()
    .describe('a span of the text to highlight'),
  story: idParam.optional().describe('the story the reader came from'),
});

function highlightSpan(hl: string | undefined, length: number): Span | undefined {
  if (hl === undefined) return undefined;
  const [start, end] = hl.split('-').map(Number);
  if (start >= end || end > length) throw new HttpError(400, 'the request is not valid', [{ path: 'hl', message: `expected START-END inside the article's ${length} characters` }]);
  return { start, end };
}

/** One stored article, its sentences addressable, a cited span highlighted (with the summary sentences of the story it came from that cite it), and what its updates changed. */
export function articlePage(app: Hono, { settings, stories }: ServerParts): void {
  app.get('/articles/:id', async (c) => {
    const id = pathId(c.req.param('id'));
    const query = validQuery(c, articlePageQuery);
    const [stored] = await settings.store.articles([id]);
    if (!stored) throw await missingArticle(settings.store, id);
    const article = segment(stored);
    const highlight = highlightSpan(query.hl, article.text.length);
    const external = safeHref(article.url);
    const title = article.title ?? article.id;
    const lang = readingLanguage(article);
    const [revisions] = await articleRevisions(settings.store, [id], [article]);
    const cited = query.story && highlight ? await citedInCurrentSummary(stories, article, highlight, query.story) : '';
    const body = html`<article>
${query.story ? html`<p><a href="${sitePath(['stories', query.story])}">Back to the story</a></p>` : ''}
<h1${article.title === undefined ? '' : langAttribute(lang)}>${title}</h1>
<p class="meta">${[article.outlet, article.byline].filter(Boolean).join(' · ')}${article.published ? html` · ${minuteTime(article.published)}` : ''}${
      article.modified && article.modified !== article.published ? html` · updated ${minuteTime(article.modified)}` : ''
    }</p>
${external ? html`<p class="meta">Web page: <a href="${external}" rel="noopener noreferrer nofollow">${article.url ?? ''}</a></p>` : article.url ? html`<p class="meta">Address: ${article.url}</p>` : ''}
${article.posts?.length ? html`<p class="meta">A live blog of ${article.posts.length} posts, shown oldest first: from ${postTime(article.posts[0].time)} to ${postTime(article.posts[article.posts.length - 1].time)}</p>` : ''}
${cited}
${highlight ? html`<p><a href="#highlight">Go to the cited sentence</a></p>` : ''}
${articleText(article, highlight, lang)}
${messagesView(article, article.messages, 'Left out or noted while reading')}
${messagesView(article, quoteMarks(article).unmatched, 'Quote marks that open no quotation')}
${revisions.versions.length > 0 ? html`<section aria-labelledby="versions-heading"><h2 id="versions-heading">Earlier versions</h2>${revisionDetails(revisions, langAttribute(lang))}</section>` : ''}
</article>`;
    return sendPage(c, { title, body });
  });
}

/** Why there is no such article: removed (410, with when: `tidings remove` or `DELETE /api/articles/{id}` took it out), else never stored (404). */
async function missingArticle(store: Store, id: string): Promise<HttpError> {
  // A hash no text has: only the id is looked up among the removed.
  const removed = (await store.stored([{ id, hash: '' }])).removed.ids.get(id);
  if (removed === undefined) return new HttpError(404, `no article ${JSON.stringify(id)}`);
  return new HttpError(410, `article ${JSON.stringify(id)} was removed from this reader on ${removed.slice(0, 10)}`, [{ path: '', message: 'a removed article is not shown; its story is made again without it' }]);
}

/**
 * The box of the summary sentences of the story that cite this span of the
 * article, from the story's current summary, got as the story page gets it
 * (`StoryViews.get`: made once per story version, at most the articles a
 * story's view reads, and kept for the story page that follows); nothing
 * when the story is unknown or no sentence cites the span.
 */
async function citedInCurrentSummary(stories: StoryViews, article: SegmentedArticle, span: Span, story: string): Promise<SafeHtml | ''> {
  const view = await stories.get(story);
  if (!view) return '';
  return citedInSummary(view.summary, [article, ...view.segmented], article.id, span, story);
}

/** A post's time: a date-time to the minute, or the time of day alone when the page gave no date ("14:32"). */
function postTime(time: string): SafeHtml {
  return time.includes('T') ? minuteTime(time) : html`<time datetime="${time}">${time}</time>`;
}

/** A date-time as written, shown to the minute with the zone it is written in ("2026-03-14 18:30 UTC+09:00"; a date alone as it is). */
function minuteTime(iso: string): SafeHtml {
  const zone = writtenZone(iso);
  return html`<time datetime="${iso}">${minute(iso)}${zone === '' ? '' : ` ${zone}`}</time>`;
}
