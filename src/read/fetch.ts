/**
 * The network edge of the readers: an `http://` or `https://` input is
 * fetched (redirects followed, a time limit, a size limit) and its bytes read
 * like a file's: a feed gives its items (with `fetchPages`, teasers read from
 * their pages), a page its article. Every way it can fail is an `InputError`
 * naming the address; nothing is retried.
 */
import type { Format } from '../article.js';
import { InputError } from '../errors.js';
import { isLocalHost, reachesLocalHost } from './address.js';
import { ITEM_PAGE_RULE, STORED_ITEM_RULE, withItemPages } from './item-pages.js';
import { TextlessItem } from './feed.js';
import { readBytes } from './read.js';
import type { InputResult } from './inputs.js';
import { sizeText } from './size.js';

export interface FetchSettings {
  /** Largest body read, in bytes. */
  maxFileBytes: number;
  /** Milliseconds the whole request (headers and body) may take. */
  fetchTimeoutMs: number;
  /** Read the body as this format instead of detecting it. */
  format: Format | undefined;
  /** The time of reading, in milliseconds since 1970 (`Date.now()` when undefined). */
  readAt?: number;
  /** Read each teaser item of a feed from its page (`item-pages.ts`). */
  fetchPages: boolean;
  /** Which item ids are stored already: their pages are not read again. */
  storedIds?: (ids: readonly string[]) => Promise<ReadonlySet<string>>;
  /** Each address's validators from its last answer: asked again only for a change (`304 Not Modified` gives no articles). Not kept for item pages, each read once. */
  validators?: AddressValidators;
  /**
   * When given, every address the request goes to (the first and each
   * redirect's) must pass it, and redirects are followed one at a time.
   */
  allowed?: (url: string) => Promise<boolean>;
}

/** What a server said identifies its answer (`ETag`, `Last-Modified`), by the address asked. */
export type AddressValidators = Map<string, { etag?: string; lastModified?: string }>;

/** Redirects followed one at a time (`allowed`) before giving up. */
const MAX_REDIRECTS = 5;

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, application/x-ndjson;q=0.8, text/*;q=0.7';
const USER_AGENT = 'Tidings/0.1 (news reader; +https://github.com/tidings)';

/** Content types that are never articles. */
const NOT_TEXT = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|octet-stream|x-tar|msword|vnd\.)/i;

/** The articles at `url`, or the reason there are none. */
export async function readUrl(url: string, settings: FetchSettings): Promise<InputResult> {
  const fail = (reason: string) => ({ input: url, articles: [], problems: [new InputError(url, '', reason)] });
  let response: Response | string;
  try {
    response = await request(url, settings);
  } catch (error) {
    return fail(fetchFailure(error, settings.fetchTimeoutMs));
  }
  if (typeof response === 'string') return fail(response);
  if (response.status === 304 && settings.validators?.has(url)) {
    await response.body?.cancel();
    return { input: url, articles: [], problems: [], unchanged: true };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (NOT_TEXT.test(type)) {
    await response.body?.cancel();
    return fail(`the server sends ${type.split(';')[0]}, not text`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > settings.maxFileBytes) {
    await response.body?.cancel();
    return fail(`the body is ${sizeText(declared)}, over the ${sizeText(settings.maxFileBytes)} limit (maxFileBytes)`);
  }
  let body: Uint8Array | string;
  try {
    body = await boundedBody(response, settings.maxFileBytes);
  } catch (error) {
    return fail(fetchFailure(error, settings.fetchTimeoutMs, 'the body'));
  }
  if (typeof body === 'string') return fail(body);
  remember(settings.validators, url, response.headers);
  const result = readBytes(body, { input: url, format: settings.format ?? formatOfType(type), readAt: settings.readAt });
  const address = response.url || url;
  const onePage = result.articles.length === 1 && ['html', 'text'].includes(result.articles[0].origin.format);
  const articles = onePage && !result.articles[0].url ? [{ ...result.articles[0], url: address }] : result.articles;
  return withFeedItemPages({ input: url, ...result, articles }, settings, isLocalHost(url));
}

/**
 * A feed's result with each teaser item read from the page it links to, when
 * `settings.fetchPages` asks for it (any other result as it is). `fromHere`:
 * the feed came from this machine, so its items may link to local pages; a
 * feed from elsewhere, or a file or standard input (whose feed may have been
 * saved from anywhere), may not.
 */
export async function withFeedItemPages(result: InputResult, settings: FetchSettings, fromHere: boolean): Promise<InputResult> {
  const { input, articles } = result;
  const textless = result.problems.filter((problem): problem is TextlessItem => problem instanceof TextlessItem);
  const feed = articles.length + textless.length > 0 && articles.every((article) => article.origin.format === 'feed');
  if (!settings.fetchPages || !feed) return result;
  const pageSettings: FetchSettings = { ...settings, format: undefined, fetchPages: false, validators: undefined, allowed: async (page) => fromHere || !(await reachesLocalHost(page)) };
  // In the feed's order (newest first, as feeds give them), textless items among the others, so the pages read within the limit are the feed's first.
  const items = [...articles, ...textless.map((problem) => problem.item)].sort((a, b) => (a.origin.item ?? 0) - (b.origin.item ?? 0));
  const stored = settings.storedIds ? await settings.storedIds(items.map((article) => article.id)) : new Set<string>();
  const read = await withItemPages(items, (page) => readUrl(page, pageSettings), stored);
  const readOf = new Map(items.map((item, index) => [item, read[index]]));
  // An item with no text of its own stays a problem unless its page gave the text, saying why not, or its id is stored (from its page, on an earlier run).
  const storedItems = textless.filter((problem) => !readOf.get(problem.item)!.text && stored.has(problem.item.id)).length;
  const unread = textless.flatMap((problem) => {
    const item = readOf.get(problem.item)!;
    if (item.text || stored.has(item.id)) return [];
    const note = item.messages.at(-1);
    const why = note?.rule === ITEM_PAGE_RULE || note?.rule === STORED_ITEM_RULE ? `; ${note.reason.replace(/^kept the feed's text: /, '')}` : '';
    return [new InputError(problem.input, problem.place, `${problem.reason}${why}`)];
  });
  const problems = [...result.problems.filter((problem) => !(problem instanceof TextlessItem)), ...unread];
  return { input, articles: read.filter((article) => article.text), problems, ...(storedItems > 0 ? { storedItems } : {}) };
}

/** Keeps what identifies this answer, for the next request to the address. */
function remember(validators: AddressValidators | undefined, url: string, headers: Headers): void {
  if (!validators) return;
  const etag = headers.get('etag') ?? undefined;
  const lastModified = headers.get('last-modified') ?? undefined;
  if (etag || lastModified) validators.set(url, { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) });
  else validators.delete(url);
}

function conditionalHeaders(validators: AddressValidators | undefined, url: string): Record<string, string> {
  const known = validators?.get(url);
  return { ...(known?.etag ? { 'if-none-match': known.etag } : {}), ...(known?.lastModified ? { 'if-modified-since': known.lastModified } : {}) };
}

/**
 * The response at `url`, redirects followed (one at a time, each address
 * checked, when `settings.allowed` is given), or why it was refused.
 */
async function request(url: string, settings: FetchSettings): Promise<Response | string> {
  const init = { signal: AbortSignal.timeout(settings.fetchTimeoutMs), headers: { accept: ACCEPT, 'user-agent': USER_AGENT, ...conditionalHeaders(settings.validators, url) } };
  const { allowed } = settings;
  if (!allowed) return fetch(url, { ...init, redirect: 'follow' });
  let address = url;
  for (let hops = 0; hops <= MAX_REDIRECTS; hops++) {
    if (!(await allowed(address))) return `refused: ${address === url ? 'it' : `its redirect to ${address}`} leads to this machine or a private network`;
    const response = await fetch(address, { ...init, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || !location) return response;
    await response.body?.cancel();
    address = new URL(location, address).href;
  }
  return `more than ${MAX_REDIRECTS} redirects`;
}

/** The format a content type names for sure (an HTML page, a feed, JSON lines); undefined leaves it to detection. */
function formatOfType(type: string): Format | undefined {
  const media = type.split(';')[0].trim().toLowerCase();
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html';
  if (media === 'application/rss+xml' || media === 'application/atom+xml') return 'feed';
  if (media === 'application/x-ndjson' || media === 'application/jsonl') return 'jsonl';
  return undefined;
}

/** The body's bytes, or why it was not read whole (over `limit` bytes). */
async function boundedBody(response: Response, limit: number): Promise<Uint8Array | string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > limit) break;
    chunks.push(chunk);
  }
  return size > limit ? `the body is over the ${sizeText(limit)} limit (maxFileBytes)` : Buffer.concat(chunks, size);
}

/** What the network's error codes mean to a reader. */
const FAILURES: Readonly<Record<string, string>> = {
  ERR_INVALID_URL: 'not a valid web address',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  ECONNREFUSED: 'the host refused the connection',
  ECONNRESET: 'the connection was cut',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host cannot be reached',
};

/** Why a fetch failed; `phase` is 'the body' once the server has answered (a body that trickles in never ends in time). */
function fetchFailure(error: unknown, timeoutMs: number, phase: 'the answer' | 'the body' = 'the answer'): string {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return phase === 'the body' ? `the server answered, but the body did not end within ${timeoutMs / 1000} s (fetchTimeoutMs)` : `no answer within ${timeoutMs / 1000} s (fetchTimeoutMs)`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code;
  if (code && FAILURES[code]) return `cannot fetch it: ${FAILURES[code]} (${code})`;
  return `cannot fetch it (${code ?? cause?.message ?? (error as Error)?.message ?? String(error)})`;
}
