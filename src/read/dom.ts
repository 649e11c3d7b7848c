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

/** Parses a whole page, or a fragment (wrapped in a body), with linkedom. */
export function parseDocument(html: string): DomDocument {
  const page = /<html[\s>]|<!doctype/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(page) as unknown as { document: DomDocument }).document;
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

/** Plain text from an HTML fragment (for titles and bylines that carry markup). */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  return parseDocument(html).body?.textContent ?? '';
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
