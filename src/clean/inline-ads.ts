/**
 * `inline-advertisement`: an ad marker left between two sentences when a page
 * was flattened to text ("… on homelessness. Advertisement Do not misread
 * that."). The paragraph is cut in two around it, so no sentence starts with
 * "Advertisement"; a paragraph that is only the marker is `navigation`'s.
 */
import type { Message, Span } from '../article.js';
import { removal, type Pass } from './pass.js';

/** The marker after a sentence end (or at the paragraph's start) and before the next sentence's first character. */
const MARKER = /(^|[.!?…"”’)]\s+)(Advertisement|ADVERTISEMENT|ADVERTISING|Story continues below(?: advertisement)?)\s+(?=["“‘'(\p{Lu}\d])/gu;

export const inlineAdvertisements: Pass = (spans, { text }) => {
  const paragraphs: Span[] = [];
  const messages: Message[] = [];
  for (const span of spans) {
    let from = span.start;
    for (const match of text.slice(span.start, span.end).matchAll(MARKER)) {
      const start = span.start + match.index + match[1].length;
      const end = start + match[2].length;
      const before = trimmedEnd(text, from, start);
      if (before > from) paragraphs.push({ start: from, end: before });
      messages.push(removal('inline-advertisement', 'an advertisement marker inside the text', { start, end }));
      from = end;
      while (from < span.end && /\s/.test(text[from])) from++;
    }
    if (span.end > from) paragraphs.push({ start: from, end: span.end });
  }
  return { paragraphs, messages };
};

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
