/**
 * The phrase after a speech verb: the speaker of an inverted attribution
 * ("said Martin Osgood, 62,"), of "according to X" and "by X", the one
 * "quoted X as saying" names, who issued a document ("a statement issued by
 * Harlow Council"); the adverbials that may follow the verb with no clause of
 * their own, and the time that ends a description ("a council filing last
 * week"). The phrase before the verb is in phrases.ts.
 */
import { AUXILIARIES, DOCUMENT_NOUNS, REPORTING_VERBS } from './cues.js';
import { isQuoteMark, norm, sentenceBounds, type QuoteContext } from './context.js';
import { GROUP_NOUNS, isRoleNoun, MAX_PHRASE } from './descriptions.js';
import { pairStartingAt } from './groups.js';
import { hasContent, isPronoun, isSilent, RELATIVES, stopsPhrase, type Range } from './phrases.js';

/**
 * The phrase after an inverted speech verb at `cue` ("said Vladimir
 * Safronkov, Russia's deputy envoy"); none when the words after the verb go
 * on to an auxiliary: they are the clause it reports ("Midshire Energy
 * Company, said engineers had isolated the supply"), not its speaker.
 */
export function phraseAfter(context: QuoteContext, cue: number, limit = sentenceBounds(context, cue).end): Range | undefined {
  let first = cue + 1;
  if (norm(context, first) === 'by') first++;
  if (first >= limit || (NOT_SPEAKER_OPENERS.has(norm(context, first)) && norm(context, first + 1) !== 'least')) return undefined;
  const described = describedPersonAfter(context, first, limit);
  if (described) return described;
  const mention = context.mentionOf[first];
  const named = context.mentionOf[(mention?.tokenEnd ?? first) + 1];
  if (mention && mention.type === 'place' && isRoleNoun(norm(context, mention.tokenEnd)) && named?.type === 'person') return { start: named.tokenStart, end: named.tokenEnd };
  if (mention && mention.type === 'place' && isRoleNoun(norm(context, mention.tokenEnd))) return { start: mention.tokenStart, end: mention.tokenEnd + 1 };
  if (mention && mention.type === 'place' && GROUP_NOUNS.has(norm(context, mention.tokenEnd))) return { start: mention.tokenStart, end: mention.tokenEnd + 1 };
  if (mention) return pairStartingAt(context, mention, limit) ?? { start: mention.tokenStart, end: mention.tokenEnd };
  if (isPronoun(norm(context, first))) return { start: first, end: first + 1 };
  let end = first;
  while (end < limit && end - first < MAX_PHRASE && (!stopsPhrase(context, end) || joinsName(context, end)) && norm(context, end) !== 'who') {
    if (context.mentionOf[end] && end > first && context.mentionOf[end]!.type === 'person') return { start: context.mentionOf[end]!.tokenStart, end: context.mentionOf[end]!.tokenEnd };
    if (AUXILIARIES.has(norm(context, end))) return undefined;
    end++;
  }
  while (end > first && norm(context, end - 1) === '.') end--;
  return hasContent(context, first, end) ? { start: first, end } : undefined;
}

/** Most words between a document and "by" naming who issued it: "a statement issued on Monday by". */
const ISSUER_REACH = 4;

/** Prepositions before a document noun that make it no longer the phrase's head ("the author of a report"). */
const BEFORE_DOCUMENT_HEAD = new Set(['of', 'for', 'from', 'in', 'on', 'at', 'with', 'behind']);

/** Words for a form of a document, whose "of" keeps it the head ("a copy of the report", "a draft of the plan"). */
const DOCUMENT_FORMS = new Set(['copy', 'copies', 'draft', 'version', 'extract', 'excerpt']);

/** Participles of a document's readers before "by", not its issuer's ("seen by Reuters", "obtained by the Ledger"). */
const NOT_ISSUING = new Set(['seen', 'obtained', 'reviewed', 'received', 'read', 'viewed', 'examined', 'acquired']);

/** "a statement issued by Harlow Council", "a report released Friday by the agency": who issued the document heading a phrase speaks for it ("the author of a report published by the council" is the author). */
export function issuerIn(context: QuoteContext, phrase: Range, limit: number): Range | undefined {
  for (let index = phrase.start; index < phrase.end; index++) {
    if (BEFORE_DOCUMENT_HEAD.has(norm(context, index)) && !(norm(context, index) === 'of' && DOCUMENT_FORMS.has(norm(context, index - 1)))) return undefined;
    if (!DOCUMENT_NOUNS.has(norm(context, index))) continue;
    for (let by = index + 2; by < Math.min(limit, index + 2 + ISSUER_REACH); by++) {
      // "a copy of the report seen by the Ledger": who saw it did not issue it; the document speaks.
      if (norm(context, by) === 'by' && NOT_ISSUING.has(norm(context, by - 1))) return { start: phrase.start, end: by - 1 };
      if (norm(context, by) === 'by') return phraseAfter(context, by - 1, limit);
      if (context.article.tokens[by].punct) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "said Iran's Foreign Ministry spokesman, Mohammad Ali Hosseini", "according to the agency's
 * director, Ada Morrow, the …": a description from `first` ending in a role noun, set off before a
 * person's name that ends the phrase (punctuation or "who" next, not an age), describes that
 * person, who speaks; "according to police, Tomas Arlen fled" and "…, Tomas Arlen, 36, fled" name
 * the clause's subject.
 */
function describedPersonAfter(context: QuoteContext, first: number, limit: number): Range | undefined {
  for (let end = first + 1; end < limit && end - first <= MAX_PHRASE; end++) {
    if (norm(context, end) === ',') {
      const named = context.mentionOf[end + 1];
      if (!isRoleNoun(norm(context, end - 1)) || context.mentionOf[end - 1]?.type === 'person' || named?.type !== 'person') return undefined;
      const after = context.article.tokens[named.tokenEnd];
      const endsPhrase = after === undefined || (after.punct && !(after.norm === ',' && /^\d/.test(norm(context, named.tokenEnd + 1)))) || RELATIVES.has(after.norm);
      return endsPhrase ? { start: named.tokenStart, end: named.tokenEnd } : undefined;
    }
    if (stopsPhrase(context, end)) return undefined;
  }
  return undefined;
}

/** Words after a speech verb that open an adverbial, not a speaker: "said on Wednesday", "said in a homily" (but "according to at least two agents"). */
const NOT_SPEAKER_OPENERS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'for', 'with', 'from', 'to', 'about', 'through', 'since', 'until', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'earlier', 'later']);
/** Words that end a description: a time ("a council filing last week") or a document's participle ("papers filed in court"). */
const TIME_WORDS = new Set(['last', 'this', 'next', 'earlier', 'now', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DOCUMENT_PARTICIPLES = new Set(['filed', 'published', 'released', 'issued', 'obtained', 'seized', 'dated', 'posted', 'broadcast', 'aired']);

/**
 * A description without the time or the document's participle that ends it
 * ("a council filing last week in U.S. district court" → "a council filing",
 * "the league Monday", "charges filed Friday"). A description holding a name
 * stays whole, and so does one whose tail names who speaks ("a schedule
 * released Friday by the White House", "… Monday, a group of Teamsters").
 */
export function withoutTrailingTime(context: QuoteContext, range: Range): Range {
  for (let index = range.start + 1; index < range.end; index++) {
    if (context.mentionOf[index] && !isSilent(context.mentionOf[index]!.type)) return range;
    if (!endsDescription(context, index) || NOT_HEADS.has(norm(context, index - 1))) continue;
    for (let rest = index + 1; rest < range.end; rest++) if (context.mentionOf[rest] && !isSilent(context.mentionOf[rest]!.type)) return range;
    return { start: range.start, end: index };
  }
  return range;
}

/** Words a description cannot end on: "the last speaker" keeps its "last". */
const NOT_HEADS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'of', 'in', 'at', 'on', 'by', 'for', 'with', 'to', 'and']);

function endsDescription(context: QuoteContext, index: number): boolean {
  const word = norm(context, index);
  const byIssuer = [1, 2, 3].some((offset) => norm(context, index + offset) === 'by');
  const onADay = word === 'on' && TIME_WORDS.has(norm(context, index + 1)); // "the emergency service on Monday"
  return context.mentionOf[index] === undefined && (TIME_WORDS.has(word) || DOCUMENT_PARTICIPLES.has(word) || onADay) && !byIssuer;
}

/** "and" between two capitalized words of one name: "the Australian Search and Rescue Coordination Center". */
function joinsName(context: QuoteContext, index: number): boolean {
  const { text, tokens } = context.article;
  const capitalized = (at: number): boolean => at >= 0 && at < tokens.length && /^\p{Lu}/u.test(text[tokens[at].start]);
  return norm(context, index) === 'and' && capitalized(index - 1) && capitalized(index + 1);
}


/** Most words after a speech verb that can still be only its adverbials ("said on Sunday in a statement to reporters"). */
export const MAX_TRAILING = 9;

/** Words that open an embedded question right after the verb: "said how the savings would be made" is a clause, no adverbial ("…, said a man who…" and "…, according to people who…" go on about the speaker). */
const QUESTION_WORDS = new Set(['how', 'whether', 'why', 'what']);

/** Most tokens, punctuation included, after a speech verb that can still be only its adverbials: a run of bare commas is read this far, not to the sentence's end. */
export const MAX_TRAILING_TOKENS = 3 * MAX_TRAILING;

/** "…, officials said on Sunday." — what follows the verb is no clause of its own (a semicolon ends it: "…, said Ada Morrow; wages rose …"). */
export function onlyAdverbials(context: QuoteContext, from: number, end: number): boolean {
  let count = 0;
  for (let index = from; index < end; index++) {
    if (index - from >= MAX_TRAILING_TOKENS) return false;
    const token = context.article.tokens[index];
    if (isQuoteMark(context, index)) return false;
    if (token.norm === ';') return true;
    if (token.punct) continue;
    if (++count > MAX_TRAILING || token.norm === 'that' || isPronoun(token.norm) || REPORTING_VERBS.has(token.norm) || (index === from && QUESTION_WORDS.has(token.norm))) return false;
  }
  return true;
}

/** Most tokens from "quoted" to its "as saying". */
const MAX_QUOTED_PHRASE = 12;
/** "Naghavi was quoted by IRNA as saying": the subject is the one quoted ("The Courier was quoting Tom Reed as saying": Tom Reed). */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/**
 * "Antara quoted Foreign Minister Ali Alatas as saying", "quoted him as
 * saying", "…, the agency reported, quoting her lawyer Mark Heller as saying": the one quoted (the person or organisation named right before
 * "as", else the phrase after "quoted") and where "quoted" is, for the
 * participle at `participle`; nothing for the passive ("was quoted by IRNA as
 * saying", whose subject speaks).
 */
export function quotedAsPhrase(context: QuoteContext, participle: number, start: number): { quoted: number; phrase: Range } | undefined {
  if (norm(context, participle - 1) !== 'as') return undefined;
  for (let quoted = participle - 2; quoted >= Math.max(start, participle - MAX_QUOTED_PHRASE); quoted--) {
    if (norm(context, quoted) !== 'quoted' && norm(context, quoted) !== 'quoting') continue;
    if (norm(context, quoted) === 'quoted' && PASSIVE_AUXILIARIES.has(norm(context, quoted - 1))) return undefined;
    const mention = context.mentionOf[participle - 2];
    const speaks = mention?.type === 'person' || mention?.type === 'organisation';
    if (mention && speaks && mention.tokenStart > quoted && mention.tokenEnd === participle - 1) return { quoted, phrase: { start: mention.tokenStart, end: mention.tokenEnd } };
    if (quoted + 2 === participle - 1 && ['him', 'her', 'them'].includes(norm(context, quoted + 1))) return { quoted, phrase: { start: quoted + 1, end: quoted + 2 } };
    const phrase = phraseAfter(context, quoted, participle - 1);
    return phrase && phrase.end === participle - 1 ? { quoted, phrase } : undefined;
  }
  return undefined;
}
