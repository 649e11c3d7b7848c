/**
 * Capitalized adjectives of regions, blocs and faiths that news writes
 * before common nouns ("a Central Asian nation", "a Roman Catholic priest",
 * "the former Soviet republic"): they describe, they name no one.
 */
import type { SegmentedArticle } from '../article.js';
import { lookUpName } from './gazetteer.js';
import { tokenText } from './tokens.js';

/** Adjectives of a region, a bloc or a faith, which name something only as part of a longer name ("Roman Catholic Church"). */
const DESCRIBING_ADJECTIVES: ReadonlySet<string> = new Set(
  `african asian european soviet arab latin nordic balkan
  roman catholic protestant orthodox muslim islamic christian jewish buddhist hindu sunni shiite shia anglican evangelical maronite druze coptic`.split(/\s+/),
);

/** Compass words that open a region's adjective ("Central Asian", "Southeast Asian", "West African") or its name ("South Kordofan"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set('central north south east west northern southern eastern western northeast northwest southeast southwest'.split(' '));

/** A compass word or its abbreviation in capitals ("NE Philadelphia"), opening a region's name. */
export function isCompassWord(article: SegmentedArticle, index: number): boolean {
  return COMPASS_WORDS.has(article.tokens[index].norm) || /^(?:NE|NW|SE|SW)$/.test(tokenText(article, index));
}

/**
 * The words `[start, end)` are such adjectives (compass words before them
 * allowed) and a lower-case word or a demonym follows, after a hyphen or
 * not: "Central Asian" of "the Central Asian nation", "African" of "an
 * African - American woman", not of "Central Asian Republics"; or they are
 * two such adjectives or more, a faith's member ("a Shiite Muslim", "a
 * Maronite Catholic").
 */
export function describesANoun(article: SegmentedArticle, start: number, end: number): boolean {
  if (end - start >= 2 && onlyAdjectives(article, start, end)) return true;
  if (end >= article.tokens.length) return false;
  const after = tokenText(article, end) === '-' && end + 1 < article.tokens.length ? end + 1 : end;
  const next = tokenText(article, after);
  if (!/^\p{Ll}/u.test(next) && lookUpName(next)?.demonym !== true) return false;
  return onlyAdjectives(article, start, end);
}

/** The words `[start, end)` are such adjectives, compass words before them allowed. */
function onlyAdjectives(article: SegmentedArticle, start: number, end: number): boolean {
  let index = start;
  while (index < end - 1 && COMPASS_WORDS.has(article.tokens[index].norm)) index++;
  for (; index < end; index++) if (!DESCRIBING_ADJECTIVES.has(article.tokens[index].norm.replace(/['’]s$/, ''))) return false;
  return true;
}
