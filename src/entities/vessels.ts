/**
 * Vessels' names: a ship's prefix ("HMS Cornwall"), a vessel noun before the
 * name ("the yacht Sword of Orion"), or what only a vessel does ("the Tamsin
 * Gale ran aground"); and the key a cued name is carried by across mentions
 * (`cuedKey`).
 */
import type { SegmentedArticle } from '../article.js';
import { isGivenName } from './given-names.js';
import { COMPANY_LAST_WORDS, ORGANISATION_WORDS, VERB_CONTEXT, VESSEL_NOUNS, VESSEL_PARTS, isTitle } from './lexicon.js';
import { tokenText } from './tokens.js';

/** Prefixes of ships' names: navies' and merchant ships' ("MV Gibe"). "SS" and "MS" are left out: initials and illnesses read alike. */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'MV', 'MS', 'RMS']);
/** What only a vessel does: "the Tamsin Gale ran aground", "Orla Star capsized" (one word each; "ran" needs "aground" after it). */
const VESSEL_FATES = new Set(['sank', 'capsized', 'foundered', 'aground']);
/** What a vessel does and a person may too ("Ellen Marsh sailed"): a vessel's only after "the" ("the Tamsin Gale docked"). */
const VESSEL_MOVES = new Set(['docked', 'sailed', 'berthed', 'moored']);

/** "its second ferry, the Tamsin Gale", "the Tamsin Gale ran aground", "Orla Star sank": an appositive to a vessel noun, or the subject of a vessel's fate. */
function vesselByContext(article: SegmentedArticle, start: number, end: number, norms: readonly string[]): boolean {
  const norm = (index: number): string => article.tokens[index]?.norm ?? '';
  const afterThe = norm(start - 1) === 'the';
  if (afterThe && norm(start - 2) === ',' && VESSEL_NOUNS.has(norm(start - 3))) return true;
  const verb = norm(end) === 'ran' ? norm(end + 1) : norm(end);
  const fate = VESSEL_FATES.has(verb) && (norm(end) === 'ran' || verb !== 'aground');
  const body = ORGANISATION_WORDS.has(norms[norms.length - 1]) || COMPANY_LAST_WORDS.has(norms[norms.length - 1]);
  return !body && ((fate && (afterThe || !isGivenName(norms[0]))) || (afterThe && VESSEL_MOVES.has(norm(end))));
}

/**
 * The key a cued name (a vessel's, a work's, a periodical's) is carried by
 * across mentions and articles: lower-cased, without a ship's prefix ("MV
 * Gibe" and "Gibe", "INS Sukanya" and "Indian Naval Ship Sukanya" name one
 * ship) or a title's article ("The Notorious Bettie Page" and "Notorious
 * Bettie Page").
 */
export function cuedKey(name: string): string {
  const words = name.replace(/^(?:the|a|an)\s+(?=\S)/i, '').split(/\s+/);
  const ship = words.findIndex((word) => /^ships?$/i.test(word));
  const rest = SHIP_PREFIXES.has(words[0]) ? words.slice(1) : ship >= 0 ? words.slice(ship + 1) : words;
  return (rest.length > 0 ? rest : words).join(' ').toLowerCase();
}

/** "INS Mysore", "the 30-foot yacht Sword of Orion", "the deck of Sword of Orion", "Indian Naval Ship Tabar". */
export function namesAVessel(article: SegmentedArticle, start: number, end: number, norms: readonly string[]): boolean {
  const before = article.tokens[start - 1]?.norm ?? '';
  if (VESSEL_NOUNS.has(before) && !VERB_CONTEXT.has(article.tokens[start - 2]?.norm ?? '')) return true;
  if (before === 'of' && VESSEL_PARTS.has(article.tokens[start - 2]?.norm ?? '')) return true;
  if (end - start < 2) return vesselByContext(article, start, end, norms);
  if (SHIP_PREFIXES.has(tokenText(article, start)) && !norms.slice(1).some((norm) => isTitle(norm) || ORGANISATION_WORDS.has(norm))) return true;
  return norms.slice(0, -1).includes('ship') || vesselByContext(article, start, end, norms);
}
