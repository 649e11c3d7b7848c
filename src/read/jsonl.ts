/**
 * JSON Lines: one JSON object per line, one article per object. Fields
 * (aliases in brackets; the first present wins):
 *
 * - `id` [`guid`]: stable identifier; derived from `url` or the text when absent
 * - `url` [`link`]: canonical address of the article
 * - `outlet` [`source`, `site`, `publisher`]: publisher name, or an object naming it
 *   (`{"name": "…"}`, as NewsAPI's `source` and schema.org's `publisher` are)
 * - `title` [`headline`]
 * - `byline` [`author`, `authors`]: a string, or a list of names
 * - `published` [`date`, `datePublished`, `pubDate`, `pub_date`, `publishedAt`,
 *   `published_at`]: ISO 8601, a written date, or Unix
 *   time in seconds or milliseconds (a number, or a string of 10 or 13 digits)
 * - `modified` [`dateModified`, `updated`, `updatedAt`, `updated_at`]: as `published`
 * - `language` [`lang`]: BCP 47 tag, e.g. `en`
 * - `text` [`body`, `content`, `articleBody`, `article_body`]: the article body; blank lines separate paragraphs.
 *   A body that opens with an HTML block, closes a block it opened
 *   ("<p>…</p>", its tags opening a line, following a tag or glued to the
 *   text, not written as words of a sentence), or breaks its lines with
 *   "<br>" and no blank lines, as other tools export a CMS's body, is read as
 *   markup, each block a paragraph and its character references decoded,
 *   with an `html-text` message. Its head is read as a plain text file's (`header.ts`) for what the
 *   fields leave out: a headline first line becomes `title`, a date line
 *   `published`, a "By …" line `byline`, a wire dateline's outlet `outlet`
 * - `html`: the raw HTML page, read with the HTML reader when `text` is absent
 *   (the line's own fields override what the page says)
 *
 * A record whose text or page is a live blog is read oldest post first, its
 * posts' times kept (`readLiveBlog`, in `buildArticle`), as a page or a text file is.
 *
 * Blank lines are skipped. A line that is not a JSON object, or has no text,
 * is a problem (`InputError` with place `line N`); the other lines are read.
 * A field holding a value of another type than it takes is left out, with a
 * `field-type` message on the article.
 */
import type { Message } from '../article.js';
import { describe, InputError } from '../errors.js';
import { buildNormalizedArticle, type ArticleFields } from './build.js';
import { datelineOutlet, readHeader } from './header.js';
import { markupParagraphs } from './dom.js';
import { extractHtml, listedReason, MAX_HTML_CHARS } from './html.js';
import { isObject } from './html-meta.js';
import { normalizeInline, normalizeLineEndings, splitParagraphs, type Normalized } from './normalize.js';
import type { ReadResult } from './result.js';

/**
 * The JSONL field names, their aliases and meaning (for the README and
 * `--help`), and what JSON each takes (`takes`: a string, or also a number —
 * an id, a date's Unix time —, or also a list of names), for the reader and
 * the server's request schema alike.
 */
export const JSONL_FIELDS = [
  { name: 'id', aliases: ['guid'], takes: 'string or number', meaning: 'stable identifier; derived from url or text when absent' },
  { name: 'url', aliases: ['link'], takes: 'string', meaning: 'canonical address of the article' },
  { name: 'outlet', aliases: ['source', 'site', 'publisher'], takes: 'string or named', meaning: 'publisher name: a string, or an object with a "name"' },
  { name: 'title', aliases: ['headline'], takes: 'string', meaning: 'headline' },
  { name: 'byline', aliases: ['author', 'authors'], takes: 'string or names', meaning: 'author name(s): a string or a list' },
  { name: 'published', aliases: ['date', 'datePublished', 'pubDate', 'pub_date', 'publishedAt', 'published_at'], takes: 'string or number', meaning: 'publication date: ISO 8601, written, or Unix time in seconds or milliseconds' },
  { name: 'modified', aliases: ['dateModified', 'updated', 'updatedAt', 'updated_at'], takes: 'string or number', meaning: 'last modification date, as published' },
  { name: 'language', aliases: ['lang'], takes: 'string', meaning: 'BCP 47 language tag, e.g. en' },
  { name: 'text', aliases: ['body', 'content', 'articleBody', 'article_body'], takes: 'string', meaning: 'article body; blank lines separate paragraphs' },
  { name: 'html', aliases: [], takes: 'string', meaning: 'raw HTML page, read with the HTML reader when text is absent' },
] as const;

type JsonlFieldSpec = (typeof JSONL_FIELDS)[number];
type JsonlField = JsonlFieldSpec['name'];

/** The field that carries the article's text. */
const TEXT_FIELD = JSONL_FIELDS.find((field) => field.name === 'text')!;

/** The elements of an HTML body's blocks ("p", "div", "li"…). */
const BLOCK_TAGS = 'p|div|ul|ol|li|h[1-6]|blockquote|figure|figcaption|table|tr|td|th|section|article';
/** The name of a block element ("li") or a line break ("br"): the tags that tell an HTML body (`isHtmlBody`). */
const MARKUP_NAME = new RegExp(`^(?:${BLOCK_TAGS}|br)$`);
/** Any element's tag, inline ones too ("<b>", "</em>"); group 1 is the slash, group 2 the name: those quoted or in code are kept as text in a body read as markup. */
const ANY_TAG = /<(\/?)([a-z][a-z0-9-]*)(?:\s[^<>]*|\s*\/)?>/gi;
/** A blank line: a text that has one writes its paragraphs as text. */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** Spaces then a word, at a given place (`startsLabel`). */
const LABEL_WORD = /[^\S\n\r]+[^\s<]/y;
/**
 * A Markdown code span that opens and closes on a tag ("`<p>`", "`<p>Hello</p>`"),
 * its opening mark starting a word: the tags in it are written as words. One whose
 * marks stand among words ("Write `a</p><p>b` now") may cross real markup, and is not.
 */
const CODE_SPAN = /(?<![^\s([{>])`<[^`\n]*>`/g;
/** Marks that quote a tag written as a word (a quoted "“<br>”"), each with the marks that close it. */
const QUOTING = new Map([
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“”'],
]);

/**
 * Whether a text field holds an HTML body, as a CMS exports one: it has
 * markup's structure, not a tag or two written as words. It closes a block
 * it opened ("<p>…</p>"), uses two elements or more as markup ("<div>…<br>…"),
 * or breaks lines with "<br>" glued to the word before it and followed by a
 * word, a newline or the end ("wall.<br>It", "wall.<br>\nIt") and has no
 * blank lines of its own.
 *
 * A block's tag counts as markup where it opens the text or a line, follows
 * another tag, or is glued to the word before it ("wall.<div>", a quoted
 * sentence's '"We will rebuild."</p>'); a block's closing tag wherever it
 * stands once the block was opened as markup; a "<br>" only glued to the word
 * or tag before it. An opening tag that opens a line with a space and a word
 * after it reads as a label ("<p> opens a paragraph" in a list of tags), and
 * is markup only when a closing tag glued to the text before it or ending
 * its line closes it ("<p> The quay reopens.</p>", "<p> The quay reopens. </p>"). A tag written as a word ("type <br> to break
 * a line", "wrap each paragraph in a <p> tag"), between quoting marks
 * ('"<br>"', "“<p>”") or in a Markdown code span ("`<p>`", "`<p>Hi</p>`"),
 * one tag alone ("<p> is a paragraph's tag") or inline markup alone ("said
 * <b>Ann</b>", "<Enter>") is too little to tell an HTML body from a text that
 * writes "<", and an unclosed element read as markup would swallow the text
 * after it: such a text is kept as written.
 */
function isHtmlBody(text: string, tags: readonly WrittenTag[]): boolean {
  const opened = new Set<string>();
  const labelled = new Set<string>();
  const used = new Set<string>();
  let gluedBreak = false;
  for (const { index, length, slash, name, asText } of tags) {
    if (asText || !MARKUP_NAME.test(name)) continue;
    const glued = /\S/.test(text[index - 1] ?? ' ');
    if (slash && (opened.has(name) || ((glued || endsLine(text, index + length)) && labelled.has(name)))) return true;
    if (isWrittenAsWord(text, index)) continue;
    if (name === 'br') {
      if (!glued) continue;
      if (/[\S\n\r]/.test(text[index + length] ?? '\n')) gluedBreak = true;
    } else if (!slash && !glued && startsLabel(text, index + length)) {
      labelled.add(name);
      continue;
    } else if (!slash) opened.add(name);
    used.add(name);
    if (used.size >= 2) return true;
  }
  return gluedBreak && !BLANK_LINE.test(text);
}

/** A tag a text writes (`ANY_TAG`): where, how long, whether it closes, its element's name, and whether it is text whatever the body is (`asText`: quoted, '"<br>"', or in a Markdown code span, "`<p>`"). */
interface WrittenTag {
  index: number;
  length: number;
  slash: boolean;
  name: string;
  asText: boolean;
}

/** The tags of `text` in order (`WrittenTag`); its code spans are found only as far as its tags reach, so a text with no tag costs one scan. */
function writtenTags(text: string): WrittenTag[] {
  const codeSpans = new RegExp(CODE_SPAN.source, 'g');
  let codeSpan = text.includes('`') ? codeSpans.exec(text) : null;
  const tags: WrittenTag[] = [];
  for (const match of text.matchAll(ANY_TAG)) {
    const [tag, slash, written] = match;
    while (codeSpan && codeSpan.index + codeSpan[0].length <= match.index) codeSpan = codeSpans.exec(text);
    const inCode = codeSpan !== null && codeSpan.index < match.index;
    tags.push({ index: match.index, length: tag.length, slash: slash === '/', name: written.toLowerCase(), asText: inCode || isQuoted(text, match.index, tag.length) });
  }
  return tags;
}

/** An HTML body (`isHtmlBody`) as markup reads it, its tags written as text escaped (`escapeTagsWrittenAsText`), or undefined for a text that is none: its tags are found once for both. */
function htmlBody(text: string): string | undefined {
  const tags = writtenTags(text);
  return isHtmlBody(text, tags) ? escapeTagsWrittenAsText(text, tags) : undefined;
}

/** `text` as markup reads it, its tags that are text (`WrittenTag.asText`), inline ones too, escaped so they stay words ('He typed "<br>" twice.', 'Type "<b>" for bold.'). */
function escapeTagsWrittenAsText(text: string, tags: readonly WrittenTag[]): string {
  let escaped = '';
  let from = 0;
  for (const { index, asText } of tags) {
    if (!asText) continue;
    escaped += `${text.slice(from, index)}&lt;`;
    from = index + 1;
  }
  return from === 0 ? text : escaped + text.slice(from);
}

/** Whether only spaces and tabs stand between `index` and the end of its line, the text, or a tag after it, as after an element's closing tag padded from its text ("<p> The quay reopens. </p>"). */
function endsLine(text: string, index: number): boolean {
  let after = index;
  while (after < text.length && /[^\S\n\r]/.test(text[after])) after += 1;
  return after === text.length || /[\n\r<]/.test(text[after]);
}

/** Whether a space and a word follow `index` on its line, as they follow a tag named as a list's label ("<p> opens a paragraph"). */
function startsLabel(text: string, index: number): boolean {
  LABEL_WORD.lastIndex = index;
  return LABEL_WORD.test(text);
}

/** Whether the tag at `index` is written as a word: after a word and a space ("a <p> tag", "with </ul>"). */
function isWrittenAsWord(text: string, index: number): boolean {
  const before = inlineSpaceBefore(text, index);
  return before > 0 && before < index && text[before - 1] !== '\n' && text[before - 1] !== '>';
}

/**
 * Whether the tag of `length` characters at `index` is quoted: a quoting mark
 * starting a word (at a line's start, after a space, a bracket or a tag) right
 * before it and its closing mark right after it ('"<br>"', "(“<p>”)"). Marks
 * standing off the tag are not: a quoted sentence's markup ('<p>"We will rebuild."</p>',
 * '"We will rebuild."<br>"We must," he added.') is not.
 */
function isQuoted(text: string, index: number, length: number): boolean {
  const closing = QUOTING.get(text[index - 1] ?? '');
  const after = index + length;
  return closing !== undefined && startsWord(text, index - 1) && after < text.length && closing.includes(text[after]);
}

/** Whether `index` starts a word: the text's start or a space, bracket or tag's end before it. */
function startsWord(text: string, index: number): boolean {
  return index === 0 || /[\s([{>]/.test(text[index - 1]);
}

/** Where the spaces and tabs that end at `index` begin (`index` when there are none). */
function inlineSpaceBefore(text: string, index: number): number {
  let before = index;
  while (before > 0 && /[^\S\n]/.test(text[before - 1])) before -= 1;
  return before;
}

/** A block of an HTML body as one line: a line break in markup is a space ("wall.<br>\nIt", "<p>the quay\nwall</p>"). */
function blockLine(block: string): string {
  return block.replace(/[\r\n]/g, ' ');
}

/** The keys that carry the article itself, with their aliases: each must hold a string. */
const TEXT_KEYS: readonly string[] = JSONL_FIELDS.filter((field) => field.name === 'text' || field.name === 'html').flatMap((field) => [field.name, ...field.aliases]);

export function readJsonl(content: string, input: string, readAt: number): ReadResult {
  const result: ReadResult = { articles: [], problems: [] };
  content.split(/\r\n?|\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const place = `line ${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      result.problems.push(new InputError(input, place, `not valid JSON (${(error as Error).message})`));
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      result.problems.push(new InputError(input, place, `expected a JSON object with a "text" field, got ${describe(record)}`));
      return;
    }
    const read = readRecord(record as Record<string, unknown>);
    if (typeof read === 'string') result.problems.push(new InputError(input, place, read));
    else result.articles.push(buildNormalizedArticle(read.fields, read.paragraphs, { input, format: 'jsonl', item: index + 1 }, readAt, read.messages));
  });
  return result;
}

/** The article parts of one record, or the reason it has none. */
function readRecord(record: Record<string, unknown>): { fields: ArticleFields; paragraphs: Normalized[]; messages: Message[] } | string {
  const field = (name: JsonlField): string | undefined => {
    const spec = JSONL_FIELDS.find((entry) => entry.name === name)!;
    for (const key of [spec.name, ...spec.aliases]) {
      const read = fieldValue(spec, record[key]);
      if ('text' in read && read.text) return read.text;
    }
    return undefined;
  };
  const fields: ArticleFields = {
    id: field('id'),
    url: field('url'),
    outlet: field('outlet'),
    title: field('title'),
    byline: field('byline'),
    published: field('published'),
    modified: field('modified'),
    language: field('language'),
  };
  const text = field('text');
  const notText = TEXT_KEYS.find((key) => 'expected' in fieldValue(TEXT_FIELD, record[key]));
  if (!text && notText) return `the "${notText}" field is not a string (got ${Array.isArray(record[notText]) ? 'a list' : typeof record[notText]})`;
  if (text) {
    const markup = htmlBody(text);
    const lines = markup !== undefined ? markupParagraphs(markup).map(blockLine).join('\n\n').split('\n') : normalizeLineEndings(text).split('\n');
    const header = readHeader(lines, { title: !fields.title, published: !fields.published, byline: !fields.byline });
    const paragraphs = splitParagraphs(header.body.join('\n'), 'plain');
    if (!paragraphs.length) return 'the "text" field holds no words';
    const found = { title: header.title, published: header.published, byline: header.byline, outlet: datelineOutlet(paragraphs[0]), url: header.url };
    const key = TEXT_KEYS.find((name) => record[name] === text) ?? 'text';
    const read: Message[] = markup !== undefined ? [{ stage: 'read', rule: 'html-text', reason: `the "${key}" field holds HTML markup; read it as a page's text, each block a paragraph` }] : [];
    return { fields: { ...found, ...definedFields(fields) }, paragraphs, messages: [...unreadFields(record), ...read] };
  }
  const html = field('html');
  const blank = TEXT_KEYS.find((key) => typeof record[key] === 'string');
  if (!html && blank) return `the "${blank}" field holds no words`;
  if (!html) return 'no "text" (or "body", "content") or "html" field';
  if (html.length > MAX_HTML_CHARS) return `the "html" field is over the ${MAX_HTML_CHARS / 1024 / 1024} MB limit for one page`;
  const page = extractHtml(html);
  if (page.listed > 0) return listedReason('the "html" field', page.listed);
  if (page.paragraphs.length === 0) return 'no article text found in the "html" field';
  return { fields: { ...page.fields, ...definedFields(fields) }, paragraphs: page.paragraphs.map(normalizeInline), messages: [...unreadFields(record), ...page.messages] };
}

/**
 * What a field's value reads as: its text (undefined when absent or blank),
 * or, when the value is of a type the field does not take, what it takes.
 * A date reads a number as Unix time and any other value as written, for
 * `buildArticle` to name it unreadable.
 */
function fieldValue(field: JsonlFieldSpec, value: unknown): { text: string | undefined } | { expected: string } {
  if (field.name === 'published' || field.name === 'modified') {
    const unix = isUnixTime(value) ? unixTimeIso(Number(value)) : undefined;
    if (unix !== undefined) return { text: unix };
    if (value !== null && value !== undefined && typeof value !== 'string') return { text: JSON.stringify(value) };
  }
  if (value === undefined || value === null) return { text: undefined };
  if (typeof value === 'string') return { text: value.trim() ? value : undefined };
  if (field.takes === 'string or number' && typeof value === 'number') return { text: String(value) };
  if (field.takes === 'string or names' && Array.isArray(value) && value.every((item) => typeof item === 'string')) return { text: value.join(', ') };
  if (field.takes === 'string or named' && isNamed(value)) return { text: value.name.trim() ? value.name : undefined };
  return { expected: field.takes === 'string or number' ? 'text or a number' : field.takes === 'string or names' ? 'text or a list of names' : field.takes === 'string or named' ? 'text or an object with a "name"' : 'text' };
}

/** An object with a name as text: NewsAPI's `"source": {"id": "…", "name": "Kestrel News"}`, schema.org's `"publisher": {"@type": "Organization", "name": "…"}`. */
function isNamed(value: unknown): value is { name: string } {
  return isObject(value) && typeof value.name === 'string';
}

/** A field other than the text whose value is of a type it cannot take (a list for `outlet`), as a message: it is left out. */
function unreadFields(record: Record<string, unknown>): Message[] {
  const messages: Message[] = [];
  for (const field of JSONL_FIELDS) {
    if (field.name === 'text' || field.name === 'html') continue;
    for (const key of [field.name, ...field.aliases]) {
      const read = fieldValue(field, record[key]);
      if ('expected' in read) messages.push({ stage: 'read', rule: 'field-type', reason: `the "${key}" field is not ${read.expected} (got ${describe(record[key])}); left it out` });
    }
  }
  return messages;
}

/** Seconds or milliseconds since 1970 as a number, or as a string of 10 or 13 digits. */
function isUnixTime(value: unknown): value is number | string {
  return (typeof value === 'number' && Number.isFinite(value) && value > 0) || (typeof value === 'string' && /^\s*(?:\d{10}|\d{13})\s*$/.test(value));
}

/** Unix time as ISO 8601 UTC: milliseconds from 10^11 up (the year 5138 in seconds), seconds below. */
function unixTimeIso(time: number): string | undefined {
  const date = new Date(time >= 1e11 ? time : time * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

/** The fields that have a value, so that spreading them over others overrides only those. */
function definedFields(fields: ArticleFields): ArticleFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
