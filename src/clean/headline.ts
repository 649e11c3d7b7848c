/**
 * `repeated-headline`: a paragraph that is the headline again (case and
 * punctuation aside), or the headline with a few words of navigation glued in
 * front ("Route 6US and Russia struggle…").
 */
import { comparable, removeWhere, wordsUpTo, type Pass } from './pass.js';

/** Most words of navigation glued before a headline. */
const MAX_GLUED_WORDS = 3;

/** The headline's comparable form and lower case are worked out once per article, not once per paragraph. */
export const repeatedHeadline: Pass = (spans, context) => {
  const { title } = context;
  const headline = title ? comparable(title) : '';
  if (!title || !headline) return { paragraphs: [...spans], messages: [] };
  const lowerTitle = title.toLowerCase();
  return removeWhere('repeated-headline', (paragraph) => {
    if (comparable(paragraph.text) === headline) return 'repeats the headline';
    const line = paragraph.text.toLowerCase();
    if (!line.endsWith(lowerTitle) || line.length === title.length) return undefined;
    const glued = paragraph.text.slice(0, paragraph.text.length - title.length).trim();
    if (wordsUpTo(glued, MAX_GLUED_WORDS) > MAX_GLUED_WORDS) return undefined;
    return `repeats the headline after ${JSON.stringify(glued)}, which is navigation`;
  })(spans, context);
};
