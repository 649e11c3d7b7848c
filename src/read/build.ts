import { createHash } from 'node:crypto';
import type { Article, Message, Origin } from '../article.js';
import { readingLanguage, scriptLanguage } from '../language/detect.js';
import { regionalZone, toIsoDate, type ArticlePlace } from './dates.js';
import { readLiveBlog } from './live-blog.js';
import { joinParagraphs, normalizeInline, type Normalized } from './normalize.js';
import { instantOf } from '../time.js';
import { shortenedAtWord } from '../text/prefix.js';

/**
 * Metadata a reader found, as written in the source, the `Article`'s fields
 * of the same names before `buildArticle` cleans them: dates as written
 * (ISO, RFC 822, "January 8, 2005"…), a language as tagged.
 */
export type ArticleFields = Partial<Pick<Article, 'id' | 'url' | 'outlet' | 'title' | 'byline' | 'published' | 'modified' | 'language'>>;

/** First 16 hex characters of the SHA-256 of the URL when there is one, else of the text. */
export function articleId(url: string | undefined, text: string): string {
  return createHash('sha256').update(url || text).digest('hex').slice(0, 16);
}

/** The rules of the messages that say an article's date was left out: it could not be read, or it cannot be when the article was written. */
export const DATE_RULES: ReadonlySet<string> = new Set(['unreadable-date', 'implausible-date']);

/** A date more than this after the time of reading is a mistake (a typo, a template's date), not when an article was published. */
const FUTURE_TOLERANCE_MS = 2 * 86_400_000;
/** Dates before this year are taken for mistakes too (a year typed 1026, a form's default). */
const EARLIEST_YEAR = 1900;
/**
 * Characters of an outlet, title or byline kept: a longer one (a body pasted
 * into a title field) is cut to them on a whole word (`shortenedAtWord`), with a message.
 * Titles name articles in every list and answer; real ones are under 300.
 */
export const MAX_FIELD_CHARS = 1_000;

/**
 * The one way readers make an `Article`: paragraphs are normalized and joined
 * into the immutable text, metadata is trimmed, dates become ISO 8601 (a date
 * that cannot be read, or that cannot be an article's — more than two days
 * after `readAt`, the time of reading, before 1900, the Unix epoch's first second — is
 * left out with a message), an article that names no
 * outlet takes the site of its address (with a message), absent fields are
 * omitted. A live blog is read as one, oldest post first with its posts'
 * times (`readLiveBlog`), whatever the format it came in.
 */
export function buildArticle(fields: ArticleFields, paragraphs: readonly string[], origin: Origin, readAt: number, messages: readonly Message[] = []): Article {
  return buildNormalizedArticle(fields, paragraphs.map(normalizeInline), origin, readAt, messages);
}

/** `buildArticle` of paragraphs a reader has normalized already (`splitParagraphs`, `normalizeInline`): joined as they are, each normalized once. */
export function buildNormalizedArticle(fields: ArticleFields, paragraphs: readonly Normalized[], origin: Origin, readAt: number, messages: readonly Message[] = []): Article {
  const { text, paragraphs: spans } = joinParagraphs(paragraphs);
  const notes = [...messages];
  const url = cleanUrl(fields.url);
  const article: Article = {
    id: fields.id?.trim() || articleId(url, text),
    text,
    paragraphs: spans,
    messages: notes,
    origin,
  };
  if (url) article.url = url;
  for (const key of ['outlet', 'title', 'byline'] as const) {
    const value = fields[key] === undefined ? '' : normalizeInline(fields[key]!);
    if (value.length > MAX_FIELD_CHARS) {
      article[key] = shortenedAtWord(value, MAX_FIELD_CHARS);
      notes.push({ stage: 'read', rule: 'long-field', reason: `the ${key} is ${value.length.toLocaleString('en-US')} characters; kept its first ${MAX_FIELD_CHARS.toLocaleString('en-US')}` });
    } else if (value) article[key] = value;
  }
  const language = cleanLanguage(fields.language);
  let script: { language?: string } | undefined;
  const place: ArticlePlace = { language, url, scriptLanguage: () => (script ??= { language: scriptLanguage(text) }).language };
  for (const key of ['published', 'modified'] as const) {
    const written = fields[key]?.trim();
    if (!written) continue;
    const regional = regionalZone(written, place);
    const iso = toIsoDate(written, regional?.zones, slashedDayFirst(written, article, language));
    const implausible = iso === undefined ? undefined : implausibleDate(iso, readAt);
    if (iso === undefined) notes.push({ stage: 'read', rule: 'unreadable-date', reason: `could not read the ${key} date ${quoted(written)}; left it out` });
    else if (implausible) notes.push({ stage: 'read', rule: 'implausible-date', reason: `the ${key} date ${quoted(written)} ${implausible}; left it out` });
    else {
      article[key] = iso;
      if (regional) notes.push({ stage: 'read', rule: 'date-zone', reason: `the ${key} date ${quoted(written)}: ${regional.reason}` });
    }
  }
  if (language) article.language = language;
  const site = article.outlet ? undefined : siteOf(url);
  if (site) {
    article.outlet = site;
    notes.push({ stage: 'read', rule: 'outlet-from-address', reason: `no outlet named; took the site of its address, ${site}` });
  }
  return readLiveBlog(article, readAt);
}

/**
 * Whether a slashed date ("12/03/2026") is read day first: in an article
 * read in another language than English (declared, else found in its text),
 * as everywhere but the US writes it.
 */
function slashedDayFirst(written: string, article: Article, language: string | undefined): boolean {
  if (!/\d\/\d{1,2}\/\d{4}/.test(written)) return false;
  const reading = readingLanguage(language ? { ...article, language } : article);
  return reading !== undefined && reading !== 'en';
}

/** A date as written, in quotes, its first `QUOTED_CHARS` characters only. */
const QUOTED_CHARS = 80;

function quoted(written: string): string {
  return JSON.stringify(written.length > QUOTED_CHARS ? `${written.slice(0, QUOTED_CHARS)}…` : written);
}

/** Why an ISO date cannot be an article's, or undefined when it can. */
function implausibleDate(iso: string, readAt: number): string | undefined {
  const time = instantOf(iso);
  if (+iso.slice(0, 4) < EARLIEST_YEAR) return `is before ${EARLIEST_YEAR}`;
  if (time === 0 && iso.length > 10) return 'is the first second of Unix time, which stands for no date';
  if (time > readAt + FUTURE_TOLERANCE_MS) return `is after the time of reading (${new Date(readAt).toISOString().slice(0, 10)})`;
  return undefined;
}

/** The site of an address, as an outlet name when the source names none: "https://www.bbc.co.uk/news/1" → "bbc.co.uk". */
function siteOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '') || undefined;
  } catch {
    return undefined;
  }
}

function cleanUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed && /^[a-z][a-z\d+.-]*:\/\/\S+$/i.test(trimmed) ? trimmed : undefined;
}

/** `en_GB`, `en-gb` → `en-GB`; anything that is not a language tag → undefined. */
export function cleanLanguage(language: string | undefined): string | undefined {
  const tag = language?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(tag)) return undefined;
  const [primary, ...subtags] = tag.split('-');
  return [primary.toLowerCase(), ...subtags.map((subtag) => (subtag.length === 2 ? subtag.toUpperCase() : subtag))].join('-');
}
