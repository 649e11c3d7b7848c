/** `duplicate-paragraph`: a paragraph identical (case and punctuation aside) to an earlier one; the first stays. */
import type { Message, Span } from '../article.js';
import { comparable, paragraphsOf, removal, type Pass } from './pass.js';

export const duplicates: Pass = (spans, { text }) => {
  const first = new Map<string, Span>();
  const kept: Span[] = [];
  const messages: Message[] = [];
  for (const paragraph of paragraphsOf(spans, text)) {
    const key = comparable(paragraph.text);
    const earlier = key ? first.get(key) : undefined;
    if (earlier) {
      messages.push(removal('duplicate-paragraph', `repeats the paragraph at characters ${earlier.start}–${earlier.end}`, paragraph.span));
      continue;
    }
    if (key) first.set(key, paragraph.span);
    kept.push(paragraph.span);
  }
  return { paragraphs: kept, messages };
};
