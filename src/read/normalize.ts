/**
 * The text normalization every reader applies while it builds `Article.text`.
 * After the reader the text never changes, so everything that later stages
 * should not have to care about is settled here: line endings, hard wraps,
 * runs of spaces, quote marks, non-breaking spaces and control characters.
 */
import type { Span } from '../article.js';

declare const NORMALIZED: unique symbol;
/** A string `normalizeInline` gave (each paragraph `splitParagraphs` gives is one): normalizing it again changes nothing, so an article is built of it as it is (`buildNormalizedArticle`). */
export type Normalized = string & { readonly [NORMALIZED]: true };

/** How paragraphs are marked in the raw text. */
export type ParagraphStyle =
  /** Blank lines separate paragraphs; lines of a hard-wrapped block are joined, unwrapped lines stay apart. */
  | 'plain'
  /** Newswire/SGML copy: blank lines or an indented line start a paragraph; every other line break is a wrap. */
  | 'wire';

/** Text built from paragraphs: paragraphs are separated by one blank line. */
export interface ParagraphText {
  text: string;
  paragraphs: Span[];
}

/** Widest line (in characters) that still counts as a hard wrap; longer lines are unwrapped paragraphs. */
export const MAX_WRAP_WIDTH = 100;
/** Narrowest block width that counts as hard-wrapped; narrower blocks are lists of short lines. */
export const MIN_WRAP_WIDTH = 40;

const PARAGRAPH_SEPARATOR = '\n\n';

/** `\r\n` and lone `\r` become `\n` (text without `\r`, most of it, is only searched for one, natively). */
export function normalizeLineEndings(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

/**
 * Normalizes one paragraph's characters: TeX/PTB ``quotes'' and curly quotes
 * to straight ones, unusual spaces to plain spaces, control and zero-width
 * characters removed, every run of whitespace (line breaks included) to one
 * space, no leading or trailing space.
 */
export function normalizeInline(value: string): Normalized {
  return (needsNormalizing(value) ? normalizeChars(value) : value) as Normalized;
}

/** Control, soft-hyphen and zero-width characters: removed. */
const REMOVED = String.raw`\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF`;
/** Curly, low, double-prime and guillemet double quotes: become `"`. */
const DOUBLE_QUOTES = String.raw`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB`;
/** Backtick, curly, low and prime single quotes: become `'`. */
const SINGLE_QUOTES = String.raw`\`\u2018\u2019\u201A\u201B\u2032`;

/** What `\s` matches but a plain space (spelled out so that one character class holds all that changes). */
const ODD_SPACES = String.raw`\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF`;
/** The characters `normalizeChars` removes or replaces. */
const CHANGED_CHARACTER = new RegExp(`[${REMOVED}${DOUBLE_QUOTES}${SINGLE_QUOTES}${ODD_SPACES}]`);

/**
 * What `normalizeChars` would change: a character it removes or replaces, a
 * TeX quote pair, two spaces in a row, a space at either end. Text without
 * any (most paragraphs, and every paragraph already normalized) is kept as
 * it is. The pairs and the ends are looked for apart from the characters,
 * natively: one pattern holding them all is tried at every position, and
 * one character class is searched faster than two (measured: together 45%
 * less time for the whole test).
 */
function needsNormalizing(value: string): boolean {
  return value.startsWith(' ') || value.endsWith(' ') || CHANGED_CHARACTER.test(value) || value.includes('  ') || value.includes("''");
}

const REMOVE = new RegExp(`[${REMOVED}]`, 'g');
/** After single quotes are straight: two in a row (TeX ``quotes'', or ‘‘) are a double quote. */
const TO_DOUBLE_QUOTE = new RegExp(`''|[${DOUBLE_QUOTES}]`, 'g');
const TO_SINGLE_QUOTE = new RegExp(`[${SINGLE_QUOTES}]`, 'g');

function normalizeChars(value: string): string {
  return value.replace(REMOVE, '').replace(TO_SINGLE_QUOTE, "'").replace(TO_DOUBLE_QUOTE, '"').replace(/\s+/g, ' ').trim();
}

/** Splits raw text into normalized paragraph strings, dropping empty ones. */
export function splitParagraphs(raw: string, style: ParagraphStyle = 'plain'): Normalized[] {
  const paragraphs: Normalized[] = [];
  for (const block of blocksOf(normalizeLineEndings(raw))) {
    const groups = style === 'wire' ? splitAtIndents(block) : joinWrapped(block);
    for (const group of groups) {
      const paragraph = normalizeInline(group.join(' '));
      if (paragraph) paragraphs.push(paragraph);
    }
  }
  return paragraphs;
}

/** Joins normalized paragraphs with blank lines and records each paragraph's span. */
export function joinParagraphs(paragraphs: readonly string[]): ParagraphText {
  const spans: Span[] = [];
  let text = '';
  for (const paragraph of paragraphs) {
    if (!paragraph) continue;
    if (text) text += PARAGRAPH_SEPARATOR;
    spans.push({ start: text.length, end: text.length + paragraph.length });
    text += paragraph;
  }
  return { text, paragraphs: spans };
}

/** Raw text to `{text, paragraphs}` in one step. */
export function normalizeText(raw: string, style: ParagraphStyle = 'plain'): ParagraphText {
  return joinParagraphs(splitParagraphs(raw, style));
}

/** Blocks of non-blank lines (right-trimmed: `trimEnd` removes what `\s` matches, no-break space included), split at blank lines. */
function blocksOf(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (/^[\s\u00A0]*$/.test(line)) {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push(line.trimEnd());
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Wire copy: an indented line starts a paragraph, unless every line is indented (a margin). */
function splitAtIndents(lines: string[]): string[][] {
  const indented = lines.map((line) => /^[ \t\u00A0]/.test(line));
  if (indented.every(Boolean)) return [lines];
  const groups: string[][] = [];
  lines.forEach((line, index) => {
    if (index === 0 || indented[index]) groups.push([line]);
    else groups[groups.length - 1].push(line);
  });
  return groups;
}

/**
 * Plain text: a block is hard-wrapped when its widest line is between
 * MIN_WRAP_WIDTH and MAX_WRAP_WIDTH. Inside it a line break is a wrap when the
 * next line's first word would not have fit on the line (what a greedy
 * wrapper does); a short line therefore ends a paragraph. In any other block
 * each line is its own paragraph.
 */
function joinWrapped(lines: string[]): string[][] {
  const trimmed = lines.map((line) => line.trim());
  const width = trimmed.reduce((widest, line) => Math.max(widest, line.length), 0);
  if (lines.length === 1) return [trimmed];
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return trimmed.map((line) => [line]);
  const groups: string[][] = [[trimmed[0]]];
  for (let index = 1; index < trimmed.length; index++) {
    const previous = trimmed[index - 1];
    const nextWord = trimmed[index].split(/\s/, 1)[0];
    const wrapped = previous.length + 1 + nextWord.length > width - 3;
    if (wrapped) groups[groups.length - 1].push(trimmed[index]);
    else groups.push([trimmed[index]]);
  }
  return groups;
}
