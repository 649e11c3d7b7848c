import type { Hono } from 'hono';
import { validQuery, type ServerParts } from '../context.js';
import { fetchPageAt, pageRequest } from '../paging.js';
import { filteredStories, type StoryRow } from '../../store/index.js';
import { html, sitePath, type SafeHtml } from '../views/html.js';
import { storyDays, storyHeadline } from '../../render/story-overview.js';
import { pager } from '../views/pager.js';
import { sendPage } from './respond.js';

/** First and last seen: the days its articles give, else the days it was ingested, said so; an undated article ingested later, which orders the story, said too. */
function seenCells(story: StoryRow): SafeHtml {
  const { first, last, ingested, updatedUndated } = storyDays(story);
  const note = ingested ? html` <span class="muted">(ingested; no article dated)</span>` : '';
  const updated = updatedUndated ? html` <span class="muted">(and an undated article ingested ${updatedUndated})</span>` : '';
  return html`<td data-label="First seen"><time datetime="${first}">${first}</time>${note}</td><td data-label="Last seen"><time datetime="${last}">${last}</time>${note}${updated}</td>`;
}

/** The story list: newest first, filtered by words, outlet and date, paged. */
export function storiesPage(app: Hono, { settings, schemas }: ServerParts): void {
  app.get('/', async (c) => {
    const query = validQuery(c, schemas.stories);
    const { since, outlet, q } = query;
    const { items, page } = await fetchPageAt((offset, count) => filteredStories(settings.store, { since, outlet, q }, count, offset), pageRequest(query, settings.pageSize));
    const filtered = since !== undefined || outlet !== undefined || q !== undefined;
    const rows = items.map(
      (story) => html`<tr>
<td><a href="${sitePath(['stories', story.id])}">${storyHeadline(story)}</a></td>
<td class="number" data-label="Articles">${story.size}</td><td class="number" data-label="Outlets">${story.outlets}</td>
${seenCells(story)}
</tr>`,
    );
    const body = html`<h1>Stories</h1>
<form class="filters" method="get" action="/" aria-label="Filter stories">
<div class="field"><label for="filter-q">Words</label><input id="filter-q" name="q" type="search" value="${q ?? ''}" maxlength="500"></div>
<div class="field"><label for="filter-outlet">Outlet</label><input id="filter-outlet" name="outlet" value="${outlet ?? ''}" maxlength="200"></div>
<div class="field"><label for="filter-since">Since</label><input id="filter-since" name="since" type="date" value="${since?.slice(0, 10) ?? ''}"></div>
<button type="submit">Filter</button>${filtered ? html` <a href="/">Show all</a>` : ''}
</form>
${
  items.length === 0
    ? html`<p>${filtered ? 'No story matches these filters.' : html`No stories yet: <a href="/submit">add articles</a>.`}</p>`
    : html`<table class="story-list">
<caption class="muted">Most recently updated first</caption>
<thead><tr><th scope="col">Headline</th><th scope="col" class="number">Articles</th><th scope="col" class="number">Outlets</th><th scope="col">First seen</th><th scope="col">Last seen</th></tr></thead>
<tbody>${rows}</tbody>
</table>`
}
${pager(page, [''], { q, outlet, since }, 'cursor', 'Story pages')}
<p class="muted"><a href="${sitePath(['stories.atom'], { q, outlet, since })}" type="application/atom+xml">Follow ${filtered ? 'these stories' : 'the stories'} in a feed reader</a> (Atom)</p>`;
    return sendPage(c, { title: 'Stories', body });
  });
}
