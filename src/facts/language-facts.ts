/**
 * Which fact words (`FactWords`) an article is read with: its language's
 * when Tidings has them (`FACT_LANGUAGES`), else English.
 */
import { wordTable } from '../text/word-table.js';
import { ENGLISH_FACT_WORDS, type FactWords } from './fact-words.js';
import { DUTCH_FACT_WORDS, GERMAN_FACT_WORDS } from './germanic-fact-words.js';
import { ITALIAN_FACT_WORDS, PORTUGUESE_FACT_WORDS } from './italian-portuguese-fact-words.js';
import { FRENCH_FACT_WORDS, SPANISH_FACT_WORDS } from './romance-fact-words.js';

export type { FactWords } from './fact-words.js';

/** The tables looked up by a token's text: without a prototype, so that "constructor" or "tostring" is no month, number or unit. */
const TABLES = ['numbers', 'multipliers', 'units', 'currencyPrefixes', 'months', 'relativeDays', 'onBoardNouns', 'moneyRequests'] as const;

/** A language's table frozen, its lookup tables without a prototype. */
function frozen(words: FactWords): FactWords {
  const tables = Object.fromEntries(TABLES.map((field) => [field, wordTable<unknown>(words[field])]));
  return Object.freeze({ ...words, ...tables });
}

const BY_LANGUAGE: Readonly<Record<string, FactWords>> = Object.freeze(
  Object.fromEntries(
    Object.entries({
      en: ENGLISH_FACT_WORDS,
      fr: FRENCH_FACT_WORDS,
      de: GERMAN_FACT_WORDS,
      es: SPANISH_FACT_WORDS,
      it: ITALIAN_FACT_WORDS,
      pt: PORTUGUESE_FACT_WORDS,
      nl: DUTCH_FACT_WORDS,
    }).map(([language, words]) => [language, frozen(words)]),
  ),
);

/** The languages whose numbers and dates are read (ISO 639-1 codes), English first. */
export const FACT_LANGUAGES: readonly string[] = Object.keys(BY_LANGUAGE);

/** The fact words of `language`, English for a language without its own (or none known). */
export function factWords(language: string | undefined): FactWords {
  return language !== undefined && Object.hasOwn(BY_LANGUAGE, language) ? BY_LANGUAGE[language] : BY_LANGUAGE.en;
}
