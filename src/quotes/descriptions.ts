/**
 * The words that describe a speaker ("the mayor of Brenmouth", "Israel
 * radio", "the Georgia Republican") and where such a description closes on a
 * name that is not the speaker ("the regional hospital in Sava Dolna", "the
 * indictment detailing atrocities at Celebici").
 */
import { ORGANISATION_WORDS, PARTISAN_WORDS, PLURAL_ROLE_NOUNS, ROLE_NOUNS } from '../entities/lexicon.js';
import { ORGANISATION_ROLE_NOUNS } from '../entities/roles.js';
import { DOCUMENT_NOUNS, SPEECH_VERBS } from './cues.js';
import { norm, type QuoteContext } from './context.js';

/** Most tokens of a speaker phrase or of a description's clause. */
export const MAX_PHRASE = 10;

/** Nouns after a place that make a group or a body speak ("Israel radio", "Turkish newspapers", "Lebanese media"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(['radio', 'television', 'tv', 'media', 'newspapers', 'newspaper', 'press', 'military', 'army', 'government', 'officials', 'authorities', 'police', 'sources', 'forces', 'troops', 'diplomats', 'leaders']);

/** Words for a person that are no role: "The woman on the phone told me…", "A critic from the Evening Star came in…". */
const PERSON_NOUNS: ReadonlySet<string> = new Set(['woman', 'man', 'girl', 'boy', 'critic']);

/** "spokesman", "officials", "deputies", "the woman": a word for a person or a group of people. */
export function isRoleNoun(word: string): boolean {
  const singular = word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return ROLE_NOUNS.has(word) || PLURAL_ROLE_NOUNS.has(word) || ROLE_NOUNS.has(singular) || PERSON_NOUNS.has(singular);
}

/** A word that heads a description of a speaker: a role, a group, an organisation or a partisan word ("mayor", "police", "service", "the Georgia Republican"). */
export function isDescriptionHead(word: string): boolean {
  return isRoleNoun(word) || GROUP_NOUNS.has(word) || ORGANISATION_ROLE_NOUNS.has(word) || ORGANISATION_WORDS.has(word) || PARTISAN_WORDS.has(word);
}

/**
 * "the health service of Eastmarch", "the mayor of Brenmouth", "the wife of
 * John Tesh", "the operator of the Rusk Dam": the index of the "of" before
 * the name when a description with a role, group or organisation head comes
 * before it, within `limit`; also of a "for" after a role ("a spokesperson
 * for the Department for Housing", "a lawyer for Tomas Keldren": the one who
 * speaks for the name).
 */
function describedOf(context: QuoteContext, name: { tokenStart: number }, limit: number): number | undefined {
  const of = norm(context, name.tokenStart - 1) === 'the' ? name.tokenStart - 2 : name.tokenStart - 1;
  if (of - 1 < limit || context.mentionOf[of - 1]) return undefined;
  const head = norm(context, of - 1);
  return (norm(context, of) === 'of' && isDescriptionHead(head)) || (norm(context, of) === 'for' && isRoleNoun(head)) ? of : undefined;
}

/**
 * Where a description closes on a name that is not its speaker, the index
 * right after the description's head ("the mayor of Brenmouth", "the
 * regional hospital in Sava Dolna" when `place`, "the indictment detailing
 * atrocities at Celebici"); else undefined.
 */
export function descriptionHeadEnd(context: QuoteContext, name: { tokenStart: number }, limit: number, place: boolean): number | undefined {
  return describedOf(context, name, limit) ?? (place ? locatedIn(context, name, limit) : undefined) ?? headBeforeAbout(context, name, limit);
}

/** Nouns naming the kind of a place before its name: "the province of Hormozgan". */
const PLACE_KINDS = new Set(['province', 'state', 'region', 'city', 'county', 'district', 'town', 'village', 'island', 'republic']);

/** The prepositions that set a description in a place: "the regional hospital in Sava Dolna", "doctors at Brenmouth", "shopkeepers on Carver Street", "residents near Dunmore Quay". */
const LOCATING = new Set(['in', 'at', 'on', 'near']);

/** Where a place closes a description ("the regional hospital in Sava Dolna"): the index of one of `LOCATING`, else undefined. */
function locatedIn(context: QuoteContext, place: { tokenStart: number }, limit: number): number | undefined {
  let at = norm(context, place.tokenStart - 1) === 'the' ? place.tokenStart - 2 : place.tokenStart - 1;
  if (norm(context, at) === 'of' && PLACE_KINDS.has(norm(context, at - 1))) at = norm(context, at - 2) === 'the' ? at - 3 : at - 2;
  return at - 1 >= limit && LOCATING.has(norm(context, at)) && isDescriptionHead(norm(context, at - 1)) ? at : undefined;
}

/** Words that open what a document or description is about: "on", "about", "into" (and participles, "detailing"). */
const ABOUT_OPENERS = new Set(['on', 'about', 'into']);
/** Documents a clause may describe, besides `DOCUMENT_NOUNS`: "the indictment detailing…". */
const CHARGING_DOCUMENTS = new Set(['indictment', 'complaint', 'lawsuit', 'ruling', 'affidavit']);
/** Prepositions that set a name inside such a clause: "atrocities at Celebici". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'of', 'on', 'from', 'near', 'by', 'against']);
/** Words that end the clause: "… and declared that Clinton". */
const CLAUSE_WORDS = new Set(['that', 'and', 'or', 'but', 'who', 'which', 'whom', 'while', 'when', 'as']);

/**
 * Where a name closes a clause about a document or description head ("The
 * 49-page indictment detailing atrocities at Celebici", "a report on abuses
 * in Brenmouth", "the bakers' union at the factory in Ormsley"): the index
 * right after the head, when "on", "about", "into", a participle or (after a
 * description's head) "at" or "in" follows it and a preposition comes right
 * before the name;
 * else undefined. The head speaks, not the name. The clause holds no
 * punctuation, joining word or speech verb.
 */
function headBeforeAbout(context: QuoteContext, name: { tokenStart: number }, limit: number): number | undefined {
  const before = norm(context, name.tokenStart - 1) === 'the' ? name.tokenStart - 2 : name.tokenStart - 1;
  if (!PLACE_PREPOSITIONS.has(norm(context, before))) return undefined;
  for (let index = before - 1; index >= Math.max(limit, before - MAX_PHRASE); index--) {
    const word = norm(context, index);
    if (context.article.tokens[index].punct || CLAUSE_WORDS.has(word) || SPEECH_VERBS.has(word)) return undefined;
    if (!DOCUMENT_NOUNS.has(word) && !CHARGING_DOCUMENTS.has(word) && !isDescriptionHead(word)) continue;
    const next = norm(context, index + 1);
    const located = isDescriptionHead(word) && (next === 'at' || next === 'in');
    return ABOUT_OPENERS.has(next) || located || /^\p{L}{3,}ing$/u.test(next) ? index + 1 : undefined;
  }
  return undefined;
}
