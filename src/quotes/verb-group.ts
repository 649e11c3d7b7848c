/**
 * The words before a speech verb that belong to its verb group, not to its
 * subject: a negation or a refusal ("would not say", "declined to say", "had
 * nothing to say") reports no speech at all, and an infinitive ("The mayor
 * was right to say", "producers had this to say") hangs from a verb whose
 * subject is the speaker ("it is safe to say": nobody's).
 */
import { norm, sentenceBounds, type QuoteContext } from './context.js';
import { AUXILIARIES } from './cues.js';
import { phraseBefore, type Range } from './phrases.js';
import { sentenceSubject } from './subject.js';

const REFUSALS = new Set(['refused', 'refuses', 'refuse', 'refusing', 'declined', 'declines', 'decline', 'declining']);
/** Words just before "to say" that deny the saying: "ordered never to say", "had nothing to say", "asked them not to say". */
const DENIALS = new Set(['not', 'never', 'nothing', 'little']);
/** A pronoun with its auxiliary in one token ("it's safe to say", "I'd like to say"). */
const CONTRACTED = /^\p{L}+['’](?:s|d|m|re|ve|ll)$/u;
/** Subjects that name nobody: "it would be a stretch to say". */
const IMPERSONAL = new Set(['it', 'there', 'this', 'that']);
/** How far back from "to" the governing verb's auxiliary may be ("had to call a news conference to say"). */
const MAX_GROUP = 6;

/** Whether the speech verb at `cue` is denied: "would not say", "didn't say", "declined to say", "had nothing to say". */
export function isNegatedSpeech(context: QuoteContext, cue: number): boolean {
  const before = norm(context, cue - 1);
  if (before === 'not' || before === 'never' || /n['’]t$/.test(before)) return true;
  if (before !== 'to') return false;
  return [cue - 2, cue - 3].some((index) => {
    const word = norm(context, index);
    return REFUSALS.has(word) || DENIALS.has(word) || /n['’]t$/.test(word);
  });
}

/**
 * The subject phrase of the speech verb at `cue`, not reaching before
 * `limit`: the phrase right before it, or for an infinitive the subject of
 * the verb it hangs from (the phrase before its auxiliary, else a name
 * the phrase resolves to, else the sentence's subject: "He went on to
 * say"). None when the speech is denied
 * or the subject is impersonal.
 */
export function speakerBefore(context: QuoteContext, cue: number, limit = sentenceBounds(context, cue).start): Range | undefined {
  if (norm(context, cue - 1) !== 'to') return phraseBefore(context, cue, limit);
  if (isNegatedSpeech(context, cue)) return undefined;
  for (let index = cue - 2; index >= limit && cue - index <= MAX_GROUP; index--) {
    const token = context.article.tokens[index];
    if (token.punct || context.quoted[index] === 1) break;
    if (CONTRACTED.test(token.norm)) return undefined;
    if (!AUXILIARIES.has(token.norm)) continue;
    const subject = phraseBefore(context, index, limit);
    return subject && !(subject.end - subject.start === 1 && IMPERSONAL.has(norm(context, subject.start))) ? subject : undefined;
  }
  const own = phraseBefore(context, cue, limit);
  if (own && namesOnly(context, own)) return own;
  const subject = sentenceSubject(context, cue);
  return subject && subject.start >= limit ? subject : undefined;
}

/** A phrase that is one name and nothing else ("Gary Bauer, …, who goes on talk shows to say"), not words of the verb group. */
function namesOnly(context: QuoteContext, phrase: Range): boolean {
  const mention = context.mentionOf[phrase.start];
  return mention !== undefined && mention.tokenStart === phrase.start && mention.tokenEnd === phrase.end;
}
