/**
 * Chinese, Japanese and Korean in the search index. FTS5's `unicode61`
 * tokenizer reads a run of letters as one word, and these scripts write whole
 * clauses without a space (Korean a word and its particles), so the index is
 * given each such run as its overlapping pairs of characters and its last
 * character alone ("北京市" → "北京 京市 市"), one token a character: a run of
 * two or more characters typed in a search is the phrase of its pairs
 * ("京市" finds 北京市政府), and a single character a prefix ("京" finds
 * every 京: each starts a pair or ends a run). Text without these scripts is
 * indexed as it is, so Latin searches find what they found before.
 */
import { FIRST_CJK_UNIT, isCjk } from '../text/cjk.js';

/** The characters of the CJK run starting at `at`, and where it ends. */
function runAt(text: string, at: number): { chars: string[]; end: number } {
  const chars: string[] = [];
  let end = at;
  while (end < text.length) {
    const code = text.codePointAt(end) as number;
    if (!isCjk(code)) break;
    const char = String.fromCodePoint(code);
    chars.push(char);
    end += char.length;
  }
  return { chars, end };
}

/** A run's index tokens: its pairs of characters, then its last character. */
function runTokens(chars: readonly string[]): string {
  let tokens = '';
  for (let i = 0; i + 1 < chars.length; i++) tokens += `${chars[i]}${chars[i + 1]} `;
  return tokens + chars[chars.length - 1];
}

/** What the search index holds for `text` (a title or an article's kept text): `text` with each CJK run as its tokens, spaced. */
export function searchIndexText(text: string): string {
  let indexed = '';
  let copied = 0;
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (code < FIRST_CJK_UNIT || !isCjk(text.codePointAt(at) as number)) {
      at++;
      continue;
    }
    const run = runAt(text, at);
    indexed += `${text.slice(copied, at)} ${runTokens(run.chars)} `;
    copied = at = run.end;
  }
  return copied === 0 ? text : indexed + text.slice(copied);
}

/**
 * The index tokens a search term's words (a word, or a quoted phrase's)
 * must appear as, in order, and whether the last is a prefix. Two CJK words
 * in a row are read as one run ("东港区 体育馆" finds 东港区体育馆). A CJK run at
 * the end may go on in the text, so it asks for its pairs without its last
 * character alone, and a single character there for any token it starts.
 */
export function searchPhrase(words: readonly string[]): { tokens: string[]; prefix: boolean } {
  const joined = words.reduce((text, word) => (text === '' ? word : `${text}${cjkBetween(text, word) ? '' : ' '}${word}`), '');
  const tokens = searchIndexText(joined).split(' ').filter((token) => token !== '');
  let ending = 0;
  for (let at = joined.length; at > 0 && isCjk(codePointBefore(joined, at)); ending++) at -= codePointBefore(joined, at) > 0xffff ? 2 : 1;
  if (ending === 0) return { tokens, prefix: false };
  return ending === 1 ? { tokens, prefix: true } : { tokens: tokens.slice(0, -1), prefix: false };
}

/** True when `text` ends and `word` starts with a CJK character: the two are one run (these scripts are written without spaces). */
function cjkBetween(text: string, word: string): boolean {
  return isCjk(codePointBefore(text, text.length)) && isCjk(word.codePointAt(0) as number);
}

/** The code point that ends at `at` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = at > 1 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? (text.codePointAt(at - 2) as number) : low;
}

/**
 * The words of `text` as search compares them: runs of letters, digits and
 * marks, a CJK character each.
 */
export function searchWords(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    let from = start;
    for (let at = start; at < end; ) {
      const code = text.codePointAt(at) as number;
      const size = code > 0xffff ? 2 : 1;
      if (code >= FIRST_CJK_UNIT && isCjk(code)) {
        if (from < at) found.push({ start: from, end: at });
        found.push({ start: at, end: at + size });
        from = at + size;
      }
      at += size;
    }
    if (from < end) found.push({ start: from, end });
  }
  return found;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
