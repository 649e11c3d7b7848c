/**
 * The subject of a sentence, for participles and pronouns ("…, adding that",
 * "He said"): its first name, pronoun or role phrase outside quotations,
 * after an opening participle clause (a body's or a place's name before role
 * words titles the person after them: "Velmar Institute permanent secretary
 * Tomas Arlen smiled and said"); a first word that names nothing before
 * a preposition ("Perspectives on the outcome varied") is a common noun,
 * passed over for a person or an organisation after it.
 */
import { isTitle, ORGANISATION_WORDS, ROLE_MODIFIERS } from '../entities/lexicon.js';
import { isNameWord, tokenText } from '../entities/tokens.js';
import type { NameMention } from '../entities/types.js';
import { AUXILIARIES, PERSON_PRONOUNS, PLURAL_PRONOUNS, SPEECH_VERBS } from './cues.js';
import { isQuoteMark, MAX_CUE_DISTANCE, norm, sentenceBounds, type QuoteContext } from './context.js';
import { pairEndingAt, pairStartingAt } from './groups.js';
import { GROUP_NOUNS, isRoleNoun } from './descriptions.js';
import { isSilent, phraseBefore, stopsPhrase, type Range } from './phrases.js';

/** The subject of the sentence holding `index`: its first name, pronoun or role phrase outside quotations. */
export function sentenceSubject(context: QuoteContext, index: number): Range | undefined {
  const { start } = sentenceBounds(context, index);
  for (let token = afterOpeningParticiple(context, start, index); token < Math.min(index, start + MAX_CUE_DISTANCE); token++) {
    if (context.quoted[token] === 1) continue;
    const mention = context.mentionOf[token];
    const titled = mention && (mention.type === 'organisation' || mention.type === 'place') ? personAfterRole(context, mention.tokenEnd, index) : undefined;
    if (titled) return titled;
    if (mention && mention.type === 'place' && (isRoleNoun(norm(context, mention.tokenEnd)) || GROUP_NOUNS.has(norm(context, mention.tokenEnd)))) {
      return { start: mention.tokenStart, end: mention.tokenEnd + 1 };
    }
    if (mention && mention.type === 'unknown' && (personAfter(context, mention.tokenEnd, index) || (opensNounPhrase(context, mention, start) && speakerAfter(context, mention.tokenEnd, index)))) {
      token = mention.tokenEnd - 1;
      continue;
    }
    if (mention && !isSilent(mention.type)) return pairEndingAt(context, mention, start) ?? pairStartingAt(context, mention, index) ?? { start: mention.tokenStart, end: mention.tokenEnd };
    const word = norm(context, token);
    if (PERSON_PRONOUNS.has(word) || PLURAL_PRONOUNS.has(word)) return { start: token, end: token + 1 };
    if (isCountedGroup(context, token, index)) return { start: token, end: token + 2 };
    if ((isRoleNoun(word) || SUBJECT_GROUPS.has(word)) && !objectOfPreposition(context, token, start)) {
      let head = token;
      while (head + 1 < index && isRoleNoun(norm(context, head + 1)) && !context.mentionOf[head + 1]) head++;
      const named = appositiveName(context, head + 1, index) ?? closeAppositive(context, head + 1, index);
      if (named) return named;
      let first = token;
      while (first > start && !stopsPhrase(context, first - 1) && !AUXILIARIES.has(norm(context, first - 1)) && token - first < 5) first--;
      // A role after an auxiliary is the verb's object: "The council has named the engineer…, saying" (the council speaks).
      if (AUXILIARIES.has(norm(context, first - 1))) return phraseBefore(context, first - 1, start);
      return { start: first, end: head + 1 };
    }
  }
  return undefined;
}

/** Prepositions whose object is no subject ("furious with the mayor", "a letter to the council"); not "of" ("One of the officers said"). */
const OBJECT_PREPOSITIONS = new Set(['with', 'to', 'against', 'for', 'at', 'from', 'by', 'about', 'on', 'into', 'toward', 'towards', 'than', 'over', 'under', 'without', 'among', 'between', 'behind', 'beside', 'near']);
/** Words between a preposition and the role noun of its object ("with the new mayor"). */
const OBJECT_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that']);
/** Most words between a preposition and its object's role noun. */
const MAX_OBJECT_WORDS = 3;

/**
 * "The refugees are, however, furious with the mayor, he says": a role noun
 * after a preposition, past determiners and role modifiers, is its object,
 * not the sentence's subject.
 */
function objectOfPreposition(context: QuoteContext, token: number, start: number): boolean {
  let index = token - 1;
  while (index > start && token - index <= MAX_OBJECT_WORDS && (OBJECT_WORDS.has(norm(context, index)) || ROLE_MODIFIERS.has(norm(context, index)))) index--;
  return index >= start && OBJECT_PREPOSITIONS.has(norm(context, index));
}

/** Words after a count and its noun that make it a time or an amount, not a group ("Two weeks ago", "190 miles away"). */
const NOT_GROUP_FOLLOWERS = new Set([',', 'ago', 'later', 'earlier', 'before', 'after', 'away', 'of', 'per', 'a', 'an']);

/**
 * "On Wednesday, 190 dissidents from around the country demanded …": a count
 * and a plural lower-case noun opening a clause (the sentence's start or
 * after a comma) are a group of people, the subject of the verb after them.
 */
function isCountedGroup(context: QuoteContext, token: number, index: number): boolean {
  const { tokens, text } = context.article;
  const noun = tokens[token + 1];
  if (token + 2 >= index || !/^\d[\d,]*$/.test(norm(context, token)) || !noun || noun.punct || noun.stop || context.mentionOf[token + 1]) return false;
  const opens = token === sentenceBounds(context, token).start || norm(context, token - 1) === ',';
  return opens && /^\p{Ll}+[^s]s$/u.test(text.slice(noun.start, noun.end)) && !NOT_GROUP_FOLLOWERS.has(norm(context, token + 2)) && !TIME_NOUNS.has(noun.norm);
}

/** Plural nouns of time and measure that a count opens without naming a group. */
const TIME_NOUNS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'dollars', 'points', 'miles', 'kilometers', 'kilometres', 'meters', 'metres', 'tons', 'pounds', 'votes', 'seats', 'cents']);

/** Group nouns that head a sentence's subject ("The government has identified the aide…, saying": the government, not the aide). */
const SUBJECT_GROUPS = new Set(['government', 'authorities', 'police', 'military', 'army']);

/** Past-participle openers of a clause before the subject ("Asked about the dam, the mayor said…"). */
const PARTICIPLE_OPENERS = new Set(['asked', 'pressed', 'questioned', 'interviewed', 'reached', 'contacted']);
/** Conjunctions that may open such a clause: "When asked about the dam, the mayor said…". */
const CLAUSE_OPENERS = new Set(['when', 'while', 'after', 'before', 'once', 'if']);

/**
 * "Noting that their son had been ill, they added…", "Speaking to reporters,
 * the mayor said…": the first token after a participle clause that opens the
 * sentence (at the comma that ends it, the comma of a quotation inside it
 * too), else `start`. A name ending in "-ing" ("Boeing said") opens no clause.
 */
function afterOpeningParticiple(context: QuoteContext, start: number, index: number): number {
  let first = start;
  while (first < index && context.article.tokens[first].punct) first++;
  if (CLAUSE_OPENERS.has(norm(context, first)) && PARTICIPLE_OPENERS.has(norm(context, first + 1))) first++;
  const word = norm(context, first);
  const mention = context.mentionOf[first];
  const next = norm(context, first + 1);
  if (!(/^\p{L}{3,}ing$/u.test(word) || PARTICIPLE_OPENERS.has(word)) || word === 'according' || (mention && mention.type !== 'unknown') || SPEECH_VERBS.has(next) || next === ',') return start;
  for (let token = first + 1; token < index; token++) {
    if (norm(context, token) !== ',') continue;
    let after = token + 1;
    while (after < index && isQuoteMark(context, after)) after++;
    if (after < index && context.quoted[after] === 0) return after;
  }
  return start;
}

/** Prepositions that open a phrase before a sentence's subject, none of them also a conjunction opening a clause ("after", "since"). */
const OPENING_PREPOSITIONS = new Set(['with', 'from', 'near', 'beside', 'behind', 'despite', 'among', 'alongside', 'like', 'unlike', 'without', 'against', 'beyond', 'outside', 'inside', 'at', 'by', 'under']);

/**
 * The first token after a participle or prepositional phrase opening the
 * sentence that holds `index` ("Standing a few feet from Keldren, he said",
 * "Like Keldren, she doubted"), else the sentence's start: a name before it
 * is not the subject the pronoun after it stands for.
 */
export function subjectStart(context: QuoteContext, index: number): number {
  const { start } = sentenceBounds(context, index);
  const afterParticiple = afterOpeningParticiple(context, start, index);
  if (afterParticiple !== start) return afterParticiple;
  let first = start;
  while (first < index && context.article.tokens[first].punct) first++;
  if (!OPENING_PREPOSITIONS.has(norm(context, first)) || context.mentionOf[first]) return start;
  for (let token = first + 1; token < index; token++) {
    if (context.quoted[token] === 1) return start;
    if (norm(context, token) === ',') return token + 1;
  }
  return start;
}

/** "Current yellow jersey, Michael Rasmussen …": a person named after an unknown capitalized word, before `end`. */
function personAfter(context: QuoteContext, from: number, end: number): boolean {
  for (let token = from; token < end; token++) if (context.mentionOf[token]?.type === 'person') return true;
  return false;
}

/** Prepositions after a sentence's capitalized first word that make it a common noun's phrase ("Perspectives on the outcome", "Pressure to obtain"). */
const NOUN_PHRASE_PREPOSITIONS = new Set(['on', 'to', 'of', 'over', 'about', 'for', 'from', 'with', 'among']);

/** "Perspectives on the outcome varied, with … Greenpeace International … stating that": a sentence's first word, no entity's name, before a preposition is a common noun, no speaker. */
function opensNounPhrase(context: QuoteContext, mention: NameMention & { entity?: number }, start: number): boolean {
  return mention.entity === undefined && mention.tokenStart === start && mention.tokenEnd === start + 1 && NOUN_PHRASE_PREPOSITIONS.has(norm(context, mention.tokenEnd));
}

/** The most lower-case role words between a body's name and the person it titles ("the Velmar Institute permanent secretary Ada Morrow"). */
const MAX_ROLE_WORDS = 4;

/** "Swedish Academy permanent secretary Sture Allen smiled and said": the person a body's or a place's role words title, from `from`, before `end`. */
function personAfterRole(context: QuoteContext, from: number, end: number): Range | undefined {
  const roleWord = (at: number): boolean => isRoleNoun(norm(context, at)) || isTitle(norm(context, at));
  let token = from;
  while (token < end && token - from < MAX_ROLE_WORDS && !context.mentionOf[token] && /^\p{Ll}/u.test(tokenText(context.article, token)) && (roleWord(token) || ROLE_MODIFIERS.has(norm(context, token)))) token++;
  const person = token > from && roleWord(token - 1) ? context.mentionOf[token] : undefined;
  return person?.type === 'person' && person.tokenEnd <= end ? { start: person.tokenStart, end: person.tokenEnd } : undefined;
}

/** An organisation or a person is named in `[from, end)`. */
function speakerAfter(context: QuoteContext, from: number, end: number): boolean {
  for (let token = from; token < end; token++) if (context.mentionOf[token]?.type === 'organisation' || context.mentionOf[token]?.type === 'person') return true;
  return false;
}

/** Tokens a description may run on for before its appositive name: "the president and party chief, Jiang Zemin,". */
const MAX_DESCRIPTION_TAIL = 6;

/** Words that may continue a description before its name: "and", "of", titles, roles, organisation and name words ("and party chief"). */
function continuesDescription(context: QuoteContext, token: number): boolean {
  const word = norm(context, token);
  return ['and', 'of', 'the', 'a', 'an'].includes(word) || isTitle(word) || isRoleNoun(word) || ROLE_MODIFIERS.has(word) || ORGANISATION_WORDS.has(word) || isNameWord(tokenText(context.article, token));
}

/** "My wife Hanna would come in…", "his brother Tomas said": a person's name right after the role noun, no comma between. */
function closeAppositive(context: QuoteContext, from: number, limit: number): Range | undefined {
  const mention = context.mentionOf[from];
  return mention?.type === 'person' && mention.tokenStart === from && mention.tokenEnd <= limit && context.quoted[from] === 0 ? { start: mention.tokenStart, end: mention.tokenEnd } : undefined;
}

/**
 * The person named between commas right after a description ("the president, Jiang Zemin, said"), if any;
 * not the object's ("the president welcomed his counterpart, Jacques Chirac, saying").
 */
function appositiveName(context: QuoteContext, from: number, limit: number): Range | undefined {
  for (let token = from; token < Math.min(limit, from + MAX_DESCRIPTION_TAIL); token++) {
    if (context.quoted[token] === 1) return undefined;
    if (norm(context, token) !== ',') {
      if (!continuesDescription(context, token)) return undefined;
      continue;
    }
    const mention = context.mentionOf[token + 1];
    const closed = mention !== undefined && mention.tokenStart === token + 1 && mention.tokenEnd < limit && norm(context, mention.tokenEnd) === ',';
    return closed && mention.type === 'person' ? { start: mention.tokenStart, end: mention.tokenEnd } : undefined;
  }
  return undefined;
}
