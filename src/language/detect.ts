/**
 * The language an article is written in, from its text alone, in three passes:
 *
 * 1. script: a text mostly in one non-Latin script is in that script's
 *    language (Cyrillic Russian unless letters mark Ukrainian…);
 * 2. function words: a text in Latin letters is in the language whose most
 *    frequent function words make up the largest share of its words;
 * 3. margin: that share must be large enough, and clearly ahead of the next
 *    language's, or the language is left unknown.
 *
 * Reads at most the first `MAX_DETECT_CHARS` characters and
 * `MAX_DETECT_WORDS` words, so its time is bounded.
 */
import type { Article, Span } from '../article.js';
import { FUNCTION_WORDS, MARKER_LETTERS, SCRIPTS } from './profiles.js';

/** Characters read for the script: news prose shows it within its first paragraphs. */
export const MAX_DETECT_CHARS = 2_000;
/** Words read for the function words. */
export const MAX_DETECT_WORDS = 300;
/** Fewer letters or words than this say too little to tell. */
const MIN_WORDS = 8;
/** A non-Latin script names the language when it has at least this share of the letters. */
const MIN_SCRIPT_SHARE = 0.5;
/** The winning language's function words must be at least this share of the words… */
const MIN_FUNCTION_SHARE = 0.1;
/** …and this many times the runner-up's share… */
const MIN_MARGIN = 1.5;
/** …and at least this many words ("com" in a web address is not Portuguese). */
const MIN_FUNCTION_WORDS = 3;
/**
 * Function words a text's language must show to overrule the language the
 * article declares, twice what detection asks for. Of 628 sentences of the
 * fictional articles in six languages (bench/annotations), the 5 read as
 * another language showed 3 of its function words ("ha", "lo", "con" in
 * Italian); a 45-word paragraph in Portuguese shows 7.
 */
const CLEAR_FUNCTION_WORDS = 2 * MIN_FUNCTION_WORDS;

const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** Each function word with the languages it belongs to (by index in `LANGUAGES`). */
const LANGUAGES_BY_WORD = new Map<string, number[]>();
LANGUAGES.forEach((language, index) => {
  for (const word of FUNCTION_WORDS[language]) LANGUAGES_BY_WORD.set(word, [...(LANGUAGES_BY_WORD.get(word) ?? []), index]);
});
const SCRIPT_COUNTERS = SCRIPTS.map(({ language, pattern }) => ({ language, pattern: new RegExp(pattern.source, 'gu') }));
/** First code point past Latin letters (Basic Latin to Latin Extended-B). */
const LATIN_END = 0x250;
/** 1 for each code point below `LATIN_END` that is a letter (`\p{L}`), else 0: one read a character instead of a regex test. */
const LATIN_LETTERS = Uint8Array.from({ length: LATIN_END }, (_, code) => (/\p{L}/u.test(String.fromCharCode(code)) ? 1 : 0));

/**
 * An ISO 639-1 code ("en", "de", "ru"), or undefined when the article is too
 * short or unclear. Reads what cleaning kept (its paragraphs, not the page's
 * menus), so it needs no segmenting: `segment` asks it first.
 */
export function articleLanguage(article: Article): string | undefined {
  const sample = keptSample(article.text, article.paragraphs);
  return byScript(sample) ?? byFunctionWords(functionWordCounts(sample));
}

/**
 * The language the article is read in: the one it declares (an ISO 639-1
 * code, "de", "en-GB") unless its text clearly says otherwise, else its
 * text's (`articleLanguage`); undefined when neither tells. Sentences,
 * stopwords and the story report go by it.
 *
 * A few words say little: "L'assemblea ha approvato lo sciopero con 812 sì"
 * has more Spanish function words ("ha", "lo", "con") than Italian ones. So
 * the text overrules a declared language only with a script the declared
 * language is not written in, or with at least `CLEAR_FUNCTION_WORDS` function
 * words of its language, `MIN_MARGIN` times the declared language's.
 */
export function readingLanguage(article: { text: string; paragraphs: readonly Span[]; language?: string }): string | undefined {
  const declared = declaredLanguage(article);
  const sample = keptSample(article.text, article.paragraphs);
  const script = byScript(sample);
  if (script !== undefined) return declared !== undefined && likelyScript(declared) === likelyScript(script) ? declared : script;
  const counts = functionWordCounts(sample);
  const found = byFunctionWords(counts);
  if (declared === undefined || found === undefined || found === declared) return found ?? declared;
  const hits = counts.hits[LANGUAGES.indexOf(found)];
  const declaredHits = LANGUAGES.includes(declared) ? counts.hits[LANGUAGES.indexOf(declared)] : 0;
  return hits >= CLEAR_FUNCTION_WORDS && hits >= MIN_MARGIN * declaredHits ? found : declared;
}

/** The script a language is most likely written in ("Cyrl" for "uk" and "ru"): within a script, the text cannot tell a declared language wrong. */
function likelyScript(code: string): string | undefined {
  try {
    return new Intl.Locale(code).maximize().script;
  } catch {
    return undefined;
  }
}

/** The language the article declares, when it is an ISO 639-1 code ("de", "en-GB"). */
function declaredLanguage(article: Pick<Article, 'language'>): string | undefined {
  const code = article.language?.toLowerCase().split(/[-_]/)[0];
  return code !== undefined && /^[a-z]{2}$/.test(code) ? code : undefined;
}

/** The language the script of a text's first `MAX_DETECT_CHARS` characters gives ("zh" for Han), or undefined for Latin letters or a mix. */
export function scriptLanguage(text: string): string | undefined {
  return byScript(text.slice(0, MAX_DETECT_CHARS));
}

/** The text of the first paragraphs, up to `MAX_DETECT_CHARS`, a space between each two. */
function keptSample(text: string, paragraphs: readonly Span[]): string {
  let sample = '';
  for (const paragraph of paragraphs) {
    if (sample.length >= MAX_DETECT_CHARS) break;
    sample += `${text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + MAX_DETECT_CHARS - sample.length))} `;
  }
  return sample;
}

/** Pass 1: the language of the script most letters are in, when it is not Latin. */
function byScript(sample: string): string | undefined {
  let letters = 0;
  let notLatin = '';
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < LATIN_END) letters += LATIN_LETTERS[code];
    else if (/[\p{L}\p{M}]/u.test(sample[i])) {
      // Vowel signs are marks: Devanagari, Thai and Arabic write many of their letters with them.
      letters++;
      notLatin += sample[i];
    }
  }
  if (letters < MIN_WORDS || notLatin.length / letters < MIN_SCRIPT_SHARE) return undefined;
  const counts = new Map(SCRIPT_COUNTERS.map(({ language, pattern }) => [language, notLatin.match(pattern)?.length ?? 0]));
  // Japanese writes Han beside its kana: any kana makes a Han text Japanese.
  if (counts.get('ja')! > 0) counts.set('ja', counts.get('ja')! + counts.get('zh')!);
  const [language, most] = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (most / letters < MIN_SCRIPT_SHARE) return undefined;
  return MARKER_LETTERS.find((marker) => marker.within === language && marker.letters.test(sample))?.language ?? language;
}

/**
 * A word as the tokenizer reads one: letters or digits, joined by apostrophes, hyphens, or the points and
 * commas of a number. Sticky, after `BETWEEN_WORDS` skipped what no word starts with: the two find the
 * words a global search would, and `test` makes no match array (reading 300 words made 300 of them).
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&.,:/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
const BETWEEN_WORDS = /[^\p{L}\p{N}]*/uy;
/** The longest function word: a longer word is none, and is not cut out of the text to be looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGES_BY_WORD.keys()].map((word) => word.length));
const NO_LANGUAGES: readonly number[] = [];

/**
 * Pass 2 stops early, checked every `SETTLED_WORDS` words, once one language
 * is far ahead: its function words twice the share pass 3 asks for and three
 * times the next language's (news prose in one language settles within its
 * first 60 words; reading all `MAX_DETECT_WORDS` was a third of segmenting).
 */
const SETTLED_WORDS = 60;

function settled(hits: readonly number[], words: number): boolean {
  let best = 0;
  let next = 0;
  for (const count of hits) {
    if (count > best) [best, next] = [count, best];
    else if (count > next) next = count;
  }
  return best >= 2 * MIN_FUNCTION_SHARE * words && best >= 3 * next;
}

/** How many of a text's words are function words of each language (by index in `LANGUAGES`), of how many words read. */
interface FunctionWordCounts {
  hits: number[];
  words: number;
}

/** Pass 2: counts each language's function words among the text's first words. */
function functionWordCounts(sample: string): FunctionWordCounts {
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  let words = 0;
  const lower = sample.toLowerCase();
  for (let at = 0; ; ) {
    BETWEEN_WORDS.lastIndex = at;
    BETWEEN_WORDS.test(lower);
    const start = BETWEEN_WORDS.lastIndex;
    WORD.lastIndex = start;
    if (!WORD.test(lower)) break;
    at = WORD.lastIndex;
    const languages = at - start > LONGEST_FUNCTION_WORD ? NO_LANGUAGES : (LANGUAGES_BY_WORD.get(lower.slice(start, at)) ?? NO_LANGUAGES);
    for (const language of languages) hits[language]++;
    if (++words === MAX_DETECT_WORDS || (words % SETTLED_WORDS === 0 && settled(hits, words))) break;
  }
  return { hits, words };
}

/** Pass 3: the language whose function words are clearly the largest share of the words. */
function byFunctionWords({ hits, words }: FunctionWordCounts): string | undefined {
  if (words < MIN_WORDS) return undefined;
  const [best, next] = hits.map((count, index) => ({ language: LANGUAGES[index], count, share: count / words })).sort((a, b) => b.count - a.count);
  return best.count >= MIN_FUNCTION_WORDS && best.share >= MIN_FUNCTION_SHARE && best.share >= MIN_MARGIN * next.share ? best.language : undefined;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "German" for "de"; the code itself when it names no language. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
