import { clippedHits, type GramCounts } from './grams.js';
import { peerSentenceTokens, unionLcs } from './lcs.js';
import { measureNames, type RougeOptions } from './options.js';
import type { PreparedReferences, PreparedSummary } from './prepare.js';
import { roundLikeRouge } from './round.js';

/** Recall, precision and F of one measure, with the counts they come from. */
export interface MeasureScore {
  R: number;
  P: number;
  F: number;
  /** Matching grams (ROUGE-L: tokens on the union LCS), summed over the references used. */
  hits: number;
  /** Grams in the references used (the recall denominator). */
  referenceTotal: number;
  /** Grams in the peer, once per reference used (the precision denominator). */
  peerTotal: number;
}

/** Scores of one summary, by measure name (`ROUGE-1`, `ROUGE-2`, `ROUGE-L`, `ROUGE-SU4`…). */
export type RougeScores = Record<string, MeasureScore>;

interface ReferenceMatch {
  hits: number;
  referenceTotal: number;
  peerTotal: number;
  /** What `-f B` compares to pick the best reference. */
  recall: number;
}

/** F = 1 / (alpha / P + (1 - alpha) / R), written as ROUGE-1.5.5 computes it, 0 when undefined. */
export function fMeasure(recall: number, precision: number, alpha: number): number {
  const denominator = (1 - alpha) * precision + alpha * recall;
  return denominator > 0 ? (precision * recall) / denominator : 0;
}

/** `-f A` pools hits and totals over the references; `-f B` keeps the reference with the strictly highest recall, the first on ties. */
function combineMatches(matches: readonly ReferenceMatch[], options: RougeOptions): MeasureScore {
  const kept =
    options.combine === 'best'
      ? matches.reduce<ReferenceMatch[]>((best, match) => (best.length === 0 || match.recall > best[0].recall ? [match] : best), [])
      : matches;
  const hits = kept.reduce((sum, match) => sum + match.hits, 0);
  const referenceTotal = kept.reduce((sum, match) => sum + match.referenceTotal, 0);
  const peerTotal = kept.reduce((sum, match) => sum + match.peerTotal, 0);
  const R = referenceTotal !== 0 ? roundLikeRouge(hits / referenceTotal) : 0;
  const P = peerTotal !== 0 ? roundLikeRouge(hits / peerTotal) : 0;
  return { R, P, F: roundLikeRouge(fMeasure(R, P, options.alpha)), hits, referenceTotal, peerTotal };
}

/** ROUGE-N and ROUGE-S: recall for `-f B` is rounded, as `ngramScore` rounds it. */
function gramMatch(reference: GramCounts, peer: GramCounts): ReferenceMatch {
  const hits = clippedHits(reference, peer);
  return {
    hits,
    referenceTotal: reference.total,
    peerTotal: peer.total,
    recall: reference.total !== 0 ? roundLikeRouge(hits / reference.total) : 0,
  };
}

/** ROUGE-L: the peer total is its unigram count; recall for `-f B` is not rounded. */
function lcsMatch(reference: PreparedSummary, peer: PreparedSummary, peerTokenSets: readonly ReadonlySet<number>[]): ReferenceMatch {
  const { hits, referenceTokens } = unionLcs(reference.sentences, peer.sentences, peerTokenSets, reference.ngrams[0], peer.ngrams[0]);
  return { hits, referenceTotal: referenceTokens, peerTotal: peer.ngrams[0].total, recall: referenceTokens > 0 ? hits / referenceTokens : 0 };
}

/** Every measure the options ask for, for one prepared peer against prepared references. */
export function scorePrepared(peer: PreparedSummary, prepared: PreparedReferences): RougeScores {
  const { options, references } = prepared;
  const names = measureNames(options);
  const scores: RougeScores = {};
  for (let n = 1; n <= options.maxN; n += 1) {
    scores[names[n - 1]] = combineMatches(references.map((reference) => gramMatch(reference.ngrams[n - 1], peer.ngrams[n - 1])), options);
  }
  if (options.lcs) {
    const peerTokenSets = peerSentenceTokens(peer.sentences);
    scores['ROUGE-L'] = combineMatches(references.map((reference) => lcsMatch(reference, peer, peerTokenSets)), options);
  }
  if (peer.skipBigrams !== null) {
    const peerSkipBigrams = peer.skipBigrams;
    scores[names[names.length - 1]] = combineMatches(
      references.map((reference) => gramMatch(reference.skipBigrams as GramCounts, peerSkipBigrams)),
      options,
    );
  }
  return scores;
}
