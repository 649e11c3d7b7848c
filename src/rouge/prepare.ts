import { ngramCounts, skipBigramCounts, type GramCounts } from './grams.js';
import type { RougeOptions } from './options.js';
import { summaryTokens } from './text.js';
import { createVocabulary, interningIds, lookupIds, type IdSource, type Vocabulary } from './vocabulary.js';

/** Everything ROUGE counts in one summary, as integer ids. */
export interface PreparedSummary {
  /** Counts of 1-grams … maxN-grams; index 0 (unigrams) also clips ROUGE-L. */
  readonly ngrams: readonly GramCounts[];
  /** Skip-bigram (and unigram) counts, or null when skip-bigrams are off. */
  readonly skipBigrams: GramCounts | null;
  /** Token ids per line, for ROUGE-L. */
  readonly sentences: readonly Int32Array[];
}

/** References made ready once and reused for every peer of a task. */
export interface PreparedReferences {
  readonly options: Readonly<RougeOptions>;
  readonly vocabulary: Vocabulary;
  readonly references: readonly PreparedSummary[];
}

function prepareSummary(text: string, options: RougeOptions, ids: IdSource): PreparedSummary {
  const { tokens, sentences } = summaryTokens(text, options);
  const tokenIds = tokens.map((token) => ids.token(token));
  return {
    ngrams: ngramCounts(tokenIds, options.maxN, ids),
    skipBigrams: options.skipGap === null ? null : skipBigramCounts(tokenIds, options.skipGap, options.skipUnigrams, ids),
    sentences: sentences.map((sentence) => Int32Array.from(sentence, (token) => ids.token(token))),
  };
}

/** Tokenizes and counts the references of one task under resolved options. */
export function prepareReferenceSummaries(references: readonly string[], options: RougeOptions): PreparedReferences {
  const vocabulary = createVocabulary();
  const ids = interningIds(vocabulary);
  return { options, vocabulary, references: references.map((text) => prepareSummary(text, options, ids)) };
}

/** Tokenizes and counts a peer against prepared references, leaving them unchanged. */
export function preparePeer(text: string, prepared: PreparedReferences): PreparedSummary {
  return prepareSummary(text, prepared.options, lookupIds(prepared.vocabulary));
}
