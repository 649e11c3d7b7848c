/**
 * Copies: exact copies, near-copies and rewritten copies of earlier
 * articles, traced to the sentences they took, with the word edits shown.
 *
 * - `copyFingerprint`: what a store indexes (exact hash, MinHash signatures, LSH band keys).
 * - `compareCopies`: the verdict of one article against candidate earlier articles.
 * - `CopyIndex`: an in-memory online index doing both.
 * - `sentenceSimilarity`: the rewrite-aware sentence similarity behind the alignment.
 */
export { CopyIndex } from './copy-index.js';
export { copyViews, type CopiedSentence, type CopyView, type EditView, type QuotedSpan } from './copy-view.js';
export {
  compareCandidates,
  compareCopies,
  keptCandidate,
  publishedAfter,
  publishedAfterOf,
  type CopyCandidate,
  type CopyKind,
  type CopySource,
  type CopyVerdict,
  type MatchWithoutEdits,
  type SentenceMatch,
  type VerdictWithoutEdits,
} from './compare.js';
export { wordDiff, type WordDiff, type WordEdit } from './edits.js';
export { CHANGED_SENTENCE_SHARE, versionChanges, type NumberChange, type SentenceChange, type VersionChanges } from './versions.js';
export { copyFingerprint, copyKeyNumbers, type CopyFingerprint } from './fingerprint.js';
export { estimateJaccard, exactJaccard, minhash } from './minhash.js';
export { defaultCopyOptions, type CopyOptions } from './options.js';
export { PARAPHRASE_TABLE } from './paraphrases.js';
export { sentenceSimilarity, SIMILARITY_WEIGHTS } from './similarity.js';
