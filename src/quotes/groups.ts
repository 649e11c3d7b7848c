/**
 * Speakers who are more than one person: two people named together ("Martin
 * and Elsa Varga", "Tomas Keldren and Odile Fenwright"), two organisations
 * named together as a subject ("Exxon and Mobil confirmed…") and a family named by
 * its plural surname ("the Vargas"). A speaker is one name (`Speaker.name`),
 * so a couple speaks under the words that name both, as written; a family
 * under the couple's name when the article names one with that surname, since
 * that is who "the Vargas" stand for.
 */
import type { NameMention } from '../entities/index.js';
import { norm, type QuoteContext, type Resolved } from './context.js';

/** A token range `[start, end)`, as phrases use. */
interface Range {
  start: number;
  end: number;
}

type Mention = NameMention & { entity?: number };

function isPerson(context: QuoteContext, mention: Mention | undefined): mention is Mention {
  return mention !== undefined && mention.type === 'person';
}

/** "Martin and Elsa Varga", "Exxon and Mobil": the two people or the two organisations joined by "and" whose second name is `second`, from `limit` on. */
export function pairEndingAt(context: QuoteContext, second: Mention, limit: number): Range | undefined {
  const and = second.tokenStart - 1;
  const first = context.mentionOf[and - 1];
  if (!isPerson(context, second) && !isOrganisation(context, second)) return undefined;
  if (norm(context, and) !== 'and' || !first || first.tokenEnd !== and || first.tokenStart < limit) return undefined;
  const pair = isPerson(context, second) ? isPerson(context, first) || sharesSurname(first, second) : isOrganisation(context, first);
  return pair ? { start: first.tokenStart, end: second.tokenEnd } : undefined;
}

function isOrganisation(context: QuoteContext, mention: Mention | undefined): mention is Mention {
  return mention !== undefined && mention.entity !== undefined && context.entities.entities[mention.entity].type === 'organisation';
}

/** "Dennis and Judy Shepard": a lone given name nothing else explains, before a full name whose surname it shares. */
function sharesSurname(first: Mention, second: Mention): boolean {
  return first.type === 'unknown' && /^\p{Lu}\p{Ll}+$/u.test(first.form) && second.tokenEnd - second.tokenStart === 2 && !first.possessive;
}

/** The pair whose first name is `first`, ending before `limit`. */
export function pairStartingAt(context: QuoteContext, first: Mention, limit: number): Range | undefined {
  const second = context.mentionOf[first.tokenEnd + 1];
  return (isPerson(context, second) || isOrganisation(context, second)) && second.tokenStart === first.tokenEnd + 1 && second.tokenEnd <= limit ? pairEndingAt(context, second, first.tokenStart) : undefined;
}

/** The pair a phrase ends with ("his parents, Dennis and Judy Shepard" or the pair alone), as a plural speaker. */
export function pairSpeaker(context: QuoteContext, range: Range): Resolved | undefined {
  const second = context.mentionOf[range.end - 1];
  const pair = second && pairEndingAt(context, second, range.start);
  if (!pair || pair.end !== range.end) return undefined;
  const { tokens, text } = context.article;
  const span = { start: tokens[pair.start].start, end: tokens[pair.end - 1].end };
  return { name: text.slice(span.start, span.end).replace(/['’]s(?=\s|$)/gu, ''), span, plural: true };
}

/**
 * "the Vargas" when the article names a person "… Varga": the family, as a
 * plural speaker named as the couple of that surname named before `position`
 * ("Martin and Elsa Varga"), else as written.
 */
export function familySpeaker(context: QuoteContext, mention: Mention, position: number): Resolved | undefined {
  const surname = familySurname(context, mention);
  if (surname === undefined) return undefined;
  let couple: Resolved | undefined;
  for (const other of context.entities.mentions) {
    if (other.tokenStart >= position) break;
    if (other.type !== 'person' || lastWord(other.form) !== surname) continue;
    couple = pairSpeaker(context, { start: 0, end: other.tokenEnd }) ?? couple;
  }
  return { ...(couple ?? { name: mention.form }), span: mention.span, plural: true };
}

/** The surname of "the Vargas": one capitalized word after "the", ending in "s", with someone of that surname in the article. */
function familySurname(context: QuoteContext, mention: Mention): string | undefined {
  if (mention.tokenEnd - mention.tokenStart !== 1 || norm(context, mention.tokenStart - 1) !== 'the' || !/^\p{Lu}\p{L}+s$/u.test(mention.form)) return undefined;
  const candidates = [mention.form.slice(0, -1), mention.form.replace(/es$/, '')];
  return candidates.find((word) => context.entities.entities.some((entity) => entity.type === 'person' && entity.name.includes(' ') && lastWord(entity.name) === word));
}

function lastWord(name: string): string {
  return name.split(/\s+/).pop() ?? '';
}
