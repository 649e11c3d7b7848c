import { porterStem } from '../text/porter.js';
import { WORDNET_EXCEPTIONS } from './wordnet-exceptions.js';

/** Stems are remembered up to this many words, then the memo starts over. */
const memoLimit = 200_000;
const memo = new Map<string, string>();

/**
 * A token as ROUGE-1.5.5 stems it with `-m` (`createNGram` and `MorphStem`
 * in ROUGE-1.5.5.pl): tokens of 3 characters or fewer are kept as they are; a
 * longer token listed in WordNet's exception lists becomes its base form
 * (`said` → `say`), unstemmed; any other goes through the Porter stemmer.
 */
export function rougeStem(token: string): string {
  if (token.length <= 3) return token;
  const known = memo.get(token);
  if (known !== undefined) return known;
  if (memo.size >= memoLimit) memo.clear();
  const stem = WORDNET_EXCEPTIONS.get(token) ?? porterStem(token);
  memo.set(token, stem);
  return stem;
}
