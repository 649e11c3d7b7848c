/**
 * Which fact words (`FactWords`) an article is read with: its language's
 * when Tidings has them (`FACT_LANGUAGES`), else English.
 */
import { ENGLISH_FACT_WORDS, type FactWords } from './fact-words.js';
import { DUTCH_FACT_WORDS, GERMAN_FACT_WORDS } from './germanic-fact-words.js';
import { ITALIAN_FACT_WORDS, PORTUGUESE_FACT_WORDS } from './italian-portuguese-fact-words.js';
import { FRENCH_FACT_WORDS, SPANISH_FACT_WORDS } from './romance-fact-words.js';

export type { FactWords } from './fact-words.js';

const BY_LANGUAGE: Readonly<Record<string, FactWords>> = Object.freeze({
  en: ENGLISH_FACT_WORDS,
  fr: FRENCH_FACT_WORDS,
  de: GERMAN_FACT_WORDS,
  es: SPANISH_FACT_WORDS,
  it: ITALIAN_FACT_WORDS,
  pt: PORTUGUESE_FACT_WORDS,
  nl: DUTCH_FACT_WORDS,
});

/** The languages whose numbers and dates are read (ISO 639-1 codes), English first. */
export const FACT_LANGUAGES: readonly string[] = Object.keys(BY_LANGUAGE);

/** The fact words of `language`, English for a language without its own (or none known). */
export function factWords(language: string | undefined): FactWords {
  return (language !== undefined && Object.hasOwn(BY_LANGUAGE, language) ? BY_LANGUAGE[language] : undefined) ?? ENGLISH_FACT_WORDS;
}
