/**
 * Tidings' library API: the same functions the CLI calls.
 *
 *   read → clean → segment (`prepare`) → summarize → render
 */
export type { Article, Format, Message, Origin, SegmentedArticle, Sentence, Span, Token } from './article.js';
export { spanText } from './article.js';
export { InputError, UsageError } from './errors.js';
export {
  readInputs,
  streamInputs,
  readString,
  readBytes,
  detectFormat,
  JSONL_FIELDS,
  defaultReadInputsOptions,
  type ReadInputsOptions,
  type ReadResult,
} from './read/index.js';
export { clean, defaultCleanOptions, type CleanOptions } from './clean/index.js';
export { segment, splitSentences, tokenize, defaultSegmentOptions, type SegmentOptions } from './segment/index.js';
export { prepare, type PrepareOptions } from './pipeline.js';
export {
  summarize,
  summaryPartsText,
  defaultSummarizeOptions,
  type Budget,
  type Citation,
  type Headline,
  type Summary,
  type SummarySentence,
  type SummarizeOptions,
} from './summarize/index.js';
export { renderText, type RenderOptions } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { renderJson, summaryToJson, SUMMARY_JSON_VERSION } from './render/json.js';
export { renderHtml } from './render/html.js';
export { resolveSummary, type ResolvedSummary } from './render/resolve.js';
export { rouge, prepareReferences, rougeSystems, defaultRougeOptions, type RougeOptions, type RougeScores } from './rouge/index.js';
