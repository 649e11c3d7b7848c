/**
 * `repeated-headline`: a paragraph that is the headline again (case and
 * punctuation aside), or the headline with a few words of navigation glued in
 * front ("Route 6US and Russia struggle…").
 */
import { comparable, removeWhere, wordCount } from './pass.js';

/** Most words of navigation glued before a headline. */
const MAX_GLUED_WORDS = 3;

export const repeatedHeadline = removeWhere('repeated-headline', (paragraph, _all, { title }) => {
  const headline = title ? comparable(title) : '';
  if (!title || !headline) return undefined;
  if (comparable(paragraph.text) === headline) return 'repeats the headline';
  const line = paragraph.text.toLowerCase();
  if (!line.endsWith(title.toLowerCase()) || line.length === title.length) return undefined;
  const glued = paragraph.text.slice(0, paragraph.text.length - title.length).trim();
  if (wordCount(glued) > MAX_GLUED_WORDS) return undefined;
  return `repeats the headline after ${JSON.stringify(glued)}, which is navigation`;
});
