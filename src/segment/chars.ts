/**
 * Character classes on UTF-16 code units, ASCII first so the common case
 * never allocates; other code points go through precompiled Unicode regexes.
 */

const LOWER = /\p{Ll}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LETTER = /\p{L}/u;

/** The characters JavaScript's `\s` matches. */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(String.fromCharCode(c));
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCharCode(c));
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCharCode(c));
}

/** `.` `!` `?` `…`, the double marks `‼ ⁇ ⁈ ⁉` and the full-width marks of Chinese and Japanese (`isFullWidthTerminal`). */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049) || isFullWidthTerminal(c);
}

/** `。` `！` `？`: Chinese and Japanese end a sentence with them, no space after. */
export function isFullWidthTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Quotes and brackets that close: `" ' ” ’ » › ) ] }` (so also the two apostrophes of `''`) and the full-width `」 』 ）`. */
export function isCloser(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a ||
    c === 0x300d || c === 0x300f || c === 0xff09
  );
}

/** Quotes among the closers: a quotation ends here, not a bracket. */
export function isClosingQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
}

/** Quotes and brackets that open: `" ' “ ‘ „ ‚ « ‹ ( [ {`, the backquote of ``` `` ``` and Spanish `¿ ¡`. */
export function isOpener(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 96 || c === 0x201c || c === 0x2018 ||
    c === 0x201e || c === 0x201a || c === 0xab || c === 0x2039 || c === 0xbf || c === 0xa1
  );
}

/** The letters starting at `from` (the next word, without punctuation). */
export function lettersAt(text: string, from: number, end: number): string {
  let to = from;
  while (to < end && isLetter(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
