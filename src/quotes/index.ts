/**
 * Who said what: direct quotations and reported speech with their speakers
 * (`findQuotes`), and the same quotation found across articles (`mergeQuotes`).
 */
export { defaultQuoteOptions, findQuotes, findQuotesIn, findQuotesWithEntities } from './find.js';
export { QUOTE_LANGUAGES } from './other-languages.js';
export { quoteMarks, quotedPieces, singleQuoteMarks, type QuotedPiece } from './marks.js';
export { MAX_QUOTE_PARAGRAPHS } from './single-marks.js';
export { MIN_COPIED_SHARE, type CopiedSentences } from './copied.js';
export { mergeQuotes } from './merge.js';
export { MIN_EDITED_SHARE, MIN_TRUNCATED_WORDS } from './pairs.js';
export type { MergedQuote, Quote, QuoteOccurrence, QuoteOptions, Speaker } from './types.js';
