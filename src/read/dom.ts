/**
 * The small part of the DOM the HTML and feed readers use, typed here so the
 * project needs no DOM lib types, and a block-aware HTML-to-paragraphs walk:
 * each block element (p, li, blockquote, h1–h6, td…) is its own paragraph,
 * inline elements run together, furniture (script, nav, forms, figures…) is
 * left out.
 */
import { parseHTML } from 'linkedom';
import { splitParagraphs } from './normalize.js';

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Parses a whole page, or a fragment (wrapped in a body), with linkedom; elements nested deeper than `MAX_PARSE_DEPTH` are flattened first (`flattenDeepMarkup`). */
export function parseDocument(html: string): DomDocument {
  const page = /<html[\s>]|<!doctype/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(flattenDeepMarkup(page).html) as unknown as { document: DomDocument }).document;
}

/**
 * Deepest nesting of elements given to the HTML parser. It keeps its open
 * elements in an array it inserts at the front of, so its time grows with the
 * square of the depth (a page 100,000 deep took 16 s, 200,000 deep 55 s);
 * news pages nest 10 to 50 deep.
 */
export const MAX_PARSE_DEPTH = 1000;

/** Elements that never hold others open: void elements, and those whose end the parser implies when the next one starts (`<p>`, `<li>`, `<td>`…). */
const NOT_NESTING = new Set('area base br col embed hr img input keygen link meta param source track wbr p li dt dd tr td th option optgroup rb rt rp rtc thead tbody tfoot colgroup'.split(' '));

/** Elements whose content the parser reads as text up to their end tag, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

const TAG_START = /<(\/?)([a-z][^\s/>]*)/iy;

const rawTextEnds = new Map<string, RegExp>();

/** Where the raw text of a `name` element that starts at `from` ends: at its end tag, or the end of the page. */
function rawTextEnd(html: string, name: string, from: number): number {
  let end = rawTextEnds.get(name);
  if (!end) rawTextEnds.set(name, (end = new RegExp(`</${name}[\\s/>]`, 'gi')));
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/**
 * Most elements given to the HTML parser: it builds an object of several
 * parts for each (a page of 470,000 empty elements, 5 MB, took 1.5 s to
 * parse without Readability, 2.3 s to read); news pages have 1,000 to
 * 5,000. The tags after the limit are left out, their text kept.
 */
export const MAX_PARSE_ELEMENTS = 100_000;

/**
 * The markup with the tags of elements nested more than `MAX_PARSE_DEPTH`
 * deep left out (`flattened`), and those of elements after the first
 * `MAX_PARSE_ELEMENTS` (`overLimit`, each tag a space and a script's or
 * style's content dropped), their text kept; and how many elements the page
 * has. One pass over the tags, counting open elements as the parser would
 * (comments and raw text skipped; an end tag closes the innermost element).
 * A page within both limits is returned as it is.
 */
export function flattenDeepMarkup(html: string): { html: string; flattened: number; overLimit: number; elements: number } {
  const kept: string[] = [];
  let from = 0;
  let depth = 0;
  let excess = 0;
  let flattened = 0;
  let overLimit = 0;
  let elements = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    TAG_START.lastIndex = at;
    const tag = TAG_START.exec(html);
    const end = tag ? html.indexOf('>', at) : -1;
    if (!tag || end === -1) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    if (!closing) elements++;
    let next = end + 1;
    if (!closing && RAW_TEXT.has(name)) next = rawTextEnd(html, name, next);
    if (elements > MAX_PARSE_ELEMENTS) {
      // Past the limit a tag is a space between words, and a script's or style's content is dropped with it.
      kept.push(html.slice(from, at), ' ');
      from = next;
      if (!closing) overLimit++;
    } else if (!NOT_NESTING.has(name)) {
      const drop = closing ? excess > 0 : depth >= MAX_PARSE_DEPTH;
      if (drop) {
        kept.push(html.slice(from, at));
        from = end + 1;
        if (closing) excess--;
        else {
          excess++;
          flattened++;
        }
      } else depth = closing ? Math.max(0, depth - 1) : depth + 1;
    }
    at = html.indexOf('<', next);
  }
  if (flattened === 0 && overLimit === 0) return { html, flattened, overLimit, elements };
  kept.push(html.slice(from));
  return { html: kept.join(''), flattened, overLimit, elements };
}

const BLOCKS = new Set(
  'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/**
 * Elements whose text is never article text; AMP pages' ads, media, embeds,
 * menus and notices too (an `amp-ad`'s fallback says "Advertisement"), and a
 * caption outside its figure (AMP pages set one after an `amp-img`).
 */
const FURNITURE = new Set(
  (
    'audio button canvas embed figcaption figure form iframe img input link math meta nav noscript object script select style svg template textarea video ' +
    'amp-ad amp-analytics amp-audio amp-carousel amp-consent amp-embed amp-facebook amp-iframe amp-img amp-instagram amp-lightbox amp-list amp-pixel ' +
    'amp-sidebar amp-social-share amp-state amp-sticky-ad amp-twitter amp-user-notification amp-video amp-youtube'
  ).split(' '),
);

export interface BlockText {
  /** Raw paragraph strings, one per block, not yet normalized. */
  paragraphs: string[];
  /** Figures (images with captions and credits) left out. */
  figures: number;
}

/** Paragraph strings from the block structure under `root`, walked without recursion (a page may nest thousands deep). Two `<br>` in a row end a paragraph. */
export function blockParagraphs(root: DomNode): BlockText {
  const paragraphs: string[] = [];
  let current = '';
  let breaks = 0;
  let figures = 0;
  const flush = (): void => {
    if (current.trim()) paragraphs.push(current);
    current = '';
  };
  /** Nodes still to visit, last first; `null` marks the end of a block whose children were pushed before it. */
  const pending: Array<DomNode | null> = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      const data = node.textContent ?? '';
      if (data.trim()) breaks = 0;
      current += data;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = (node as DomElement).localName.toLowerCase();
    if (FURNITURE.has(name)) {
      if (name === 'figure' || name === 'figcaption') figures++;
      continue;
    }
    if (name === 'br') {
      breaks++;
      if (breaks >= 2) flush();
      else current += ' ';
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      pending.push(null);
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]);
  }
  flush();
  return { paragraphs, figures };
}

/** How deep elements nest under `root` (the root counts 1), walked without recursion. */
export function elementDepth(root: DomElement): number {
  let deepest = 0;
  const pending: Array<[DomNode, number]> = [[root, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) if (children[index].nodeType === ELEMENT_NODE) pending.push([children[index], depth + 1]);
  }
  return deepest;
}

/** Elements whose content a browser does not show as text. */
const NOT_SHOWN = new Set(['script', 'style', 'noscript', 'template']);

/** Plain text from an HTML fragment (for titles and bylines that carry markup), as a browser shows it: a script's or style's content is no text. Walked without recursion. */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const body = parseDocument(html).body;
  if (!body) return '';
  let text = '';
  const pending: DomNode[] = [body];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE || NOT_SHOWN.has((node as DomElement).localName.toLowerCase())) continue;
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]);
  }
  return text;
}

/** A character reference: "&#8217;", "&#x2019;", "&amp;", "&nbsp;". */
export const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/**
 * The paragraphs of a body given as a string that may hold markup (a feed
 * item's content, a page's JSON-LD `articleBody`): HTML goes through the
 * block walk, plain text is split at its line breaks (`splitParagraphs`),
 * its character references decoded ("Workers&#8217; union", as WordPress
 * feeds write, is "Workers’ union").
 */
export function markupParagraphs(body: string): string[] {
  if (!/<\/?[a-z][\w-]*[\s/>]/i.test(body)) return splitParagraphs(body, 'plain').map((paragraph) => (CHARACTER_REFERENCE.test(paragraph) ? fragmentText(paragraph) : paragraph));
  const document = parseDocument(body);
  return document.body ? blockParagraphs(document.body).paragraphs : [];
}
