/**
 * `repeated-headline`: a paragraph that is the headline again (case and
 * punctuation aside), or the headline with a few words of navigation glued in
 * front ("Route 6US and Russia struggle…").
 */
import { comparable, comparableHash, removeWhere, stringHash, wordsUpTo, type Pass } from './pass.js';

/** Most words of navigation glued before a headline. */
const MAX_GLUED_WORDS = 3;

/**
 * The headline's comparable form and lower case are worked out once per
 * article, not once per paragraph; a paragraph's comparable form is built
 * only when its hash is the headline's.
 */
export const repeatedHeadline: Pass = (spans, context) => {
  const { title } = context;
  const headline = title ? comparable(title) : '';
  if (!title || !headline) return { paragraphs: [...spans], messages: [] };
  const headlineHash = stringHash(headline);
  const lowerTitle = title.toLowerCase();
  return removeWhere('repeated-headline', (paragraph) => {
    if (comparableHash(paragraph.text) === headlineHash && comparable(paragraph.text) === headline) return 'repeats the headline';
    const line = paragraph.text.toLowerCase();
    if (!line.endsWith(lowerTitle) || line.length === title.length) return undefined;
    const glued = paragraph.text.slice(0, paragraph.text.length - title.length).trim();
    if (wordsUpTo(glued, MAX_GLUED_WORDS) > MAX_GLUED_WORDS) return undefined;
    return `repeats the headline after ${JSON.stringify(glued)}, which is navigation`;
  })(spans, context);
};
