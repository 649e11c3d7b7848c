/**
 * What a count with no event is about. "19 goals" or "37 reports" names its
 * thing only by its noun, and an article counts many things with one noun
 * ("two games" of a series, "54 games" of a season), so the noun alone would
 * line up counts of different things. Two reports of the same count say it
 * in sentences that share words beside the noun: "Wren scored 19 goals for
 * Harbury in the Championship last season" and "Wren, who scored 17 league
 * goals for Harbury Athletic last season" share the scorer, the verb, the
 * club and the season. So such a claim carries the content words of its
 * sentence (`countContext`), and the claims of one key are one thing only
 * when linked by sentences sharing enough of them (`byContext`).
 */
import type { SegmentedArticle, Span, Token } from '../article.js';
import { tokenAtOrAfter } from '../entities/tokens.js';
import type { FactClaim } from './claims.js';
import { partitionPoint } from '../text/partition-point.js';

/** Content words two sentences must share, beside the counted noun, to state one count. */
export const CONTEXT_SHARED_WORDS = 3;
/** And the share of the shorter sentence's content words they must share. */
export const CONTEXT_SHARE = 0.5;
/** Counts with no event this far apart or more (the larger over the smaller) are different counts, however alike their sentences: a misreading or a rounding of one count stays closer. */
export const CONTEXT_MAGNITUDE_FACTOR = 1.5;

/**
 * Farthest a context word is taken from its count, in tokens either side:
 * news sentences are far shorter, and a sentence of 100,000 words stating
 * thousands of counts would otherwise be walked once for every count.
 */
export const MAX_CONTEXT_TOKENS = 100;

/**
 * The stems of the content words of the sentence holding `span` (a count
 * and its noun) within `MAX_CONTEXT_TOKENS` of it, the words of `span`
 * itself, numbers and function words left out, sorted, each once.
 */
export function countContext(article: SegmentedArticle, span: Span): string[] {
  const sentence = article.sentences[lastStartingAtOrBefore(article.sentences, span.start)];
  if (!sentence || span.start >= sentence.end) return [];
  const at = tokenAtOrAfter(article.tokens, span.start);
  const stems = new Set<string>();
  for (let index = Math.max(sentence.tokenStart, at - MAX_CONTEXT_TOKENS); index < Math.min(sentence.tokenEnd, at + MAX_CONTEXT_TOKENS); index++) {
    const token: Token = article.tokens[index];
    if (token.stop || token.punct || /\d/.test(token.norm) || token.stem.length < 2 || (token.start >= span.start && token.end <= span.end)) continue;
    stems.add(token.stem);
  }
  return [...stems].sort();
}

/** Index of the last of `spans` (in text order) starting at or before `offset`, or -1 (binary search). */
function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans.length, (index) => spans[index].start <= offset) - 1;
}

/**
 * The claims of one key split into the things they count: claims with a
 * context (`FactClaim.context`) are one thing when their sentences share
 * `CONTEXT_SHARED_WORDS` content words, directly or through others of the
 * key (single linkage); claims without one stay together, as given. Each
 * part keeps the claims in their order. A key whose sentences tell its
 * things apart by fewer words (times of day) gives its own `sharedWords` and
 * `share`.
 */
export function byContext(claims: readonly FactClaim[], sharedWords = CONTEXT_SHARED_WORDS, share = CONTEXT_SHARE): FactClaim[][] {
  if (!claims.some((claim) => claim.context !== undefined)) return [[...claims]];
  const parent = claims.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
  const words = claims.map((claim) => new Set(claim.context ?? []));
  for (let a = 0; a < claims.length; a++) {
    for (let b = a + 1; b < claims.length; b++) {
      if (claims[a].context === undefined || claims[b].context === undefined ? sameOrigin(claims[a], claims[b]) : sharesWords(words[a], words[b], sharedWords, share)) parent[root(b)] = root(a);
    }
  }
  const parts = new Map<number, FactClaim[]>();
  claims.forEach((claim, index) => {
    const part = parts.get(root(index));
    if (part) part.push(claim);
    else parts.set(root(index), [claim]);
  });
  return [...parts.values()];
}

/** Claims without a context of one key are one thing, as every key's claims are. */
function sameOrigin(a: FactClaim, b: FactClaim): boolean {
  return a.context === undefined && b.context === undefined;
}

/** Whether two sentences' words share `sharedWords` of them, and `share` of the smaller's. */
export function sharesWords(a: ReadonlySet<string>, b: ReadonlySet<string>, sharedWords: number, share: number): boolean {
  let count = 0;
  for (const word of a) if (b.has(word)) count++;
  return count >= sharedWords && count >= share * Math.min(a.size, b.size);
}
