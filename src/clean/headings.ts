/**
 * `section-heading`: a short title-like line between paragraphs
 * ("Deteriorating ties", "Chemical attacks", "Trump on Putin"). It is not a
 * sentence, so a summary must never pick it. A heading has at most
 * `maxHeadingWords` words, starts with a capital or a digit, has no final
 * punctuation (a question mark included: questions stay), and is followed by
 * a paragraph that reads as a sentence.
 */
import { endsLikeSentence, removeWhere, wordsUpTo } from './pass.js';

const MAX_HEADING_CHARS = 80;

export const sectionHeadings = removeWhere('section-heading', (paragraph, all, { options }) => {
  const { text } = paragraph;
  if (text.length > MAX_HEADING_CHARS || wordsUpTo(text, options.maxHeadingWords) > options.maxHeadingWords) return undefined;
  if (!/^["'\p{Lu}\d]/u.test(text) || /[.!?…:;,"'”’)\]]$/.test(text)) return undefined;
  const next = all[paragraph.index + 1];
  if (!next || !endsLikeSentence(next.text) || wordsUpTo(next.text, options.maxHeadingWords) <= options.maxHeadingWords) return undefined;
  return 'a section heading, not a sentence';
});
