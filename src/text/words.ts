/** Words as a reader counts them: runs of characters between spaces. */
import { cjkCountedAt } from './cjk.js';

/**
 * Counts whitespace-separated words, as a reader (and ROUGE's `-l`) counts
 * them; Chinese and Japanese, written without spaces, count a word a Han
 * character, hiragana or katakana run (`cjkWordEnd`), as word processors
 * count them and the tokenizer reads them, and their punctuation none.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cjk = cjkCountedAt(text, i);
    if (cjk) {
      if (cjk.word) words++;
      i = cjk.end - 1;
      inWord = false;
      continue;
    }
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The words of a list written one after another, separated by white space ("a b c"): how the word tables are written. */
export const wordSet = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/).filter(Boolean));
