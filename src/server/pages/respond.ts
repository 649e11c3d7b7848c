import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { HttpError } from '../errors.js';
import { html } from '../views/html.js';
import { layout, type PageFrame } from '../views/layout.js';

export function sendPage(c: Context, frame: PageFrame, status: ContentfulStatusCode = 200): Response {
  return c.html(layout(frame).value, status);
}

const TITLES: Record<number, string> = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 409: 'Not added, try again', 410: 'Removed', 413: 'Too large', 415: 'Unsupported content', 500: 'Something went wrong', 503: 'Busy, try again shortly' };

/** What a reader who followed a link to a story or article that is not there can do. */
export const NOT_FOUND_HELP = 'Stories are made again as articles arrive, are updated or are removed, so an old link may lead nowhere: find the story in the list, or search for its words in the box above.';

/** The HTML face of an `HttpError`: its message, then what each detail adds; a page not found or removed says what the reader can do. */
export function errorPage(c: Context, error: HttpError): Response {
  const title = TITLES[error.status] ?? 'Error';
  const body = html`<h1>${title}</h1>
<p>${error.message}</p>
${error.details.length > 0 ? html`<ul>${error.details.map((detail) => html`<li>${detail.path ? html`<strong>${detail.path}</strong>: ` : ''}${detail.message}</li>`)}</ul>` : ''}
${error.status === 404 || error.status === 410 ? html`<p>${NOT_FOUND_HELP}</p>` : ''}
<p><a href="/">Back to the stories</a></p>`;
  return sendPage(c, { title, body }, error.status);
}
