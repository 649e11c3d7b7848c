/**
 * Which reader to use. A file extension that names one format decides
 * (`.html`, `.rss`, `.jsonl`, `.sgml`…); otherwise (`.txt`, `.xml`, no
 * extension, stdin) the content decides: `<DOC>` → sgml, `<rss`/`<feed`/
 * `<rdf:RDF` → feed, `<!doctype html`/`<html` → html, a first line that is a
 * JSON object → jsonl, anything else → text.
 */
import type { Format } from '../article.js';
import { expected } from '../errors.js';

const EXTENSIONS: Readonly<Record<string, Format>> = {
  htm: 'html',
  html: 'html',
  xhtml: 'html',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  sgml: 'sgml',
  sgm: 'sgml',
};

/** How far into the content the sniffing looks. */
const SNIFF_CHARS = 4096;

export function detectFormat(content: string, name = ''): Format {
  if (typeof content !== 'string') expected('content as a string', content);
  const extension = /\.([a-z\d]+)$/i.exec(name)?.[1].toLowerCase();
  if (extension && EXTENSIONS[extension]) return EXTENSIONS[extension];
  return sniffFormat(content);
}

export function sniffFormat(content: string): Format {
  const head = content
    .slice(0, SNIFF_CHARS)
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>)*/i, '');
  if (/^(?:<DOCSTREAM>\s*)?<DOC\b/i.test(head)) return 'sgml';
  if (/^<(?:rss\b|feed\b|rdf:RDF\b)/i.test(head)) return 'feed';
  if (/^<(?:!doctype\s+html|html\b|head\b|body\b)/i.test(head)) return 'html';
  if (head.startsWith('{') && isJsonObjectLine(content.replace(/^\uFEFF/, '').trimStart().split('\n', 1)[0])) return 'jsonl';
  return 'text';
}

function isJsonObjectLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
