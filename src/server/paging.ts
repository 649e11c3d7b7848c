/**
 * Pages of a list that can grow: a request names its `limit` and where to
 * start (`offset`, or the opaque `cursor` a previous page returned as
 * `next`); a page says where the next one starts, or `null` at the end.
 */
import { HttpError } from './errors.js';

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface PageInfo {
  limit: number;
  offset: number;
  /** Cursor of the next page, or null when this is the last. */
  next: string | null;
}

export interface Page<T> {
  items: T[];
  page: PageInfo;
}

const CURSOR_PREFIX = 'o';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const match = /^o(\d{1,9})$/.exec(decoded);
  if (!match || encodeCursor(Number(match[1])) !== cursor) throw new HttpError(400, 'the request is not valid', [{ path: 'cursor', message: 'not a cursor this API returned' }]);
  return Number(match[1]);
}

/** The page a validated query asks for. */
export function pageRequest(query: { limit?: number; cursor?: string; offset?: number }, defaultLimit: number): PageRequest {
  return { limit: query.limit ?? defaultLimit, offset: query.cursor !== undefined ? decodeCursor(query.cursor) : query.offset ?? 0 };
}

/**
 * A page from the items starting at the request's offset; `fetched` may hold
 * one item past the page, which only says that a next page exists.
 */
export function pageFrom<T>(fetched: readonly T[], request: PageRequest): Page<T> {
  const more = fetched.length > request.limit;
  return {
    items: fetched.slice(0, request.limit),
    page: { limit: request.limit, offset: request.offset, next: more ? encodeCursor(request.offset + request.limit) : null },
  };
}

/**
 * The requested page of a list read from its start: `fetch(count)` gives at
 * most the list's first `count` items (a store's search, story list, outlets).
 */
export async function fetchPage<T>(fetch: (count: number) => Promise<readonly T[]>, request: PageRequest): Promise<Page<T>> {
  return pageFrom((await fetch(request.offset + request.limit + 1)).slice(request.offset), request);
}

/** The requested page of a list read from where the page starts: `fetch(offset, count)` gives at most `count` items from `offset` (a store's search). */
export async function fetchPageAt<T>(fetch: (offset: number, count: number) => Promise<readonly T[]>, request: PageRequest): Promise<Page<T>> {
  return pageFrom(await fetch(request.offset, request.limit + 1), request);
}

/** The requested page of a list held whole. */
export function slicePage<T>(all: readonly T[], request: PageRequest): Page<T> {
  return pageFrom(all.slice(request.offset, request.offset + request.limit + 1), request);
}
