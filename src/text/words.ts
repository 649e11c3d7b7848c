/** Words as a reader counts them: runs of characters between spaces. */

/** Counts whitespace-separated words, as a reader (and ROUGE's `-l`) counts them. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
