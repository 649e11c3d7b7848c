/**
 * The small part of the DOM the HTML and feed readers use, typed here so the
 * project needs no DOM lib types, and a block-aware HTML-to-paragraphs walk:
 * each block element (p, li, blockquote, h1–h6, td…) is its own paragraph,
 * inline elements run together, furniture (script, nav, forms, figures…) is
 * left out.
 */
import { parseHTML } from 'linkedom';

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

/** Elements whose text is never article text. */
const FURNITURE = new Set(
  'audio button canvas embed figure form iframe img input link math meta nav noscript object script select style svg template textarea video'.split(' '),
);

export interface BlockText {
  /** Raw paragraph strings, one per block, not yet normalized. */
  paragraphs: string[];
  /** Figures (images with captions and credits) left out. */
  figures: number;
}

/** Paragraph strings from the block structure under `root`. Two `<br>` in a row end a paragraph. */
export function blockParagraphs(root: DomNode): BlockText {
  const paragraphs: string[] = [];
  let current = '';
  let breaks = 0;
  let figures = 0;
  const flush = (): void => {
    if (current.trim()) paragraphs.push(current);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = node.textContent ?? '';
      if (data.trim()) breaks = 0;
      current += data;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as DomElement).localName.toLowerCase();
    if (FURNITURE.has(name)) {
      if (name === 'figure') figures++;
      return;
    }
    if (name === 'br') {
      breaks++;
      if (breaks >= 2) flush();
      else current += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return { paragraphs, figures };
}

/** Plain text from an HTML fragment (for titles and bylines that carry markup). */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  return parseDocument(html).body?.textContent ?? '';
}
