/**
 * An English attribution naming its speaker after a description set off by
 * commas before the verb (`…, the transport minister, Claire Haddon, said in
 * a statement.`): the name is the speaker, and the description is part of
 * the attribution, not of the reported clause; and a report closed later by
 * that description alone (`It would cost £40m, the minister added.`, over a
 * paragraph break too) is that person's (`indirect.ts`).
 */
import { norm, type QuoteContext, type Resolved } from './context.js';
import { isRoleNoun } from './descriptions.js';
import type { Range } from './phrases.js';
import { partitionPoint } from '../text/partition-point.js';

/** "…, the transport minister, Claire Haddon, said in a statement": the person named and set off right before the verb. */
export function nameSetOffBefore(context: QuoteContext, cue: number): Range | undefined {
  const mention = context.mentionOf[cue - 2];
  return norm(context, cue - 1) === ',' && mention?.type === 'person' && mention.tokenEnd === cue - 1 ? { start: mention.tokenStart, end: mention.tokenEnd } : undefined;
}

/** Most tokens back a person set off after a description is looked for (a report's whole story, bounding the work on endless texts). */
const SET_OFF_REACH = 2000;
/** Most words of a description set off before a name ("the transport minister"). */
const SET_OFF_DESCRIPTION = 6;
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** The comma opening a description of a role that ends at the comma `comma` ("…, the transport minister, Claire Haddon, said"), if one does. */
export function descriptionBefore(context: QuoteContext, comma: number, start: number): number | undefined {
  if (!isRoleNoun(norm(context, comma - 1))) return undefined;
  for (let index = comma - 2; index > start && comma - index <= SET_OFF_DESCRIPTION; index--) {
    if (norm(context, index) === ',') return DESCRIPTION_OPENERS.has(norm(context, index + 1)) ? index : undefined;
    if (context.article.tokens[index].punct) return undefined;
  }
  return undefined;
}

/**
 * The person the article set off after a description headed by one of
 * `heads` ("The transport minister, Claire Haddon, said …"), nearest before
 * token `position`: whom a later "the minister" stands for when the names'
 * roles did not record it.
 */
export function personSetOffAfter(context: QuoteContext, heads: readonly string[], position: number): number | undefined {
  const { mentions } = context.entities;
  // Mentions are in text order: from the last one before `position`, back `SET_OFF_REACH` tokens.
  for (let at = partitionPoint(mentions.length, (index) => mentions[index].tokenStart < position) - 1; at >= 0 && mentions[at].tokenStart >= position - SET_OFF_REACH; at--) {
    const mention = mentions[at];
    if (mention.type !== 'person' || mention.entity === undefined) continue;
    const comma = mention.tokenStart - 1;
    if (comma < 2 || norm(context, comma) !== ',' || !heads.includes(norm(context, comma - 1))) continue;
    if (descriptionOpens(context, comma)) return mention.entity;
  }
  return undefined;
}

/** A description ending at the comma `comma` opens on an article or a possessive within `SET_OFF_DESCRIPTION` words, at its sentence's start or after a comma. */
function descriptionOpens(context: QuoteContext, comma: number): boolean {
  for (let index = comma - 2; index >= Math.max(0, comma - SET_OFF_DESCRIPTION); index--) {
    if (!DESCRIPTION_OPENERS.has(norm(context, index))) {
      if (context.article.tokens[index].punct) return false;
      continue;
    }
    const before = index - 1;
    return before < 0 || norm(context, before) === ',' || context.sentenceOf[before] !== context.sentenceOf[index];
  }
  return false;
}

/** A report closed by "the minister added", its speaker resolved to no one named: the person the article set off after such a description before ("The transport minister, Claire Haddon, said …"). */
export function setOffSpeaker(context: QuoteContext, phrase: Range, speaker: Resolved): Resolved | undefined {
  if (phrase.end - phrase.start !== 2 || norm(context, phrase.start) !== 'the') return undefined;
  const entity = personSetOffAfter(context, [norm(context, phrase.start + 1)], phrase.start);
  return entity === undefined ? undefined : { name: context.entities.entities[entity].name, span: speaker.span, entity };
}
