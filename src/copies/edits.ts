/**
 * Word-level edits between a source sentence and its copy: a longest common
 * subsequence of the words (normalized forms; punctuation is not compared),
 * read back as runs of equal, inserted, deleted and replaced words. Every
 * edit is spans into the two texts, never copied strings.
 */
import type { Span, Token } from '../article.js';

export type EditOperation = 'equal' | 'insert' | 'delete' | 'replace';

export interface WordEdit {
  op: EditOperation;
  /** The words in the source article's text (absent for `insert`). */
  source?: Span;
  /** The words in the copying article's text (absent for `delete`). */
  copy?: Span;
}

export interface WordCounts {
  /** Words equal on both sides in a longest common subsequence (those of `equal` edits). */
  equalWords: number;
  sourceWords: number;
  copyWords: number;
}

export interface WordDiff extends WordCounts {
  edits: WordEdit[];
}

/**
 * The edits that turn the words of `source` into the words of `copy`, in order, with word counts.
 * With `sourceBreak` (a token index of `source`), no edit's source span runs across it: a merged
 * pair of sentences given as one source, whose edits never cover what lies between the two.
 */
export function wordDiff(source: readonly Token[], copy: readonly Token[], sourceBreak?: number): WordDiff {
  const from = source.filter((token) => !token.punct);
  const to = copy.filter((token) => !token.punct);
  const steps = diffSteps(from, to);
  const breakWord = sourceBreak === undefined ? -1 : wordsBefore(source, sourceBreak);
  const edits: WordEdit[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < steps.length) {
    if (steps[k] === EQUAL) {
      const start = k;
      while (k < steps.length && steps[k] === EQUAL) k++;
      for (const end of i < breakWord && breakWord < i + k - start ? [breakWord, i + k - start] : [i + k - start]) {
        const n = end - i;
        edits.push({ op: 'equal', source: cover(from, i, end), copy: cover(to, j, j + n) });
        i += n;
        j += n;
      }
      continue;
    }
    let deleted = 0;
    let inserted = 0;
    while (k < steps.length && steps[k] !== EQUAL) {
      if (steps[k] === DELETE) deleted++;
      else inserted++;
      k++;
    }
    if (deleted > 0 && i < breakWord && breakWord < i + deleted) {
      edits.push({ op: 'delete', source: cover(from, i, breakWord) });
      deleted -= breakWord - i;
      i = breakWord;
    }
    if (deleted > 0 && inserted > 0) edits.push({ op: 'replace', source: cover(from, i, i + deleted), copy: cover(to, j, j + inserted) });
    else if (deleted > 0) edits.push({ op: 'delete', source: cover(from, i, i + deleted) });
    else edits.push({ op: 'insert', copy: cover(to, j, j + inserted) });
    i += deleted;
    j += inserted;
  }
  return { edits, equalWords: steps.filter((step) => step === EQUAL).length, sourceWords: from.length, copyWords: to.length };
}

/**
 * Where a source sentence split in two is cut: the token index of `source` at which the part
 * the second half took begins (the first half took the tokens before it). The two halves read
 * as one are diffed against the sentence, so each half's own diff against its part shares as
 * many words as the whole. The source words between the last one the first half kept and the
 * first one the second half kept may go either way: the cut falls after punctuation among them
 * (a sentence is split at its comma or semicolon, "ram, and the water" → "ram." "The water"),
 * the nearest to where the diff finishes the first half's words, else there.
 */
export function splitCut(source: readonly Token[], first: readonly Token[], second: readonly Token[]): number {
  const at: number[] = [];
  source.forEach((token, index) => {
    if (!token.punct) at.push(index);
  });
  const firstWords = first.filter((token) => !token.punct).length;
  const steps = diffSteps(
    at.map((index) => source[index]),
    [...first, ...second].filter((token) => !token.punct),
  );
  let i = 0;
  let j = 0;
  let after = 0;
  let before = at.length;
  let finished = -1;
  for (const step of steps) {
    if (j >= firstWords && finished < 0) finished = i;
    if (step === EQUAL && j < firstWords) after = i + 1;
    if (step === EQUAL && j >= firstWords) {
      before = i;
      break;
    }
    if (step !== INSERT) i++;
    if (step !== DELETE) j++;
  }
  if (finished < 0) finished = i;
  let cut = finished;
  let nearest = Infinity;
  for (let word = Math.max(after, 1); word <= before && word < at.length; word++) {
    const distance = Math.abs(word - finished);
    if (source[at[word] - 1].punct && distance <= nearest) [cut, nearest] = [word, distance];
  }
  return cut >= at.length ? source.length : at[cut];
}

/** How many of `tokens` before index `end` are words. */
function wordsBefore(tokens: readonly Token[], end: number): number {
  let words = 0;
  for (let t = 0; t < end && t < tokens.length; t++) if (!tokens[t].punct) words++;
  return words;
}

/**
 * The word counts of `wordDiff` without the edits, in two rows of the table
 * instead of all of it; a shared start and end are counted without it.
 */
export function sharedWords(source: readonly Token[], copy: readonly Token[]): WordCounts {
  return sharedNorms(wordNorms(source), wordNorms(copy));
}

/** `sharedWords` of two sentences given as their words' normalized forms. */
export function sharedNorms(from: readonly string[], to: readonly string[]): WordCounts {
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head++;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  return { equalWords: head + tail + commonLength(from, to, head, tail), sourceWords: from.length, copyWords: to.length };
}

/** The normalized forms of the words among these tokens (punctuation left out), in order. */
export function wordNorms(tokens: readonly Token[]): string[] {
  const norms: string[] = [];
  for (const token of tokens) if (!token.punct) norms.push(token.norm);
  return norms;
}

/** The length of a longest common subsequence of `a` and `b` without their first `head` and last `tail` entries (two rows of the table). */
function commonLength(a: readonly string[], b: readonly string[], head: number, tail: number): number {
  const n = a.length - tail;
  const m = b.length - tail;
  if (head >= n || head >= m) return 0;
  let previous = new Uint32Array(m - head + 1);
  let current = new Uint32Array(m - head + 1);
  for (let i = head; i < n; i++) {
    for (let j = head; j < m; j++) {
      const at = j - head + 1;
      current[at] = a[i] === b[j] ? previous[at - 1] + 1 : Math.max(previous[at], current[at - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[m - head];
}

const EQUAL = 0;
const DELETE = 1;
const INSERT = 2;

/** One step per word: equal (both advance), delete (source advances) or insert (copy advances). */
function diffSteps(from: readonly Token[], to: readonly Token[]): number[] {
  const n = from.length;
  const m = to.length;
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        from[i].norm === to[j].norm ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const steps: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (from[i].norm === to[j].norm) {
      steps.push(EQUAL);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      steps.push(DELETE);
      i++;
    } else {
      steps.push(INSERT);
      j++;
    }
  }
  while (i++ < n) steps.push(DELETE);
  while (j++ < m) steps.push(INSERT);
  return steps;
}

/** The span from the start of word `from` to the end of word `to - 1`. */
function cover(words: readonly Token[], from: number, to: number): Span {
  return { start: words[from].start, end: words[to - 1].end };
}
