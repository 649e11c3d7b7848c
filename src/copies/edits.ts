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

export interface WordDiff {
  edits: WordEdit[];
  /** Words in `equal` edits (the same on both sides). */
  equalWords: number;
  sourceWords: number;
  copyWords: number;
}

/** The edits that turn the words of `source` into the words of `copy`, in order, with word counts. */
export function wordDiff(source: readonly Token[], copy: readonly Token[]): WordDiff {
  const from = source.filter((token) => !token.punct);
  const to = copy.filter((token) => !token.punct);
  const steps = diffSteps(from, to);
  const edits: WordEdit[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < steps.length) {
    if (steps[k] === EQUAL) {
      const start = k;
      while (k < steps.length && steps[k] === EQUAL) k++;
      const n = k - start;
      edits.push({ op: 'equal', source: cover(from, i, i + n), copy: cover(to, j, j + n) });
      i += n;
      j += n;
      continue;
    }
    let deleted = 0;
    let inserted = 0;
    while (k < steps.length && steps[k] !== EQUAL) {
      if (steps[k] === DELETE) deleted++;
      else inserted++;
      k++;
    }
    if (deleted > 0 && inserted > 0) edits.push({ op: 'replace', source: cover(from, i, i + deleted), copy: cover(to, j, j + inserted) });
    else if (deleted > 0) edits.push({ op: 'delete', source: cover(from, i, i + deleted) });
    else edits.push({ op: 'insert', copy: cover(to, j, j + inserted) });
    i += deleted;
    j += inserted;
  }
  return { edits, equalWords: steps.filter((step) => step === EQUAL).length, sourceWords: from.length, copyWords: to.length };
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
