/**
 * Organisation names the gazetteer does not know, held together across what
 * would otherwise cut them: an "and" between two capitalized halves ("Office
 * of Fisheries and Marine Service"), a "to" inside a cause's name ("National
 * Right to Life Committee"), a "for" after a body's word
 * ("Foundation for Human Rights"), a plural possessive before a body's word
 * ("Supporters' Trust") and a known body's word at the end of a longer name
 * ("Velmar National Congress").
 */
import type { SegmentedArticle } from '../article.js';
import { isGivenName } from './given-names.js';
import { lookUpName, type GazetteerEntry } from './gazetteer.js';
import { isTitle, ORGANISATION_WORDS, PLACE_WORDS, PRODUCT_OPENERS } from './lexicon.js';
import { formOf } from './mention.js';
import { isNameWord, NAME_PARTICLES, tokenText } from './tokens.js';

/** The most name words after "and" that still close one organisation's name. */
const MAX_WORDS_AFTER_AND = 4;

/**
 * "Fish and Wildlife Service", "Oceanic and Atmospheric Administration":
 * the "and" at `and`, inside a run of name words begun at `start`, joins one
 * organisation when two to four name words after it end in an organisation
 * word ("Service", "Administration", "Movement") before the run ends, and
 * neither the word before "and" nor any after it but the last is a name of
 * its own (a known name, an acronym, a place or body word: "Britain and
 * Foreign Office", "Red Cross and Red Crescent Societies" stay two), no
 * particle follows ("Cricket Wireless and Federal Bureau of Investigation"),
 * no portfolios meet at the "and" ("Commerce and Interior Department") and
 * the run is no tail of a longer name that a "to" cut ("Right to Life and
 * Conservative Party lines": two parties, the first named before).
 */
export function andJoinsOrganisation(article: SegmentedArticle, start: number, and: number, sentenceEnd: number): boolean {
  if (and - 1 < start || !standsInside(article, and - 1) || endsCutName(article, start)) return false;
  let end = and + 1;
  while (end < sentenceEnd && end - and <= MAX_WORDS_AFTER_AND && isNameWord(tokenText(article, end)) && !NAME_PARTICLES.has(tokenText(article, end))) end++;
  if (end - and < 3 || end - and > MAX_WORDS_AFTER_AND || !ORGANISATION_WORDS.has(article.tokens[end - 1].norm)) return false;
  if (end < sentenceEnd && NAME_PARTICLES.has(tokenText(article, end))) return false;
  if (PORTFOLIOS.has(article.tokens[and - 1].norm) && PORTFOLIOS.has(article.tokens[and + 1].norm)) return false;
  for (let index = and + 1; index < end - 1; index++) if (!standsInside(article, index)) return false;
  for (let length = 2; length <= 3 && and - length >= start; length++) if (lookUpName(formOf(article, and - length, and)) !== undefined) return false;
  return true;
}

/**
 * The run from `start` follows a "to" that follows a name word: what it
 * names began before ("Right to Life", "Back to Basics"). "At" or "in"
 * there locates what follows instead ("Fire Officer at Surrey Fire and
 * Rescue Service").
 */
function endsCutName(article: SegmentedArticle, start: number): boolean {
  return start >= 2 && tokenText(article, start - 1) === 'to' && isNameWord(tokenText(article, start - 2));
}

/**
 * "the National Right to Life Committee", "the Right to Life Party": the "to"
 * at `at`, in a run of name words begun at `start` after "the", joins one
 * organisation when a capitalized word that is no name of its own stands on
 * either side of it and a body's word ends the run right after. Without
 * "the" the run names a person or a place that goes somewhere ("took Ada
 * Morrow to Brenmouth Hospital").
 */
export function toJoinsOrganisation(article: SegmentedArticle, start: number, at: number, sentenceEnd: number): boolean {
  const body = at + 2;
  if (start < 1 || article.tokens[start - 1].norm !== 'the' || body >= sentenceEnd || !standsInside(article, at - 1) || !standsInside(article, at + 1)) return false;
  if (!ORGANISATION_WORDS.has(article.tokens[body].norm) || !isNameWord(tokenText(article, body))) return false;
  return body + 1 >= sentenceEnd || !isNameWord(tokenText(article, body + 1));
}

/** Portfolios that departments are named by: "Commerce and Interior Department" is two departments sharing a head. */
const PORTFOLIOS: ReadonlySet<string> = new Set(
  'commerce interior justice state defense defence treasury agriculture energy labor labour transportation transport education foreign finance trade'.split(' '),
);

/** Bodies whose names run on through "for" ("Helsinki Foundation for Human Rights", "Center for Biological Diversity", "Department for Transport"). */
const FOR_HEADS: ReadonlySet<string> = new Set(
  'foundation centre center committee commission institute council association coalition society league alliance fund movement organization organisation union office ministry department agency bureau network federation'.split(' '),
);

/**
 * "Foundation for Human Rights": the "for" at `at` joins the body's word
 * before it to the capitalized words after it, unless a given name follows
 * ("the Committee for Ada Morrow").
 */
export function forJoinsOrganisation(article: SegmentedArticle, at: number): boolean {
  const next = article.tokens[at + 1];
  return at > 0 && FOR_HEADS.has(article.tokens[at - 1].norm) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(tokenText(article, at + 1)) && !isGivenName(next.norm);
}

/**
 * "Ashworth Vale Supporters' Trust", "the Velmar Farmers' Union": the
 * apostrophe at `at`, written right after a plural name word, joins it to
 * the body's word after it ("Supporters' Trust" is one name, not
 * "Supporters" and "Trust").
 */
export function possessiveJoinsOrganisation(article: SegmentedArticle, at: number): boolean {
  const [before, mark, next] = [article.tokens[at - 1], article.tokens[at], article.tokens[at + 1]];
  return before !== undefined && next !== undefined && mark.norm === "'" && before.end === mark.start && /\p{L}s$/u.test(tokenText(article, at - 1)) && ORGANISATION_WORDS.has(next.norm);
}

/** How far after a body's "for" an "and" may stand and still join ("for Security and", "for Disease Control and"). */
const MAX_WORDS_FOR_TO_AND = 3;

/**
 * "Organization for Security and Cooperation", "Center for Disease Control and Prevention": after a
 * body's "for" (`forJoinsOrganisation`) in the run begun at `start`, the "and" at `and` joins one
 * more capitalized word that ends the run and is no name of its own ("… and Greenpeace") nor a given
 * name, unless a title's word stands before it ("Community Health and Development", which titles
 * would cut at "Health").
 */
export function andAfterForJoins(article: SegmentedArticle, start: number, and: number, sentenceEnd: number): boolean {
  let joined = false;
  for (let index = Math.max(start, and - MAX_WORDS_FOR_TO_AND); index < and && !joined; index++) joined = article.tokens[index].norm === 'for' && forJoinsOrganisation(article, index);
  const next = and + 1;
  if (!joined || next >= sentenceEnd || isTitle(article.tokens[and - 1].norm)) return false;
  const word = tokenText(article, next);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || lookUpName(word) !== undefined || isGivenName(article.tokens[next].norm)) return false;
  return next + 1 >= sentenceEnd || !isNameWord(tokenText(article, next + 1));
}

/** A capitalized word (no acronym: "HP"; no inner capital: "LaSalle") that is no name of its own and no body's or place's word: one that can stand inside a longer name. */
function standsInside(article: SegmentedArticle, index: number): boolean {
  const norm = article.tokens[index].norm;
  return /^\p{Lu}\p{Ll}[\p{Ll}'-]*$/u.test(tokenText(article, index)) && lookUpName(tokenText(article, index)) === undefined && !ORGANISATION_WORDS.has(norm) && !PLACE_WORDS.has(norm) && !PRODUCT_OPENERS.has(norm);
}

/**
 * "African National" + "Congress": a one-word body the gazetteer knows
 * ("Congress", "Parliament") after two name words or more that it does not
 * know ends their organisation's name.
 */
export function endsOrganisationName(article: SegmentedArticle, before: { start: number; end: number; entry?: GazetteerEntry }, part: { start: number; end: number; entry?: GazetteerEntry }): boolean {
  if (before.entry || part.entry?.type !== 'organisation' || part.end - part.start !== 1 || before.end - before.start < 2) return false;
  if (!ORGANISATION_WORDS.has(article.tokens[part.start].norm)) return false;
  for (let index = before.start; index < before.end; index++) if (!isNameWord(tokenText(article, index))) return false;
  return true;
}
