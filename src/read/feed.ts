/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with
 * `@extractus/feed-extractor`'s `extractFromXml`; each item is an article.
 * The library's normalized entries shorten descriptions and merge Atom's
 * `published` and `updated`, so the reader takes each raw item through
 * `getExtraEntryFields` and maps it itself:
 *
 * - text: `content:encoded`, Atom `content`, else `description` / `summary`;
 *   HTML goes through the block-aware HTML-to-text walk (`dom.ts`), Atom's
 *   inline XHTML too (`xhtmlAsHtml`); Atom's `type="text"` is plain text, a
 *   "<b>" in it is the three characters the feed escaped (RFC 4287, 3.1.1.1);
 * - title: Atom's `type="text"` as written, `type="html"` decoded then
 *   stripped; a title of no type (RSS's, Atom's without one) is plain text,
 *   unless it holds an element opened and closed ("Council <em>backs</em>
 *   pier"), as some feeds write, when it is read as HTML (`titleText`);
 * - url: `link` (Atom: the `alternate` link), else a permalink `guid`; a
 *   relative link ("/news/1") against the item's or feed's `xml:base`, the
 *   feed's own link, else the feed's address when it was fetched;
 * - published: `pubDate`, Atom `published`, `dc:date`; modified: Atom `updated`;
 * - byline: `dc:creator`, `author` (RSS "email (Name)" → Name, Atom `author/name`);
 * - outlet: the item's `source` (RSS: its text; Atom: its feed's `title`), `dc:publisher`, else the feed title.
 *
 * An item whose text is a live blog is read oldest post first, its posts'
 * times kept (`readLiveBlog`, in `buildArticle`), as a page is.
 */
import { extractFromXml } from '@extractus/feed-extractor';
import { itemPlace, type Article, type Message } from '../article.js';
import { InputError } from '../errors.js';
import { buildNormalizedArticle, type ArticleFields } from './build.js';
import { CHARACTER_REFERENCE, fragmentText, markupParagraphs } from './dom.js';
import { normalizeInline, splitParagraphs } from './normalize.js';
import type { ReadResult } from './result.js';

type Raw = Record<string, unknown>;

export function readFeed(content: string, input: string, readAt: number): ReadResult {
  let feed: { raw?: Raw; entries?: { raw?: Raw }[] };
  try {
    feed = extractFromXml(xhtmlAsHtml(content), {
      // The reader takes each item's own fields (raw); a description cut to length, made with an Intl.Segmenter per item, is not read.
      descriptionMaxLen: 0,
      getExtraFeedFields: (raw: Raw) => ({ raw }),
      getExtraEntryFields: (raw: Raw) => ({ raw }),
    }) as typeof feed;
  } catch (error) {
    return { articles: [], problems: [new InputError(input, '', `not a readable RSS or Atom feed: ${(error as Error).message}`)] };
  }
  // RSS 1.0 hands over the whole rdf:RDF element, whose channel sits beside the items.
  const root = feed.raw ?? {};
  const channel = root.title === undefined && typeof root.channel === 'object' && root.channel !== null ? (root.channel as Raw) : root;
  const outlet = feedOutlet(channel);
  const base = webAddress(xmlText(channel['@_xml:base']) ?? xmlText(root['@_xml:base'])) ?? webAddress(itemLink(channel)) ?? webAddress(input);
  const language = xmlText(channel.language) ?? xmlText(channel['@_xml:lang']) ?? xmlText(channel['dc:language']);
  const result: ReadResult = { articles: [], problems: [] };
  (feed.entries ?? []).forEach((entry, index) => {
    const item = index + 1;
    const raw = entry.raw ?? {};
    const body = itemBody(raw);
    const paragraphs = !body ? [] : body.plain ? splitParagraphs(body.markup) : markupParagraphs(body.markup).map(normalizeInline);
    const messages: Message[] = [];
    const fields = itemFields(raw, messages);
    fields.url = absoluteLink(fields.url, webAddress(xmlText(raw['@_xml:base']), base) ?? base);
    fields.outlet ??= outlet;
    fields.language ??= xmlText(raw['dc:language']) ?? language;
    const article = buildNormalizedArticle(fields, paragraphs, { input, format: 'feed', item }, readAt, messages);
    if (paragraphs.length > 0) {
      result.articles.push(article);
      return;
    }
    const reason = body ? `the item's ${body.field} holds no text, ${bodyHolds(body.markup)}` : `the item has no content, description or summary${mediaHolds(raw)}`;
    result.problems.push(new TextlessItem(input, itemPlace(article.origin, article), reason, article));
  });
  if (result.articles.length === 0 && result.problems.length === 0) {
    result.problems.push(new InputError(input, '', 'the feed has no items'));
  }
  return result;
}

/**
 * A feed item with no text of its own: a problem that keeps what the feed
 * says of the item (`item`, its text empty), so that its page can be read
 * instead (`fetchPages`, `item-pages.ts`).
 */
export class TextlessItem extends InputError {
  constructor(
    input: string,
    place: string,
    reason: string,
    readonly item: Article,
  ) {
    super(input, place, reason);
  }
}

const XHTML_TYPE = /\btype\s*=\s*(["'])xhtml\1/;

/**
 * Atom's `content`, `summary` and `title` of `type="xhtml"` hold their markup inline
 * (RFC 4287, 3.1.1.3), which the XML parser would take apart into objects
 * that lose the order of mixed text; each is handed over as HTML in a CDATA
 * section instead (`type="html"`), as most feeds write it. One pass: an
 * element that is never closed ends the rewriting, and a start tag is read
 * only up to the next `<`, so hostile input stays linear.
 */
export function xhtmlAsHtml(xml: string): string {
  if (!xml.includes('xhtml')) return xml;
  const start = /<((?:atom:)?(?:content|summary|title))(\s[^<>]*)?>/g;
  let out = '';
  let copied = 0;
  for (let tag = start.exec(xml); tag; tag = start.exec(xml)) {
    const attributes = tag[2] ?? '';
    if (!XHTML_TYPE.test(attributes) || attributes.endsWith('/')) continue;
    const close = xml.indexOf(`</${tag[1]}`, start.lastIndex);
    if (close < 0) break;
    const markup = xml.slice(start.lastIndex, close).replaceAll(']]>', ']]]]><![CDATA[>');
    out += `${xml.slice(copied, tag.index)}<${tag[1]}${attributes.replace(XHTML_TYPE, 'type="html"')}><![CDATA[${markup}]]>`;
    copied = close;
    start.lastIndex = close;
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

/**
 * The publisher named by a feed. Titles often add a section ("Kingsfold
 * Evening Gazette - World and Regional News"); then the part named by the
 * feed's host, copyright line or image title is the outlet.
 */
export function feedOutlet(channel: Raw): string | undefined {
  const title = titleText(channel.title).trim();
  const parts = title.split(/\s+[-|–—:]\s+/).filter(Boolean);
  if (parts.length < 2) return title || undefined;
  const image = channel.image as Raw | undefined;
  const host = /^https?:\/\/([^/]+)/i.exec(itemLink(channel) ?? '')?.[1].toLowerCase() ?? '';
  const named = [xmlText(channel.copyright), xmlText(channel['dc:rights']), xmlText(image?.title)].join(' ');
  const squash = (value: string): string => value.toLowerCase().replace(/[^a-z\d]/g, '');
  const byName = parts.find((part) => named.includes(part));
  const byHost = parts.find((part) => {
    const first = squash(part.split(/\s/)[0]);
    return first.length >= 3 && host.includes(first);
  });
  return byName ?? byHost ?? title;
}

function itemFields(raw: Raw, messages: Message[]): ArticleFields {
  const updated = xmlText(raw.updated) ?? xmlText(raw.modified);
  let published = xmlText(raw.pubDate) ?? xmlText(raw.published) ?? xmlText(raw['dc:date']) ?? xmlText(raw.issued);
  if (!published && updated) {
    published = updated;
    messages.push({ stage: 'read', rule: 'date', reason: 'the item gives no publication date; used its update date' });
  }
  return {
    url: itemLink(raw),
    title: titleText(raw.title),
    byline: xmlText(raw['dc:creator']) ?? authorName(raw.author),
    outlet: xmlText(raw.source) ?? sourceFeedTitle(raw.source) ?? xmlText(raw['dc:publisher']),
    published,
    modified: updated,
  };
}

/** The title of the feed an Atom entry was copied from (`<source><title>Kestrel News</title></source>`), as an aggregated feed names each entry's publisher; undefined when blank or absent. */
function sourceFeedTitle(source: unknown): string | undefined {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return undefined;
  return titleText((source as Raw).title).trim() || undefined;
}

/** The elements an item's text is read from, first found first, with the names a user knows them by. */
const BODY_FIELDS = [
  { key: 'content:encoded', field: 'content' },
  { key: 'content', field: 'content' },
  { key: 'description', field: 'description' },
  { key: 'summary', field: 'summary' },
] as const;

/** The markup an item's text is read from, the element that holds it, and whether it is plain text (Atom's `type="text"`); undefined when it has none. */
function itemBody(raw: Raw): { markup: string; field: string; plain: boolean } | undefined {
  for (const { key, field } of BODY_FIELDS) {
    const markup = xmlText(raw[key]);
    if (markup?.trim()) return { markup, field, plain: contentType(raw[key]) === 'text' };
  }
  return undefined;
}

/** An Atom text construct's `type` attribute ("text", "html"; "xhtml" is handed over as "html"), undefined when it has none. */
function contentType(value: unknown): string | undefined {
  const element = Array.isArray(value) ? value[0] : value;
  return typeof element === 'object' && element !== null ? xmlText((element as Raw)['@_type'])?.trim().toLowerCase() : undefined;
}

/** An element opened and closed ("<em>backs</em>", "<a href=…>…</a>"): a title that holds one is HTML. */
const CLOSED_ELEMENT = /<([a-z][a-z\d]*)\b[^<>]*>[^]*?<\/\1\s*>/i;

/** A title as plain text: see the header for which titles are HTML. */
export function titleText(value: unknown): string {
  const text = xmlText(value) ?? '';
  const type = contentType(value);
  if (type === 'text') return text;
  if (type === 'html' || CLOSED_ELEMENT.test(text)) return fragmentText(text);
  return CHARACTER_REFERENCE.test(text) ? fragmentText(text.replaceAll('<', '&lt;')) : text;
}

/** What a body with no text holds instead, as a problem says it. */
function bodyHolds(markup: string): string {
  if (/<img\b/i.test(markup)) return 'only an image';
  if (/<(?:video|audio|iframe|embed|object)\b/i.test(markup)) return 'only embedded media';
  return 'only markup';
}

/** What an item with no text element holds instead, as a problem says it: ", only a media file (video/mp4)", or nothing. */
function mediaHolds(raw: Raw): string {
  const group = raw['media:group'];
  const found = [raw['media:content'], raw.enclosure, typeof group === 'object' && group !== null ? (group as Raw)['media:content'] : undefined, raw['media:thumbnail']]
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is Raw => typeof value === 'object' && value !== null);
  if (found.length === 0) return '';
  const kinds = [...new Set(found.map((media) => xmlText(media['@_type']) ?? xmlText(media['@_medium'])).filter(Boolean))];
  return `, only ${found.length === 1 ? 'a media file' : `${found.length} media files`}${kinds.length ? ` (${kinds.join(', ')})` : ''}`;
}

function itemLink(raw: Raw): string | undefined {
  const links = (Array.isArray(raw.link) ? raw.link : [raw.link]) as unknown[];
  const hrefs = links.map((link) => ({
    href: typeof link === 'object' && link !== null ? xmlText((link as Raw)['@_href']) : xmlText(link),
    rel: typeof link === 'object' && link !== null ? xmlText((link as Raw)['@_rel']) : undefined,
  }));
  const link = hrefs.find((candidate) => candidate.href && (!candidate.rel || candidate.rel === 'alternate'))?.href;
  if (link) return link.trim();
  const guid = raw.guid;
  const permalink = typeof guid === 'object' && guid !== null ? (guid as Raw)['@_isPermaLink'] !== 'false' : true;
  const id = xmlText(guid) ?? xmlText(raw.id);
  return permalink && id && /^https?:\/\//.test(id.trim()) ? id.trim() : undefined;
}

/** An absolute http(s) address, `address` read against `base` when relative; undefined when it is none. */
function webAddress(address: string | undefined, base?: string): string | undefined {
  if (!address?.trim()) return undefined;
  try {
    const url = new URL(address.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An item's link made absolute against `base` when it is relative ("/news/1"); as it is otherwise. */
function absoluteLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link || /^[a-z][a-z\d+.-]*:/i.test(link) || !base) return link;
  return webAddress(link, base) ?? link;
}

/** RSS `author` is "email (Name)"; Atom `author` holds `name` elements. */
function authorName(author: unknown): string | undefined {
  const authors = Array.isArray(author) ? author : [author];
  const names = authors
    .map((entry) => (typeof entry === 'object' && entry !== null ? xmlText((entry as Raw).name) : xmlText(entry)))
    .map((name) => name?.replace(/^\S+@\S+\s*\((.+)\)$/, '$1').trim())
    .filter((name): name is string => Boolean(name) && !/^\S+@\S+$/.test(name!));
  return names.length ? names.join(', ') : undefined;
}

/** Text of a parsed XML value: a string, a number, or an element with `#text`. */
function xmlText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return xmlText(value[0]);
  if (typeof value === 'object' && value !== null && '#text' in value) return xmlText((value as Raw)['#text']);
  return undefined;
}
