/**
 * The server's one error type and its one handler. A request the server
 * cannot serve as asked is an `HttpError` (400 bad input, 404 unknown id, 410 a reader's page of a removed article, 405 a method the path does not take (`Allow` names those it does), 409
 * the database changed under a write however often it was tried, 413 body too
 * large, 415 wrong content type, 503 another process holds the writer lock;
 * 409 and 503 say when to send it again in `Retry-After`; a 503 without it: a newer Tidings migrated the database, restart the server); zod validation failures and a reader's `InputError` are bad input too. The database
 * failing under the server (a full disk, a damaged file) is a 503 saying so, logged. Anything else is a bug: logged,
 * answered 500 with a generic message. API paths get JSON `{error, details}`;
 * elsewhere the answer is what the client's `Accept` prefers of an HTML page,
 * JSON and plain text (a feed reader's XML types take plain text), else
 * plain text on a feed (`/stories.atom`: a feed reader shows no HTML page)
 * and an HTML page on the reader's pages, each saying the same.
 */
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { ZodError } from 'zod';
import { InputError, SchemaChangedError, WriteConflictError, WriterLockedError } from '../errors.js';
import { asInputError } from '../store/index.js';

export type ErrorStatus = 400 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 500 | 503;

/** Seconds a client is asked to wait before sending a write again: another process is writing (503), or wrote meanwhile (409). */
export const RETRY_AFTER_LOCKED = 10;
export const RETRY_AFTER_CONFLICT = 1;

/** One thing wrong with a request: where (a dotted path into the body or query, or '') and what. */
export interface ErrorDetail {
  path: string;
  message: string;
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: ErrorStatus,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    /** Seconds to wait before sending the request again (`Retry-After`). */
    readonly retryAfter?: number,
    /** The methods the path takes, for a 405 (`Allow`). */
    readonly allow?: readonly string[],
  ) {
    super(message);
  }
}

/** What SQLite's failure under the server means (a full disk, a damaged file, a lock held too long), or undefined for any other error. */
function databaseFailure(error: unknown): string | undefined {
  const problem = asInputError(error, 'the database');
  return problem !== error && problem instanceof InputError ? problem.reason : undefined;
}

/** The HTTP error an error stands for: a bug becomes a 500 that says nothing about it. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const failure = databaseFailure(error);
  if (failure !== undefined) return new HttpError(503, `the server's database failed: ${failure}`, [], RETRY_AFTER_LOCKED);
  if (error instanceof ZodError) return new HttpError(400, 'the request is not valid', error.issues.flatMap(issueDetails));
  if (error instanceof WriterLockedError) {
    const { command, started } = error.holder;
    return new HttpError(503, `another process is writing to the database (${command}, since ${started.replace(/\.\d+Z$/, 'Z')}): send the request again later`, [], RETRY_AFTER_LOCKED);
  }
  if (error instanceof SchemaChangedError) return new HttpError(503, `the database was migrated by a newer Tidings while this server ran: restart tidings serve (${error.reason})`);
  if (error instanceof WriteConflictError) return new HttpError(409, 'other processes kept writing to the database meanwhile: send the request again', [{ path: '', message: error.reason }], RETRY_AFTER_CONFLICT);
  if (error instanceof InputError) return new HttpError(400, error.message, error.place ? [{ path: error.place, message: error.reason }] : []);
  return new HttpError(500, 'internal server error: the request could not be handled');
}

/** What a request got wrong, in the words of its parameters: an unknown one is named as the user wrote it ("sort"), not as zod's "Unrecognized key". */
function issueDetails(issue: ZodError['issues'][number]): ErrorDetail[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: 'not a parameter this request takes' }));
  if (issue.code === 'invalid_type' && issue.expected === 'number') return [{ path, message: 'expected a number' }];
  return [{ path, message: issue.message }];
}

export function errorBody(error: HttpError): { error: string; details: readonly ErrorDetail[] } {
  return { error: error.message, details: error.details };
}

export type RenderErrorPage = (c: Context, error: HttpError) => Response | Promise<Response>;

/** How an error is told: JSON `{error, details}`, plain text, or an HTML page. */
export type ErrorFace = 'json' | 'text' | 'html';

/** The media types an error can be told in, and the face each takes: a feed reader asking for XML gets plain text. */
const FACES: Readonly<Record<string, ErrorFace>> = {
  'text/html': 'html',
  'application/json': 'json',
  'text/plain': 'text',
  'application/atom+xml': 'text',
  'application/rss+xml': 'text',
  'application/xml': 'text',
  'text/xml': 'text',
};

/** The face of an error: JSON under /api whatever is asked; elsewhere the one `Accept` prefers, else plain text on a feed (`feeds`) and an HTML page on the reader's pages. */
export function errorFace(c: Context, feeds: ReadonlySet<string>): ErrorFace {
  if (c.req.path.startsWith('/api/') || c.req.path === '/api') return 'json';
  return FACES[accepts(c, { header: 'Accept', supports: Object.keys(FACES), default: feeds.has(c.req.path) ? 'text/plain' : 'text/html' })];
}

/** The plain-text face of an `HttpError`: its message, then each detail on a line ("since: expected a date like …"). */
export function errorText(error: HttpError): string {
  return `${[error.message, ...error.details.map((detail) => (detail.path ? `${detail.path}: ${detail.message}` : detail.message))].join('\n')}\n`;
}

/** The `app.onError` handler: each error in the face `errorFace` chooses; bugs go to `log`. */
export function errorHandler(log: (error: unknown) => void, renderPage: RenderErrorPage, feeds: ReadonlySet<string> = new Set()) {
  return (error: unknown, c: Context): Response | Promise<Response> => {
    const httpError = toHttpError(error);
    if (httpError.status === 500 || databaseFailure(error) !== undefined) log(error);
    if (httpError.retryAfter !== undefined) c.header('Retry-After', String(httpError.retryAfter));
    if (httpError.allow !== undefined) c.header('Allow', httpError.allow.join(', '));
    const face = errorFace(c, feeds);
    if (face === 'json') return c.json(errorBody(httpError), httpError.status);
    if (face === 'text') return c.text(errorText(httpError), httpError.status);
    return renderPage(c, httpError);
  };
}
