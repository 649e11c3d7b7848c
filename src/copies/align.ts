/**
 * Sentence alignment: each sentence of the arriving article is paired with
 * its most similar sentence among all candidate sources, wherever it sits in
 * them (rewrites reorder), when their similarity reaches `matchThreshold`.
 * Only sentence pairs sharing enough content concepts are scored: a
 * candidate's content index finds them without comparing every pair.
 */
import { indexOfHash, spelledAlike, type ArticleProfile } from './article-profile.js';
import type { CopyCandidate } from './compare.js';
import type { CopyOptions } from './options.js';
import type { SentenceProfile } from './profile.js';
import { profileSimilarity } from './similarity.js';

export interface Alignment {
  /** Sentence of the arriving article. */
  sentence: number;
  /** Index of the candidate it was taken from. */
  candidate: number;
  /** Sentence of that candidate (the first of two when merged). */
  source: number;
  similarity: number;
  /**
   * The arriving sentence merges two sentences of the candidate, `source` and this later one
   * (at most `MAX_MERGE_GAP` sentences on: what lies between was left out or taken elsewhere).
   */
  mergedTo?: number;
  /** The arriving sentence is half of a split one: it and this adjacent sentence read as one match `source`. */
  splitWith?: number;
}

/** A merged sentence joins two source sentences at most this many apart (the next one: 1). */
export const MAX_MERGE_GAP = 3;

/**
 * A pair below the threshold is tried as part of a merge or a split only when the part has
 * fewer distinct content concepts than the whole, shares more than `MIN_SHARED_CONCEPTS` with
 * it, and this share of its concepts is in the whole: the source sentence's in the copy's (a
 * merge), or the copy's in the source's (a split). Two reports of one event rarely contain
 * each other's sentences, so most misses are never joined.
 */
const PART_CONTAINED = 0.6;

/**
 * With no second half among the misses, the best miss is joined with the sentence before and
 * after it only when it scores this much alone: on DUC 2004, 2,066 of 2,070 such tries scoring
 * less failed.
 */
const NEIGHBOUR_MERGE_SIMILARITY = 0.1;

/** Pairs sharing fewer distinct content concepts than this are not scored. */
const MIN_SHARED_CONCEPTS = 2;

/**
 * A sentence is scored against at most this many sentences of one candidate,
 * those sharing the most concepts: a news sentence shares enough with a few,
 * and a text repeating one sentence's frame thousands of times ("X, 21, was
 * rescued from the river") would otherwise score every pair.
 */
export const MAX_SCORED_SENTENCES = 64;

/**
 * A concept more than this many sentences of one candidate hold is a frame the
 * text repeats, not content to find a source sentence by: it is not counted
 * (news articles run to a few hundred sentences at most), so finding the
 * sentences to score stays linear in the text.
 */
export const MAX_CONCEPT_SENTENCES = 1000;

/**
 * Pairs sharing less than this share of the smaller sentence's distinct
 * content concepts are not scored. On DUC 2004 and the examples no pair
 * under 0.5 reached a similarity of 0.6, while pairs from 0.3 to 0.45 are
 * two thirds of those worth a look; a lower `matchThreshold` lowers it.
 */
function minSharedShare(matchThreshold: number): number {
  return Math.min(0.45, 0.75 * matchThreshold);
}

/**
 * The sentences of `article` (those of `minSentenceWords` words or more)
 * that match a candidate sentence, with the best match of each. On equal
 * similarity the candidate listed first wins: callers list the earliest
 * publisher first. Similarity is at most 1 and only a higher one replaces
 * the best, so a sentence stops looking once a pair scores 1 (a verbatim
 * copy usually does on its source), and a candidate no sentence reaches
 * is never profiled. A sentence spelled exactly like one of a candidate's
 * (and holding a content concept, so that it scores 1 on itself) is taken
 * from there without scoring anything: wire copy is mostly reprinted word
 * for word.
 *
 * A rewrite also merges two sentences into one and splits one into two, and
 * neither half scores `matchThreshold` on a whole sentence. So a sentence
 * left unmatched is scored against its two nearest misses joined, when
 * they are close in one candidate (`mergedMatch`), and two adjacent unmatched
 * sentences read as one against their nearest misses (`splitMatches`):
 * a few more pairs scored per unmatched sentence, found without a search.
 */
export function alignSentences(copy: ArticleProfile, candidates: readonly CopyCandidate[], settings: CopyOptions): Alignment[] {
  if (candidates.length === 0) return [];
  const sources: (ArticleProfile | undefined)[] = new Array(candidates.length);
  const minShare = minSharedShare(settings.matchThreshold);
  const found: (Alignment | undefined)[] = new Array(copy.words.length);
  /** Each unmatched sentence's best pair under the threshold whose source sentence mostly holds it (it may be half of a split one). */
  const misses: (Alignment | undefined)[] = new Array(copy.words.length);
  for (let sentence = 0; sentence < copy.words.length; sentence++) {
    if (copy.words[sentence] < settings.minSentenceWords) continue;
    const from = copy.contentStarts[sentence];
    const to = copy.contentStarts[sentence + 1];
    let best: Alignment | undefined;
    /** The two best misses whose source sentences the copy's mostly holds (the halves of a merge). */
    let mergeMiss: Alignment | undefined;
    let mergePartner: Alignment | undefined;
    let splitMiss: Alignment | undefined;
    for (let candidate = 0; candidate < candidates.length && !(best && best.similarity >= 1); candidate++) {
      const source = (sources[candidate] ??= candidates[candidate].profile());
      const same = to > from ? spelledSentence(copy, sentence, source) : undefined;
      if (same !== undefined) {
        best = { sentence, candidate, source: same, similarity: 1 };
        break;
      }
      const sharing = sharingSentences(copy.content, from, to, source, settings.minSentenceWords, minShare);
      for (let k = 0; k < sharing; k++) {
        const at = scratch.found[k];
        const similarity = profileSimilarity(copy.sentence(sentence), source.sentence(at));
        if (similarity >= settings.matchThreshold && (!best || similarity > best.similarity)) {
          best = { sentence, candidate, source: at, similarity };
          if (similarity >= 1) break;
        } else if (similarity > 0 && scratch.counts[k] > MIN_SHARED_CONCEPTS) {
          const shared = scratch.counts[k];
          const sourceContent = source.contentStarts[at + 1] - source.contentStarts[at];
          const isSplitHalf = to - from < sourceContent && shared >= PART_CONTAINED * (to - from);
          if (isSplitHalf && (!splitMiss || similarity > splitMiss.similarity)) splitMiss = { sentence, candidate, source: at, similarity };
          const isMergedHalf = sourceContent < to - from && shared >= PART_CONTAINED * sourceContent;
          if (isMergedHalf && (!mergePartner || similarity > mergePartner.similarity)) {
            const pair = { sentence, candidate, source: at, similarity };
            if (!mergeMiss || similarity > mergeMiss.similarity) [mergeMiss, mergePartner] = [pair, mergeMiss];
            else mergePartner = pair;
          }
        }
      }
    }
    best ??= mergeMiss && mergedMatch(copy, mergeMiss, mergePartner, sources[mergeMiss.candidate]!, settings.matchThreshold);
    if (best) found[sentence] = best;
    else misses[sentence] = splitMiss;
  }
  splitMatches(copy, misses, found, sources, settings);
  gatherToMainSource(copy, found, sources, settings);
  return found.filter((alignment): alignment is Alignment => alignment !== undefined);
}

/**
 * The best miss whose source sentence the copy's sentence mostly holds, read as one with the
 * second best (of the same candidate, at most `MAX_MERGE_GAP` apart) or else with the sentence
 * before or after it, when that matches the copy's sentence (the better of the two).
 */
function mergedMatch(copy: ArticleProfile, miss: Alignment, partner: Alignment | undefined, source: ArticleProfile, threshold: number): Alignment | undefined {
  const gap = partner && partner.candidate === miss.candidate ? Math.abs(partner.source - miss.source) : 0;
  const pairs: [number, number][] =
    gap > 0 && gap <= MAX_MERGE_GAP
      ? [[Math.min(miss.source, partner!.source), Math.max(miss.source, partner!.source)]]
      : miss.similarity >= NEIGHBOUR_MERGE_SIMILARITY
        ? [[miss.source - 1, miss.source], [miss.source, miss.source + 1]]
        : [];
  let best: Alignment | undefined;
  for (const [first, last] of pairs) {
    if (first < 0 || last >= source.words.length) continue;
    const similarity = profileSimilarity(copy.sentence(miss.sentence), source.joined(first, last));
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { sentence: miss.sentence, candidate: miss.candidate, source: first, similarity, mergedTo: last };
  }
  return best;
}

/**
 * A sentence split in two: two adjacent sentences of the copy read as one
 * (`joined`) against a source sentence. First two unmatched ones (or one
 * beside a sentence too short to be matched), against the nearest misses of
 * either; then an unmatched one beside a matched one, against the matched
 * one's source sentence (the larger half of a split often matches alone)
 * and its own nearest miss (a half may match alone a like sentence of
 * another report), taken when it scores higher than the matched half
 * alone: a sentence that merely follows a copied one lowers the score.
 * When the joined pair matches, both halves are taken from that sentence.
 */
function splitMatches(copy: ArticleProfile, misses: readonly (Alignment | undefined)[], found: (Alignment | undefined)[], sources: readonly (ArticleProfile | undefined)[], settings: CopyOptions): void {
  const count = copy.words.length;
  const half = (i: number) => misses[i] !== undefined;
  const open = (i: number) => i >= 0 && i < count && found[i] === undefined && (half(i) || copy.words[i] < settings.minSentenceWords);
  const joinedMatch = (first: number, tried: readonly (Alignment | undefined)[]): Alignment | undefined => {
    let best: Alignment | undefined;
    let joined: SentenceProfile | undefined;
    for (const pair of tried) {
      if (!pair || pair.mergedTo !== undefined) continue;
      const similarity = profileSimilarity((joined ??= copy.joined(first)), sources[pair.candidate]!.sentence(pair.source));
      if (similarity >= settings.matchThreshold && (!best || similarity > best.similarity)) best = { sentence: first, candidate: pair.candidate, source: pair.source, similarity };
    }
    return best;
  };

  const take = (first: number, match: Alignment) => {
    for (const [sentence, other] of [[first, first + 1], [first + 1, first]]) {
      if (copy.words[sentence] >= settings.minSentenceWords && found[sentence] === undefined) found[sentence] = { ...match, sentence, splitWith: other };
    }
  };
  for (let first = 0; first + 1 < count; first++) {
    if (!open(first) || !open(first + 1) || (!half(first) && !half(first + 1))) continue;
    const match = joinedMatch(first, [misses[first], misses[first + 1]]);
    if (match) take(first, match);
  }
  for (let sentence = 0; sentence < count; sentence++) {
    if (found[sentence] !== undefined || misses[sentence] === undefined) continue;
    for (const first of [sentence - 1, sentence]) {
      const neighbour = first === sentence ? first + 1 : first;
      const matched = found[neighbour];
      if (first < 0 || first + 1 >= count || matched === undefined || matched.splitWith !== undefined) continue;
      const match = joinedMatch(first, [matched, misses[sentence]]);
      if (!match || match.similarity <= matched.similarity) continue;
      found[neighbour] = undefined;
      take(first, match);
      break;
    }
  }
}

/**
 * A sentence that other reports of the event also carry word for word (a
 * background paragraph, a quotation) is taken from the candidate the copy
 * takes most sentences from (on equal counts the one listed first), when
 * that candidate holds it as well: a reprint of one article is its copy
 * throughout, not 95% of it and one sentence of another. Only a match at
 * least as similar as the one it replaces is taken there.
 */
function gatherToMainSource(copy: ArticleProfile, found: (Alignment | undefined)[], sources: readonly (ArticleProfile | undefined)[], settings: CopyOptions): void {
  const counts = new Array<number>(sources.length).fill(0);
  for (const alignment of found) if (alignment) counts[alignment.candidate]++;
  const main = counts.indexOf(Math.max(...counts));
  const source = sources[main];
  if (!source || counts[main] === 0) return;
  const minShare = minSharedShare(settings.matchThreshold);
  for (let sentence = 0; sentence < found.length; sentence++) {
    const alignment = found[sentence];
    if (!alignment || alignment.candidate === main || alignment.mergedTo !== undefined) continue;
    const from = copy.contentStarts[sentence];
    const to = copy.contentStarts[sentence + 1];
    const same = to > from ? spelledSentence(copy, sentence, source) : undefined;
    if (same !== undefined) {
      found[sentence] = { sentence, candidate: main, source: same, similarity: 1 };
      continue;
    }
    const sharing = sharingSentences(copy.content, from, to, source, settings.minSentenceWords, minShare);
    let best = alignment;
    for (let k = 0; k < sharing; k++) {
      const at = scratch.found[k];
      const similarity = profileSimilarity(copy.sentence(sentence), source.sentence(at));
      if (similarity >= best.similarity && (best === alignment || similarity > best.similarity)) best = { sentence, candidate: main, source: at, similarity };
    }
    found[sentence] = best;
  }
}

/** The candidate's sentence spelled exactly as sentence `sentence` of `copy`, if any. */
function spelledSentence(copy: ArticleProfile, sentence: number, candidate: ArticleProfile): number | undefined {
  const at = candidate.spellings().get(copy.sentenceHashes[sentence]);
  return at !== undefined && spelledAlike(copy, sentence, candidate, at) ? at : undefined;
}

/**
 * Scratch arrays of one entry per sentence of the candidate being scanned,
 * shared by every `sharingSentences` call (an arrival makes one call per
 * sentence and candidate, and a call's results are read before the next):
 * `shared` counts (all zero between calls), `touched` the sentences counted,
 * `found` and `counts` the sentences a call found and what they share. Grown
 * to the longest candidate met, never shrunk.
 */
const scratch = { shared: new Uint16Array(256), touched: new Int32Array(256), found: new Int32Array(256), counts: new Int32Array(256) };

/** The scratch arrays, grown to hold `count` sentences. */
function scratchFor(count: number): typeof scratch {
  if (count > scratch.shared.length) {
    const length = Math.max(count, 2 * scratch.shared.length);
    scratch.shared = new Uint16Array(length);
    scratch.touched = new Int32Array(length);
    scratch.found = new Int32Array(length);
    scratch.counts = new Int32Array(length);
  }
  return scratch;
}

/**
 * Sentences of a candidate, of `minWords` words or more, that share enough distinct content concepts with
 * `content[from]` to `content[to - 1]` (`minShare` of the smaller sentence's): written to `scratch.found`
 * in the order they were first counted (at most `MAX_SCORED_SENTENCES`, those sharing the most), their
 * number returned.
 */
function sharingSentences(content: Uint32Array, from: number, to: number, profile: ArticleProfile, minWords: number, minShare: number): number {
  const { shared, touched, found, counts } = scratchFor(profile.words.length);
  const { hashes, starts, sentences } = profile.index();
  let touchedCount = 0;
  for (let c = from; c < to; c++) {
    const held = indexOfHash(hashes, content[c]);
    if (held < 0 || starts[held + 1] - starts[held] > MAX_CONCEPT_SENTENCES) continue;
    for (let k = starts[held]; k < starts[held + 1]; k++) {
      const at = sentences[k];
      if (shared[at]++ === 0) touched[touchedCount++] = at;
    }
  }
  let foundCount = 0;
  for (let t = 0; t < touchedCount; t++) {
    const at = touched[t];
    const smaller = Math.min(to - from, profile.contentStarts[at + 1] - profile.contentStarts[at]);
    if (profile.words[at] >= minWords && shared[at] >= Math.min(MIN_SHARED_CONCEPTS, smaller) && shared[at] >= minShare * smaller) {
      found[foundCount] = at;
      counts[foundCount++] = shared[at];
    }
    shared[at] = 0;
  }
  if (foundCount <= MAX_SCORED_SENTENCES) return foundCount;
  const order = Array.from({ length: foundCount }, (_, index) => index).sort((a, b) => counts[b] - counts[a] || a - b);
  found.set(order.slice(0, MAX_SCORED_SENTENCES).sort((a, b) => a - b).map((index) => found[index]));
  return MAX_SCORED_SENTENCES;
}
