/**
 * Two-word names that read as a person's by default but that the article's
 * own words show to be something else, with no cue word before them:
 *
 * - a question word after the first word ("Doctor Who"): a title, no name;
 *   after a title word it is a work's ("Doctor Who"), otherwise nothing;
 * - a royal or noble title after a word the article also writes in lower
 *   case ("Time Lord", "Sea King"): a kind of being or machine, no one's
 *   name ("Stephen King" opens on a given name and never gets here);
 * - a plural noun before "of" ("Defenders of Wildlife", "Friends of the
 *   Earth"): a body of members, an organisation, unless it opens its
 *   sentence, where a capital says nothing ("Thousands of Kurds").
 */
import type { SegmentedArticle } from '../article.js';
import { isTitle } from './lexicon.js';
import { tokenText } from './tokens.js';

/** Question words: after a title they make a title of their own, no name ("Doctor Who"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['who', 'what', 'when', 'where', 'why', 'how']);
const RANKS = new Set(['king', 'queen', 'prince', 'princess', 'lord', 'lady']);

/** What the name `[start, end)` of sentence `sentence` (lower-cased words `norms`, its first no given name) is when it is no person's: a work, an organisation, nothing (`unknown`), or undefined when it may be a person's. */
export function notAPersonsName(article: SegmentedArticle, start: number, end: number, sentence: number, norms: readonly string[]): 'work' | 'organisation' | 'unknown' | undefined {
  if (norms.length >= 3 && norms[1] === 'of' && start > article.sentences[sentence].tokenStart && /^\p{L}{3,}[^s]s$/u.test(norms[0])) return 'organisation';
  const question = norms.findIndex((norm, index) => index > 0 && QUESTION_WORDS.has(norm));
  if (question > 0) return isTitle(norms[question - 1]) ? 'work' : 'unknown';
  if (norms.length === 2 && RANKS.has(norms[1]) && writesInLowerCase(article, norms[0], start, end)) return 'unknown';
  return undefined;
}

/** Whether the article writes `word` in lower case outside the name `[start, end)`. */
function writesInLowerCase(article: SegmentedArticle, word: string, start: number, end: number): boolean {
  return article.tokens.some((token, index) => (index < start || index >= end) && token.norm === word && tokenText(article, index) === word);
}
