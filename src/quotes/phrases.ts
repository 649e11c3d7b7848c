/**
 * The noun phrase that names a speaker, as token ranges: the subject before a
 * speech verb ("Tomas Keldren, the agency's director, told"); the phrase
 * after an inverted verb ("said Martin Osgood, 62,") is in phrase-after.ts,
 * the words that describe one (roles, groups, "the mayor of Brenmouth") in
 * descriptions.ts.
 */
import { isTitle, POST_NOMINALS, ROLE_NOUNS } from '../entities/lexicon.js';
import type { NameMention } from '../entities/index.js';
import { AUXILIARIES, FIRST_PERSON, PERSON_PRONOUNS, PLURAL_PRONOUNS, SPEAKER_ADVERBS, SPEECH_PARTICIPLES, SPEECH_VERBS, THING_PRONOUNS } from './cues.js';
import { isQuoteMark, norm, sentenceBounds, type QuoteContext } from './context.js';
import { descriptionHeadEnd, MAX_PHRASE } from './descriptions.js';
import { pairEndingAt } from './groups.js';

/** Places, vessels, products and works are where and what things happen to, not who speaks ("in Brenmouth, …", "aboard the MV Gibe, …", "in the film Local Hero, …"). */
export function isSilent(type: string): boolean {
  return type === 'place' || type === 'vessel' || type === 'product' || type === 'work';
}

/** A token range `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

const PHRASE_STOPS = new Set(['that', 'which', 'when', 'while', 'because', 'after', 'before', 'if', 'as', 'and', 'but', 'or', 'than', 'so', 'where', 'whether', 'though', 'although', 'since', 'until']);
const MAX_APPOSITIVE = 24;
const MAX_RELATIVE = 20;

export function isPronoun(word: string): boolean {
  return PERSON_PRONOUNS.has(word) || PLURAL_PRONOUNS.has(word) || THING_PRONOUNS.has(word) || FIRST_PERSON.has(word);
}

/** Whether the token at `index` ends a speaker phrase: punctuation, a quotation, a joining word, a speech verb or the "to" of "according to" ("according to many people who…": many people). */
export function stopsPhrase(context: QuoteContext, index: number): boolean {
  const token = context.article.tokens[index];
  if (token.punct && token.norm !== '-' && token.norm !== '&' && !isPluralPossessive(context, index)) return true;
  if (token.norm === 'to' && norm(context, index - 1) === 'according') return true;
  return context.quoted[index] === 1 || PHRASE_STOPS.has(token.norm) || SPEECH_VERBS.has(token.norm) || SPEECH_PARTICIPLES.has(token.norm);
}

/** The apostrophe of a plural possessive ("the bakers' union"), written right after a word ending in "s" and no quote mark. */
function isPluralPossessive(context: QuoteContext, index: number): boolean {
  const { tokens, text } = context.article;
  const before = tokens[index - 1];
  return tokens[index].norm === "'" && !isQuoteMark(context, index) && before !== undefined && before.end === tokens[index].start && /\p{L}s$/u.test(text.slice(before.start, before.end));
}

/** The subject phrase ending just before the speech verb at `cue`, not reaching before `limit`. */
export function phraseBefore(context: QuoteContext, cue: number, limit = sentenceBounds(context, cue).start): Range | undefined {
  let last = cue - 1;
  while (last >= limit && SPEAKER_ADVERBS.has(norm(context, last)) && !context.mentionOf[last]) last--;
  last = beforeParenthesis(context, last, limit);
  if (last < limit) return undefined;
  if (norm(context, last) === ',') return appositiveSubject(context, last, limit);
  if (PHRASE_STOPS.has(norm(context, last))) return undefined;
  const named = context.mentionOf[last];
  const mention = named && (placeBeforeRegion(context, named, limit) ?? named);
  if (mention) {
    const owner = memberOf(context, mention, limit) ?? pairEndingAt(context, mention, limit);
    if (owner) return owner;
    const of = descriptionHeadEnd(context, mention, limit, isSilent(mention.type)) ?? (isSilent(mention.type) ? prepositionBefore(context, mention, limit) : undefined);
    if (of === undefined) return { start: Math.max(mention.tokenStart, limit), end: mention.tokenEnd };
    let first = of - 1;
    while (first - 1 >= limit && last - first < MAX_PHRASE && !stopsPhrase(context, first - 1)) first--;
    return { start: first, end: mention.tokenEnd };
  }
  if (isPronoun(norm(context, last))) return { start: last, end: last + 1 };
  const who = relativeWho(context, last, limit);
  if (who !== undefined) return phraseBefore(context, who, limit);
  let first = last;
  while (first - 1 >= limit && last - first < MAX_PHRASE && !stopsPhrase(context, first - 1)) first--;
  while (first < last && YEARS.test(norm(context, first))) first++;
  if (opensReducedRelative(context, first)) return undefined;
  return hasContent(context, first, last + 1) ? { start: first, end: last + 1 } : undefined;
}

/** Prepositions that put a place, vessel, product or work inside a longer phrase: "the owner of a café beside the Kestrel Bridge", "Diplomats from France". */
const PHRASE_PREPOSITIONS = new Set(['of', 'in', 'at', 'on', 'near', 'from', 'beside', 'behind', 'outside', 'inside', 'across', 'along', 'alongside', 'around', 'off', 'opposite', 'by', 'under', 'over', 'above', 'below', 'beyond', 'into', 'onto', 'past', 'toward', 'towards', 'through', 'between', 'among', 'within', 'aboard']);

/**
 * The index of the preposition a name follows (past a "the") when a word of
 * the same phrase comes before it, not before `limit`; else undefined. A
 * place so named is where the speaker is, never the speaker: "The owner of a
 * café in Dunmere said" (the owner), "Diplomats from France said".
 */
export function prepositionBefore(context: QuoteContext, name: { tokenStart: number }, limit: number): number | undefined {
  const at = norm(context, name.tokenStart - 1) === 'the' ? name.tokenStart - 2 : name.tokenStart - 1;
  return at - 1 >= limit && PHRASE_PREPOSITIONS.has(norm(context, at)) && !stopsPhrase(context, at - 1) ? at : undefined;
}

/** A year or a decade ("1995", "90s", "1990s"): the time a phrase opens on ("In the '90s everyone said"), no part of the speaker. */
const YEARS = /^(?:\d{2}|\d{4})s?$/;

/** Quantifiers that open the subject of a relative clause without "that". */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'most', 'few']);

/**
 * "…, a move some protesters later said was an accident": a noun and then the
 * subject of a relative clause without "that" describe what was said, and the
 * sentence before them is no one's report.
 */
function opensReducedRelative(context: QuoteContext, first: number): boolean {
  return ['a', 'an', 'the'].includes(norm(context, first)) && QUANTIFIERS.has(norm(context, first + 2)) && !context.mentionOf[first + 1];
}

/** "… Union Cycliste Internationale (UCI) told": the token before a closing parenthesis's aside, else `last`. */
function beforeParenthesis(context: QuoteContext, last: number, limit: number): number {
  if (norm(context, last) !== ')') return last;
  for (let index = last - 1; index >= limit && last - index <= MAX_PHRASE; index--) if (norm(context, index) === '(') return index - 1;
  return last;
}

/** "U.S. officials who toured … this summer said": the "who" whose clause ends at the verb. */
function relativeWho(context: QuoteContext, last: number, limit: number): number | undefined {
  for (let index = last; index > limit && last - index < MAX_RELATIVE; index--) {
    const word = norm(context, index);
    if (word === 'who') return index > limit ? index : undefined;
    if (stopsPhrase(context, index) && !['and', 'as', 'when', 'after', 'before', 'while', 'that'].includes(word)) return undefined;
  }
  return undefined;
}

/** "police sources, speaking on condition of anonymity, said": the comma that opens an aside on a participle ending at `comma`. */
function participleAside(context: QuoteContext, comma: number, limit: number): number | undefined {
  for (let index = comma - 1; index > limit && comma - index <= MAX_APPOSITIVE; index--) {
    if (context.quoted[index] === 1 || (context.article.tokens[index].punct && norm(context, index) !== ',')) return undefined;
    if (norm(context, index) === ',') return /^\p{L}+ing$/u.test(norm(context, index + 1)) ? index : undefined;
  }
  return undefined;
}

/** "The mayor, who visited the shelter on Sunday, said": the comma that opens a relative clause ending at `comma`. */
function relativeAside(context: QuoteContext, comma: number, limit: number): number | undefined {
  for (let index = comma - 1; index > limit && comma - index <= MAX_APPOSITIVE; index--) {
    if (context.quoted[index] === 1 || (context.article.tokens[index].punct && norm(context, index) !== ',')) return undefined;
    if (norm(context, index) === ',') return RELATIVES.has(norm(context, index + 1)) && index + 2 < comma ? index : undefined;
  }
  return undefined;
}

/** Words that open a relative clause. */
export const RELATIVES = new Set(['who', 'whose', 'which', 'where', 'whom']);

/**
 * "Police in Laramie, Wyo., said": a place and the state or country after it,
 * set off by commas, end the phrase before the verb as one place; the index
 * one past the first place (its comma), for the phrase to end at.
 */
function stateAfterPlace(context: QuoteContext, comma: number, limit: number): number | undefined {
  const region = context.mentionOf[comma - 1];
  return region && region.tokenEnd === comma ? placeBeforeRegion(context, region, limit)?.tokenEnd : undefined;
}

/** "Laramie" of "Laramie, Wyo.", "Brenmouth" of "Brenmouth, Eastmarch": the place a region after a comma locates. */
function placeBeforeRegion(context: QuoteContext, region: NameMention, limit: number): NameMention | undefined {
  if ((!isSilent(region.type) && region.type !== 'unknown') || norm(context, region.tokenStart - 1) !== ',') return undefined;
  const place = context.mentionOf[region.tokenStart - 2];
  return place && isSilent(place.type) && place.tokenStart > limit ? place : undefined;
}

/** "Yvo de Boer of the UNFCCC said": the person, not the body named after "of". */
function memberOf(context: QuoteContext, body: { tokenStart: number }, limit: number): Range | undefined {
  let of = body.tokenStart - 1;
  if (norm(context, of) === 'the') of--;
  const person = of - 1 >= limit && norm(context, of) === 'of' ? context.mentionOf[of - 1] : undefined;
  return person?.type === 'person' && person.tokenEnd === of ? { start: Math.max(person.tokenStart, limit), end: person.tokenEnd } : undefined;
}

/** Lower-case title words between an appositive's comma and the name it gives: "The inquiry's chair, retired judge Maren Holloway, said". */
const MAX_APPOSITIVE_TITLE = 3;

/** A lower-case title word, a title, or "the" before a title ("retired judge", "the Rev."). */
function opensTitle(context: QuoteContext, index: number): boolean {
  const word = norm(context, index);
  return (/^\p{Ll}+$/u.test(word) && !context.article.tokens[index].stop) || isTitle(word) || (word === 'the' && isTitle(norm(context, index + 1)));
}

/**
 * "Tomas Keldren, the agency's director, told": the name before the
 * appositive (and any degree after it: "Jorge Alsip, MD, the society's
 * president, said"); "The EU's climate chief, Artur Runge Metzger, says" and
 * "The gas network operator, Midshire Gas, said": the name set off before
 * the verb.
 */
function appositiveSubject(context: QuoteContext, comma: number, limit: number): Range | undefined {
  const named = context.mentionOf[comma - 1];
  if (named?.type === 'person' && named.tokenEnd === comma) {
    const { start, end } = pairEndingAt(context, named, limit) ?? { start: named.tokenStart, end: named.tokenEnd };
    let opening = start - 1;
    while (opening >= limit && start - opening <= MAX_APPOSITIVE_TITLE && opensTitle(context, opening)) opening--;
    if (opening >= limit && norm(context, opening) === ',') return { start, end };
  }
  if (named?.type === 'organisation' && named.tokenEnd === comma && named.tokenStart - 1 >= limit && norm(context, named.tokenStart - 1) === ',') return { start: named.tokenStart, end: named.tokenEnd };
  const aside = participleAside(context, comma, limit);
  if (aside !== undefined) return phraseBefore(context, aside, limit);
  const relative = relativeAside(context, comma, limit);
  if (relative !== undefined) return appositiveSubject(context, relative, limit) ?? phraseBefore(context, relative, limit);
  const place = stateAfterPlace(context, comma, limit);
  if (place !== undefined) return phraseBefore(context, place, limit);
  let other: Range | undefined;
  for (let index = comma - 1; index >= limit && comma - index <= MAX_APPOSITIVE; index--) {
    if (context.quoted[index] === 1) break;
    if (norm(context, index) !== ',') continue;
    // "The mayor, Reed, will resign in June, said people…": what follows the name's comma opens on a verb; it is the sentence's predicate, no aside.
    if (AUXILIARIES.has(norm(context, index + 1))) break;
    const mention = context.mentionOf[index - 1];
    const word = norm(context, index - 1);
    if (mention?.type === 'person' || (mention && other === undefined && index - 1 === mention.tokenEnd - 1 && !isPersonLater(context, index, limit))) {
      if (mention.type === 'person') return { start: mention.tokenStart, end: mention.tokenEnd };
      other ??= phraseBefore(context, index, limit) ?? { start: mention.tokenStart, end: mention.tokenEnd };
    } else if (isPronoun(word)) {
      return other ?? { start: index - 1, end: index };
    } else if (!mention && !POST_NOMINALS.has(word) && !isAgeSetOff(context, index - 1)) {
      break;
    }
  }
  return other;
}

/** An age set off by commas after a name: the "54" of "Ada Morrow, 54, a weaver at the mill, said". */
function isAgeSetOff(context: QuoteContext, index: number): boolean {
  return /^\d{1,3}$/.test(norm(context, index)) && norm(context, index - 1) === ',';
}

/** Whether a person is named before `index` in reach, so an organisation after a comma is only part of an appositive. */
function isPersonLater(context: QuoteContext, index: number, limit: number): boolean {
  for (let token = index - 1; token >= limit && index - token <= MAX_APPOSITIVE; token--) if (context.mentionOf[token]?.type === 'person') return true;
  return false;
}

/** Stopwords that name who speaks all the same: "everyone said", "someone told me". */
const SPEAKING_STOPWORDS = new Set(['everyone', 'everybody', 'someone', 'somebody']);

/** A phrase worth naming a speaker by holds a word that is not a stopword (or is one of `SPEAKING_STOPWORDS`). */
export function hasContent(context: QuoteContext, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const token = context.article.tokens[index];
    if (!token.punct && (!token.stop || ROLE_NOUNS.has(token.norm) || SPEAKING_STOPWORDS.has(token.norm))) return true;
  }
  return false;
}
