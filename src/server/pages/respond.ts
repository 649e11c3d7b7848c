import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { HttpError } from '../errors.js';
import { html } from '../views/html.js';
import { layout, type PageFrame } from '../views/layout.js';

export function sendPage(c: Context, frame: PageFrame, status: ContentfulStatusCode = 200): Response {
  return c.html(layout(frame).value, status);
}

const TITLES: Record<number, string> = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 409: 'Not added, try again', 413: 'Too large', 415: 'Unsupported content', 500: 'Something went wrong', 503: 'Busy, try again shortly' };

/** The HTML face of an `HttpError`: its message, then what each detail adds. */
export function errorPage(c: Context, error: HttpError): Response {
  const title = TITLES[error.status] ?? 'Error';
  const body = html`<h1>${title}</h1>
<p>${error.message}</p>
${error.details.length > 0 ? html`<ul>${error.details.map((detail) => html`<li>${detail.path ? html`<strong>${detail.path}</strong>: ` : ''}${detail.message}</li>`)}</ul>` : ''}
<p><a href="/">Back to the stories</a></p>`;
  return sendPage(c, { title, body }, error.status);
}
