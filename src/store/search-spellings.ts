/**
 * German's two spellings of a word in search. The index folds diacritics
 * ("Brücke" is indexed as "brucke") but not the spelling German writes
 * without them ("Bruecke"), and keeps "ß" apart from "ss" ("Straße",
 * Swiss "Strasse"). A search word is therefore looked for in each of its
 * spellings: "ä", "ö", "ü" also as "ae", "oe", "ue"; "ß" also as "ss" and
 * "ss" as "ß"; and "ae", "oe", "ue" also as the letter with the umlaut,
 * where English does not write them (see `umlautPairAt`). A word's
 * spellings are bounded (`MAX_WORD_SPELLINGS`), and so are a phrase's.
 */

/** Spellings of one word or phrase looked for, the typed one included. */
export const MAX_WORD_SPELLINGS = 8;
/** Places in a word whose spelling may change: the first ones count, the rest stay as typed. */
const MAX_PLACES = 3;
/** Letters a word needs before its "ae", "oe", "ue" is read as an umlaut ("poet" is no "pöt", which the index reads as "pot"). */
const MIN_UMLAUT_WORD = 5;

const UMLAUT_OF: Readonly<Record<string, string>> = { ae: 'ä', oe: 'ö', ue: 'ü' };
const PAIR_OF: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/** A place in a word and the other way to spell what stands there. */
interface Place {
  at: number;
  length: number;
  other: string;
}

/** Letters after which a vowel pair ends an English word's spelling more often than a German umlaut's ("does", "Michael", "rescuer"). */
const ENGLISH_LAST = new Set(['s', 'l', 'r']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * True when the vowel pair at `at` of `word` (lower case) may be an umlaut
 * written without its dots: not in a short word, not after a vowel ("Bauer",
 * "Feuer": a diphthong and an e), not "ue" after "q" or "g" (queen, guest,
 * league), not ending the word nor before a last "s", "l" or "r" (blue, toe,
 * does, values, fuel, Michael, doer), unless the word is a prefix that goes on.
 */
function umlautPairAt(word: string, at: number, prefix: boolean): boolean {
  if (word.length < MIN_UMLAUT_WORD || VOWELS.has(word[at - 1])) return false;
  if (word[at + 1] === 'e' && word[at] === 'u' && (word[at - 1] === 'q' || word[at - 1] === 'g')) return false;
  const after = word.length - (at + 2);
  return prefix || after > 1 || (after === 1 && !ENGLISH_LAST.has(word[word.length - 1]));
}

function places(word: string, prefix: boolean): Place[] {
  const found: Place[] = [];
  for (let at = 0; at < word.length && found.length < MAX_PLACES; ) {
    const pair = word.slice(at, at + 2);
    const letter = word[at];
    if (letter in PAIR_OF) found.push({ at, length: 1, other: PAIR_OF[letter] });
    else if (letter === 'ß') found.push({ at, length: 1, other: 'ss' });
    else if (pair === 'ss') found.push({ at, length: 2, other: 'ß' });
    else if (pair in UMLAUT_OF && umlautPairAt(word, at, prefix)) found.push({ at, length: 2, other: UMLAUT_OF[pair] });
    else {
      at++;
      continue;
    }
    at += found[found.length - 1].length;
  }
  return found;
}

/** Numbers below 2^n, fewest bits first (the spellings that change fewest places come first). */
function choices(n: number): number[] {
  const all = Array.from({ length: 2 ** n }, (_, mask) => mask);
  const bits = (mask: number) => mask.toString(2).replace(/0/g, '').length;
  return all.sort((a, b) => bits(a) - bits(b) || a - b);
}

/** The spellings of `word`, the word as typed first and the others in lower case, at most `limit`. */
export function wordSpellings(word: string, prefix = false, limit = MAX_WORD_SPELLINGS): string[] {
  const lower = word.toLowerCase();
  const found = places(lower, prefix);
  if (found.length === 0 || limit <= 1) return [word];
  return choices(found.length)
    .slice(0, limit)
    .map((mask) => {
      if (mask === 0) return word;
      let spelled = '';
      let copied = 0;
      found.forEach((place, i) => {
        if (!(mask & (1 << i))) return;
        spelled += lower.slice(copied, place.at) + place.other;
        copied = place.at + place.length;
      });
      return spelled + lower.slice(copied);
    });
}

/** The spellings of a phrase (its words in each combination of their spellings), the typed one first, at most `limit`. */
export function phraseSpellings(words: readonly string[], prefix: boolean, limit = MAX_WORD_SPELLINGS): string[][] {
  let phrases: string[][] = [[]];
  words.forEach((word, i) => {
    const spellings = wordSpellings(word, prefix && i === words.length - 1, limit);
    const longer: string[][] = [];
    for (const spelling of spellings) for (const phrase of phrases) if (longer.length < limit) longer.push([...phrase, spelling]);
    phrases = longer;
  });
  return phrases;
}
