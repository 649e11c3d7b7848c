/**
 * Two-word names that read as a person's by default but that the article's
 * own words show to be something else, with no cue word before them:
 *
 * - a question word after the first word ("Doctor Who"): a title, no name;
 *   after a title word it is a work's ("Doctor Who"), otherwise nothing;
 * - a royal or noble title after a word the article also writes in lower
 *   case ("Time Lord", "Sea King"): a kind of being or machine, no one's
 *   name ("Stephen King" opens on a given name and never gets here); a
 *   landmark's word there ("Democracy Wall", "Freedom Tower") makes a
 *   place, where a surname follows a name the article writes only so
 *   ("Elissa Wall");
 * - a plural noun before "of" ("Defenders of Wildlife", "Friends of the
 *   Earth"): a body of members, an organisation, unless it opens its
 *   sentence, where a capital says nothing ("Thousands of Kurds"); any other
 *   one word before "of" ("the Sword of Orion", "Garden of Eden", "Medal of
 *   Honor"): no person's name, for a person's own name has two words before
 *   it or a given name first ("Joan of Arc"), so nothing;
 * - a capitalized "The" before it inside a sentence ("he helmed The Golden
 *   Compass", "gig, The Golden Compass,"): a work's title, as no one's name
 *   opens on "The", or a periodical's when a periodical's noun is among its
 *   words ("The Laramie Daily Boomerang"); after a quotation mark only when
 *   the mark closes just after the name ("directed "The Golden Compass,""),
 *   for a quotation may open on "The" too;
 * - a cause's plural noun last ("Human Rights", "Political Rights", "Civil Liberties", what a
 *   covenant or a group is about, cut from its name by "on" or "in"; not "Xiao Qiang of Human
 *   Rights"): nothing;
 * - a making verb before it in quotation marks ("to direct "New Moon."",
 *   "starred in 'Dark Angel'"): a work; quotation marks alone do not say
 *   so, for they hold nicknames too ("Deep Throat", "Teflon Don");
 * - a lower-case "the" before it, or a "The" opening the sentence, and, after it, a mark or a word that goes
 *   on the sentence ("ran the Red Lion in Stowcombe", "for the Millbrook
 *   Foxes, the…", "The Copper Kettle, which…"): a body (a pub, a club, a band), for no one's name takes
 *   "the"; not before a noun it describes ("the Abdurrahman Wahid
 *   government"), nor when a body's word comes before its last ("the Navy
 *   Kestrel Vane is…": the body's thing);
 * - a body's officer after it and a name after that ("Ashworth Vale
 *   manager Niall Corrigan"): the body the officer serves;
 * - a kind of goods after it ("Bramble Bear dolls", `productNounAfter`): a
 *   product.
 */
import type { SegmentedArticle } from '../article.js';
import { isTitle, ORGANISATION_WORDS, PERIODICAL_NOUNS } from './lexicon.js';
import { tokenText } from './tokens.js';
import { isQuote } from './works.js';

/** Question words: after a title they make a title of their own, no name ("Doctor Who"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['who', 'what', 'when', 'where', 'why', 'how']);
const RANKS = new Set(['king', 'queen', 'prince', 'princess', 'lord', 'lady']);
/** A cause's plural nouns: last in a name, they name what it is about, no one ("Human Rights"). */
const CAUSES = new Set(['rights', 'liberties', 'freedoms']);
/** Landmarks' last words that are surnames too ("Democracy Wall", "Elissa Wall"). */
const LANDMARKS = new Set(['wall', 'gate', 'tower']);

/** What the name `[start, end)` of sentence `sentence` (lower-cased words `norms`, its first no given name) is when it is no person's: a work, an organisation, a place, nothing (`unknown`), or undefined when it may be a person's. */
export function notAPersonsName(article: SegmentedArticle, start: number, end: number, sentence: number, norms: readonly string[]): 'work' | 'organisation' | 'place' | 'product' | 'unknown' | undefined {
  if (norms.length >= 3 && norms[1] === 'of' && start > article.sentences[sentence].tokenStart && /^\p{L}{3,}[^s]s$/u.test(norms[0])) return 'organisation';
  const question = norms.findIndex((norm, index) => index > 0 && QUESTION_WORDS.has(norm));
  if (question > 0) return isTitle(norms[question - 1]) ? 'work' : 'unknown';
  if (norms.length === 2 && RANKS.has(norms[1]) && writesInLowerCase(article, norms[0], start, end)) return 'unknown';
  if (norms.length === 2 && LANDMARKS.has(norms[1]) && writesInLowerCase(article, norms[0], start, end)) return 'place';
  if (CAUSES.has(norms[norms.length - 1]) && !norms.includes('of')) return 'unknown';
  if (quotedAfterMakingVerb(article, start, end)) return 'work';
  if (followsTitleThe(article, start, end, article.sentences[sentence].tokenStart)) return norms.some((norm) => PERIODICAL_NOUNS.has(norm)) ? 'organisation' : 'work';
  if (norms.length >= 3 && norms[1] === 'of') return 'unknown';
  if (productNounAfter(article, end)) return 'product';
  if (norms.includes('of')) return undefined;
  // "the Navy Kestrel Vane is…": a body's word inside names a thing of that body's, left to what names it.
  const bodysThing = norms.slice(0, -1).some((norm) => ORGANISATION_WORDS.has(norm));
  if ((start > 0 && !bodysThing && followsThe(article, start, sentence) && goesOnAfterName(article, end)) || beforeBodysOfficer(article, end)) return 'organisation';
  return undefined;
}

/** Verbs whose object is a work ("to direct "New Moon"", "starred in "Dark Angel""). */
const MAKING_VERBS = new Set(['direct', 'directs', 'directed', 'directing', 'helm', 'helms', 'helmed', 'helming', 'produce', 'produced', 'producing', 'star', 'stars', 'starred', 'starring']);

/** The name `[start, end)` fills a quotation that a making verb, or one and "in", has for object. */
function quotedAfterMakingVerb(article: SegmentedArticle, start: number, end: number): boolean {
  const mark = article.tokens[start - 1]?.norm;
  const verb = article.tokens[start - 2]?.norm === 'in' ? start - 3 : start - 2;
  return isQuote(mark) && MAKING_VERBS.has(article.tokens[verb]?.norm ?? '') && closesQuotation(article, end, mark!);
}

/** The quotation mark `mark` closes at `end`, after a comma or a period if any ("New Moon,""). */
function closesQuotation(article: SegmentedArticle, end: number, mark: string): boolean {
  const close = [',', '.'].includes(article.tokens[end]?.norm ?? '') ? end + 1 : end;
  return article.tokens[close]?.norm === mark;
}

/** A capitalized "The" inside the sentence opens the name `[start, end)` (see the header). */
function followsTitleThe(article: SegmentedArticle, start: number, end: number, sentenceStart: number): boolean {
  if (start - 2 < sentenceStart || tokenText(article, start - 1) !== 'The') return false;
  const before = article.tokens[start - 2].norm;
  return isQuote(before) ? closesQuotation(article, end, before) : /^[\p{L},]/u.test(before);
}

/** Whether the article writes `word` in lower case outside the name `[start, end)`. */
export function writesInLowerCase(article: SegmentedArticle, word: string, start: number, end: number): boolean {
  return article.tokens.some((token, index) => (index < start || index >= end) && token.norm === word && tokenText(article, index) === word);
}

/** Kinds of goods a brand's name comes before ("Bramble Bear dolls", "Tillybrook biscuits"). */
const GOODS_NOUNS = new Set(['doll', 'dolls', 'toy', 'toys', 'biscuits', 'crumpets', 'crisps', 'cereal', 'chocolates', 'sweets', 'trainers', 'handset', 'handsets', 'smartphone', 'smartphones', 'laptop', 'laptops']);

/** A kind of goods comes right after the name ending at `end` (see the header). */
export function productNounAfter(article: SegmentedArticle, end: number): boolean {
  return GOODS_NOUNS.has(article.tokens[end]?.norm ?? '') && tokenText(article, end) === article.tokens[end].norm;
}

/** "the" before the name at `start`: in lower case, or opening the sentence ("The Copper Kettle, which…"). */
function followsThe(article: SegmentedArticle, start: number, sentence: number): boolean {
  const word = tokenText(article, start - 1);
  return word === 'the' || (word === 'The' && start - 1 === article.sentences[sentence].tokenStart);
}

/** Lower-case words that go on a sentence after a name, where a noun the name described would stand instead. */
const GOES_ON = new Set(['in', 'on', 'at', 'of', 'and', 'or', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'which', 'who', 'that', 'for', 'to', 'with', 'by', 'from', 'near']);

/** After the name ending at `end`: a mark (a comma, a full stop, a possessive's end) or a word of `GOES_ON`. */
function goesOnAfterName(article: SegmentedArticle, end: number): boolean {
  const next = article.tokens[end];
  return next === undefined || !/^\p{L}/u.test(tokenText(article, end)) || GOES_ON.has(next.norm);
}

/** Officers of a club or a company written between its name and theirs ("Ashworth Vale manager Niall Corrigan"). */
const BODYS_OFFICERS = new Set(['manager', 'coach', 'captain', 'chairman', 'chairwoman', 'boss', 'striker', 'goalkeeper', 'midfielder', 'defender', 'winger']);

/** A body's officer in lower case, then a capitalized name, after the name ending at `end`. */
function beforeBodysOfficer(article: SegmentedArticle, end: number): boolean {
  const officer = article.tokens[end];
  return officer !== undefined && article.tokens[end + 1] !== undefined && BODYS_OFFICERS.has(officer.norm) && tokenText(article, end) === officer.norm && /^\p{Lu}\p{Ll}/u.test(tokenText(article, end + 1));
}
