/**
 * `repeated-headline`: a paragraph that is the headline again (case and
 * punctuation aside), or the headline with a few words of navigation glued in
 * front ("Route 6US and Russia struggle…").
 */
import { wordsUpTo } from '../text/words.js';
import { comparable, readsAs, removeWhere, type Pass } from './pass.js';

/** Most words of navigation glued before a headline. */
const MAX_GLUED_WORDS = 3;

/**
 * The headline's comparable form and lower case are worked out once per
 * article, not once per paragraph; a paragraph is read against the
 * headline's comparable form only as far as they agree.
 */
export const repeatedHeadline: Pass = (spans, context) => {
  const { title } = context;
  const headline = title ? comparable(title) : '';
  if (!title || !headline) return { paragraphs: [...spans], messages: [] };
  const lowerTitle = title.toLowerCase();
  return removeWhere('repeated-headline', (paragraph) => {
    if (readsAs(paragraph.text, headline)) return 'repeats the headline';
    if (!mayEndWith(paragraph.text, lowerTitle)) return undefined;
    const line = paragraph.text.toLowerCase();
    if (!line.endsWith(lowerTitle) || line.length === title.length) return undefined;
    const glued = paragraph.text.slice(0, paragraph.text.length - title.length).trim();
    if (wordsUpTo(glued, MAX_GLUED_WORDS) > MAX_GLUED_WORDS) return undefined;
    return `repeats the headline after ${JSON.stringify(glued)}, which is navigation`;
  })(spans, context);
};

/**
 * Whether `text` in lower case may end with `lowerTitle`, told without
 * lower-casing it when its last character is ASCII (lower case maps every
 * other character on its own, so that one stays last): most paragraphs end
 * otherwise than the headline.
 */
function mayEndWith(text: string, lowerTitle: string): boolean {
  if (text.length === 0) return false;
  const last = text.charCodeAt(text.length - 1);
  if (last >= 128) return true;
  return (last >= 65 && last <= 90 ? last + 32 : last) === lowerTitle.charCodeAt(lowerTitle.length - 1);
}
