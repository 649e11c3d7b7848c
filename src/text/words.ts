/** Words as a reader counts them: runs of characters between spaces. */
import { cjkCountedAt } from './cjk.js';

/**
 * Counts whitespace-separated words, as a reader (and ROUGE's `-l`) counts
 * them; Chinese and Japanese, written without spaces, count a word a Han
 * character, hiragana or katakana run (`cjkWordEnd`), as word processors
 * count them and the tokenizer reads them, and their punctuation none.
 */
export function countWords(text: string): number {
  return wordsUpTo(text, Infinity);
}

/**
 * `countWords`, read only as far as needed to compare the count with
 * `limit`: the count when it is at most `limit`, else `limit + 1` (a long
 * paragraph is not scanned to its end to learn it is no short line). A
 * space is any code unit up to 32, as ROUGE splits (normalized text holds
 * no other white space).
 */
export function wordsUpTo(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cjk = cjkCountedAt(text, i);
    if (cjk) {
      if (cjk.word && ++count > limit) return count;
      i = cjk.end - 1;
      inWord = false;
      continue;
    }
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++count > limit) return count;
    inWord = !space;
  }
  return count;
}

/** The words of a list written one after another, separated by white space ("a b c"): how the word tables are written. */
export const wordSet = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/).filter(Boolean));
