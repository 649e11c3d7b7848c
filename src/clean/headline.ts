/**
 * `repeated-headline`: a paragraph that is the headline again (case and
 * punctuation aside), or the headline with a few words of navigation glued in
 * front ("Route 6US and Russia struggle…").
 */
import { comparable, removeWhere, wordsUpTo } from './pass.js';

/** Most words of navigation glued before a headline. */
const MAX_GLUED_WORDS = 3;

export const repeatedHeadline = removeWhere('repeated-headline', (paragraph, _all, { title }) => {
  const headline = title ? headlineKey(title) : '';
  if (!title || !headline) return undefined;
  if (comparable(paragraph.text) === headline) return 'repeats the headline';
  const line = paragraph.text.toLowerCase();
  if (!line.endsWith(title.toLowerCase()) || line.length === title.length) return undefined;
  const glued = paragraph.text.slice(0, paragraph.text.length - title.length).trim();
  if (wordsUpTo(glued, MAX_GLUED_WORDS) > MAX_GLUED_WORDS) return undefined;
  return `repeats the headline after ${JSON.stringify(glued)}, which is navigation`;
});

let lastTitle: string | undefined;
let lastKey = '';

/** `comparable(title)`, remembered for the last title: every paragraph of an article is compared with it. */
function headlineKey(title: string): string {
  if (title !== lastTitle) {
    lastKey = comparable(title);
    lastTitle = title;
  }
  return lastKey;
}
