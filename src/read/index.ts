/**
 * Readers: bytes or strings in five formats to `Article`s, plus the one
 * file-system edge (`readInputs`). Every reader returns `{articles, problems}`
 * so one bad item never loses the others.
 */
export { buildArticle, articleId, DATE_RULES, type ArticleFields } from './build.js';
export { toIsoDate, parseDateLine } from './dates.js';
export { decodeBytes, type Decoded } from './decode.js';
export { detectFormat, sniffFormat } from './detect.js';
export { readFeed } from './feed.js';
export { readHtml, extractHtml, MAX_HTML_CHARS, type HtmlContent } from './html.js';
export { missingInput, readInputs, streamInputs, defaultReadInputsOptions, type ReadInputsOptions, type InputResult } from './inputs.js';
export type { AddressValidators } from './fetch.js';
export { STORED_ITEM_RULE } from './item-pages.js';
export { readJsonl, JSONL_FIELDS } from './jsonl.js';
export { normalizeInline, normalizeText, splitParagraphs, joinParagraphs, type ParagraphStyle, type ParagraphText } from './normalize.js';
export { MAX_ARTICLE_CHARS, readBytes, readString, READERS } from './read.js';
export type { ReadResult, ReadSource, Reader } from './result.js';
export { readSgml, docnoDate, WIRE_OUTLETS } from './sgml.js';
export { readText } from './text.js';
