/**
 * Tidings' library API: the same functions the CLI calls.
 *
 *   read → clean → segment (`prepare`) → summarize → render
 *   read → prepare → copies → stories → store (`ingest`) → `storyView` (summary, copies, `storyReport`)
 */
export type { Article, Format, Message, Origin, Post, SegmentedArticle, Sentence, Span, Token } from './article.js';
export { spanText } from './article.js';
export { InputError, SchemaChangedError, UsageError, WriteConflictError, WriterLockedError, type WriterHolder } from './errors.js';
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
export { prepare, summaryWithDisputes, type PrepareOptions } from './pipeline.js';
export {
  summarize,
  summaryPartsText,
  markDisputes,
  defaultSummarizeOptions,
  defaultSummaryLimitOptions,
  SUMMARY_REVISION,
  type Budget,
  type Citation,
  type CitationGrade,
  type DisputedFact,
  type Headline,
  type Summary,
  type SummarySentence,
  type SummarizeOptions,
  type SummaryLimitOptions,
} from './summarize/index.js';
export { renderText, type RenderOptions } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { renderJson, summaryToJson, SUMMARY_JSON_VERSION } from './render/json.js';
export { renderHtml } from './render/html.js';
export { resolveSummary, type ResolvedSummary } from './render/resolve.js';
export { rouge, prepareReferences, rougeSystems, defaultRougeOptions, type RougeOptions, type RougeScores } from './rouge/index.js';
export { openStore, defaultOpenStoreOptions, DEFAULT_DATABASE, SCHEMA_VERSION, type OpenStoreOptions, type Store } from './store/index.js';
export { articleRevisions, storyRevisions, ingest, IngestSession, showStory, storyCopyViews, storyView, defaultIngestOptions, type ArticleRevisions, type IngestOptions, type IngestReport, type StoryView, type UpdatePolicy } from './ingest/index.js';
export { allowRemoved, defaultRemoveOptions, removeArticles, type RemovalReport, type RemoveOptions } from './ingest/index.js';
export { CopyIndex, compareCopies, copyFingerprint, copyViews, sentenceSimilarity, versionChanges, type VersionChanges, defaultCopyOptions, type CopyOptions, type CopyVerdict } from './copies/index.js';
export {
  StoryClusterer,
  articleProfile,
  articleSimilarity,
  profileSimilarity,
  defaultStoryOptions,
  type RelatedStory,
  type StoryAssignment,
  type StoryOptions,
} from './stories/index.js';
export { findQuotes, findQuotesIn, QUOTE_LANGUAGES, mergeQuotes, defaultQuoteOptions, type MergedQuote, type Quote } from './quotes/index.js';
export { findEntities, mergeEntities, spellingVariants, type Entity, type Spelling, type SpellingVariant } from './entities/index.js';
export { storyReport, REPORT_REVISION, alignFacts, independentSources, findNumberFacts, findDateFacts, findAgeFacts, FACT_LANGUAGES, MAX_TIMELINE_POSTS, storyTimeline, type FactGroup, type OtherLanguage, type StoryReport, type TimelineEntry } from './facts/index.js';
export { articleLanguage, languageName, readingLanguage } from './language/index.js';
export { createApp, startServer, defaultServerOptions, type AppOptions } from './server/index.js';
