import type { Hono } from 'hono';
import { validQuery, type ServerParts } from '../context.js';
import { fetchPageAt, pageRequest } from '../paging.js';
import { html, sitePath, type SafeHtml } from '../views/html.js';
import { day } from '../../render/story-overview.js';
import { pager } from '../views/pager.js';
import { searchProblem, type SearchHit } from '../../store/index.js';
import { langAttribute } from '../views/article-text.js';
import { sendPage } from './respond.js';

const HOW_TO_SEARCH = 'Type words in the search box above: every word must appear; "quoted words" together; three or more letters ending in * as a prefix; German words in either spelling (Bruecke, Brücke).';

/** A search snippet with its matched words marked, their brackets left out (a bracket the text holds shown as it is); `lang` the `lang` attribute of its article's language (nothing for English). */
function snippetView({ snippet, marked }: SearchHit, lang: SafeHtml | ''): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const span of marked) {
    parts.push(html`${snippet.slice(at, span.start - 1)}<mark>${snippet.slice(span.start, span.end)}</mark>`);
    at = span.end + 1;
  }
  return html`<p${lang}>${parts}${snippet.slice(at)}</p>`;
}

export function searchPage(app: Hono, { settings, schemas }: ServerParts): void {
  app.get('/search', async (c) => {
    const given = c.req.query('q');
    if (given === undefined || given.trim() === '') {
      return sendPage(c, { title: 'Search', body: html`<h1>Search</h1><p>${HOW_TO_SEARCH}</p>` });
    }
    const { q, ...page } = validQuery(c, schemas.search);
    const problem = searchProblem(q);
    if (problem !== undefined) {
      return sendPage(c, { title: `Search: ${q}`, query: q, body: html`<h1>Search: ${q}</h1><p class="problems">${problem}</p><p>${HOW_TO_SEARCH}</p>` }, 400);
    }
    const request = pageRequest(page, settings.pageSize);
    const { items, page: info } = await fetchPageAt((offset, count) => settings.store.search(q, count, offset), request);
    const list = items.map((hit) => {
      // A screen reader reads a French title and snippet in French.
      const lang = langAttribute(hit.readingLanguage ?? undefined);
      return html`<li>
<h2><a href="${sitePath(['articles', hit.id], { story: hit.story ?? undefined })}"${hit.title === null ? '' : lang}>${hit.title ?? hit.id}</a></h2>
<p class="meta">${[hit.outlet, day(hit.published)].filter(Boolean).join(', ')}${hit.story ? html` · <a href="${sitePath(['stories', hit.story])}">the story</a>` : ''}</p>
${snippetView(hit, lang)}
</li>`;
    });
    const body = html`<h1>Search: ${q}</h1>
${items.length === 0 ? html`<p>No article matches.</p>` : html`<ol class="hits" start="${request.offset + 1}">${list}</ol>`}
${pager(info, ['search'], { q }, 'cursor', 'Result pages')}`;
    return sendPage(c, { title: `Search: ${q}`, query: q, body });
  });
}
