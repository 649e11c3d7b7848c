/**
 * HTML pages: the main text with Mozilla Readability on a linkedom document,
 * paragraphs from the block elements Readability kept, metadata from JSON-LD,
 * Open Graph and meta tags (`html-meta.ts`). A page that shows well under
 * the text its JSON-LD `articleBody` gives (a body drawn by script, a
 * paywall's teaser: `FULLER_BODY`) is read from the articleBody. A page
 * that lists articles (a front or section page: `listedArticles`) is a
 * problem, not one article mixing their teasers. A live blog is read oldest
 * post first, its posts' times kept (`readLiveBlog`, in `buildArticle`).
 */
import { Readability } from '@mozilla/readability';
import type { Message } from '../article.js';
import { InputError } from '../errors.js';
import { countWords } from '../text/words.js';
import { buildArticle, type ArticleFields } from './build.js';
import { blockParagraphs, elementDepth, flattenDeepMarkup, markupParagraphs, MAX_PARSE_DEPTH, MAX_PARSE_ELEMENTS, parseDocument, type BlockText, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { pageMetadata } from './html-meta.js';
import type { ReadResult } from './result.js';

/** Largest page read, in characters (about 5 MB); news pages are far smaller. */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;

/**
 * Deepest nesting of elements given to Readability. Its cleaning compares
 * every element with its descendants, so its time grows with the cube of the
 * depth (a page 1,000 deep took 26 s); news pages nest 10 to 50 deep. A
 * deeper page is read block by block instead.
 */
export const MAX_READABILITY_DEPTH = 200;

/**
 * Most elements a page given to Readability may have. Readability reads a
 * page up to four times over when it finds too little text, re-parsing it
 * each time, and its cleaning queries the page again for each candidate:
 * a page of 25,000 empty elements took 1.7 s, one of 15,000 in 3,000
 * paragraphs 1.5 s, one of 470,000 (5 MB) 7.5 to 20 s; news pages have
 * 1,000 to 5,000. A larger page is read block by block instead.
 */
export const MAX_READABILITY_ELEMENTS = 10_000;

/**
 * Fewest characters of main text Readability's first reading must find to be
 * taken (its default is 500). Below it Readability reads the page again with
 * elements classed as comments, sidebars and footers kept, and takes the
 * longest text it found: the comment section of a short report (a brief of
 * 350 characters under 300 readers' comments gave the comments). About 15
 * words, the least news a page holds.
 */
export const MIN_MAIN_TEXT_CHARS = 100;

/** What a page yields before it becomes an article. */
export interface HtmlContent {
  fields: ArticleFields;
  /** Raw paragraph strings (normalized by `buildArticle`). */
  paragraphs: string[];
  messages: Message[];
  /** How many articles the page lists, when it is a front or section page (`listedArticles`); 0 for a page of one article. */
  listed: number;
}

export function readHtml(content: string, input: string, readAt: number): ReadResult {
  if (content.length > MAX_HTML_CHARS) {
    const size = (content.length / 1024 / 1024).toFixed(1);
    return { articles: [], problems: [new InputError(input, '', `HTML page of ${size} MB is over the ${MAX_HTML_CHARS / 1024 / 1024} MB limit for one page`)] };
  }
  const page = extractHtml(content);
  if (page.listed > 0) return { articles: [], problems: [new InputError(input, '', listedReason('the page', page.listed))] };
  if (page.paragraphs.length === 0) return { articles: [], problems: [new InputError(input, '', 'no article text found in the HTML page')] };
  return { articles: [buildArticle(page.fields, page.paragraphs, { input, format: 'html' }, readAt, page.messages)], problems: [] };
}

/** Why a page listing articles (`HtmlContent.listed`) is not read as one: "the page lists 3 articles, …". */
export function listedReason(page: string, listed: number): string {
  return `${page} lists ${listed} articles, each under a heading linking to its own page (a front or section page): give their pages instead`;
}

/** Main text and metadata of a page; `paragraphs` is empty when the page has no text. */
export function extractHtml(given: string): HtmlContent {
  const { html, flattened, overLimit, elements } = flattenDeepMarkup(given);
  const document = parseDocument(html);
  const listed = listedArticles(document);
  const paywall = paywallNotice(document);
  const { fields, articleBody, messages } = pageMetadata(document);
  const main = mainText(html, document, elements);
  if (flattened > 0) {
    messages.push({ stage: 'read', rule: 'nesting', reason: `left out the tags of ${flattened.toLocaleString('en-US')} elements nested more than ${MAX_PARSE_DEPTH.toLocaleString('en-US')} deep (their text is kept): the page nests deeper than it can be read in time` });
  }
  if (overLimit > 0) {
    messages.push({ stage: 'read', rule: 'elements', reason: `left out the tags of the last ${overLimit.toLocaleString('en-US')} of the page's ${elements.toLocaleString('en-US')} elements, past the first ${MAX_PARSE_ELEMENTS.toLocaleString('en-US')} (their text is kept, scripts and styles dropped): the page has more elements than can be read in time` });
  }
  messages.push(main.message);
  const { blocks, parsed } = main;
  if (blocks.figures > 0) {
    messages.push({ stage: 'read', rule: 'figure', reason: `left out ${blocks.figures} figure${blocks.figures === 1 ? '' : 's'} (images with their captions and credits)` });
  }
  const merged: ArticleFields = {
    ...fields,
    title: fields.title ?? parsed?.title ?? undefined,
    byline: fields.byline ?? parsed?.byline ?? undefined,
    outlet: fields.outlet ?? parsed?.siteName ?? undefined,
    published: fields.published ?? parsed?.publishedTime ?? undefined,
    language: fields.language ?? parsed?.lang ?? undefined,
  };
  const paragraphs = fullerText(blocks.paragraphs, articleBody, messages);
  if (paywall && paragraphs === blocks.paragraphs) {
    messages.push({ stage: 'read', rule: 'paywall', reason: `the page shows a paywall (${JSON.stringify(paywall)}): its text may be only the opening of the article` });
  }
  return { fields: merged, paragraphs, messages, listed };
}

/**
 * What a paywall says on a page ("Subscribe to continue reading"), when it
 * has one. Not "Already a subscriber?": free pages show it in their header.
 */
const PAYWALL_WORDS = /\b(?:(?:subscribe|sign up|log in|register) (?:now )?to (?:continue|keep) reading|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) subscribers)/i;

/** The paywall notice of a page, or undefined when it shows none: a paywall element's words, or words a paywall says. */
function paywallNotice(document: DomDocument): string | undefined {
  const element = document.querySelector('[class*="paywall"], [id*="paywall"], [class*="Paywall"], [id*="Paywall"]');
  const words = PAYWALL_WORDS.exec(document.body?.textContent ?? '')?.[0];
  if (words) return words;
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? (text.length > 60 ? `${text.slice(0, 60)}…` : text) : undefined;
}

const LINKED_HEADING = 'h1 a[href], h2 a[href], h3 a[href], h4 a[href]';

/**
 * How many articles the page lists: `<article>` elements each under a
 * heading that links away (teasers), at least two, holding half the page's
 * text or more, none of them half the list's (a post whose title links to
 * its own address, beside cards of related ones), and no `<article>` with a
 * heading of its own unlinked (the page's article beside such cards); 0 for
 * a page of one article.
 */
function listedArticles(document: DomDocument): number {
  const articles = Array.from(document.querySelectorAll('article'));
  if (articles.length < 2 || articles.some((article) => article.querySelector('h1, h2, h3, h4') && !article.querySelector(LINKED_HEADING))) return 0;
  const listed = articles.filter((article) => article.querySelector(LINKED_HEADING) && !article.querySelector('article'));
  const characters = (node: DomNode | null) => (node?.textContent ?? '').replace(/\s+/g, '').length;
  const sizes = listed.map(characters);
  const inList = sizes.reduce((sum, size) => sum + size, 0);
  return listed.length >= 2 && 2 * inList >= characters(document.body) && 2 * Math.max(...sizes) <= inList ? listed.length : 0;
}

/** Words a JSON-LD articleBody must hold for each word the page shows, to be read instead. */
const FULLER_BODY = 1.5;

/** The page's paragraphs, or its JSON-LD articleBody's when they hold over `FULLER_BODY` times the words. */
function fullerText(paragraphs: string[], articleBody: string | undefined, messages: Message[]): string[] {
  if (articleBody === undefined) return paragraphs;
  const body = markupParagraphs(articleBody);
  const shown = wordCount(paragraphs);
  const given = wordCount(body);
  if (given <= FULLER_BODY * shown) return paragraphs;
  messages.push({ stage: 'read', rule: 'json-ld-body', reason: `the page shows ${shown} words of text and its JSON-LD articleBody ${given}; read the articleBody` });
  return body;
}

function wordCount(paragraphs: readonly string[]): number {
  let words = 0;
  for (const paragraph of paragraphs) words += countWords(paragraph);
  return words;
}

/** The page's main text as Readability finds it, or every text block when it finds none or the page (of `elements` elements) is too large or nests too deep for it. */
function mainText(html: string, document: DomDocument, elements: number): { blocks: BlockText; parsed: Parsed; message: Message } {
  const depth = elementDepth(document.documentElement);
  if (depth > MAX_READABILITY_DEPTH) {
    const reason = `the page nests elements ${depth} deep, more than the ${MAX_READABILITY_DEPTH} Readability is given; read every text block of the page instead`;
    return { blocks: everyBlock(document), parsed: null, message: { stage: 'read', rule: 'readability', reason } };
  }
  if (elements > MAX_READABILITY_ELEMENTS) {
    const reason = `the page has ${elements.toLocaleString('en-US')} elements, more than the ${MAX_READABILITY_ELEMENTS.toLocaleString('en-US')} Readability is given; read every text block of the page instead`;
    return { blocks: everyBlock(document), parsed: null, message: { stage: 'read', rule: 'readability', reason } };
  }
  const blocksBefore = countTextBlocks(document);
  const parsed = runReadability(document);
  const content = parsed?.content as DomElement | null | undefined;
  const blocks = content ? blockParagraphs(content) : undefined;
  if (!blocks || blocks.paragraphs.length === 0) {
    const reason = 'Readability found no main text; read every text block of the page instead';
    // Readability changed the document it read: the page is parsed again.
    return { blocks: everyBlock(parseDocument(html)), parsed, message: { stage: 'read', rule: 'readability', reason } };
  }
  const kept = blocks.paragraphs.length;
  const leftOut = kept < blocksBefore ? 'navigation, ads, related links and other page furniture were left out' : 'it left none out';
  const reason = `Readability kept ${kept} of the page's ${blocksBefore} text blocks; ${leftOut}`;
  return { blocks, parsed, message: { stage: 'read', rule: 'readability', reason } };
}

/** Every text block of a page. */
function everyBlock(document: DomDocument): BlockText {
  return document.body ? blockParagraphs(document.body) : { paragraphs: [], figures: 0 };
}

type Parsed = ReturnType<Readability<unknown>['parse']>;

function runReadability(document: DomDocument): Parsed {
  try {
    return new Readability<unknown>(document as never, { serializer: (node: unknown) => node, charThreshold: MIN_MAIN_TEXT_CHARS }).parse();
  } catch {
    return null;
  }
}

/** The page's paragraphs as `blockParagraphs` splits them (a `<br><br>` ends one, as in what Readability kept), so the two counts compare. */
function countTextBlocks(document: DomDocument): number {
  return everyBlock(document).paragraphs.length;
}
