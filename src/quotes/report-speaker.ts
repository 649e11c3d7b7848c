/**
 * The speaker of a report whose clause comes before its verb (pattern 2 of
 * `indirect.ts`): after the verb in an inverted attribution ("…, said X",
 * `speakerAfter`, and what describes X after a comma, `describesSpeaker`),
 * else after the comma before the verb (`speakerComma`, `startsAfter`,
 * `leadingJoinersSkipped`).
 */
import { ROLE_MODIFIERS, TITLES } from '../entities/lexicon.js';
import { isNameWord, tokenText } from '../entities/tokens.js';
import { INVERTING_VERBS } from './attribute.js';
import { REPORTING_VERBS } from './cues.js';
import { norm, sentenceBounds, type QuoteContext } from './context.js';
import { isRoleNoun, MAX_PHRASE } from './descriptions.js';
import { phraseAfter } from './phrase-after.js';
import { isPronoun, isSilent, phraseBefore, type Range } from './phrases.js';

/** Verbs of telling someone, whose object is a hearer, never a speaker ("told reporters"). */
export const TELL_VERBS = new Set(['told', 'tells', 'tell', 'telling']);
/** "A, police said, and B", "A, police said, as B": the attribution closes A; B is the writer's own. */
export const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'although', 'though', 'as', 'because', 'after', 'before', 'since', 'when', 'until', 'whereas']);
/** The farthest, in tokens before the verb, a comma before the speaker is looked for. */
export const MAX_SPEAKER_REACH = 16;

/**
 * The speaker of an inverted attribution ("…, said X", "…, warned engineer John Smith"): a name or a
 * role; after "said" and its kind any other phrase too, unless the verb has its subject before the
 * comma ("Tom Reed, the chairman, said profits rose": the comma closes the subject's aside, and
 * "profits rose" is what he said); after another verb nothing else ("…, emphasized the primacy of
 * the party, …" names no speaker); after "told" its hearer ("…, told reporters Friday there
 * were…"), never.
 */
export function speakerAfter(context: QuoteContext, cue: number, end: number): Range | undefined {
  if (TELL_VERBS.has(norm(context, cue))) return undefined;
  const phrase = phraseAfter(context, cue, end);
  if (!phrase) return undefined;
  const mention = context.mentionOf[phrase.start];
  if ((mention !== undefined && !isSilent(mention.type)) || isRoleNoun(norm(context, phrase.end - 1))) return phrase;
  return INVERTING_VERBS.has(norm(context, cue)) && !hasSubjectBefore(context, cue) ? phrase : undefined;
}

/**
 * Whether the verb at `cue`, after a comma, has its subject before it, set off by an aside:
 * "Tom Reed, the chairman, said" (`phraseBefore` finds it), "The chairman, a former weaver,
 * said" (a description opening on a determiner and ending in a role opens the sentence, then
 * only the aside up to the comma before the verb; "As mayor, Reed cut costs, said people…" and
 * "For the mayor, it was a victory, said…" open on no subject).
 */
function hasSubjectBefore(context: QuoteContext, cue: number): boolean {
  if (phraseBefore(context, cue) !== undefined) return true;
  const { start } = sentenceBounds(context, cue);
  if (!SUBJECT_DETERMINERS.has(norm(context, start))) return false;
  for (let index = start; index < cue - 1 && index - start <= MAX_PHRASE; index++) {
    if (context.article.tokens[index].punct) return norm(context, index) === ',' && index > start && isRoleNoun(norm(context, index - 1)) && onlyAnAsideBetween(context, index + 1, cue - 1);
  }
  return false;
}

/** Determiners a subject described by its role opens on: "The chairman", "Its director". */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/** `[from, comma)` is words with no punctuation and no verb of saying: the aside between two commas ("a former weaver"). */
function onlyAnAsideBetween(context: QuoteContext, from: number, comma: number): boolean {
  if (from >= comma || norm(context, comma) !== ',') return false;
  for (let index = from; index < comma; index++) if (context.article.tokens[index].punct || REPORTING_VERBS.has(norm(context, index))) return false;
  return true;
}

/** "…, stated Yvo de Boer, Executive Secretary of …": after the speaker's comma, a title or role describes them; it opens no clause. */
export function describesSpeaker(context: QuoteContext, first: number): boolean {
  let index = first;
  if (['the', 'a', 'an'].includes(norm(context, index))) index++;
  for (let words = 0; words < 4 && index < context.article.tokens.length; words++, index++) {
    const word = norm(context, index);
    if (TITLES.has(word) || isRoleNoun(word)) return true;
    if (!ROLE_MODIFIERS.has(word) && !isNameWord(tokenText(context.article, index))) return false;
  }
  return false;
}

/**
 * The comma before the speaker: the nearest when its phrase ends in a name
 * (`namesSubjectBefore`) and no reporting verb comes before it, else the farthest within reach whose phrase names
 * a person, else the nearest. The speaker's phrase does not reach back past a
 * comma that opens a coordination ("his wife, Chu Hailan, and their daughter,
 * the family said": the family speaks).
 */
export function speakerComma(context: QuoteContext, cue: number, start: number): number | undefined {
  let nearest: number | undefined;
  for (let index = cue - 1; index > start && cue - index <= MAX_SPEAKER_REACH; index--) {
    if (context.quoted[index] === 1) break;
    if (norm(context, index) !== ',') continue;
    if (nearest !== undefined && CLAUSE_JOINERS.has(norm(context, index + 1))) break;
    // "In the energy sector, Houston Exploration qualifies, he says": a pronoun alone before the verb speaks; a name before it is the clause's.
    if (nearest === undefined && index + 2 === cue && isPronoun(norm(context, index + 1))) return index;
    if (nearest === undefined && namesSubjectBefore(context, cue, index + 1) && !reportsBetween(context, start, index)) return index;
    nearest ??= index;
    for (let token = index + 1; token < cue; token++) {
      const mention = context.mentionOf[token];
      if (mention?.entity !== undefined && context.entities.entities[mention.entity].type === 'person') return index;
    }
  }
  return nearest === undefined || nearest === cue - 1 ? nearest : phraseBefore(context, cue, nearest + 1) ? nearest : undefined;
}

/** A reporting verb between `start` and `end` ("Based on this, Alatas said, Indonesia was…, Antara reported": Alatas speaks, not the agency). */
function reportsBetween(context: QuoteContext, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (REPORTING_VERBS.has(norm(context, index))) return true;
  return false;
}

/** "…, France's Foreign Ministry said": the phrase from `first` to the verb at `cue` ends in a body's or a person's name, which speaks, whatever a comma before names, unless the clause reports speech of its own (`reportsBetween`). */
function namesSubjectBefore(context: QuoteContext, cue: number, first: number): boolean {
  const phrase = phraseBefore(context, cue, first);
  const mention = phrase && context.mentionOf[phrase.end - 1];
  return mention !== undefined && mention.tokenEnd === phrase!.end && (mention.type === 'organisation' || mention.type === 'person');
}

/** "…, as Lake County News has reported", "…, but the ministry said": the speaker's phrase from after its joining words. */
export function leadingJoinersSkipped(context: QuoteContext, first: number, phraseStart: number): number {
  let start = first;
  while (start < phraseStart && ['as', 'but', 'and', 'while', 'though'].includes(norm(context, start))) start++;
  return start;
}

/** The speaker phrase begins right after the comma, past titles and role words only. */
export function startsAfter(context: QuoteContext, phrase: Range, first: number): boolean {
  for (let index = first; index < phrase.start; index++) {
    const word = norm(context, index);
    if (!['the', 'a', 'an'].includes(word) && !isNameWord(tokenText(context.article, index)) && !isRoleNoun(word) && !ROLE_MODIFIERS.has(word) && !TITLES.has(word)) return false;
  }
  return true;
}
