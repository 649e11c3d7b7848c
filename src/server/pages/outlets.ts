import type { Hono } from 'hono';
import { validQuery, type ServerParts } from '../context.js';
import { fetchPage, pageRequest } from '../paging.js';
import { html, sitePath, type SafeHtml } from '../views/html.js';
import { pager } from '../views/pager.js';
import { outletName } from '../../render/outlet-name.js';
import { MAX_OUTLET_FILTER_CHARS } from '../schemas/requests.js';
import { sendPage } from './respond.js';

/** An outlet's name, linked to its stories when the story filter can take it. */
function outletLink(outlet: string | null): SafeHtml | string {
  return outlet === null || outlet.length > MAX_OUTLET_FILTER_CHARS ? outletName(outlet) : html`<a href="${sitePath([''], { outlet })}">${outlet}</a>`;
}

/** Who copies whom, by outlet: the same rows as `GET /api/outlets` and `tidings outlets`. */
export function outletsPage(app: Hono, { settings, schemas }: ServerParts): void {
  app.get('/outlets', async (c) => {
    const { items, page } = await fetchPage((count) => settings.store.outlets(count), pageRequest(validQuery(c, schemas.page), settings.pageSize));
    const rows = items.map(
      (row) => html`<tr>
<td>${outletLink(row.outlet)}</td><td class="number">${row.articles}</td><td class="number">${row.copied}</td>
<td class="number">${row.reprints}</td><td class="number">${row.rewrites}</td>
<td>${row.sources.map((source, index) => html`${index > 0 ? ', ' : ''}${outletLink(source.outlet)} (${source.articles})`)}</td>
</tr>`,
    );
    const body = html`<h1>Outlets</h1>
<p>Who copies whom: each outlet's articles, how many of them later articles reprinted or rewrote, how many are reprints or rewrites themselves, and the outlets they take from.</p>
${
  items.length === 0
    ? html`<p>${page.offset === 0 ? html`No articles yet: <a href="/submit">add articles</a>.` : 'No more outlets.'}</p>`
    : html`<table>
<caption class="muted">Most articles first</caption>
<thead><tr><th scope="col">Outlet</th><th scope="col" class="number">Articles</th><th scope="col" class="number">Copied by others</th><th scope="col" class="number">Reprints</th><th scope="col" class="number">Rewrites</th><th scope="col">Takes from</th></tr></thead>
<tbody>${rows}</tbody>
</table>`
}
${pager(page, ['outlets'], {}, 'cursor', 'Outlet pages')}`;
    return sendPage(c, { title: 'Outlets', body });
  });
}
