import { isStopword } from '../text/stopwords.js';
import type { RougeOptions } from './options.js';
import { rougeStem } from './stem.js';

/**
 * How ROUGE-1.5.5 turns a summary file into tokens (`readText`,
 * `readText_LCS`, `createNGram` and `tokenizeText_LCS` in ROUGE-1.5.5.pl),
 * for "SPL" input: one sentence per line.
 *
 * 1. Lines: split at `\n` only (a `\r` stays and later becomes a space);
 *    empty lines are dropped, lines of blanks are kept.
 * 2. Lower-case A–Z only (Perl `tr/A-Z/a-z/`).
 * 3. Truncate (`-l` words or `-b` bytes), counting words as Perl
 *    `split(/\s+/)` fields of the raw line, before punctuation is removed.
 * 4. Clean: `-` becomes a token of its own, every other character that is not
 *    a letter or digit becomes a space.
 * 5. Filter: drop stopwords (`-s`), then every token not starting with a letter
 *    or digit (so `-`), then stem tokens longer than 3 characters (`-m`).
 *
 * ROUGE reads a summary twice: as one text for n-grams, skip-bigrams and the
 * unigram counts that clip ROUGE-L, and as a list of lines for ROUGE-L. The
 * two readings agree except under `-b`, where the per-line reading never adds
 * up the bytes of earlier lines (see `truncateBytesPerLine`).
 */
export interface SummaryTokens {
  /** The whole summary as ROUGE's `readText` reads it. */
  tokens: string[];
  /** One token list per kept line, as ROUGE's `readText_LCS` reads it. */
  sentences: string[][];
}

/** Perl's `\s` on bytes: space, \t, \n, \v, \f, \r. */
const perlWhitespace = /[ \t\n\v\f\r]+/;

/** ASCII-only lower-casing, as Perl `tr/A-Z/a-z/` (String#toLowerCase would map e.g. U+212A KELVIN SIGN to `k`). */
function asciiLowerCase(line: string): string {
  return line.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Perl `split(/\s+/, $line)`: a leading empty field when the line starts with a blank, no trailing empty fields. */
function perlSplitWords(line: string): string[] {
  const fields = line.split(perlWhitespace);
  let end = fields.length;
  while (end > 0 && fields[end - 1] === '') end -= 1;
  return fields.slice(0, end);
}

/** `-l`: whole lines while the running word count stays under the limit, then the first words of the next line. */
function truncateWords(lines: readonly string[], limit: number): string[] {
  const kept: string[] = [];
  let wordCount = 0;
  for (const line of lines) {
    const words = perlSplitWords(line);
    if (wordCount + words.length < limit) {
      kept.push(line);
      wordCount += words.length;
    } else {
      kept.push(words.slice(0, limit - wordCount).join(' '));
      break;
    }
  }
  return kept;
}

/** `-b` as `readText` applies it: whole lines while their bytes (separators not counted) stay under the limit, then a prefix. */
function truncateBytes(lines: readonly string[], limit: number): string[] {
  const kept: string[] = [];
  let byteCount = 0;
  for (const line of lines) {
    if (byteCount + line.length < limit) {
      kept.push(line);
      byteCount += line.length;
    } else {
      kept.push(line.slice(0, limit - byteCount));
      break;
    }
  }
  return kept;
}

/**
 * `-b` as `readText_LCS` applies it: the running byte count is never
 * increased, so every line shorter than the limit is kept whole and the first
 * line at least as long as the limit is cut to the limit.
 */
function truncateBytesPerLine(lines: readonly string[], limit: number): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (line.length < limit) {
      kept.push(line);
    } else {
      kept.push(line.slice(0, limit));
      break;
    }
  }
  return kept;
}

/** Steps 4 and 5 for one line. */
function lineTokens(line: string, options: Pick<RougeOptions, 'stem' | 'removeStopwords'>): string[] {
  const words = line.match(/[a-z0-9]+/g);
  if (words === null) return [];
  const kept = options.removeStopwords ? words.filter((word) => !isStopword(word)) : words;
  return options.stem ? kept.map(rougeStem) : kept;
}

/** A string whose characters are the UTF-8 bytes of `text`, so that lengths count bytes as Perl does. */
function utf8Bytes(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? Buffer.from(text, 'utf8').toString('latin1') : text;
}

/** The tokens ROUGE-1.5.5 scores in a summary given as one sentence per line. */
export function summaryTokens(text: string, options: RougeOptions): SummaryTokens {
  const lines = (options.bytes === null ? text : utf8Bytes(text))
    .split('\n')
    .filter((line) => line.length > 0)
    .map(asciiLowerCase);
  if (options.bytes !== null) {
    return {
      tokens: truncateBytes(lines, options.bytes).flatMap((line) => lineTokens(line, options)),
      sentences: truncateBytesPerLine(lines, options.bytes).map((line) => lineTokens(line, options)),
    };
  }
  const kept = options.words === null ? lines : truncateWords(lines, options.words);
  const sentences = kept.map((line) => lineTokens(line, options));
  return { tokens: sentences.flat(), sentences };
}
