/** Decoded content or raw bytes to articles: detect the format, run its reader. */
import { originPlace, type Format, type Message } from '../article.js';
import { expected, InputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { detectFormat } from './detect.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import type { ReadResult, ReadSource, Reader } from './result.js';
import { readSgml } from './sgml.js';
import { readText } from './text.js';

/** The reader of each format. */
export const READERS: Readonly<Record<Format, Reader>> = {
  text: readText,
  html: readHtml,
  feed: readFeed,
  jsonl: readJsonl,
  sgml: readSgml,
};

/**
 * Longest article text read, in characters (1 MB, some 170,000 words): news
 * articles are far shorter, and every later stage's time grows with it.
 */
export const MAX_ARTICLE_CHARS = 1024 * 1024;

export function readString(content: string, source: ReadSource): ReadResult {
  if (typeof content !== 'string') expected('content as a string', content);
  const format = checkSource(source);
  return withinSizeLimit(READERS[format ?? detectFormat(content, source.input)](content, source.input, source.readAt ?? Date.now()));
}

/** The result with every article over `MAX_ARTICLE_CHARS` moved to its problems. */
function withinSizeLimit(result: ReadResult): ReadResult {
  if (result.articles.every((article) => article.text.length <= MAX_ARTICLE_CHARS)) return result;
  const problems = [...result.problems];
  const articles = result.articles.filter((article) => {
    if (article.text.length <= MAX_ARTICLE_CHARS) return true;
    const size = (article.text.length / 1024 / 1024).toFixed(1);
    problems.push(new InputError(article.origin.input, originPlace(article.origin), `article text of ${size} MB is over the ${MAX_ARTICLE_CHARS / 1024 / 1024} MB limit for one article`));
    return false;
  });
  return { articles, problems };
}

/**
 * Decodes the bytes (`decodeBytes`) and reads them. When they were not
 * UTF-8, every article says which encoding was used and why.
 */
export function readBytes(bytes: Uint8Array, source: ReadSource): ReadResult {
  checkSource(source);
  const decoded = decodeBytes(bytes);
  const result = readString(decoded.text, source);
  if (decoded.encoding === 'utf-8') return result;
  const why = { bom: 'its byte-order mark', declared: 'the charset the document declares', 'valid-utf-8': '', fallback: 'the bytes are not valid UTF-8' }[decoded.basis];
  const note: Message = { stage: 'read', rule: 'encoding', reason: `decoded as ${decoded.encoding} (${why})` };
  return { ...result, articles: result.articles.map((article) => ({ ...article, messages: [note, ...article.messages] })) };
}

function checkSource(source: ReadSource): Format | undefined {
  if (typeof source !== 'object' || source === null || typeof source.input !== 'string') {
    expected('a source {input: string, format?}', source);
  }
  if (source.format !== undefined && !Object.hasOwn(READERS, source.format)) {
    expected(`a format (${Object.keys(READERS).join(', ')})`, source.format);
  }
  if (source.readAt !== undefined && !Number.isFinite(source.readAt)) expected('readAt as milliseconds since 1970', source.readAt);
  return source.format;
}
