/**
 * `byline`: "By Maren Holt, Harbor Daily | …" and "Reporting by …; Editing
 * by …" lines. `dateline`: a line that is only a date, or only a wire
 * dateline; and a dateline opening the body ("BRENMOUTH, Eastmarch (Harbor
 * Daily) - A spillway…", "SEOUL, South Korea (AP) _ U.S. …", "SAINT-ORBEL, 12
 * mars (APC) - Une partie…", "Berlin (dpa) - Die Regierung…"), which is cut
 * off the start of the first paragraph, or of the second or third after a
 * standfirst or a note set above the report.
 */
import type { Message, Span } from '../article.js';
import { parseDateLine } from '../read/dates.js';
import { paragraphsOf, paragraphWords, removal, removeWhere, type Pass } from './pass.js';

const MAX_BYLINE_WORDS = 25;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** "By" ("Posted by", "Written by", "Par", "Von", "Por", "Door") and a name of two to four capitalized words, then the end, a separator or the agency in brackets ("Par Claire Dumontel (APC)"). */
const BYLINE = new RegExp(String.raw`^(?:(?:Posted|Written)\s+by|By|Par|Von|Por|Door)\s+(?:${NAME}\s+){1,3}${NAME}(?:$|\s*[,|;/]|\s+\([^()]{1,40}\)$|\s+(?:and|et|und|y|en|in|for|[-–—])\s)`, 'u');
const CREDITS_LINE = /^(?:(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\b/i;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * CITY[, Region][, Month D][ (Agency)] followed by a dash or the wire's "_".
 * The city is in capitals; without an agency in brackets it needs 3+ letters.
 */
/** A day before its month's name, as French, German and other wires write it: "12 mars", "12. März". */
const DAY_MONTH = String.raw`\d{1,2}\.?\s+\p{L}{3,}\.?`;
const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}'.-]+(?:\s+\p{Lu}[\p{Lu}'.-]+)*)(?:,\s+${NAME}(?:\s+${NAME})*)?(?:,\s+(?:${MONTH}\s+\d{1,2}|${DAY_MONTH}))?(?:\s+\([^()]{1,40}\))?\s+(?:-|–|—|_|--)(?:\s+|$)`,
  'u',
);
/**
 * A place written in small letters, then the agency in brackets and a dash,
 * as German wires write it: "Berlin (dpa) - ", "Frankfurt am Main (dpa) – ",
 * "Hohenfurt, 10. März (NDA) - ": the agency capitalized words or one short
 * word in small letters, a capital after the dash (not "Officials (in
 * Brenmouth) - said").
 */
const MIXED_CASE_DATELINE = new RegExp(
  String.raw`^\p{Lu}\p{Ll}+(?:[- ](?:\p{Lu}\p{Ll}+|am|an|im|in|der|sur|en|de|la|le))*(?:,\s+${DAY_MONTH})?\s+\((?:\p{Lu}[\p{L}.]*(?:[ /]\p{Lu}[\p{L}.]*)*|\p{Ll}{2,6})\)\s+(?:-|–|—)\s+(?=\p{Lu})`,
  'u',
);

export const bylines = removeWhere('byline', (paragraph, _all, context) => {
  const { text } = paragraph;
  if (paragraphWords(paragraph, MAX_BYLINE_WORDS, context) > MAX_BYLINE_WORDS || /[.!?]$/.test(text)) return undefined;
  if (BYLINE.test(text)) return 'a byline, not article text';
  if (CREDITS_LINE.test(text)) return 'a reporting credit line, not article text';
  return undefined;
});

const dateLines = removeWhere('dateline', ({ text }) => {
  if (parseDateLine(text)) return 'a date line, not article text';
  const dateline = datelinePrefix(text);
  if (dateline !== undefined && dateline.length >= text.length - 1) return 'a dateline, not article text';
  return undefined;
});

/** Paragraphs that may come before the one a dateline opens: a standfirst or a note set above the report (a later one opens on a dateline naming its agency in brackets: "CALLOWBY (Pellam Wire) -", not "NATO -"). */
const MAX_DATELINE_PARAGRAPH = 3;

/** Removes date and dateline lines, then cuts a dateline off the start of the first paragraph that opens on one, among the first `MAX_DATELINE_PARAGRAPH`. */
export const datelines: Pass = (spans, context) => {
  const lines = dateLines(spans, context);
  const opening = paragraphsOf(lines.paragraphs.slice(0, MAX_DATELINE_PARAGRAPH), context.text);
  const at = opening.findIndex((paragraph, index) => (index === 0 ? datelinePrefix(paragraph.text) !== undefined : datelinePrefix(paragraph.text)?.includes('(')));
  if (at < 0) return lines;
  const { span, text } = opening[at];
  const prefix = datelinePrefix(text)!;
  const cut: Span = { start: span.start, end: span.start + prefix.trimEnd().length };
  const rest: Span = { start: span.start + prefix.length, end: span.end };
  const message: Message = removal('dateline', 'a wire dateline (place and agency) before the first sentence', cut);
  return { paragraphs: lines.paragraphs.map((paragraph, index) => (index === at ? rest : paragraph)), messages: [...lines.messages, message] };
};

/** The dateline at the start of a paragraph, with the space after it, or undefined. */
function datelinePrefix(text: string): string | undefined {
  const mixed = MIXED_CASE_DATELINE.exec(text);
  if (mixed) return mixed[0];
  const match = DATELINE.exec(text);
  if (!match) return undefined;
  const city = /^[\p{Lu}'.-]+/u.exec(match[0])![0];
  if (city.length < 3 && !match[0].includes('(')) return undefined;
  return match[0];
}
