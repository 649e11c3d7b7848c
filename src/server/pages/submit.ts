import type { Hono } from 'hono';
import { nothingRead } from '../api/articles.js';
import type { ServerParts } from '../context.js';
import type { IngestOutcome } from '../ingester.js';
import { FORM_TYPE, formPayload, mediaType, unsupportedType } from '../request-body.js';
import { html, sitePath } from '../views/html.js';
import { count } from '../../render/story-overview.js';
import { sendPage } from './respond.js';

const FORM = html`<form method="post" action="/submit" enctype="multipart/form-data">
<div class="field"><label for="submit-text">Article text or HTML page</label>
<textarea id="submit-text" name="text" aria-describedby="submit-text-help"></textarea>
<span id="submit-text-help" class="muted">Paste a whole page or the text of an article; the first line of plain text is read as its headline.</span></div>
<div class="field"><label for="submit-url">Address (URL)</label><input id="submit-url" name="url" type="url" inputmode="url" maxlength="2048"></div>
<div class="field"><label for="submit-title">Headline</label><input id="submit-title" name="title" maxlength="1000"></div>
<div class="field"><label for="submit-outlet">Outlet</label><input id="submit-outlet" name="outlet" maxlength="200"></div>
<div class="field"><label for="submit-published">Published</label><input id="submit-published" name="published" type="date"></div>
<div class="field"><label for="submit-file">Or upload a file</label>
<input id="submit-file" name="file" type="file" accept=".txt,.html,.htm,.xml,.rss,.atom,.jsonl,.ndjson,.sgml,text/plain,text/html,application/xml" aria-describedby="submit-file-help">
<span id="submit-file-help" class="muted">Plain text, an HTML page, an RSS or Atom feed, JSONL or NIST SGML.</span></div>
<button type="submit">Add</button>
</form>`;

function outcomeView(outcome: IngestOutcome) {
  return html`<p>${count(outcome.added, 'new article')} added, ${outcome.replaced > 0 ? `${outcome.replaced} replaced by a new version, ` : ''}${outcome.alreadyStored} already stored.</p>
<ul>${outcome.articles.map((article) =>
    article.status === 'removed'
      ? html`<li>${article.id}: removed before, not added again</li>`
      : html`<li><a href="${sitePath(['articles', article.id], { story: article.story ?? undefined })}">${article.title ?? article.id}</a>: ${
          article.status === 'added'
            ? `added${article.verdict && article.verdict.kind !== 'independent' ? ` (a ${article.verdict.kind})` : ''}`
            : article.status === 'replaced'
              ? 'stored with another text before: this one replaces it'
              : 'already stored'
        }${article.story ? html` — <a href="${sitePath(['stories', article.story])}">its story</a>` : ''}</li>`,
  )}</ul>
${outcome.problems.length > 0 ? html`<div class="problems" role="alert"><h2>Not read</h2><ul>${outcome.problems.map((problem) => html`<li>${problem.place ? `${problem.place}: ` : ''}${problem.reason}</li>`)}</ul></div>` : ''}
${outcome.datesLeftOut.length > 0 ? html`<div class="problems"><h2>Dates left out</h2><ul>${outcome.datesLeftOut.map((date) => html`<li>${date.article}: ${date.reason}</li>`)}</ul></div>` : ''}`;
}

/** Paste or upload articles; works without JavaScript. */
export function submitPage(app: Hono, { ingester }: ServerParts): void {
  app.get('/submit', (c) => sendPage(c, { title: 'Add articles', body: html`<h1>Add articles</h1>${FORM}` }));

  app.post('/submit', async (c) => {
    if (mediaType(c) !== FORM_TYPE) throw unsupportedType(mediaType(c), [FORM_TYPE]);
    const payload = await formPayload(await c.req.formData());
    const outcome = await ingester.run(payload);
    if (outcome.articles.length === 0) throw nothingRead(outcome, payload.name);
    return sendPage(c, { title: 'Articles added', body: html`<h1>Articles added</h1>${outcomeView(outcome)}<p><a href="/submit">Add more</a></p>` }, outcome.added + outcome.replaced > 0 ? 201 : 200);
  });
}
