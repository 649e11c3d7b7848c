/**
 * HTML built from tagged templates that escape every interpolated value:
 * only `SafeHtml` (the result of another `html` template, or `trusted` for
 * markup this file's callers write themselves) goes in unescaped, so article
 * text, titles and URLs are always data, in element content and in quoted
 * attribute values alike.
 */
import { escapeHtml } from '../../render/escape.js';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template accepts: text (escaped), numbers, safe markup, lists of those; nothing for null, undefined and false. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  throw new TypeError(`tidings: expected text, a number or SafeHtml in an html template, got ${typeof value}`);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Markup written in this code base (never data): an inline SVG path, a constant. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An `href` for a link that leaves the site: only http(s) URLs, else undefined (show the text instead). */
export { safeHref } from '../../render/escape.js';

/** A path inside the site from its segments, each percent-encoded, plus a query string (empty values left out). */
export function sitePath(segments: readonly string[], query: Record<string, string | number | undefined> = {}): string {
  const path = `/${segments.map(encodeURIComponent).join('/')}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
