/**
 * How stored values are written as JSON, each with a format `version` so a
 * later Tidings can read (or refuse) what an earlier one wrote. Pure functions,
 * shared by every store backend.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Article, Span } from '../article.js';
import { expected, InputError } from '../errors.js';

/** Version of each stored JSON format; bump when its shape changes and teach `decode*` the old one. */
export const FORMAT_VERSIONS = Object.freeze({ article: 1, verdict: 2, clusterer: 2, summary: 1, report: 1, analysis: 1 });

export type StoredFormat = keyof typeof FORMAT_VERSIONS;

/**
 * The article without its text (stored in its own column for full-text
 * search) and without what `segment` adds (sentences, tokens and the
 * language it read them in: recomputed, 15 times smaller, and re-segmenting
 * is faster than parsing them back).
 */
export function encodeArticle(article: Article): string {
  if (article === null || typeof article !== 'object' || typeof article.text !== 'string') expected('an article', article);
  const { text: _text, sentences: _sentences, tokens: _tokens, textLanguage: _language, ...rest } = article;
  return JSON.stringify({ version: FORMAT_VERSIONS.article, ...rest });
}

export function decodeArticle(text: string, json: string, location: string): Article {
  const { version: _version, ...rest } = decodeVersioned('article', json, location);
  return { ...(rest as Omit<Article, 'text'>), text };
}

/** `{version, value}` for the formats that wrap a value (verdicts, clusterer state, summaries, reports, article analyses). */
export function encodeValue(format: StoredFormat, value: unknown): string {
  return JSON.stringify({ version: FORMAT_VERSIONS[format], value });
}

export function decodeValue<T>(format: StoredFormat, json: string, location: string): T {
  return decodeVersioned(format, json, location).value as T;
}

/**
 * `encodeValue` deflated, for values large beside what they describe: an
 * article's analysis is about 3.5 times its text as JSON, 5.4 times less
 * deflated (0.07 ms an article to deflate, 0.015 ms to inflate).
 */
export function encodeDeflated(format: StoredFormat, value: unknown): Buffer {
  return deflateRawSync(encodeValue(format, value));
}

export function decodeDeflated<T>(format: StoredFormat, bytes: Uint8Array, location: string): T {
  let json: string;
  try {
    json = inflateRawSync(bytes).toString('utf8');
  } catch {
    throw new InputError(location, `stored ${format}`, 'the stored data is damaged');
  }
  return decodeValue<T>(format, json, location);
}

/** Pairs of spans (a copy's sentence and the source's it was taken from) as Int32 quadruples: 16 bytes a pair. */
export function encodeSentencePairs(pairs: ReadonlyArray<{ sentence: Span; source: Span }>): Buffer {
  const values = new Int32Array(pairs.length * 4);
  pairs.forEach((pair, index) => values.set([pair.sentence.start, pair.sentence.end, pair.source.start, pair.source.end], index * 4));
  return Buffer.from(values.buffer);
}

export function decodeSentencePairs(bytes: Uint8Array, location: string): Array<{ sentence: Span; source: Span }> {
  if (bytes.byteLength % 16 !== 0) throw new InputError(location, 'stored copied sentences', 'the stored data is damaged');
  const values = new Int32Array(new Uint8Array(bytes).buffer);
  const pairs: Array<{ sentence: Span; source: Span }> = [];
  for (let at = 0; at < values.length; at += 4) pairs.push({ sentence: { start: values[at], end: values[at + 1] }, source: { start: values[at + 2], end: values[at + 3] } });
  return pairs;
}

/** The value and the format version it was written in, for a format read differently by version. */
export function decodeVersionedValue<T>(format: StoredFormat, json: string, location: string): { version: number; value: T } {
  const { version, value } = decodeVersioned(format, json, location);
  return { version: version as number, value: value as T };
}

function decodeVersioned(format: StoredFormat, json: string, location: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new InputError(location, `stored ${format}`, 'the stored JSON is damaged');
  }
  const record = parsed as Record<string, unknown>;
  const version = record?.version;
  if (typeof version !== 'number') throw new InputError(location, `stored ${format}`, 'the stored JSON has no format version');
  if (version > FORMAT_VERSIONS[format]) {
    throw new InputError(location, `stored ${format}`, `written by a newer Tidings (${format} format ${version}; this one reads up to ${FORMAT_VERSIONS[format]})`);
  }
  return record;
}

/**
 * What makes two articles the same article whatever their ids: the outlet and
 * the text (SHA-256, 32 hex digits). The same page under two URLs is stored
 * once; the same wire text printed by two outlets is stored twice (a reprint).
 */
export function contentHash(article: Pick<Article, 'outlet' | 'text'>): string {
  return createHash('sha256')
    .update(`${article.outlet ?? ''}\u0000${article.text}`)
    .digest('hex')
    .slice(0, 32);
}
