/** `duplicate-paragraph`: a paragraph identical (case and punctuation aside) to an earlier one; the first stays. */
import type { Message, Span } from '../article.js';
import { comparable, comparableHash, HASHED_LENGTH, paragraphsOf, removal, type Paragraph, type Pass } from './pass.js';

/**
 * Paragraphs are grouped by the hash of the start of their comparable form,
 * so a paragraph's comparable text is built only when an earlier one has
 * the same hash (a repeat, or one that starts the same).
 */
export const duplicates: Pass = (spans, { text }) => {
  /** Kept paragraphs by hash, each with its comparable form once it has been needed. */
  const firsts = new Map<number, Array<{ paragraph: Paragraph; key?: string }>>();
  const kept: Span[] = [];
  const messages: Message[] = [];
  for (const paragraph of paragraphsOf(spans, text)) {
    const hash = comparableHash(paragraph.text, HASHED_LENGTH);
    const sameHash = firsts.get(hash);
    const key = sameHash ? comparable(paragraph.text) : undefined;
    const earlier = key ? sameHash!.find((first) => (first.key ??= comparable(first.paragraph.text)) === key)?.paragraph : undefined;
    if (earlier) {
      messages.push(removal('duplicate-paragraph', `repeats the paragraph at characters ${earlier.span.start}–${earlier.span.end}`, paragraph.span));
      continue;
    }
    if (sameHash === undefined) firsts.set(hash, [{ paragraph }]);
    else if (key) sameHash.push({ paragraph, key });
    kept.push(paragraph.span);
  }
  return { paragraphs: kept, messages };
};
