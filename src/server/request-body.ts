/**
 * Request bodies to ingest payloads. JSON bodies are articles in the JSONL
 * field names (one or a list); a raw page, text, feed or JSONL body is read
 * by its reader; a form (the web reader's submit page) carries pasted text
 * or an uploaded file. Each becomes what `tidings ingest -` would read.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { Format } from '../article.js';
import { binaryExtension, looksBinary } from '../read/binary.js';
import { decodeBytes, detectFormat } from '../read/index.js';
import { HttpError } from './errors.js';
import type { IngestPayload } from './ingester.js';
import { articleInput, articleList, articlesEnvelope, ingestHtmlQuery, type ArticleInput } from './schemas/requests.js';

/** Media types of raw bodies and the reader each goes to. */
export const RAW_BODY_FORMATS: Readonly<Record<string, Format>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
};

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'multipart/form-data';

/** The media type of the request, lower-case, without parameters. */
export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

export function unsupportedType(type: string, accepted: readonly string[]): HttpError {
  return new HttpError(415, `unsupported content type ${JSON.stringify(type || '(none)')}`, [{ path: 'content-type', message: `send one of ${accepted.join(', ')}` }]);
}

/** JSON text of the body, parsed; a syntax error is bad input. */
export async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, 'the body is not valid JSON', [{ path: '', message: (error as Error).message }]);
  }
}

/** Where a JSON body holds its articles: '' when it is their list, 'articles' when under that key, undefined when it is one article. */
export type ArticlesPath = string | undefined;

/** A JSON body's articles, where it holds them, and the other fields sent beside them under `articles`. */
export interface ArticlesRequest<T extends { articles: ArticleInput[] }> {
  articles: ArticleInput[];
  path: ArticlesPath;
  fields: Partial<Omit<T, 'articles'>>;
}

/** The shapes a JSON body of articles may take, as an error says them. */
const ARTICLES_SHAPES = 'send one article (an object with "text" or "html"), a list of articles, or {"articles": [...]}';

/**
 * The articles of a JSON body in any of the shapes every route taking
 * articles reads (`POST /api/articles`, `POST /api/summarize`): one article,
 * a list of them, or `envelope`, `{articles: [...]}` with the route's other
 * fields. Each shape is validated as itself, so an error's path is where the
 * body went wrong ("3.text", "articles.3.text", "budget").
 */
export function parseArticlesBody<T extends { articles: ArticleInput[] }>(body: unknown, envelope: z.ZodType<T> = articlesEnvelope as z.ZodType<T>): ArticlesRequest<T> {
  if (Array.isArray(body)) return { articles: articleList.parse(body), path: '', fields: {} };
  if (body === null || typeof body !== 'object') {
    throw new HttpError(400, 'the request is not valid', [{ path: '', message: `${ARTICLES_SHAPES}, not ${body === null ? 'null' : typeof body}` }]);
  }
  if (Object.hasOwn(body, 'articles')) {
    const { articles, ...fields } = envelope.parse(body);
    return { articles, path: 'articles', fields: fields as Partial<Omit<T, 'articles'>> };
  }
  return { articles: [articleInput.parse(body)], path: undefined, fields: {} };
}

/** Where a problem the JSONL reader found on a line of `articlesAsJsonl` ("line 3") is in the body that sent the articles, as an error's path: "2", "articles.2"; '' when the body is that one article. */
export function bodyPlace(path: ArticlesPath, place: string): string {
  if (path === undefined) return '';
  const line = /^line (\d+)$/.exec(place);
  if (!line) return place;
  const index = Number(line[1]) - 1;
  return path === '' ? String(index) : `${path}.${index}`;
}

/** Articles as JSONL, one line each, for the JSONL reader: the same reading as `tidings ingest file.jsonl`. */
export function articlesAsJsonl(articles: readonly ArticleInput[]): string {
  return articles.map((article) => JSON.stringify(article)).join('\n');
}

/** The payload of a `POST /api/articles` request. */
export async function apiIngestPayload(c: Context): Promise<IngestPayload> {
  const type = mediaType(c);
  const query = ingestHtmlQuery.parse(c.req.query());
  if (query.url !== undefined && RAW_BODY_FORMATS[type] !== 'html') {
    throw new HttpError(400, 'the request is not valid', [{ path: 'url', message: 'url applies to a text/html body only' }]);
  }
  if (type === JSON_TYPE) {
    const { articles, path } = parseArticlesBody(await jsonBody(c));
    return { content: articlesAsJsonl(articles), format: 'jsonl', name: 'the request', places: { articles: path } };
  }
  if (type === FORM_TYPE) return formPayload(await c.req.formData());
  const format = RAW_BODY_FORMATS[type];
  if (!format) throw unsupportedType(type, [JSON_TYPE, FORM_TYPE, ...Object.keys(RAW_BODY_FORMATS)]);
  const bytes = textBytes(new Uint8Array(await c.req.arrayBuffer()), 'body');
  if (format === 'html' && query.url !== undefined) {
    return { content: articlesAsJsonl([{ html: decodeBytes(bytes).text, url: query.url }]), format: 'jsonl', name: 'the request', places: { articles: undefined } };
  }
  return { content: bytes, format, name: 'the request', places: 'reader' };
}

const optionalField = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max).optional());

/** Bytes a reader can take: a binary body or file (NUL bytes near the start) is refused. */
function textBytes(bytes: Uint8Array, path: 'body' | 'file'): Uint8Array {
  if (looksBinary(bytes)) throw notText(path, 'it looks binary (it holds NUL bytes), not text');
  return bytes;
}

function notText(path: 'body' | 'file', message: string): HttpError {
  return new HttpError(400, 'the request is not valid', [{ path, message }]);
}

/** The submit form's fields (other fields, e.g. a button's, are ignored). */
export const submitForm = z.object({
  text: optionalField(5 * 1024 * 1024).describe('pasted article: plain text or an HTML page'),
  url: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.url({ protocol: /^https?$/, error: 'the address must start with http:// or https://' }).max(2048).optional(),
  ),
  title: optionalField(1000),
  outlet: optionalField(200),
  published: optionalField(100),
});

/** Pasted text with its fields, or one uploaded file (read by its name and content, as a file on disk would be). */
export async function formPayload(form: FormData): Promise<IngestPayload> {
  const file = form.get('file');
  const upload = file instanceof File && file.size > 0 ? file : undefined;
  const fields = submitForm.parse(Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')));
  if (upload && fields.text) throw new HttpError(400, 'the request is not valid', [{ path: 'file', message: 'paste text or upload a file, not both' }]);
  if (upload) {
    const binary = binaryExtension(upload.name);
    if (binary) throw notText('file', binary);
    const bytes = textBytes(new Uint8Array(await upload.arrayBuffer()), 'file');
    return { content: bytes, format: detectFormat(decodeBytes(bytes).text, upload.name), name: upload.name || 'the uploaded file', places: 'reader' };
  }
  if (!fields.text) throw new HttpError(400, 'the request is not valid', [{ path: 'text', message: 'paste an article or choose a file' }]);
  const { text, ...metadata } = fields;
  const described = Object.values(metadata).some((value) => value !== undefined);
  const format = detectFormat(text);
  if (!described) return { content: text, format, name: 'the pasted text', places: 'reader' };
  if (format !== 'html' && format !== 'text') {
    throw new HttpError(400, 'the request is not valid', [{ path: 'text', message: `title, outlet, address and date apply to one article, not to ${format} content` }]);
  }
  const record: ArticleInput = { ...metadata, [format === 'html' ? 'html' : 'text']: text };
  return { content: articlesAsJsonl([record]), format: 'jsonl', name: 'the pasted text', places: { articles: undefined } };
}
