/**
 * Chinese, Japanese and Korean characters. Chinese and Japanese write no
 * spaces between words, so a run of their characters is read a character at
 * a time (a word is one to four of them and no dictionary is at hand); a
 * katakana run (ー included) is read whole: it spells a foreign word or a
 * name ("トランプ", "カフェ"). Korean writes spaces between words, so its
 * tokens stay whole words; search reads every script here in pairs of
 * characters (`search-text.ts`).
 */

/** A Han character (ideograph, 々 〆 〇, radical) or a hiragana, by code point. */
function isHanOrHiragana(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x309f) ||
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3005 && code <= 0x3007) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x323af)
  );
}

/** A katakana (full or half width) or the long-vowel mark ー; not the middle dot ・, which is punctuation. */
function isKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}

/** A Hangul syllable or letter. */
function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7ff) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xa960 && code <= 0xa97f);
}

/** The lowest code unit any of these scripts starts with (a surrogate for the rarer Han characters): below it, no check is needed. */
export const FIRST_CJK_UNIT = 0x1100;

/**
 * Where the Chinese or Japanese word starting at `at` ends: after one Han
 * character or hiragana, after a katakana run; -1 when `text` holds none at
 * `at` (Korean included: its words are spaced).
 */
export function cjkWordEnd(text: string, at: number): number {
  const code = text.codePointAt(at) as number;
  if (code < FIRST_CJK_UNIT) return -1;
  if (isHanOrHiragana(code)) return at + (code > 0xffff ? 2 : 1);
  if (!isKatakana(code)) return -1;
  let end = at + 1;
  while (end < text.length && isKatakana(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Chinese and Japanese punctuation (。，、「」！？ and the other full-width
 * marks, not full-width letters and digits): no word of its own when words
 * are counted, as a period is none.
 */
export function isCjkPunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f && !(code >= 0x3005 && code <= 0x3007)) ||
    (code >= 0xff01 && code <= 0xff65 && !(code >= 0xff10 && code <= 0xff19) && !(code >= 0xff21 && code <= 0xff3a) && !(code >= 0xff41 && code <= 0xff5a)) ||
    code === 0x30fb
  );
}

/** True for a character of Chinese, Japanese or Korean (Han, kana, Hangul), by code point. */
export function isCjk(code: number): boolean {
  return code >= FIRST_CJK_UNIT && (isHanOrHiragana(code) || isKatakana(code) || isHangul(code));
}

/**
 * For word counts (`countWords`, cleaning's `wordsUpTo`): at a Chinese or
 * Japanese word (`cjkWordEnd`) or punctuation mark starting at `at`, where it
 * ends and whether it counts as a word; undefined at anything else.
 */
export function cjkCountedAt(text: string, at: number): { end: number; word: boolean } | undefined {
  if (text.charCodeAt(at) < FIRST_CJK_UNIT) return undefined;
  const end = cjkWordEnd(text, at);
  if (end > 0) return { end, word: true };
  return isCjkPunctuation(text.charCodeAt(at)) ? { end: at + 1, word: false } : undefined;
}
