/**
 * The head of a plain text body, as the text reader and the JSONL `text`
 * field share it: the first line is the headline when it looks like one
 * (short, no final period, more text after it); a date line near the top
 * ("Saturday, January 8, 2005", "April 12, 2017", "2017-04-12") is the
 * publication date; a wire-style dateline opening the body ("BRENMOUTH,
 * Eastmarch (Harbor Daily) - …") names the outlet.
 */
import { parseDateLine, splitLeadingDate, toIsoDate } from './dates.js';
import { normalizeInline } from './normalize.js';

/** How many non-blank lines at the top may hold the headline and the date line. */
const HEADER_LINES = 3;
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;

export interface TextHeader {
  title?: string;
  published?: string;
  /** The lines left once the headline and date lines are taken out (blank where they were). */
  body: string[];
}

/** What the caller still needs from the head: a field the source already gave is not looked for. */
export interface HeaderWants {
  title: boolean;
  published: boolean;
}

/** Takes the headline and the date line out of the first lines of `lines` (a copy; `lines` is not changed). */
export function readHeader(lines: readonly string[], wants: HeaderWants = { title: true, published: true }): TextHeader {
  const body = [...lines];
  const top = body
    .map((line, index) => ({ line: normalizeInline(line), index }))
    .filter(({ line }) => line !== '')
    .slice(0, HEADER_LINES);
  let title: string | undefined;
  let titleDate: string | undefined;
  if (wants.title && top.length > 1 && looksLikeHeadline(top[0].line) && !parseDateLine(top[0].line)) {
    const prefixed = /^(\d{4}\/\d{2}\/\d{2})\s+(.+)$/.exec(top[0].line);
    title = prefixed ? prefixed[2] : top[0].line;
    titleDate = prefixed ? toIsoDate(prefixed[1]) : undefined;
    body[top[0].index] = '';
  }
  if (!wants.published) return { title, body };
  for (const { line, index } of top) {
    if (body[index] === '') continue;
    const date = parseDateLine(line);
    const glued = date ? undefined : splitLeadingDate(line);
    if (!date && !glued) continue;
    body[index] = glued ? glued.rest : '';
    return { title, published: date ?? glued!.date, body };
  }
  return { title, published: titleDate, body };
}

/** A place in capitals, an optional region, the outlet in brackets, then a dash: "MOSCOW (Reuters) —". */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:, [\p{L} .]{2,40})? \(([^()]{2,40})\) ?[-–—]/u;

/** The outlet a wire-style dateline names at the start of the first paragraph, if any. */
export function datelineOutlet(paragraph: string): string | undefined {
  const outlet = DATELINE.exec(paragraph)?.[1].trim();
  return outlet === '' ? undefined : outlet;
}

/** Short, starts with a capital or digit, and does not end like a sentence (abbreviations such as "U.S." excepted). */
export function looksLikeHeadline(line: string): boolean {
  if (line.length < 3 || line.length > MAX_HEADLINE_CHARS) return false;
  if (line.split(' ').length > MAX_HEADLINE_WORDS) return false;
  if (!/^["'\p{Lu}\d]/u.test(line) || !/\p{L}/u.test(line)) return false;
  if (/[,;:]$/.test(line)) return false;
  if (line.endsWith('.')) return /(?:\b(?:\p{Lu}\.){2,}|\b(?:Jr|Sr|St|Inc|Ltd|Co|Corp)\.)$/u.test(line);
  return true;
}
