import { unknownId, type IdSource } from './vocabulary.js';

/** How often each gram occurs, and how many grams there are in all (ROUGE's `_cn_`). */
export interface GramCounts {
  readonly counts: ReadonlyMap<number, number>;
  readonly total: number;
}

function countIds(ids: ArrayLike<number>): GramCounts {
  const counts = new Map<number, number>();
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index];
    if (id !== unknownId) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { counts, total: ids.length };
}

/**
 * Counts of 1-grams … maxN-grams of a token-id sequence (`createNGram`).
 * Each n-gram id is the pair id of the (n-1)-gram at the same start and the
 * n-th token, so every length is built from the previous one in one pass.
 */
export function ngramCounts(tokenIds: readonly number[], maxN: number, ids: IdSource): GramCounts[] {
  const byLength: GramCounts[] = [countIds(tokenIds)];
  let previous: readonly number[] = tokenIds;
  for (let n = 2; n <= maxN; n += 1) {
    const grams = new Array<number>(Math.max(0, tokenIds.length - n + 1));
    for (let start = 0; start < grams.length; start += 1) {
      grams[start] = ids.pair(previous[start], tokenIds[start + n - 1]);
    }
    byLength.push(countIds(grams));
    previous = grams;
  }
  return byLength;
}

/**
 * Skip-bigram counts (`createSkipBigram`): every ordered pair of tokens with
 * at most `gap` tokens between them (any distance when `gap` < 0), plus, with
 * `unigrams`, every token as a unigram. As in ROUGE-1.5.5 the outer loop stops
 * before the last token, so the last token is never counted as a unigram and a
 * one-token summary has no skip-bigram units at all.
 */
export function skipBigramCounts(tokenIds: readonly number[], gap: number, unigrams: boolean, ids: IdSource): GramCounts {
  const counts = new Map<number, number>();
  let total = 0;
  const add = (id: number): void => {
    total += 1;
    if (id !== unknownId) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  const last = tokenIds.length - 1;
  for (let first = 0; first < last; first += 1) {
    if (unigrams) add(tokenIds[first]);
    const end = gap < 0 ? last : Math.min(last, first + gap + 1);
    for (let second = first + 1; second <= end; second += 1) add(ids.pair(tokenIds[first], tokenIds[second]));
  }
  return { counts, total };
}

/**
 * Matches clipped to the reference's count of each gram (`ngramScore`): the
 * sum over shared grams of the smaller count, so the smaller map is walked.
 */
export function clippedHits(reference: GramCounts, peer: GramCounts): number {
  const [walked, probed] = reference.counts.size <= peer.counts.size ? [reference.counts, peer.counts] : [peer.counts, reference.counts];
  let hits = 0;
  for (const [gram, count] of walked) {
    const other = probed.get(gram);
    if (other !== undefined) hits += other < count ? other : count;
  }
  return hits;
}
