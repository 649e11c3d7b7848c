/**
 * Pass 2 of quote finding: the speech verb and speaker of one quoted piece,
 * looked for in this order:
 *
 * 1. right after the closing mark: `"…," X said`, `"…," said X`, `"…," Antara
 *    quoted Alatas as saying`, `"…," according to X` (also in a short next
 *    sentence when the quotation ended its own: `"…." Hunter said.`);
 * 2. before the opening mark in its sentence: `X said: "…"`, `X told
 *    reporters, "…"`, `X said the case was "…"`, `…, adding that it was "…"`
 *    (the sentence's subject), `X held up his thumb: "…"` (a colon);
 * 3. anywhere later in the closing sentence, past other quotations:
 *    `the "very ambiguous" and "contradictory" ideas…, Lavrov said`.
 */
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLES } from '../entities/lexicon.js';
import { isNameWord, tokenText } from '../entities/tokens.js';
import { DOCUMENT_NOUNS, NAMING_WORDS, REPORTING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './cues.js';
import { isQuoteMark, MAX_CUE_DISTANCE, norm, paragraphAt, sentenceBounds, tokenAt, type QuoteContext, type Resolved } from './context.js';
import type { QuotedPiece } from './marks.js';
import { GROUP_NOUNS, isRoleNoun } from './descriptions.js';
import { MAX_TRAILING_TOKENS, onlyAdverbials, phraseAfter, quotedAsPhrase } from './phrase-after.js';
import { isPronoun, type Range } from './phrases.js';
import { sentenceSubject } from './subject.js';
import { resolvePronoun } from './antecedents.js';
import { resolvePhrase } from './resolve.js';
import { isNegatedSpeech, speakerBefore } from './verb-group.js';

export interface Attribution {
  /** Token range of the speech verb ("said", "according to"); absent for a colon. */
  cue?: Range;
  speaker?: Resolved;
}

/** Verbs that may come before their subject: "…, said David Boies, …". */
export const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'replied', 'asked', 'continued', 'explained', 'insisted', 'noted', 'declared']);

/** Tokens after a closing mark in which an attribution still counts as adjacent. */
const AFTER_WINDOW = 14;
/** Longest sentence after a quotation that is only its attribution (`Hunter said.`). */
const SHORT_ATTRIBUTION = 14;

export function attributePiece(context: QuoteContext, piece: QuotedPiece): Attribution | undefined {
  const openToken = tokenAt(context, piece.open ?? piece.span.start);
  const closeToken = tokenAt(context, piece.close ?? piece.span.end - 1);
  return afterClose(context, closeToken) ?? beforeOpen(context, openToken, piece.open !== undefined) ?? laterInSentence(context, closeToken);
}

function afterClose(context: QuoteContext, closeToken: number): Attribution | undefined {
  let index = closeToken + 1;
  let { end } = sentenceBounds(context, closeToken);
  if (index >= end && index < context.article.tokens.length) {
    const next = sentenceBounds(context, index);
    let hasMark = false;
    for (let token = next.start; token < next.end && !hasMark; token++) hasMark = isQuoteMark(context, token);
    if (next.end - next.start > SHORT_ATTRIBUTION || hasMark || reportsOwnClause(context, next.start, next.end) || !inOneParagraph(context, closeToken, next.start)) return undefined;
    end = next.end;
  }
  while (index < end && norm(context, index) === ',') index++;
  if (index >= end || isQuoteMark(context, index)) return undefined;
  if (DASHES.has(norm(context, index))) return dashedSpeaker(context, index + 1, end);
  const first = norm(context, index);
  const passive = passiveAfter(context, index, end) ?? sayingAfter(context, index, end);
  if (passive) return passive;
  if (isSpeechVerb(context, index)) return finiteCue(context, index, index, end, 'after');
  if (first === 'according' && norm(context, index + 1) === 'to') return accordingTo(context, index, end);
  for (let cue = index + 1; cue < Math.min(end, index + AFTER_WINDOW); cue++) {
    if (isQuoteMark(context, cue)) return undefined;
    if (!isSpeechVerb(context, cue)) continue;
    const phrase = speakerBefore(context, cue, index);
    return phrase && (opensAt(context, phrase, index) || namedAfterDescription(context, phrase, index)) ? finiteCue(context, cue, index, end, 'before') : undefined;
  }
  return undefined;
}

/** Tokens `a` and `b` lie in one paragraph: a short sentence opening the next paragraph ("Not everyone in the chamber agreed.") attributes no quotation before it. */
function inOneParagraph(context: QuoteContext, a: number, b: number): boolean {
  const { paragraphs, tokens } = context.article;
  return paragraphAt(paragraphs, tokens[a].end) === paragraphAt(paragraphs, tokens[b].start);
}

/**
 * A short sentence after a quotation that reports words of its own ("Delic's
 * defense attorney said he would likely appeal.") is no attribution of the
 * quotation before it: after its speech verb come more than adverbials.
 */
function reportsOwnClause(context: QuoteContext, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isSpeechVerb(context, index)) return !onlyAdverbials(context, index + 1, participleAfter(context, index + 1, end));
  return false;
}

/** Where ", adding …" (a participle after a comma) starts, or `end`: what it adds is a further report, not the verb's own clause ("Pearce said, adding she was not afraid."). */
function participleAfter(context: QuoteContext, from: number, end: number): number {
  // Past `MAX_TRAILING_TOKENS`, `onlyAdverbials` reads no further: a sentence of thousands of attributions is not read to its end from each.
  for (let index = from; index + 1 < Math.min(end, from + MAX_TRAILING_TOKENS + 1); index++) if (norm(context, index) === ',' && SPEECH_PARTICIPLES.has(norm(context, index + 1))) return index;
  return end;
}

const DASHES = new Set(['-', '—', '–', '--']);

/** `"…" — Tomas Keldren` or `"…" — Keldren, the agency's director.`: a name after a dash, no verb. */
function dashedSpeaker(context: QuoteContext, index: number, end: number): Attribution | undefined {
  const mention = context.mentionOf[index];
  if (!mention || mention.tokenStart !== index) return undefined;
  const next = mention.tokenEnd;
  const closes = next >= end || context.article.tokens[next].punct;
  const speaker = closes ? resolvePhrase(context, { start: mention.tokenStart, end: mention.tokenEnd }, index) : undefined;
  return speaker ? { speaker } : undefined;
}

/** The speaker phrase starts right after the quotation, past titles only ("Mayor Odile Fenwright said"), or past a role its own words qualify ("film director Vladimir Khotinenko"). */
function opensAt(context: QuoteContext, phrase: Range, index: number): boolean {
  for (let token = index; token < phrase.start; token++) {
    const word = norm(context, token);
    if (!TITLES.has(word) && !ROLE_NOUNS.has(word) && !ROLE_MODIFIERS.has(word) && !['the', 'a', 'an'].includes(word) && !isNameWord(tokenText(context.article, token))) return qualifiesRole(context, token, phrase.start);
  }
  return true;
}

/** Words a role's qualifiers may run to before the role noun ("human rights activist"). */
const MAX_ROLE_QUALIFIERS = 3;

/** From `from`, a few lower-case words, then a role noun and only titles or name words to the phrase ("film director Vladimir Khotinenko"). */
function qualifiesRole(context: QuoteContext, from: number, phraseStart: number): boolean {
  let role = from;
  while (role < phraseStart && !ROLE_NOUNS.has(norm(context, role))) {
    const token = context.article.tokens[role];
    if (token.punct || context.mentionOf[role] || role - from >= MAX_ROLE_QUALIFIERS || !/^\p{Ll}/u.test(tokenText(context.article, role))) return false;
    role++;
  }
  if (role >= phraseStart) return false;
  for (let token = role + 1; token < phraseStart; token++) if (!TITLES.has(norm(context, token)) && !isNameWord(tokenText(context.article, token))) return false;
  return true;
}

/** Words of a short description before the name it sets off (`"…," his cousin, the Rev. Anne Kitch, said`). */
const MAX_DESCRIPTION = 4;
const DESCRIPTION_OPENERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an']);

/** The speaker phrase is a name (titles before it) set off by a comma after a short description ("his cousin", "the agency's chief") opening right after the quotation. */
function namedAfterDescription(context: QuoteContext, phrase: Range, index: number): boolean {
  let comma = phrase.start - 1;
  while (comma > index && (TITLES.has(norm(context, comma)) || ['the', 'a', 'an'].includes(norm(context, comma)))) comma--;
  if (norm(context, comma) !== ',' || context.mentionOf[phrase.start]?.type !== 'person' || comma - index > MAX_DESCRIPTION || comma <= index) return false;
  for (let token = index; token < comma; token++) if (context.article.tokens[token].punct || context.mentionOf[token]) return false;
  return DESCRIPTION_OPENERS.has(norm(context, index));
}

function beforeOpen(context: QuoteContext, openToken: number, opened: boolean): Attribution | undefined {
  const firstInside = opened ? openToken : openToken - 1;
  const start = Math.max(sentenceBounds(context, openToken).start, firstInside - MAX_CUE_DISTANCE);
  for (let index = firstInside - 1; index >= start; index--) {
    if (context.quoted[index] === 1) continue;
    const word = norm(context, index);
    if (word === 'to' && norm(context, index - 1) === 'according') return accordingTo(context, index - 1, sentenceBounds(context, index).end);
    if (SPEECH_PARTICIPLES.has(word)) return quotedAs(context, index, start) ?? subjectCue(context, index);
    if (isSpeechVerb(context, index) && isNegatedSpeech(context, index)) continue;
    if (isSpeechVerb(context, index)) return finiteCue(context, index, start, openToken, 'before') ?? subjectCue(context, index, pronounBefore(context, index, start));
    if (SPEECH_VERBS.has(word) && isPassive(context, index)) {
      const agent = passiveAgent(context, index, openToken);
      if (agent || HEARING_VERBS.has(word)) return agent;
    }
  }
  const inTheirWords = opened ? inOwnWords(context, openToken, start) : undefined;
  if (inTheirWords) return inTheirWords;
  if (opened && norm(context, openToken - 1) === ':') {
    const subject = sentenceSubject(context, openToken - 1);
    const speaker = subject && resolvePhrase(context, subject, openToken);
    return speaker ? { speaker } : undefined;
  }
  return undefined;
}

/** Speech verbs whose passive subject heard the words ("Residents were told: ‘…’"), so no speaker before them speaks them; "were described as" is still the reporter's. */
export const HEARING_VERBS = new Set(['told', 'asked', 'warned', 'reminded', 'urged', 'ordered', 'instructed', 'advised', 'informed']);

/** "Passengers were told by the captain: ‘…’": the one "by" names after a passive speech verb speaks. */
function passiveAgent(context: QuoteContext, cue: number, openToken: number): Attribution | undefined {
  if (norm(context, cue + 1) !== 'by') return undefined;
  const phrase = phraseAfter(context, cue, openToken);
  const speaker = phrase && resolvePhrase(context, phrase, cue);
  return speaker ? { cue: { start: cue, end: cue + 2 }, speaker } : undefined;
}

/** `"…," it was said by the ministry`, `"…," has been confirmed by X`: the agent of a passive speech verb after the quotation speaks. */
function passiveAfter(context: QuoteContext, index: number, end: number): Attribution | undefined {
  let at = norm(context, index) === 'it' ? index + 1 : index;
  if (['was', 'is'].includes(norm(context, at))) at++;
  else if (['has', 'had'].includes(norm(context, at)) && norm(context, at + 1) === 'been') at += 2;
  else return undefined;
  return SPEECH_VERBS.has(norm(context, at)) ? passiveAgent(context, at, end) : undefined;
}

/** Nouns naming what someone said (`"…," was the response of X`). */
const SAYING_NOUNS = new Set(['response', 'reaction', 'verdict', 'comment', 'warning', 'reply', 'answer', 'retort', 'message', 'assessment']);

/** `"…," was the response of Callum Reid`, `"…" is the verdict of the ministry`: the one whose words the noun names speaks. */
function sayingAfter(context: QuoteContext, index: number, end: number): Attribution | undefined {
  if (!['was', 'is', 'came'].includes(norm(context, index)) || norm(context, index + 1) !== 'the' || !SAYING_NOUNS.has(norm(context, index + 2)) || norm(context, index + 3) !== 'of') return undefined;
  const described = phraseAfter(context, index + 3, end);
  // A name set off after the description (`the council's finance lead, Gareth Lowe`).
  const named = described && norm(context, described.end) === ',' ? context.mentionOf[described.end + 1] : undefined;
  const phrase = named?.type === 'person' && named.tokenStart === described!.end + 1 ? { start: named.tokenStart, end: named.tokenEnd } : described;
  const speaker = phrase && resolvePhrase(context, phrase, index + 3);
  return speaker ? { cue: { start: index, end: index + 4 }, speaker } : undefined;
}

/** Possessives that say whose words follow "in": "in his words", "in her own words". */
const WORDS_OWNERS: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they' };

/** "…, in his words, 'no idea what I was doing'", "in the words of Anna Saar, '…'": the one whose words they are. */
function inOwnWords(context: QuoteContext, openToken: number, start: number): Attribution | undefined {
  let index = openToken - 1;
  while (index > start && [',', ':'].includes(norm(context, index))) index--;
  if (norm(context, index) !== 'words') return undefined;
  let owner = index - 1;
  if (norm(context, owner) === 'own') owner--;
  const pronoun = WORDS_OWNERS[norm(context, owner)];
  if (pronoun !== undefined && norm(context, owner - 1) === 'in' && owner - 1 >= start) {
    const speaker = resolvePronoun(context, pronoun, owner, resolvePhrase);
    const { start: from, end: to } = context.article.tokens[owner];
    return speaker ? { speaker: { ...speaker, span: { start: from, end: to } } } : undefined;
  }
  return undefined;
}

/** "Antara quoted Foreign Minister Ali Alatas as saying that …": the speaker is the one quoted, not the sentence's subject. */
function quotedAs(context: QuoteContext, participle: number, start: number): Attribution | undefined {
  const found = quotedAsPhrase(context, participle, start);
  if (!found) return undefined;
  const speaker = resolvePhrase(context, found.phrase, found.quoted);
  return speaker ? { cue: { start: found.quoted, end: participle + 1 }, speaker } : undefined;
}

function laterInSentence(context: QuoteContext, closeToken: number): Attribution | undefined {
  const { end } = sentenceBounds(context, closeToken);
  for (let index = closeToken + 1; index < Math.min(end, closeToken + 1 + MAX_CUE_DISTANCE); index++) {
    if (context.quoted[index] === 1) continue;
    const word = norm(context, index);
    if (REPORTING_VERBS.has(word) && isSpeechVerb(context, index)) {
      const phrase = speakerBefore(context, index, closeToken + 1) ?? phraseAfter(context, index, end);
      const speaker = phrase && resolvePhrase(context, phrase, index);
      if (speaker) return { cue: { start: index, end: index + 1 }, speaker };
    }
  }
  return undefined;
}

/** A finite speech verb at `cue`; the speaker before it (`X said`) or after it (`said X`). */
function finiteCue(context: QuoteContext, cue: number, limitStart: number, limitEnd: number, side: 'before' | 'after'): Attribution | undefined {
  if (norm(context, cue) === 'quoted') {
    const quoted = OBJECT_PRONOUNS.has(norm(context, cue + 1)) && norm(context, cue + 2) === 'as' ? { start: cue + 1, end: cue + 2 } : phraseAfter(context, cue, limitEnd);
    if (quoted && norm(context, quoted.end) === 'as') {
      const speaker = resolvePhrase(context, quoted, cue);
      return speaker ? { cue: { start: cue, end: quoted.end + 2 }, speaker } : undefined;
    }
  }
  const inverted = side === 'after' || (norm(context, cue - 1) === ',' && INVERTING_VERBS.has(norm(context, cue)) && context.mentionOf[cue + 1] !== undefined);
  const phrase = inverted ? phraseAfter(context, cue, limitEnd) : speakerBefore(context, cue, limitStart);
  const speaker = phrase && resolvePhrase(context, phrase, cue);
  return speaker ? { cue: { start: cue, end: cue + 1 }, speaker } : undefined;
}

/** Object pronouns a phrase search passes over as having no content, which "quoted him as saying" names all the same. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** The pronoun that is a speech verb's own subject ("they added"), if it is one. */
function pronounBefore(context: QuoteContext, cue: number, start: number): string | undefined {
  const phrase = speakerBefore(context, cue, start);
  return phrase !== undefined && phrase.end - phrase.start === 1 && isPronoun(norm(context, phrase.start)) ? norm(context, phrase.start) : undefined;
}

/**
 * "…, adding that…", "calling it…": the speaker is the sentence's subject.
 * When the verb has a pronoun of its own that named nobody ("One official …
 * said that he said "…""), the subject must agree with it: a person or a role
 * for "he" or "she", a group for "they".
 */
function subjectCue(context: QuoteContext, cue: number, pronoun?: string): Attribution | undefined {
  const subject = sentenceSubject(context, cue);
  const speaker = subject && resolvePhrase(context, subject, cue);
  if (!speaker || (pronoun !== undefined && !agrees(context, pronoun, speaker, subject))) return undefined;
  return { cue: { start: cue, end: cue + 1 }, speaker };
}

function agrees(context: QuoteContext, pronoun: string, speaker: Resolved, subject: Range): boolean {
  if (pronoun === 'they') return speaker.plural === true;
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  if (speaker.entity !== undefined) return context.entities.entities[speaker.entity].type === 'person';
  return !speaker.plural && ROLE_NOUNS.has(norm(context, subject.end - 1));
}

function accordingTo(context: QuoteContext, according: number, end: number): Attribution | undefined {
  const phrase = phraseAfter(context, according + 1, end);
  const speaker = phrase && resolvePhrase(context, phrase, according);
  return speaker ? { cue: { start: according, end: according + 2 }, speaker } : undefined;
}

/** "54-year-old": a number before a verb that names who speaks ("the 54-year-old said"), not what the verb counts ("the 3 claims"). */
const AGED = /^\d+-year-olds?$/;

/** A finite speech verb used as one: not a noun ("the states", "his claims", "3 claims"; "the 54-year-old said" speaks), not a word of a name ("the United States"), not naming what follows ("a section called “threatening state security”"), not passive. */
export function isSpeechVerb(context: QuoteContext, index: number): boolean {
  const word = norm(context, index);
  const before = norm(context, index - 1);
  if (!SPEECH_VERBS.has(word) || NOUN_MARKERS.has(before) || (/^\d/.test(before) && !AGED.test(before)) || isPassive(context, index)) return false;
  if (ADJECTIVE_VERBS.has(word) && ADJECTIVE_MARKERS.has(before)) return false;
  const mention = context.mentionOf[index];
  if (mention !== undefined && mention.tokenStart < index) return false;
  if (NAMING_WORDS.has(word) && isQuoteMark(context, index + 1)) return false;
  if (NOUN_LIKE_VERBS.has(word) && NOUN_MODIFIERS.has(before)) return false;
  return !NOUN_LIKE_VERBS.has(word) || context.mentionOf[index - 1] !== undefined || isPronoun(before) || isRoleNoun(before) || GROUP_NOUNS.has(before) || DOCUMENT_NOUNS.has(before);
}

/** Words that make a noun of a noun-like verb after them: "some media reports that said…", "earlier reports". */
const NOUN_MODIFIERS = new Set(['some', 'many', 'several', 'other', 'media', 'news', 'press', 'earlier', 'initial', 'local', 'unconfirmed', 'conflicting', 'such']);

/** Speech verbs that are also adjectives ("an investigation into alleged vote-buying"). */
const ADJECTIVE_VERBS = new Set(['alleged', 'purported']);
/** Words after which those are adjectives: prepositions, joining words, quantifiers ("into alleged bribes", "and alleged fraud", "one alleged kidnapper"). */
const ADJECTIVE_MARKERS = new Set(['into', 'in', 'about', 'over', 'for', 'with', 'by', 'on', 'to', 'against', 'from', 'and', 'or', 'one', 'two', 'three', 'some', 'any', 'other', 'such', 'all']);

const NOUN_MARKERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'these', 'those', 'of']);
/** Speech verbs that are also plural nouns ("the states", "his claims"): verbs only after a subject. */
const NOUN_LIKE_VERBS = new Set(['states', 'reports', 'claims', 'notes', 'estimates', 'charges', 'calls', 'reads', 'answers', 'replies']);

/** "was said to be", "were told": not speech by the subject. */
export function isPassive(context: QuoteContext, cue: number): boolean {
  const before = norm(context, cue - 1);
  const after = norm(context, cue + 1);
  return ['was', 'were', 'is', 'are', 'be', 'been', 'being'].includes(before) && (after === 'to' || norm(context, cue) !== 'quoted');
}
