/**
 * Whether a word is a known given name: in English (`FEMALE_NAMES`,
 * `MALE_NAMES`, `EITHER_GENDER_NAMES`) or in the six other languages whose
 * names are read (`GIVEN_NAMES`).
 */
import { GIVEN_NAMES } from './language-names.js';
import { EITHER_GENDER_NAMES, FEMALE_NAMES, MALE_NAMES } from './lexicon.js';

/** A known English given name ("Anna", "Rowan", "Dana"). */
export function isGivenName(norm: string): boolean {
  return FEMALE_NAMES.has(norm) || MALE_NAMES.has(norm) || EITHER_GENDER_NAMES.has(norm);
}

/** A known given name in English (`isGivenName`) or in the six other languages (`GIVEN_NAMES`: "Katrin", "Étienne", "Femke"). */
export function isAnyGivenName(norm: string): boolean {
  return isGivenName(norm) || GIVEN_NAMES.has(norm);
}
