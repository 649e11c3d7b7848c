/**
 * `section-heading`: a short title-like line between paragraphs
 * ("Deteriorating ties", "Chemical attacks", "Trump on Putin"). It is not a
 * sentence, so a summary must never pick it. A heading has at most
 * `maxHeadingWords` words, starts with a capital or a digit, has no final
 * punctuation (a question mark included: questions stay), and is followed by
 * a paragraph that reads as a sentence.
 */
import { endsLikeSentence, paragraphWords, removeWhere } from './pass.js';

const MAX_HEADING_CHARS = 80;

export const sectionHeadings = removeWhere('section-heading', (paragraph, all, context) => {
  const { text } = paragraph;
  const { options } = context;
  if (text.length > MAX_HEADING_CHARS || paragraphWords(paragraph, options.maxHeadingWords, context) > options.maxHeadingWords) return undefined;
  if (!/^["'\p{Lu}\d]/u.test(text) || /[.!?…:;,"'”’)\]]$/.test(text)) return undefined;
  const next = all[paragraph.index + 1];
  if (!next || !endsLikeSentence(next.text) || paragraphWords(next, options.maxHeadingWords, context) <= options.maxHeadingWords) return undefined;
  return 'a section heading, not a sentence';
});
