/**
 * Page furniture left inside a paragraph when a page was flattened to text.
 * Each cuts its paragraph around what it removes, so no sentence keeps it:
 *
 * - `inline-advertisement`: an ad marker between two sentences ("… on
 *   homelessness. Advertisement Do not misread that.");
 * - `inline-furniture`: a sentence that speaks to the page's reader ("Like us
 *   on Facebook and follow us on Twitter.", "Follow NewsPulse Daily on Facebook
 *   and Instagram for more breaking news!", "… delivered to your inbox", a
 *   live blog's "Follow our live coverage of the flood."),
 *   unless it is all the article has.
 *
 * A paragraph that is only a marker, or a line that `navigation` or `paywall`
 * know, is theirs: those run first.
 */
import type { Message, Span } from '../article.js';
import { ENGLISH_RULES } from '../segment/languages.js';
import { sentenceSpans } from '../segment/sentences.js';
import { removal, type Pass } from './pass.js';

/** The marker after a sentence end (or at the paragraph's start) and before the next sentence's first character. */
export const MARKER = /(^|[.!?…"”’)]\s+)(Advertisement|ADVERTISEMENT|ADVERTISING|Story continues below(?: advertisement)?)\s+(?=["“‘'(\p{Lu}\d])/gu;

/** How a call to the page's reader opens, or what it says wherever it stands. */
const CALL_OPENING = /^(?:like us|follow us|sign up|subscribe|click|tap here|read more|register|log in|please log in|download (?:the|our)|follow\s+(?:(?:our|the|all\s+the)\s+)?(?:latest|live)\b|follow(?:\s+\S+){1,3}\s+on\s+(?:facebook|instagram|twitter|x|tiktok|threads|bluesky|youtube|linkedin|whatsapp|telegram))\b/i;
const CALL_ANYWHERE = /\b(?:your inbox|our newsletter|social account)\b/i;
/** A cheap test that a paragraph may hold such a call, before it is split into sentences. */
const MAY_CALL = /\b(?:like us|follow|sign up|subscribe|click|tap here|read more|register|log in|download|your inbox|our newsletter|social account)\b/i;

/** Every marker holds one of these: a paragraph without them is not searched for `MARKER`. */
export const MARKER_WORDS = ['Advertisement', 'ADVERTIS', 'Story continues below'];

export const inlineAdvertisements: Pass = (spans, { text }) =>
  cutEach(spans, text, 'inline-advertisement', 'an advertisement marker inside the text', (span) => {
    const paragraph = text.slice(span.start, span.end);
    if (!MARKER_WORDS.some((word) => paragraph.includes(word))) return [];
    return [...paragraph.matchAll(MARKER)].map((match) => {
      const start = span.start + match.index + match[1].length;
      return { start, end: start + match[2].length };
    });
  });

export const inlineFurniture: Pass = (spans, { text }) =>
  cutEach(spans, text, 'inline-furniture', "a line to the page's reader inside the text, not news", (span) => {
    if (!MAY_CALL.test(text.slice(span.start, span.end))) return [];
    const sentences = sentenceSpans(text, span, ENGLISH_RULES);
    const calls = sentences.filter((sentence) => isCall(text.slice(sentence.start, sentence.end)));
    return calls.length < sentences.length || spans.length > 1 ? calls : [];
  });

function isCall(sentence: string): boolean {
  return CALL_OPENING.test(sentence) || CALL_ANYWHERE.test(sentence);
}

/** Each paragraph cut around the spans `find` gives in it, with a message for each. */
function cutEach(spans: readonly Span[], text: string, rule: string, reason: string, find: (span: Span) => Span[]): { paragraphs: Span[]; messages: Message[] } {
  const paragraphs: Span[] = [];
  const messages: Message[] = [];
  for (const span of spans) {
    let from = span.start;
    for (const removed of find(span)) {
      const before = trimmedEnd(text, from, removed.start);
      if (before > from) paragraphs.push({ start: from, end: before });
      messages.push(removal(rule, reason, removed));
      from = removed.end;
      while (from < span.end && /\s/.test(text[from])) from++;
    }
    if (span.end > from) paragraphs.push({ start: from, end: span.end });
  }
  return { paragraphs, messages };
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
