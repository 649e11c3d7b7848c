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
import { profileSimilarity } from './similarity.js';

export interface Alignment {
  /** Sentence of the arriving article. */
  sentence: number;
  /** Index of the candidate it was taken from. */
  candidate: number;
  /** Sentence of that candidate. */
  source: number;
  similarity: number;
}

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
 */
export function alignSentences(copy: ArticleProfile, candidates: readonly CopyCandidate[], settings: CopyOptions): Alignment[] {
  if (candidates.length === 0) return [];
  const sources: (ArticleProfile | undefined)[] = new Array(candidates.length);
  const minShare = minSharedShare(settings.matchThreshold);
  const alignments: Alignment[] = [];
  for (let sentence = 0; sentence < copy.words.length; sentence++) {
    if (copy.words[sentence] < settings.minSentenceWords) continue;
    const from = copy.contentStarts[sentence];
    const to = copy.contentStarts[sentence + 1];
    let best: Alignment | undefined;
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
        }
      }
    }
    if (best) alignments.push(best);
  }
  return alignments;
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
