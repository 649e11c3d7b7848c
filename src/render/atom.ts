/**
 * Stories as an Atom feed (RFC 4287) for feed readers: one entry per story,
 * with its headline, its cited summary as text and a link to its page. The
 * text comes from articles, so it is data: escaped, and the characters XML
 * 1.0 cannot carry (control characters, lone surrogates) are dropped.
 */
import { expected } from '../errors.js';
import { instantOf } from '../time.js';

export interface AtomEntry {
  /** A permanent address: the story's page. */
  id: string;
  title: string;
  /** When the entry last changed (any date `Date.parse` reads). */
  updated: string;
  published?: string;
  /** The page a reader opens. */
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own address. */
  self: string;
  /** The page the feed stands for. */
  alternate: string;
  /** When the feed was made: its `updated` when it has no entries. */
  made: string;
  entries: readonly AtomEntry[];
}

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (char) => XML_ESCAPES[char]);
}

/** An RFC 3339 time for `date` (a date alone, or a time written with no zone, is read as UTC: `instantOf`), or undefined when it is no date. */
function atomTime(date: string | undefined): string | undefined {
  const time = date === undefined ? Number.NaN : instantOf(date);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

export function renderAtom(feed: AtomFeed): string {
  const made = atomTime(feed.made) ?? expected('a feed time Date.parse reads', feed.made);
  const entries = feed.entries.map((entry) => ({ ...entry, updated: atomTime(entry.updated) ?? made, published: atomTime(entry.published) }));
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), entries.length > 0 ? entries[0].updated : made);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${escapeXml(feed.id)}</id>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<updated>${updated}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    '<author><name>Tidings</name></author>',
    '<generator>Tidings</generator>',
  ];
  for (const entry of entries) {
    lines.push(
      '<entry>',
      `<id>${escapeXml(entry.id)}</id>`,
      `<title>${escapeXml(entry.title)}</title>`,
      `<updated>${entry.updated}</updated>`,
      ...(entry.published ? [`<published>${entry.published}</published>`] : []),
      `<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `<summary type="text">${escapeXml(entry.summary)}</summary>`,
      '</entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
