import type { Span, Token } from '../article.js';
import { porterStem } from '../text/porter.js';
import { cjkWordEnd, FIRST_CJK_UNIT } from '../text/cjk.js';
import { isStopword } from '../text/stopwords.js';
import { abbreviationKind } from './abbreviations.js';
import { rulesFor, type LanguageRules } from './languages.js';
import { isDigit, isSpace } from './chars.js';
import { checkRange } from './range.js';
import { SurfaceTable } from './surface-table.js';
import { charsHash, HASH_START, hashEnd, hashStep } from '../text/char-hash.js';

const WORD_PART = '[\\p{L}\\p{M}\\p{N}]';
const JOINED = `(?:[-'’&][\\p{L}\\p{N}]${WORD_PART}*)*`;

const WEB_ADDRESS = '(?:https?:\\/\\/|www\\.)[^\\s<>"“”]*[^\\s<>"“”.,;:!?)\\]\'’]';
const EMAIL = '[\\p{L}\\p{N}_][\\p{L}\\p{N}._%+-]{0,63}@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+';
const ACRONYM = '\\p{L}{1,2}\\.(?:\\p{L}\\.)+(?:-[\\p{L}\\p{N}]+)*';
const NUMBER = `[$€£¥]?\\p{N}+(?:[.,:/]\\p{N}+)*(?:%|${WORD_PART}+)?${JOINED}`;
const WORD = `[#@]?\\p{L}${WORD_PART}*${JOINED}`;
const PUNCTUATION = '\\.{2,}|-{2,}|\'\'|``|\\S';

/**
 * One token at a time, first alternative that matches wins: URL, e-mail,
 * dotted acronym ("U.S.", "Ph.D.", "U.S.-led"), number with its currency,
 * unit or suffix ("$59", "3.5", "9/11", "80%", "1990s", "24-year-old"), word
 * with internal apostrophes, hyphens and ampersands ("don't", "al-Assad",
 * "AT&T"), then punctuation ("...", "--", "''", "``" or one character).
 * Chinese and Japanese, written without spaces, are read before these: a Han
 * character or a hiragana is a token, a katakana run is one (`cjkWordEnd`),
 * and a token the regex matched ends where one starts (`beforeCjk`).
 * Every alternative consumes at least one character and its repetitions start
 * with a separator, so nothing backtracks more than a token's length. The
 * e-mail alternative is only tried on text that holds an `@`. Sticky: they
 * match where a token starts, which is any non-space character.
 */
const TOKEN = new RegExp([WEB_ADDRESS, ACRONYM, NUMBER, WORD, PUNCTUATION].join('|'), 'uy');
const TOKEN_OR_EMAIL = new RegExp([WEB_ADDRESS, EMAIL, ACRONYM, NUMBER, WORD, PUNCTUATION].join('|'), 'uy');

const LETTERS_AND_HYPHENS = /^\p{L}+(?:-\p{L}+)*$/u;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const STEMMABLE = /^\p{L}+(?:[-'][\p{L}]+)*$/u;
const NEEDS_NORMALIZING = /[^\x00-\x5f\x61-\x7f]/;
const SINGLE_QUOTES = /[‘’‛′´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;
const POSSESSIVE = /'s?$/;

/**
 * The tokens of `range` in `text`: words, numbers and punctuation, each a span
 * with its normalized form, Porter stem, stopword flag and punctuation flag.
 * A known abbreviation keeps its period ("Mr.", "Sept.", "Inc."), as the
 * sentence splitter reads it. `extraAbbreviations` and `language` as for
 * `splitSentences`; a language other than English marks its own stopwords
 * and splits its elided articles off ("l'eau" is "l'" and "eau").
 */
export function tokenize(text: string, range: Span, extraAbbreviations: readonly string[] = [], language?: string): Token[] {
  checkRange('tokenize', text, range);
  const rules = rulesFor(language, extraAbbreviations);
  return readInLanguage(text, tokenSpans(text, range, rules, []), 0, rules);
}

/**
 * `tokenize` with the range checked and the rules chosen, but every word's
 * stopword flag English (`readInLanguage` reads the others), appending to
 * `tokens` (a whole article's, when segmenting) and returning it. Every
 * non-space character starts a match of `TOKEN` (its last alternative is any
 * such character) and no match holds a space, so the tokens are found by
 * skipping spaces and matching where the next one starts.
 */
export function tokenSpans(text: string, range: Span, rules: LanguageRules, tokens: Token[]): Token[] {
  const { start, end: rangeEnd } = range;
  const email = holdsAt(text, start, rangeEnd);
  const scan: WordScan = { hash: 0 };
  /** The range cut out of the text, for the regex and the Chinese and Japanese words (read from `text` itself, a plain word costs no cut). */
  let part: string | undefined;
  let at = start;
  while (at < rangeEnd) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = email ? -1 : plainWordEnd(text, at, rangeEnd, scan);
    if (end >= 0) {
      const hash = scan.hash;
      if (end === rangeEnd || text.charCodeAt(end) !== 46 || !keepsPeriod(text, text.slice(at, end), end, rangeEnd, rules)) {
        tokens.push(knownToken(text, at, end, 0, hash));
        at = end;
        continue;
      }
      end++;
    } else {
      part ??= text.slice(start, rangeEnd);
      const from = at - start;
      const cjk = text.charCodeAt(at) >= FIRST_CJK_UNIT ? cjkWordEnd(part, from) : -1;
      if (cjk > 0) {
        tokens.push(makeToken(part, from, cjk, start));
        at = start + cjk;
        continue;
      }
      const pattern = email ? TOKEN_OR_EMAIL : TOKEN;
      pattern.lastIndex = from;
      let to = pattern.test(part) ? pattern.lastIndex : from + 1;
      if (to - from > 1) to = beforeCjk(part, from, to);
      end = start + to;
      if (end < rangeEnd && text.charCodeAt(end) === 46 && keepsPeriod(text, text.slice(at, end), end, rangeEnd, rules)) end++;
    }
    tokens.push(makeToken(text, at, end, 0));
    at = end;
  }
  return tokens;
}

/** Whether `text` holds an "@" from `start` to `end`: scanned within the range only (`indexOf` would run on to the text's end for every sentence). */
function holdsAt(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === 64) return true;
  return false;
}

/** What `plainWordEnd` found besides the word's end: the `charsHash` of its characters, hashed while it read them. */
interface WordScan {
  hash: number;
}

/**
 * Where `TOKEN` would end a plain ASCII word starting at `at` (an ASCII
 * letter, then ASCII letters and digits), found without the regex, or -1
 * when the regex must decide: the word runs on into other characters
 * (accents, marks, `-` `'` `&` `_`, anything past ASCII), or it could open
 * an address (`http:`, `www.`) or a dotted acronym (`U.S.`: one or two
 * characters before a period). Every other ending is one `WORD` would stop
 * at too, and no earlier alternative matches a token that starts with a
 * letter and holds none of those. Not used on text holding an `@`, where a
 * word may open an e-mail address. The word ends by `limit` (its range's end); its hash goes to `scan`.
 */
function plainWordEnd(text: string, at: number, limit: number, scan: WordScan): number {
  const first = text.charCodeAt(at);
  if (!isAsciiLetter(first)) return -1;
  let hash = hashStep(HASH_START, first);
  let end = at + 1;
  for (; end < limit; end++) {
    const code = text.charCodeAt(end);
    if (!isAsciiAlnum(code)) break;
    hash = hashStep(hash, code);
  }
  scan.hash = hashEnd(hash, end - at);
  if (end === limit) return end;
  const next = text.charCodeAt(end);
  if (next >= 128 || next === 45 || next === 39 || next === 38 || next === 95) return -1;
  if (next === 46 && (end - at <= 2 || text.startsWith('www', at))) return -1;
  if (next === 58 && text.startsWith('http', at)) return -1;
  return end;
}

/**
 * Where a token the regex matched from `at` to `end` meets a Chinese or
 * Japanese word (`cjkWordEnd`), which is a token of its own: "iPhone手机" is
 * "iPhone" "手" "机", "3月10日" is "3" "月" "10" "日".
 */
function beforeCjk(part: string, at: number, end: number): number {
  for (let i = at + 1; i < end; i++) if (part.charCodeAt(i) >= FIRST_CJK_UNIT && cjkWordEnd(part, i) > 0) return i;
  return end;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** "Mr." and "Sept." keep their period; "No." only before a number. */
function keepsPeriod(text: string, word: string, period: number, end: number, rules: LanguageRules): boolean {
  if (!LETTERS_AND_HYPHENS.test(word)) return false;
  const kind = abbreviationKind(word, rules);
  if (kind !== 'numeric') return kind !== undefined;
  let next = period + 1;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  return next < end && isDigit(text.charCodeAt(next));
}

/** A token for the surface `part.slice(start, end)`, whose `charsHash` is `hash`, which `part` holds from `offset` in the text (no punctuation table: a plain word). */
function knownToken(part: string, start: number, end: number, offset: number, hash: number): Token {
  const entry = knownSurfaces.entryByHash(part, start, end, hash);
  const flags = knownFlags[entry];
  return {
    start: offset + start,
    end: offset + end,
    norm: knownWords[2 * entry],
    stem: knownWords[2 * entry + 1],
    stop: (flags & STOP) !== 0,
    punct: (flags & PUNCT) !== 0,
    form: knownForms[entry],
  };
}

/** What a token is apart from where: the same for every occurrence of a surface form. */
type Features = Omit<Token, keyof Span>;

/**
 * The next surface form's number (a form computed again after the table was
 * emptied gets a new one; a process would have to meet 2^31 of them to
 * overflow `knownForms`).
 */
let nextForm = 0;

/** A token for `part.slice(start, end)`, which `part` holds from `offset` in the text. */
function makeToken(part: string, start: number, end: number, offset: number): Token {
  const code = part.charCodeAt(start);
  const features = end === start + 1 && code < 128 && ASCII_PUNCTUATION[code];
  if (features) return { start: offset + start, end: offset + end, norm: features.norm, stem: features.stem, stop: features.stop, punct: features.punct, form: features.form };
  return knownToken(part, start, end, offset, charsHash(part, start, end));
}

/** The features of each one-character ASCII punctuation token, by character code. */
const ASCII_PUNCTUATION: ReadonlyArray<Features | undefined> = Array.from({ length: 128 }, (_, c) => {
  const char = String.fromCharCode(c);
  return /^[!-/:-@[-`{-~]$/.test(char) ? computeFeatures(char) : undefined;
});

/**
 * Memoized: news text repeats its words and the Porter stemmer is regex-heavy.
 * The table is private and bounded, so `tokenize` stays a pure function. The
 * features of the surface with entry number `e` are kept in columns, not as
 * an object per surface, so that making a token reads dense arrays:
 * `knownWords[2e]` its norm and `knownWords[2e + 1]` its stem, `knownFlags[e]`
 * its `STOP` and `PUNCT` bits, `knownForms[e]` its form.
 */
const KNOWN_SURFACES = 100_000;
const knownWords: string[] = new Array<string>(2 * KNOWN_SURFACES).fill('');
const knownFlags = new Uint8Array(KNOWN_SURFACES);
const knownForms = new Int32Array(KNOWN_SURFACES);
const STOP = 1;
const PUNCT = 2;
const knownSurfaces = new SurfaceTable(KNOWN_SURFACES, (surface, entry) => {
  const features = computeFeatures(surface);
  knownWords[2 * entry] = features.norm;
  knownWords[2 * entry + 1] = features.stem;
  knownFlags[entry] = (features.stop ? STOP : 0) | (features.punct ? PUNCT : 0);
  knownForms[entry] = features.form;
});

/**
 * The stem and stopword flag are those of the word without a possessive
 * `'s` ("Russia's" stems as "russia"); numbers, acronyms and addresses are
 * their own stem.
 */
function computeFeatures(surface: string): Features {
  const norm = normalize(surface);
  const form = nextForm++;
  if (!HAS_ALNUM.test(surface)) return { norm, stem: norm, stop: false, punct: true, form };
  const base = norm.replace(POSSESSIVE, '');
  const stem = STEMMABLE.test(base) ? porterStem(base) : norm;
  return { norm, stem, stop: isStopword(norm) || (base !== norm && isStopword(base)), punct: false, form };
}

/** Lower case, straight quotes, `''` and ``` `` ``` as `"`, every dash as `-`. */
export function normalize(surface: string): string {
  if (surface === "''" || surface === '``') return '"';
  const lower = surface.toLowerCase();
  if (!NEEDS_NORMALIZING.test(lower)) return lower;
  return lower.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/`/g, "'");
}

/**
 * `tokens[from…]`, made by `tokenSpans` as English, read in the language of
 * `rules`: each word is a stopword when on that language's list, and an
 * elided article or pronoun is split off the word it is written onto ("l'",
 * "eau"; "dell'", "anno"). A token whose stopword flag changes takes another
 * form (`stopFlippedForm`), so that a form still says what its tokens are.
 * Changes `tokens` in place (the caller's own, just made) and returns it.
 */
export function readInLanguage(text: string, tokens: Token[], from: number, rules: LanguageRules): Token[] {
  const { stopwords, elision } = rules;
  if (stopwords === undefined) return tokens;
  const read = elision === undefined ? tokens.slice(from) : splitElisions(text, tokens.slice(from), elision);
  tokens.length = from;
  for (const token of read) {
    const stop = !token.punct && stopwords.has(token.norm);
    if (stop !== token.stop) {
      token.stop = stop;
      token.form = stopFlippedForm(token.form);
    }
    tokens.push(token);
  }
  return tokens;
}

/** `tokens` with each word that opens on an elided article or pronoun (`elision`) as two tokens. */
function splitElisions(text: string, tokens: readonly Token[], elision: RegExp): Token[] {
  const split: Token[] = [];
  for (const token of tokens) {
    const elided = token.punct ? null : elision.exec(token.norm);
    const cut = elided === null || token.norm.length !== token.end - token.start ? -1 : token.start + elided[0].length;
    if (cut < 0 || cut >= token.end) split.push(token);
    else split.push(makeToken(text, token.start, cut, 0), makeToken(text, cut, token.end, 0));
  }
  return split;
}

/**
 * The form of a surface form's tokens with the other stopword flag, kept
 * for the forms met recently (slot: the form's number modulo
 * `FLIPPED_SLOTS`); a form met again after its slot was taken gets a new
 * number, as a surface computed again does.
 */
const FLIPPED_SLOTS = 1 << 14;
const flippedFrom = new Float64Array(FLIPPED_SLOTS).fill(-1);
const flippedTo = new Float64Array(FLIPPED_SLOTS);

function stopFlippedForm(form: number): number {
  const slot = form & (FLIPPED_SLOTS - 1);
  if (flippedFrom[slot] !== form) {
    flippedFrom[slot] = form;
    flippedTo[slot] = nextForm++;
  }
  return flippedTo[slot];
}
