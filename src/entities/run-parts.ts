/**
 * Passes 2 and 3 of finding names, for one run of name words (`names.ts`
 * finds the runs): the run is cut into the names the gazetteer knows
 * (longest first) and the rest, neighbouring parts that make one name are
 * joined again ("Tour de France", "Michael Jordan", "North Aceh"), and each part becomes a
 * mention: a known name's, a capital acting for its government, or what
 * `classifyName` makes of the rest ("Herbert Flynn of Fort Coffee" a person
 * and a place).
 */
import type { SegmentedArticle } from '../article.js';
import { classifyName, isOrganisationHead } from './classify.js';
import { isGivenName } from './given-names.js';
import { LONGEST_FORM, lookUpName, type GazetteerEntry } from './gazetteer.js';
import { COMPANY_LAST_WORDS, ORGANISATION_OPENERS, ORGANISATION_WORDS, PARTISAN_WORDS, PLACE_WORDS, ROLE_NOUNS, SPEECH_VERBS, TEAM_NICKNAMES } from './lexicon.js';
import { baseMention, formOf } from './mention.js';
import type { NameMention } from './types.js';
import { endsOrganisationName } from './organisation-joins.js';
import { COMPASS_WORDS, isCompassWord } from './adjectives.js';
import { PLACE_HEAD_NOUNS } from './head-nouns.js';
import { isNameWord, lowerCaseWords, tokenText } from './tokens.js';

/** A run of name words in one sentence: `[start, end)` tokens, and whether its last word is possessive. */
export interface Run {
  start: number;
  end: number;
  possessive: boolean;
}

interface Part {
  start: number;
  end: number;
  entry?: GazetteerEntry;
}

/** Passes 2 and 3 for one run. */
export function runMentions(article: SegmentedArticle, run: Run, sentence: number): NameMention[] {
  const mentions: NameMention[] = [];
  for (const part of joinParts(article, gazetteerParts(article, run))) {
    const possessive = run.possessive && part.end === run.end;
    if (part.entry) {
      mentions.push(namesPaper(article, part, sentence) ? paperMention(article, part, sentence, possessive) : gazetteerMention(article, part, part.entry, sentence, possessive));
      continue;
    }
    const mention = classifyName(article, part.start, part.end, sentence, possessive);
    if (mention) mentions.push(...(mention.type === 'person' || mention.type === 'place' ? personOfPlace(article, mention, part, possessive) : mention.type === 'organisation' ? personOfBody(article, mention, part, possessive) : [mention]));
  }
  return mentions;
}

/**
 * "Herbert Flynn of Fort Coffee", "Mayor Sorin Valek of Trevik": a person's
 * name that runs on through "of" is the person, then a place, when what
 * comes before "of" is surely a person's name (a title or a known given name
 * before it) or what comes after surely a place's ("Fort Coffee"); "Ring of
 * Fire" and "Army Corps of Engineers" are left alone; so is a name typed a
 * place for its last word ("Bert Ammerman of River Vale"), read the same way. A title's own "of"
 * ("Secretary of State John Kerry") is before the name and stays.
 */
function personOfPlace(article: SegmentedArticle, mention: NameMention, part: Part, possessive: boolean): NameMention[] {
  let of = mention.tokenStart + 1;
  while (of < part.end - 1 && article.tokens[of].norm !== 'of') of++;
  if (of >= part.end - 1) return [mention];
  const person = classifyName(article, part.start, of, mention.sentence, false);
  const place = classifyName(article, of + 1, part.end, mention.sentence, possessive);
  const surelyPerson = person?.type === 'person' && (person.title !== undefined || isGivenName(article.tokens[person.tokenStart].norm));
  const surelyPlace = person?.type === 'person' && person.tokenEnd - person.tokenStart >= 2 && place?.type === 'place';
  if (!surelyPerson && !surelyPlace) return [mention];
  if (place && (place.type === 'person' || place.type === 'unknown')) place.type = 'place';
  return [person, place].filter((found): found is NameMention => found !== undefined);
}

/** Most words of a person's name before "of" that `personOfBody` cuts off an organisation's. */
const MAX_PERSON_WORDS_BEFORE_OF = 4;

/**
 * "Tom Kessler of Bay Tech Systems", "Mayor Sorin Valek of Velmar Council":
 * a name typed an organisation for the body's word it ends on is a person,
 * then the organisation, when what comes before "of" is a person's name of
 * two to four words whose last is no role noun and which are not all words
 * the article writes in lower case ("the basketball star … Basketball Star of
 * …"; "Tom Young of Acme Corp said the young man left" is split) and what
 * comes after is an organisation's on its own;
 * "University of Velmar" and "Bank of Velmar" (one word before "of") are
 * left alone.
 */

function personOfBody(article: SegmentedArticle, mention: NameMention, part: Part, possessive: boolean): NameMention[] {
  let of = part.start + 2;
  while (of < part.end - 1 && article.tokens[of].norm !== 'of') of++;
  if (of >= part.end - 1) return [mention];
  const person = classifyName(article, part.start, of, mention.sentence, false);
  const body = classifyName(article, of + 1, part.end, mention.sentence, possessive);
  if (person?.type !== 'person' || body?.type !== 'organisation') return [mention];
  const words = person.tokenEnd - person.tokenStart;
  const surname = article.tokens[person.tokenEnd - 1].norm;
  const lowerCase = lowerCaseWords(article);
  const everydayWords = lowerCase.has(surname) && lowerCase.has(article.tokens[person.tokenStart].norm);
  return words >= 2 && words <= MAX_PERSON_WORDS_BEFORE_OF && !ROLE_NOUNS.has(surname) && !everydayWords ? [person, body] : [mention];
}

/** Pass 2: the longest gazetteer form at each position, the rest in between. */
function gazetteerParts(article: SegmentedArticle, run: Run): Part[] {
  const parts: Part[] = [];
  let index = run.start;
  while (index < run.end) {
    let matched: Part | undefined;
    for (let length = Math.min(LONGEST_FORM, run.end - index); length > 0 && !matched; length--) {
      const entry = lookUpName(formOf(article, index, index + length));
      if (entry) matched = { start: index, end: index + length, entry };
    }
    if (matched) {
      parts.push(matched);
      index = matched.end;
    } else {
      const last = parts[parts.length - 1];
      if (last && !last.entry) last.end = index + 1;
      else parts.push({ start: index, end: index + 1 });
      index++;
    }
  }
  return parts;
}

/** Particles that carry a known place's name on ("Santo Domingo de Guzmán"). */
const SPANISH_PLACE_PARTICLES = new Set(['de', 'del']);
/** Particles before a known name that make one name with what comes before them ("Tour de France", "Universidad de Chile", "Notre-Dame de Paris"). */
const ROMANCE_PARTICLES = new Set(['de', 'del', 'du', 'des', 'della']);

/**
 * "New York" + "Times", "Gaza" + "City", "London" + "Freight", "Kansas" + "City Chiefs", "Massachusetts" + "Institute of Technology", "Bank of" + "England",
 * "University of South" + "Alabama" (a compass word after "of" opens the place's region), "Air" +
 * "France", "Helsinki" + "Foundation for Human Rights": a gazetteer name
 * that begins or ends an organisation or place name (possessive or not:
 * "France Telecom's") is part of it, and so is one after "de" ("Tour de France"); a known
 * place before "de"/"del" and a name is one place ("Santo Domingo de
 * Guzmán").
 */
function joinParts(article: SegmentedArticle, parts: Part[]): Part[] {
  const joined: Part[] = [];
  parts.forEach((part, index) => {
    const last = joined[joined.length - 1];
    const lastWord = (of: Part): string => article.tokens[of.end - 1].norm.replace(/['’]s?$/, '');
    const endsAsName = (of: Part): boolean => ORGANISATION_WORDS.has(lastWord(of)) || COMPANY_LAST_WORDS.has(lastWord(of)) || PLACE_WORDS.has(lastWord(of)) || TEAM_NICKNAMES.has(lastWord(of)) || (ORGANISATION_WORDS.has(article.tokens[of.start].norm) && article.tokens[of.start + 1]?.norm === 'for') || (isOrganisationHead(article.tokens[of.start].norm) && article.tokens[of.start + 1]?.norm === 'of');
    const onePlace = (): Part => ({ start: last.start, end: part.end, entry: { type: 'place', name: formOf(article, last.start, part.end) } });
    if (last?.entry?.type === 'place' && !last.entry.demonym && !part.entry && part.end - part.start >= 2 && SPANISH_PLACE_PARTICLES.has(article.tokens[part.start].norm)) {
      joined[joined.length - 1] = onePlace();
    } else if (last && namesPlaceWithin(article, last, part, index === parts.length - 1)) {
      joined[joined.length - 1] = onePlace();
    } else if (last && index === parts.length - 1 && namedLikePlace(article, last, part)) {
      joined[joined.length - 1] = { start: last.start, end: part.end };
    } else if (last?.entry && !part.entry && !last.entry.demonym && endsAsName(part)) {
      joined[joined.length - 1] = { start: last.start, end: part.end };
    } else if (last && !last.entry && part.entry?.type === 'place' && !part.entry.demonym && last.end - last.start >= 3 && isCompassWord(article, last.end - 1) && article.tokens[last.end - 2].norm === 'of') {
      joined[joined.length - 1] = { start: last.start, end: part.end };
    } else if (last && !last.entry && part.entry && (lastWord(last) === 'of' || lastWord(last) === 'for' || ROMANCE_PARTICLES.has(lastWord(last))) && last.end - last.start >= 2) {
      const head = article.tokens[last.end - 2].norm;
      if (ORGANISATION_WORDS.has(head) || PLACE_WORDS.has(head) || !['of', 'for'].includes(lastWord(last))) joined[joined.length - 1] = { start: last.start, end: part.end };
      else joined.splice(joined.length - 1, 1, { start: last.start, end: last.end - 1 }, { ...part });
    } else if (last && endsOrganisationName(article, last, part)) {
      joined[joined.length - 1] = { start: last.start, end: part.end };
    } else if (last && !last.entry && part.entry && !part.entry.demonym && ORGANISATION_OPENERS.has(article.tokens[last.start].norm)) {
      joined[joined.length - 1] = { start: last.start, end: part.end };
    } else if (last?.entry?.demonym && (!part.entry || part.entry.type === 'organisation') && ORGANISATION_WORDS.has(lastWord(part))) {
      joined[joined.length - 1] = { start: last.start, end: part.end };
    } else {
      joined.push({ ...part });
    }
  });
  return joined;
}

/** The most name words after a known place that a place noun after them makes part of its name ("Aceh Besar district"). */
const MAX_WORDS_BEFORE_PLACE_NOUN = 2;

/**
 * "North Aceh", "South India", "NE Philadelphia": a compass word or its abbreviation before a known place is a
 * region of it, one place; "Aceh Besar district", "Texas Panhandle region":
 * name words (no body's word) between a known place and a lower-case place
 * noun ending the run name a place within it, one place too.
 */
function namesPlaceWithin(article: SegmentedArticle, first: Part, second: Part, endsRun: boolean): boolean {
  const knownPlace = (part: Part): boolean => part.entry?.type === 'place' && !part.entry.demonym;
  if (!first.entry && first.end - first.start === 1 && isCompassWord(article, first.start) && knownPlace(second)) return true;
  if (!knownPlace(first) || second.entry || !endsRun || second.end - second.start > MAX_WORDS_BEFORE_PLACE_NOUN) return false;
  for (let index = second.start; index < second.end; index++) if (ORGANISATION_WORDS.has(article.tokens[index].norm) || PLACE_WORDS.has(article.tokens[index].norm)) return false;
  const noun = article.tokens[second.end];
  return noun !== undefined && PLACE_HEAD_NOUNS.has(noun.norm) && tokenText(article, second.end) === noun.norm;
}

/** Words after a place that names a school, a building or a team, no surname ("Georgia Tech", "the Georgia Dome"). */
const NOT_SURNAMES_AFTER_PLACES: ReadonlySet<string> = new Set(['tech', 'dome', 'poly', 'polytechnic', 'mall', 'tower', 'pavilion', 'coliseum', 'speedway', 'aquarium', 'zoo', 'museum', 'power', 'pacific', 'atlantic', 'national', 'basin', 'sound']);

/**
 * "Michael Jordan", "Chad Johnson", "Georgia Smith": a given name and a
 * one-word place, in either order, ending the run, are a person's name
 * (not a place before a partisan word or a team's: "a Georgia Republican";
 * nor before a compass word, a word the article writes in lower case or
 * one naming a school or a building: "Georgia Southern", "Georgia Tech",
 * "the Georgia Dome").
 */
function namedLikePlace(article: SegmentedArticle, first: Part, second: Part): boolean {
  const onePlaceWord = (part: Part): boolean => part.end - part.start === 1 && part.entry?.type === 'place' && !part.entry.demonym;
  const givenName = (part: Part): boolean => part.end - part.start === 1 && isGivenName(article.tokens[part.start].norm);
  const surname = (part: Part): boolean => {
    const norm = article.tokens[part.start].norm.replace(/['’]s?$/, '');
    return !part.entry && part.end - part.start === 1 && ![PLACE_WORDS, ORGANISATION_WORDS, PARTISAN_WORDS, TEAM_NICKNAMES, NOT_SURNAMES_AFTER_PLACES, COMPASS_WORDS, lowerCaseWords(article)].some((list) => list.has(norm));
  };
  return (givenName(first) && !first.entry && onePlaceWord(second)) || (onePlaceWord(first) && givenName(first) && surname(second));
}

/** "On Sunday, The Australian reported": a demonym alone after a capitalized "The" after a word or a comma of its sentence, and before a speech verb, names a newspaper. */
function namesPaper(article: SegmentedArticle, part: Part, sentence: number): boolean {
  if (part.entry?.demonym !== true || part.end - part.start !== 1 || part.start - 1 <= article.sentences[sentence].tokenStart || tokenText(article, part.start - 1) !== 'The') return false;
  const before = article.tokens[part.start - 2];
  const next = article.tokens[part.end]?.norm ?? '';
  return (!before.punct || before.norm === ',') && (SPEECH_VERBS.has(next) || next === 'reported' || next === 'reports');
}

/** The newspaper `namesPaper` finds, an organisation named with its "The". */
function paperMention(article: SegmentedArticle, part: Part, sentence: number, possessive: boolean): NameMention {
  const mention = baseMention(article, part.start, part.end, sentence, possessive);
  mention.type = 'organisation';
  mention.canonical = `The ${mention.form}`;
  return mention;
}

function gazetteerMention(article: SegmentedArticle, part: Part, entry: GazetteerEntry, sentence: number, possessive: boolean): NameMention {
  const mention = baseMention(article, part.start, part.end, sentence, possessive);
  mention.type = entry.type;
  mention.canonical = entry.name;
  if (entry.demonym) mention.demonym = true;
  if (entry.capitalOf && actsAsGovernment(article, part, possessive)) {
    mention.government = true;
    mention.canonical = entry.capitalOf;
  }
  return mention;
}

const ACTOR_VERBS = new Set(
  'has have had is was says said wants wanted needs needed will would must blamed accused insisted refused warned rejected denied announced demanded hopes hoped believes'.split(' '),
);

/** Words of a government's bodies: after a capital's possessive they are its government's ("Seoul's Foreign Ministry"). */
const GOVERNMENT_WORDS = new Set(['ministry', 'ministries', 'government', 'cabinet', 'embassy', 'parliament', 'foreign', 'defense', 'defence', 'interior']);

/**
 * "Washington has blamed…", "between Moscow and Washington", "Washington's": a capital acting for its
 * government; not before a name that is no government body's ("Wellington's High Street",
 * "London's Sunday Telegraph"), which is in the city.
 */
function actsAsGovernment(article: SegmentedArticle, part: Part, possessive: boolean): boolean {
  if (possessive) return part.end >= article.tokens.length || !isNameWord(tokenText(article, part.end)) || GOVERNMENT_WORDS.has(article.tokens[part.end].norm);
  const next = article.tokens[part.end]?.norm ?? '';
  if (ACTOR_VERBS.has(next)) return true;
  const before = article.tokens.slice(Math.max(0, part.start - 3), part.start).map((token) => token.norm);
  const after = article.tokens.slice(part.end, part.end + 2).map((token) => token.norm);
  return before.includes('between') || (after[0] === 'and' && article.tokens[part.start - 1]?.norm === 'between');
}
