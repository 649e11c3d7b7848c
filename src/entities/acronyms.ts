/**
 * Capitals in a name: an acronym makes it an organisation's ("TRT World"),
 * unless it abbreviates a unit or a thing ("16 GB", "AK-47"), is a person's
 * initials ("CC Sabathia"), a shouted word or a title's abbreviation ("CEO").
 */
import type { SegmentedArticle } from '../article.js';
import { isCompassWord } from './adjectives.js';
import { COMMON_ACRONYMS, ORGANISATION_WORDS, PLACE_WORDS, SHOUTED_ADJECTIVES, isTitle } from './lexicon.js';
import { lowerCaseWords, tokenText } from './tokens.js';

/** A regnal or a war's number of two letters or more, up to 39 ("II", "XVI", "XXIII"). */
export const ROMAN_NUMERALS = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/** How far into its sentence a word shouted in a lead-in may stand ("A HUGE fire has…"). */
const LEAD_IN_WORDS = 3;

/**
 * "TRT World", "MED-TV": a name holding an acronym is an organisation's,
 * unless the acronym alone abbreviates a unit or a thing ("16 GB", "AK-47",
 * `abbreviatesAThing`) or a person's initials open a two-word name ("CC
 * Sabathia", `writtenInitials`). A word shouted in a sentence's lead-in that
 * the article writes in lower case elsewhere, or an adjective of size or
 * force, is no acronym ("A HUGE fire has…", "A FIRE-BOMB attack"), nor is
 * a title's abbreviation ("the CEO", "senior VP": a role, nobody's name).
 */
export function isAcronymName(article: SegmentedArticle, start: number, end: number, sentence: number): boolean {
  if (end - start === 1 && abbreviatesAThing(article, start)) return false;
  if (end - start === 2 && writtenInitials(tokenText(article, start)) && !ORGANISATION_WORDS.has(article.tokens[start + 1].norm) && !PLACE_WORDS.has(article.tokens[start + 1].norm)) return false;
  const sentenceStart = article.sentences[sentence].tokenStart;
  for (let index = isCompassWord(article, start) && end - start >= 2 ? start + 1 : start; index < end; index++) {
    const word = tokenText(article, index).replace(/['’]s?$/, '');
    const lower = word.toLowerCase();
    const shouted = index - sentenceStart < LEAD_IN_WORDS && (lowerCaseWords(article).has(lower) || SHOUTED_ADJECTIVES.has(lower));
    if (/^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(word) && !ROMAN_NUMERALS.test(word) && word.length <= 6 && !shouted && !isTitle(lower)) return true;
  }
  return false;
}

/** Titles' abbreviations that alone name a company too ("GM", General Motors): a role only after another title word ("assistant GM"). */
export const COMPANY_TITLES = new Set(['GM']);

/** A common noun's acronym ("TV", "DNA") or a title's abbreviation ("CEO", "VP", "QB") written alone at `index`: a kind of thing or a role, nobody's name, that joins no holder of the title ("Rory Read, president and CEO"). */
export function namesAKind(article: SegmentedArticle, index: number): boolean {
  const word = tokenText(article, index).replace(/['’]s?$/, '');
  if (COMPANY_TITLES.has(word)) return isTitle(article.tokens[index - 1]?.norm ?? '');
  return COMMON_ACRONYMS.has(word) || (/^\p{Lu}{2,}$/u.test(word) && isTitle(word.toLowerCase()));
}

/** "CC Sabathia", "AJ Burnett", "BB King": a doubled letter or a letter and "J" before a surname are a person's initials. */
function writtenInitials(word: string): boolean {
  return /^(\p{Lu})\1$|^\p{Lu}J$/u.test(word);
}

/** A model's code of digits and capital letters ("9600M", "2G"; not "1990s"). */
const MODEL_CODE = /^(?=\p{Lu}*\d)(?=\d*\p{Lu})[\p{Lu}\d]+$/u;

/**
 * "16 GB", "8:00 PM", "(51-2, 36 KO)", "AK-47", "8: 10 PM ET" (acronyms
 * only), "9600M GT", "2G EDGE": an acronym after a count or a model's code
 * (not a year's four digits: "the 2006 HBO movie") or before a model's
 * number abbreviates a unit or a thing.
 */
export function abbreviatesAThing(article: SegmentedArticle, index: number): boolean {
  const before = article.tokens[index - 1]?.norm ?? '';
  const count = /^\d{1,3}(?:[:.,]\d+)?$/.test(before) || (index > 0 && MODEL_CODE.test(tokenText(article, index - 1)));
  const modelNumber = article.tokens[index + 1]?.norm === '-' && /^\d/.test(article.tokens[index + 2]?.norm ?? '');
  return count || modelNumber;
}
