import type { Hono } from 'hono';
import { z } from 'zod';
import { requestUrl, validQuery, type ServerParts } from '../context.js';
import { HttpError } from '../errors.js';
import { pageRequest, slicePage, type Page, type PageInfo } from '../paging.js';
import { pathId } from '../schemas/requests.js';
import { storyIdIn, type RelatedStoryRow } from '../../store/index.js';
import type { StoryView } from '../story-view.js';
import type { SegmentedArticle } from '../../article.js';
import type { ArticleRevisions } from '../../ingest/index.js';
import { copiesView } from '../views/copy-diff.js';
import { coverageChart } from '../views/coverage-chart.js';
import { html, safeHref, sitePath, type SafeHtml } from '../views/html.js';
import { labelledOpening, LISTED_OPENING_CHARS, openingWords } from '../../render/outlet-name.js';
import { day, storyOverview } from '../../render/story-overview.js';
import { pager } from '../views/pager.js';
import { revisionDetails } from '../views/revisions.js';
import { entitiesTable, factsTable, otherLanguagesNote, quotesTable, spellingsTable, timelineTable, unreadParagraph } from '../views/report.js';
import { summaryView } from '../views/summary.js';
import { articleLang, labelledOpeningLink } from '../views/article-text.js';
import { sendPage } from './respond.js';

/** Each of the story page's paged lists has its own cursor parameter. */
const LISTS = ['articles', 'copies', 'quotes', 'differ', 'agree', 'timeline', 'entities'] as const;
const LIST_NAMES: Record<(typeof LISTS)[number], string> = {
  articles: 'articles',
  copies: 'copies',
  quotes: 'quotes',
  differ: 'facts the sources give differently',
  agree: 'facts the sources give alike',
  timeline: 'the timeline',
  entities: 'names',
};
const storyPageQuery = z.strictObject(Object.fromEntries(LISTS.map((list) => [list, z.string().max(200).optional().describe(`cursor of the ${list} list`)])) as Record<(typeof LISTS)[number], z.ZodOptional<z.ZodString>>);

type StoryPageQuery = z.infer<typeof storyPageQuery>;

function articlesTable(view: StoryView, items: StoryView['articles'], revised: readonly ArticleRevisions[], names: ReadonlyMap<string, SegmentedArticle>): SafeHtml {
  const id = view.story.id;
  const revisions = new Map(revised.filter((revision) => revision.versions.length > 0).map((revision) => [revision.article, revision]));
  return html`<table>
<thead><tr><th scope="col">Published</th><th scope="col">Outlet</th><th scope="col">Title</th><th scope="col">Verdict</th><th scope="col">Web page</th></tr></thead>
<tbody>${items.map((article) => {
    const external = safeHref(article.url ?? undefined);
    const opening = article.title ? undefined : openingWords(names.get(article.id)?.text, LISTED_OPENING_CHARS);
    const shown = article.title ?? opening;
    const named = opening === undefined ? shown : labelledOpening(opening);
    const href = sitePath(['articles', article.id], { story: id });
    return html`<tr><td>${article.published === null ? html`<span class="muted">undated</span>` : html`<time datetime="${article.published}">${day(article.published)}</time>`}</td><td>${article.outlet ?? '(no outlet)'}</td>
<td>${opening === undefined ? html`<a href="${href}"${shown === undefined ? '' : articleLang(names.get(article.id))}>${shown ?? article.id}</a>` : labelledOpeningLink(names.get(article.id), opening, href)}${article.revised ? html` <span class="muted">(updated since first stored)</span>` : ''}${revisions.has(article.id) ? revisionDetails(revisions.get(article.id)!, articleLang(names.get(article.id)), id) : ''}</td><td>${article.verdict}</td>
<td>${external ? html`<a href="${external}" rel="noopener noreferrer nofollow" aria-label="Web page of ${named ?? article.id}">web page</a>` : html`<span class="muted">${article.url ?? '—'}</span>`}</td></tr>`;
  })}</tbody>
</table>`;
}

/** Stories some article of this one came near, with their size and dates. */
function relatedList(related: readonly RelatedStoryRow[]): SafeHtml {
  return html`<p class="muted">Follow-ups and background: stories some article of this one came near.</p>
<ul>${related.map((story) => html`<li><a href="${sitePath(['stories', story.id])}">${story.headline ?? `Story ${story.id}`}</a> <span class="muted">${storyOverview(story)}</span></li>`)}</ul>`;
}

/** The current page of one of the page's lists. */
function listPage<T>(list: (typeof LISTS)[number], all: readonly T[], query: StoryPageQuery, pageSize: number): Page<T> {
  return slicePage(all, pageRequest({ cursor: query[list] }, pageSize));
}

/** A list's page rendered, and the links to its other pages (the other lists keep their place), each leading back to the list's heading. */
function pagedList(view: StoryView, list: (typeof LISTS)[number], page: PageInfo, rendered: SafeHtml, query: StoryPageQuery): SafeHtml {
  return html`${rendered}${pager(page, ['stories', view.story.id], { ...query, [list]: undefined }, list, `Pages of ${LIST_NAMES[list]}`, `${list}-heading`)}`;
}

export function storyPage(app: Hono, { settings, stories }: ServerParts): void {
  app.get('/stories/:id', async (c) => {
    const id = pathId(c.req.param('id'));
    const query = validQuery(c, storyPageQuery);
    const view = await stories.get(id);
    if (!view) {
      const listed = await storyIdIn(settings.store, id);
      if (listed !== id) return c.redirect(`${sitePath(['stories', listed])}${requestUrl(c).search}`, 301);
      throw new HttpError(404, `no story ${JSON.stringify(id)}`);
    }
    const names = new Map(view.segmented.map((article) => [article.id, article]));
    const list = <T>(name: (typeof LISTS)[number], all: readonly T[], render: (items: T[]) => SafeHtml) => {
      const { items, page } = listPage(name, all, query, settings.pageSize);
      return pagedList(view, name, page, render(items), query);
    };
    const copies = listPage('copies', view.copies, query, settings.pageSize);
    const copyViews = await stories.copyViews(view, copies.items);
    const articles = listPage('articles', view.articles, query, settings.pageSize);
    const revisions = await stories.revisions(view, articles.items);
    const { facts } = view.report;
    const title = view.summary.headline?.text ?? view.story.headline ?? `Story ${id}`;
    const titleLang = view.summary.headline ? articleLang(names.get(view.summary.headline.article)) : '';
    const section = (key: string, heading: string, content: SafeHtml) =>
      html`<section aria-labelledby="${key}-heading">
<h2 id="${key}-heading">${heading}</h2>
${content}
</section>`;
    const body = html`<article>
<h1${titleLang}>${title}</h1>
<p class="meta">${storyOverview(view.story)}</p>
${section('summary', 'Summary', html`<p class="muted">Every sentence links to the articles that state it; a link opens the article with that sentence highlighted. “Check against the sources” under a sentence sets each cited passage against it: words only in the source <del>struck out</del>, words only in the summary <ins>underlined</ins>.</p>
${summaryView(view.summary, view.segmented, id)}`)}
${otherLanguagesNote(view.report.otherLanguages, names, id)}
${unreadParagraph(view.report, view.copies, view.articles.length)}
${view.related.length > 0 ? section('related', 'Related stories', relatedList(view.related)) : ''}
${section('differ', 'Where sources differ', html`${list('differ', facts.filter((fact) => fact.status === 'conflicting' || fact.status === 'updated'), (items) =>
  factsTable(items, names, id, 'Numbers, dates, ages, names and titles the articles give differently', 'The articles give no number, date, age, name or title differently.'),
)}${spellingsTable(view.report.spellings, names, id)}`)}
${section('agree', 'Where sources agree', list('agree', facts.filter((fact) => fact.status === 'agreed'), (items) =>
  factsTable(items, names, id, 'Numbers, dates and ages independent sources give alike (an outlet’s articles, and copies with what they copy, count as one source)', 'No number, date or age is given alike by independent sources (an outlet’s articles, and copies with what they copy, count as one source).'),
))}
${section('quotes', 'Quotes', list('quotes', view.report.quotes, (items) => quotesTable(items, names, id)))}
${section('timeline', 'Timeline', html`<p class="muted">The articles by the time they were published, and a live blog's posts each at its own time.</p>
${list('timeline', view.report.timeline, (items) => timelineTable(items, names, id))}`)}
${section('coverage', 'Coverage by outlet over time', coverageChart(view.articles, view.report.timeline, names))}
${section('copies', 'Copies', pagedList(view, 'copies', copies.page, copiesView(copyViews, names, id), query))}
${section('entities', 'Names: people, organisations, places and things', list('entities', view.report.entities, entitiesTable))}
${section('articles', 'Articles', pagedList(view, 'articles', articles.page, articlesTable(view, articles.items, revisions, names), query))}
</article>`;
    return sendPage(c, { title, body });
  });
}
