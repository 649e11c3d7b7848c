/**
 * Article metadata from an HTML page, most specific source first: JSON-LD
 * (`NewsArticle` and kin), then Open Graph / `article:*`, then plain meta
 * tags, `<link rel=canonical>`, `<html lang>` and `<title>`. Published and
 * modified dates are kept apart.
 */
import type { Message } from '../article.js';
import type { ArticleFields } from './build.js';
import type { DomDocument } from './dom.js';

export interface PageMetadata {
  fields: ArticleFields;
  /** The article's text as its JSON-LD gives it (`articleBody`), which may hold markup. */
  articleBody?: string;
  messages: Message[];
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;

export function pageMetadata(document: DomDocument): PageMetadata {
  const messages: Message[] = [];
  const ld = linkedData(document, messages);
  const meta = metaTags(document);
  const first = (...values: (string | undefined | null)[]): string | undefined =>
    values.map((value) => value?.trim()).find((value) => value) || undefined;
  const headline = first(text(ld?.headline), meta.get('og:title'), meta.get('twitter:title'));
  const pageTitle = document.querySelector('title')?.textContent;
  const fields: ArticleFields = {
    url: first(
      document.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
      meta.get('og:url'),
      text(ld?.url),
      reference(ld?.mainEntityOfPage),
    ),
    title: first(headline, meta.get('dc.title'), headingOfTitle(pageTitle, document.querySelector('h1')?.textContent), pageTitle),
    outlet: first(
      name(ld?.publisher),
      meta.get('og:site_name'),
      meta.get('application-name'),
      titleOutlet(pageTitle, first(headline, document.querySelector('h1')?.textContent)),
    ),
    byline: first(names(ld?.author), meta.get('author'), meta.get('dc.creator'), meta.get('byl'), nonUrl(meta.get('article:author'))),
    published: first(
      text(ld?.datePublished),
      meta.get('article:published_time'),
      meta.get('datepublished'),
      meta.get('pubdate'),
      meta.get('publish-date'),
      meta.get('parsely-pub-date'),
      meta.get('dc.date.issued'),
      meta.get('date'),
      meta.get('dc.date'),
    ),
    modified: first(text(ld?.dateModified), meta.get('article:modified_time'), meta.get('og:updated_time'), meta.get('datemodified'), meta.get('last-modified'), meta.get('lastmod')),
    language: first(document.documentElement.getAttribute('lang'), text(ld?.inLanguage), meta.get('og:locale'), meta.get('content-language')),
  };
  const articleBody = first(text(ld?.articleBody));
  return { fields: { ...fields, title: withoutOutlet(fields.title, fields.outlet) }, ...(articleBody ? { articleBody } : {}), messages };
}

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: '];

/** White space runs as one space, trimmed. */
function squashed(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * What a `<title>` adds after `head` and one of the `TITLE_SEPARATORS`
 * ("Pier budget approved | Kessock Times" after "Pier budget approved" →
 * "Kessock Times"), white space squashed in both; undefined when the title
 * does not open so.
 */
function titleAfter(title: string | undefined | null, head: string | undefined | null): string | undefined {
  if (!title || !head) return undefined;
  const [whole, start] = [squashed(title), squashed(head)];
  const separator = TITLE_SEPARATORS.find((candidate) => whole.startsWith(`${start}${candidate}`));
  return separator === undefined ? undefined : whole.slice(start.length + separator.length);
}

/** The outlet a `<title>` names after the headline the page gives elsewhere ("Pier budget approved | Kessock Times" → "Kessock Times"), or undefined. */
function titleOutlet(title: string | undefined | null, headline: string | undefined): string | undefined {
  const outlet = titleAfter(title, headline);
  return outlet && outlet.length <= 60 && !TITLE_SEPARATORS.some((other) => outlet.includes(other)) ? outlet : undefined;
}

/** A page's headline has this many words at least; fewer is a logo or a section ("NewsPulse Daily"). */
const MIN_HEADING_WORDS = 4;

/**
 * The page's `<h1>` when `<title>` is it and more after a separator ("Huge
 * Blaze Wipes Out Callowby Grain Store - You Won't Believe The Smoke |
 * NewsPulse Daily" over the heading "Huge Blaze Wipes Out Callowby Grain
 * Store"): the headline the reader sees, without what the title adds for
 * search engines; else undefined.
 */
function headingOfTitle(title: string | undefined | null, heading: string | undefined | null): string | undefined {
  if (!heading || squashed(heading).split(' ').length < MIN_HEADING_WORDS) return undefined;
  return titleAfter(title, heading) === undefined ? undefined : squashed(heading);
}

/** "Headline | Outlet" (as `<title>` often reads) → "Headline". */
function withoutOutlet(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title || !outlet) return title;
  for (const separator of TITLE_SEPARATORS) {
    if (title.endsWith(`${separator}${outlet}`)) return title.slice(0, -(separator.length + outlet.length));
  }
  return title;
}

/** Meta tags by lower-cased `property`, `name`, `itemprop` or `http-equiv`; the first of each wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const content = element.getAttribute('content') ?? element.getAttribute('datetime');
    if (!content?.trim()) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** The first JSON-LD node typed as an article; unreadable blocks become messages. */
function linkedData(document: DomDocument, messages: Message[]): Json | undefined {
  const nodes: Json[] = [];
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
  for (const [index, script] of scripts.entries()) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch (error) {
      messages.push({ stage: 'read', rule: 'json-ld', reason: `JSON-LD block ${index + 1} is not valid JSON (${(error as Error).message}); ignored it` });
    }
  }
  return nodes.find((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
}

function collect(value: unknown, into: Json[]): void {
  if (Array.isArray(value)) value.forEach((item) => collect(item, into));
  else if (isObject(value)) {
    into.push(value);
    if (value['@graph']) collect(value['@graph'], into);
  }
}

function types(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

/** A JSON object (no list, no null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function name(value: unknown): string | undefined {
  if (Array.isArray(value)) return name(value[0]);
  return isObject(value) ? text(value.name) : text(value);
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).map(name).filter((item): item is string => Boolean(item?.trim()));
  return list.length ? list.join(', ') : undefined;
}

function reference(value: unknown): string | undefined {
  if (isObject(value)) return text(value['@id']) ?? text(value.url);
  return text(value);
}

function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value.trim()) ? value : undefined;
}
