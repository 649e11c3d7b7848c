/**
 * The head of a plain text body, as the text reader and the JSONL `text`
 * field share it: the first line is the headline when it looks like one
 * (short, no final period, more text after it, not a time alone: "8:24am:"); a date line near the top
 * ("Saturday, January 8, 2005", "April 12, 2017", "2017-04-12") is the
 * publication date; a byline line there ("By Ada Morrow and Tomas Keldren,
 * Staff Writers") names the authors; a wire-style dateline opening the body
 * ("BRENMOUTH, Eastmarch (Harbor Daily) - …", "LONDON, March 14 (Reuters) -")
 * names the outlet. A first line that is only a web address is the page's
 * address, and the headline may follow it.
 */
import { parseDateLine, splitLeadingDate, toIsoDate } from './dates.js';
import { countWords } from '../text/words.js';
import { normalizeInline } from './normalize.js';
import { isTimeAlone } from './live-blog.js';

/** How many non-blank lines at the top may hold the headline and the date line. */
const HEADER_LINES = 3;
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;

export interface TextHeader {
  title?: string;
  /** The date line as written (for `buildArticle` to read with what it knows of the article: CST in Chinese copy is China's). */
  published?: string;
  byline?: string;
  /** The page's address, when the text opens with it on a line of its own. */
  url?: string;
  /** The lines left once the headline and date lines are taken out (blank where they were). */
  body: string[];
}

/** What the caller still needs from the head: a field the source already gave is not looked for. */
export interface HeaderWants {
  title: boolean;
  published: boolean;
  byline: boolean;
}

/** Takes the headline, the date line and the byline out of the first lines of `lines` (a copy; `lines` is not changed). */
export function readHeader(lines: readonly string[], wants: HeaderWants = { title: true, published: true, byline: true }): TextHeader {
  const body = [...lines];
  /** The first non-blank lines, normalized (only these: the body is normalized later, as paragraphs). */
  const first: Array<{ line: string; index: number }> = [];
  for (let index = 0; index < body.length && first.length <= HEADER_LINES; index++) {
    const line = normalizeInline(body[index]);
    if (line !== '') first.push({ line, index });
  }
  const url = first.length > 1 ? addressLine(first[0].line) : undefined;
  if (url !== undefined) body[first[0].index] = '';
  const top = (url === undefined ? first : first.slice(1)).slice(0, HEADER_LINES);
  const header = headlineAndDate(body, top, wants);
  const byline = wants.byline ? bylineOf(body, top) : undefined;
  return { ...header, ...(byline ? { byline } : {}), ...(url === undefined ? {} : { url }) };
}

/**
 * "By Ada Morrow and Tomas Keldren, Staff Writers": what follows "By" (in
 * French, German, Spanish and Dutch "Par", "Von", "Por", "Door") up to a
 * comma, a bar or a dash, when it is only capitalized words and "and" ("et",
 * "und", "y", "en").
 */
const BYLINE = /^(?:By|Par|Von|Por|Door)\s+([^,|–—]+?)(?:\s*(?:[,|–—]|\s-\s).*)?$/u;
const BYLINE_NAMES = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|et|und|y|en|&))*$/u;
const MAX_BYLINE_WORDS = 8;

/** The names a byline line gives, or undefined when the line is no byline. */
function bylineNames(line: string): string | undefined {
  const names = BYLINE.exec(line)?.[1].trim();
  if (!names || !BYLINE_NAMES.test(names) || names.split(/\s+/).length > MAX_BYLINE_WORDS || /\s(?:and|et|und|y|en|&)$/.test(names)) return undefined;
  return names;
}

/** The names of a byline line among the `top` lines, taken out of `body`. */
function bylineOf(body: string[], top: ReadonlyArray<{ line: string; index: number }>): string | undefined {
  for (const { line, index } of top) {
    const names = body[index] === '' ? undefined : bylineNames(line);
    if (names === undefined) continue;
    body[index] = '';
    return names;
  }
  return undefined;
}

/** The headline (first line) and the date line among the `top` lines, taken out of `body`. */
function headlineAndDate(body: string[], top: ReadonlyArray<{ line: string; index: number }>, wants: HeaderWants): TextHeader {
  let title: string | undefined;
  let titleDate: string | undefined;
  if (wants.title && top.length > 1 && (looksLikeHeadline(top[0].line) || headlineOverHeader(top)) && !parseDateLine(top[0].line) && !isTimeAlone(top[0].line) && bylineNames(top[0].line) === undefined) {
    const prefixed = /^(\d{4}\/\d{2}\/\d{2})\s+(.+)$/.exec(top[0].line);
    title = prefixed ? prefixed[2] : top[0].line;
    titleDate = prefixed && toIsoDate(prefixed[1]) ? prefixed[1] : undefined;
    body[top[0].index] = '';
  }
  if (!wants.published) return { title, body };
  for (const { line, index } of top) {
    if (body[index] === '') continue;
    const date = parseDateLine(line);
    const glued = date ? undefined : splitLeadingDate(line);
    if (!date && !glued) continue;
    body[index] = glued ? glued.rest : '';
    return { title, published: date ? line : glued!.date, body };
  }
  return { title, published: titleDate, body };
}

/**
 * A first line ending in a period that a date line or a byline follows is a
 * headline all the same, as an opinion column's or a feature's often is
 * ("Opinion: Orrin Ford was promised a wall. It got a press release." over
 * "4 November 2026" and "By Delphine Marsh"): a text's first sentence has no
 * date line under it.
 */
function headlineOverHeader(top: ReadonlyArray<{ line: string }>): boolean {
  const [first, second] = top;
  return first.line.endsWith('.') && looksLikeHeadline(first.line.slice(0, -1)) && (parseDateLine(second.line) !== undefined || bylineNames(second.line) !== undefined);
}

/**
 * A line that is only a web address: the page the text was copied from
 * ("https://www.example.com/news/1"), also as tokenized corpora write it
 * ("http: / / www. example. com / news / 1").
 */
function addressLine(line: string): string | undefined {
  const spaced = /^https?: \/ \//i.test(line);
  if (!spaced && /\s/.test(line)) return undefined;
  const address = spaced ? line.replace(/\s+/g, '') : line;
  if (!/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(address)) return undefined;
  try {
    return new URL(address).href;
  } catch {
    return undefined;
  }
}

/** A place in capitals, an optional region or date, the outlet in brackets, then a dash: "MOSCOW (Reuters) —", "LONDON, March 14 (Reuters) -", "PARIS, 12 mars (AFP) -". */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:, [\p{L}\p{N} .]{2,40})? \(([^()]{2,40})\) ?[-–—]/u;
/**
 * A place in small letters, as German wires write it, an optional date, then
 * an agency (capitalized words, or one short word in small letters) in
 * brackets and a dash: "Berlin (dpa) -", "Frankfurt am Main (Reuters) –",
 * "Hohenfurt, 10. März (NDA) -". Not "Officials (in Brenmouth) - said".
 */
const MIXED_CASE_DATELINE = /^\p{Lu}\p{Ll}+(?:[- ](?:\p{Lu}\p{Ll}+|am|an|im|sur|en))*(?:, \d{1,2}\.? \p{L}{3,}\.?)? \((\p{Lu}[\p{L}.]*(?:[ /]\p{Lu}[\p{L}.]*)*|\p{Ll}{2,6})\) ?[-–—] \p{Lu}/u;

/** The outlet a wire-style dateline names at the start of the first paragraph, if any. */
export function datelineOutlet(paragraph: string): string | undefined {
  const outlet = (DATELINE.exec(paragraph) ?? MIXED_CASE_DATELINE.exec(paragraph))?.[1].trim();
  return outlet === '' ? undefined : outlet;
}

/**
 * Short, starts with a capital or digit (or, in a script without capitals,
 * a letter: Chinese, Japanese, Korean, Arabic, Hebrew, Thai, Devanagari),
 * and does not end like a sentence (abbreviations such as "U.S." excepted),
 * nor is it several sentences, the last ending inside a quotation (`… the mayor said. "The costs
 * are rising."`; one quoted sentence may be a headline: `Althouse: "I just
 * want to see badgers chew up ducks."`); a German ticker's closing "+++"
 * does not count (`9.45 Uhr: Die Gewerkschaft … auszuweiten. +++` ends a
 * sentence: it is a live blog's post, not its headline).
 * Chinese and Japanese count a word a character, as `countWords` does.
 */
export function looksLikeHeadline(given: string): boolean {
  const line = given.replace(/\s*\+{3}$/u, '');
  if (line.length < 3 || line.length > MAX_HEADLINE_CHARS) return false;
  if (countWords(line) > MAX_HEADLINE_WORDS) return false;
  if (!/^["'¿¡\p{Lu}\p{Lo}\d]/u.test(line) || !/\p{L}/u.test(line)) return false;
  if (/[,;:，、；：。،؛।]$/.test(line)) return false;
  if (line.endsWith('.')) return /(?:\b(?:\p{Lu}\.){2,}|\b(?:Jr|Sr|St|Inc|Ltd|Co|Corp)\.)$/u.test(line);
  if (/\.\s?["'”“»’]$/u.test(line) && /[.!?]["'”“»’]?\s+["'“„«]?\s?\p{Lu}/u.test(line)) return false;
  return true;
}
