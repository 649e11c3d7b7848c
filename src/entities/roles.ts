/**
 * The words around a name that say who someone is: role words just before it
 * ("Kremlin spokesman Dmitry Peskov", "Brenmouth mayor Odile Fenwright") and an
 * appositive after it ("Tomas Keldren, director of the … Agency,", "Martin
 * Osgood, 62, a retired teacher"). A single word that nothing else explains
 * becomes a person or an organisation when such a description says so.
 */
import type { SegmentedArticle, Span } from '../article.js';
import { MONTHS, WEEKDAYS } from '../facts/lexicon.js';
import { FEMALE_NAMES, MALE_NAMES } from './given-names.js';
import { DETERMINERS, FEMALE_WORDS, KIN_NOUNS, MALE_WORDS, PERIODICAL_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, SENTENCE_OPENERS, TITLES, isTitle } from './lexicon.js';
import { NOT_NAMES } from './names.js';
import { isNameWord, possessiveLength, tokenText } from './tokens.js';
import type { NameMention } from './types.js';

/** Nouns an appositive uses to say what an organisation is ("Lirra Hydro, the company that…"). */
export const ORGANISATION_ROLE_NOUNS: ReadonlySet<string> = new Set(
  'company firm group agency organisation organization operator party newspaper daily weekly paper magazine network station channel broadcaster radio television union ministry charity body utility manufacturer maker carrier airline insurer bank'.split(' '),
);

const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'where', 'when', 'said', 'says', 'told', 'and']);
const MAX_PRE_ROLE = 6;
const MAX_APPOSITIVE = 14;

/** Adds `title` (extended by role words before it) and `role` (an appositive) to a mention. */
export function withRoles(article: SegmentedArticle, mention: NameMention, sentenceEnd: number): NameMention {
  const described: NameMention = { ...mention };
  const before = preRole(article, mention);
  if (before) described.title = before;
  const after = mention.possessive ? undefined : (appositive(article, mention.tokenEnd, sentenceEnd) ?? roleAfterAs(article, described, sentenceEnd));
  if (after) described.role = after.span;
  const kin = mention.tokenEnd - mention.tokenStart >= 2 ? kinBefore(article, mention.tokenStart) : undefined;
  if (kin && !described.title) described.role ??= kin;
  if (described.type === 'unknown' && (before || after?.kind === 'person' || hasAge(article, mention.tokenEnd))) described.type = 'person';
  if (described.type === 'unknown' && after?.kind === 'organisation') described.type = 'organisation';
  const noun = following(article, mention);
  if (noun && !mention.title && (described.type === 'unknown' || described.type === 'person')) {
    described.type = 'organisation';
    described.role ??= noun;
    // "Vanity Fair magazine": the outlet in every mention of the article; "a Biloxi newspaper" only says where one is.
    if (PERIODICAL_NOUNS.has(article.tokens[mention.tokenEnd].norm) && !['a', 'an'].includes(article.tokens[mention.tokenStart - 1]?.norm ?? '')) described.cued = true;
  }
  return described;
}

/** "the Yediot Ahronot daily", "the ITAR-Tass news agency": a name before an organisation noun names an organisation. */
function following(article: SegmentedArticle, mention: NameMention): Span | undefined {
  if (mention.possessive) return undefined;
  let index = mention.tokenEnd;
  if (article.tokens[index]?.norm === 'news') index++;
  const token = article.tokens[index];
  if (!token || !ORGANISATION_ROLE_NOUNS.has(token.norm) || !/^\p{Ll}/u.test(tokenText(article, index))) return undefined;
  return { start: article.tokens[mention.tokenEnd].start, end: token.end };
}

function preRole(article: SegmentedArticle, mention: NameMention): Span | undefined {
  const firstOwn = mention.title ? tokenIndexAt(article, mention.title.start, mention.tokenStart) : mention.tokenStart;
  const sentenceStart = article.sentences[mention.sentence].tokenStart;
  let start = firstOwn;
  for (let index = firstOwn - 1; index >= sentenceStart && firstOwn - index <= MAX_PRE_ROLE; index--) {
    const norm = article.tokens[index].norm;
    const word = tokenText(article, index);
    const fits = ROLE_NOUNS.has(norm) || ROLE_MODIFIERS.has(norm) || TITLES.has(norm) || isNameWord(word) || /^\p{Ll}+-elect$/u.test(norm);
    if (!fits || SENTENCE_OPENERS.has(norm) || NOT_NAMES.has(norm)) break;
    start = index;
    if (possessiveLength(word) > 0) break;
  }
  const adjacent = article.tokens[firstOwn - 1]?.norm ?? '';
  const hasRoleWord = mention.title !== undefined || ROLE_NOUNS.has(adjacent) || TITLES.has(adjacent);
  if (start === firstOwn || !hasRoleWord) return mention.title;
  return { start: article.tokens[start].start, end: mention.title?.end ?? article.tokens[firstOwn - 1].end };
}

function tokenIndexAt(article: SegmentedArticle, offset: number, fallback: number): number {
  for (let index = fallback; index >= 0; index--) if (article.tokens[index].start === offset) return index;
  return fallback;
}

/** "their 8-year-old son, Oscar Maximillian": a kin noun set off before a full name describes the person (a given name alone, "his father, Henry", may be a namesake's). */
function kinBefore(article: SegmentedArticle, start: number): Span | undefined {
  const noun = article.tokens[start - 2];
  return article.tokens[start - 1]?.norm === ',' && noun !== undefined && KIN_NOUNS.has(tokenText(article, start - 2)) ? { start: noun.start, end: noun.end } : undefined;
}

/** ", 62," after a name: an age, so a person. */
function hasAge(article: SegmentedArticle, end: number): boolean {
  const [comma, number, after] = [article.tokens[end], article.tokens[end + 1], article.tokens[end + 2]];
  return comma?.norm === ',' && /^\d{1,3}$/.test(number?.norm ?? '') && (after?.norm === ',' || after?.punct === true);
}

/**
 * "John Henry, CEO Larry Lucchino and…", "son Oscar, 8, daughter Ava": a
 * title (no modifier: "former BBC director") or a kin noun before a name
 * after the comma titles the list's next person,
 * and describes no one before; an owner's name ("President Clinton's
 * envoy") still opens an appositive.
 */
function titlesTheNextName(article: SegmentedArticle, start: number): boolean {
  const first = article.tokens[start].norm;
  if (!(isTitle(first) || KIN_NOUNS.has(first)) || ROLE_MODIFIERS.has(first)) return false;
  let end = start + 1;
  while (end < article.tokens.length && isNameWord(tokenText(article, end)) && !isTitle(article.tokens[end].norm)) end++;
  return end > start + 1 && possessiveLength(tokenText(article, end - 1)) === 0;
}

/** The appositive after a name, and whether it describes a person or an organisation. */
export function appositive(article: SegmentedArticle, end: number, sentenceEnd: number): Described | undefined {
  if (article.tokens[end]?.norm !== ',') return undefined;
  const start = hasAge(article, end) ? end + 3 : end + 1;
  return start < sentenceEnd ? describingPhrase(article, start, sentenceEnd) : undefined;
}

/** Possessives a role given right after the name opens on ("named Tom Reed its chairman"). */
const ROLE_OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);
/** Verbs that give the person named after them a role written after "as" ("named Tom Reed as its chairman"). */
const APPOINTING_VERBS = new Set(['named', 'appointed', 'elected', 're-elected', 'reappointed', 'hired', 'chose', 'chosen', 'picked', 'selected', 'nominated', 'promoted', 'installed', 'confirmed', 'tapped', 'designated', 'recruited']);

/**
 * "The board named Tom Reed as its new chairman", "named Tom Reed, 54, as its
 * new chairman", "named Tom Reed its new chairman": a role after "as" (or,
 * after an appointing verb, opening on a possessive) describes the person named before it,
 * when an age comes between or an appointing verb before the name (not
 * "Reed left Acme as its chairman", where "as" describes Reed, not Acme).
 */
function roleAfterAs(article: SegmentedArticle, mention: NameMention, sentenceEnd: number): Described | undefined {
  const aged = hasAge(article, mention.tokenEnd);
  const as = aged ? mention.tokenEnd + 3 : mention.tokenEnd;
  const first = mention.title ? tokenIndexAt(article, mention.title.start, mention.tokenStart) : mention.tokenStart;
  const appointed = APPOINTING_VERBS.has(article.tokens[first - 1]?.norm ?? '');
  // "The board named Tom Reed its new chairman": after an appointing verb the role may follow the name at once, opening on a possessive.
  const withoutAs = appointed && !aged && ROLE_OWNERS.has(article.tokens[as]?.norm ?? '');
  if ((article.tokens[as]?.norm !== 'as' && !withoutAs) || as + 1 >= sentenceEnd) return undefined;
  if (!aged && !appointed) return undefined;
  const phrase = describingPhrase(article, withoutAs ? as : as + 1, sentenceEnd);
  return phrase?.kind === 'person' ? phrase : undefined;
}

type Described = { span: Span; kind: 'person' | 'organisation' };

/** The words from `start` that describe who or what someone is ("the company that…", "its new chairman"), and which of the two; undefined when they describe neither. */
function describingPhrase(article: SegmentedArticle, start: number, sentenceEnd: number): Described | undefined {
  const firstWord = tokenText(article, start);
  const first = article.tokens[start].norm;
  const opens = DETERMINERS.has(first) || possessiveLength(firstWord) > 0 || ROLE_MODIFIERS.has(first) || ROLE_NOUNS.has(first);
  if (!opens || CLAUSE_WORDS.has(first) || titlesTheNextName(article, start)) return undefined;
  let stop = start;
  let kind: 'person' | 'organisation' | undefined;
  while (stop < sentenceEnd && stop - start < MAX_APPOSITIVE) {
    const token = article.tokens[stop];
    if ((token.punct && token.norm !== '-' && token.norm !== '&') || CLAUSE_WORDS.has(token.norm) || (stop > start && opensTimePhrase(article, stop))) break;
    if (!kind && stop - start < 7) {
      if (ROLE_NOUNS.has(token.norm)) kind = 'person';
      else if (ORGANISATION_ROLE_NOUNS.has(token.norm)) kind = 'organisation';
    }
    stop++;
  }
  if (!kind || stop === start) return undefined;
  return { span: { start: article.tokens[start].start, end: article.tokens[stop - 1].end }, kind };
}

/** Prepositions a time phrase opens on ("on Monday", "since 2019", "in March"). */
const TIME_PREPOSITIONS = new Set(['on', 'since', 'until', 'till', 'in', 'from', 'during', 'by', 'before', 'after']);
/** Words a time phrase opens on by itself, or before a time noun ("last week", "this year"). */
const TIME_ADVERBS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'earlier', 'later']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter', 'morning', 'night']);

/** A day or month name, or a year ("Monday", "March", "2019"). */
function namesATime(norm: string): boolean {
  return WEEKDAYS.includes(norm) || MONTHS[norm] !== undefined || /^(?:1[89]|20)\d\d$/.test(norm);
}

/**
 * "its new chairman on Monday", "the chairman since 2019", "the mayor last
 * week", "the mayor today": a time phrase opening at `index` ends a
 * description before it; a time word opening a name does not ("an editor at
 * the Sunday Times", "host of the Today programme", "a reporter at Monday
 * Morning magazine", "coach from Monday Club").
 */
function opensTimePhrase(article: SegmentedArticle, index: number): boolean {
  const norm = article.tokens[index].norm;
  const next = article.tokens[index + 1]?.norm ?? '';
  if (TIME_ADVERBS.has(norm) || WEEKDAYS.includes(norm)) return !opensAName(article, index);
  if (TIME_DETERMINERS.has(norm)) return TIME_NOUNS.has(next) || WEEKDAYS.includes(next);
  return TIME_PREPOSITIONS.has(norm) && namesATime(next) && !opensAName(article, index + 1);
}

/** Whether the capitalised time word at `index` opens a name: after "the" ("the Sunday Times", "the Today programme") or before another capitalised word ("Monday Morning magazine"). */
function opensAName(article: SegmentedArticle, index: number): boolean {
  if (!isNameWord(tokenText(article, index))) return false;
  return article.tokens[index - 1]?.norm === 'the' || (index + 1 < article.tokens.length && isNameWord(tokenText(article, index + 1)));
}

export type Gender = 'female' | 'male';

/** The gender the words of a title or description tell ("Mrs", "spokeswoman"), if any. */
export function describedGender(article: SegmentedArticle, spans: ReadonlyArray<Span | undefined>): Gender | undefined {
  const described = spans.filter((span): span is Span => span !== undefined).map((span) => article.text.slice(span.start, span.end).toLowerCase());
  const words = described.join(' ').split(/[\s,]+/);
  if (words.some((word) => FEMALE_WORDS.has(word))) return 'female';
  if (words.some((word) => MALE_WORDS.has(word))) return 'male';
  return undefined;
}

/** The gender a name's given name tells ("Joanne Smith" female), if any. */
export function givenNameGender(name: string): Gender | undefined {
  const given = name.split(/\s+/)[0].toLowerCase();
  if (FEMALE_NAMES.has(given)) return 'female';
  if (MALE_NAMES.has(given)) return 'male';
  return undefined;
}

/** The gender a mention's title, role words or given name tell, if any. */
export function genderOf(article: SegmentedArticle, mention: NameMention): Gender | undefined {
  return describedGender(article, [mention.title, mention.role]) ?? givenNameGender(mention.form);
}
