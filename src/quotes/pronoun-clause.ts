/**
 * Whom a "he" or "she" speaking a clause before it may stand for
 * ("CLAUSE, he said"): neither the clause's subject ("Tom Reed will resign,
 * he said") nor what its verb governs ("The board will sack Tom Reed, he
 * added"), but a name owning the subject or in a clause opening it ("Tom
 * Reed's wife is ill, he said", "When Tom Reed got home, the door was open,
 * he said"). "It" and "they" are read from the verb as before ("Revenue at
 * Velmar Foods fell, it said").
 */
import { AUXILIARIES, PERSON_PRONOUNS, REPORTING_VERBS, SPEECH_PARTICIPLES } from './cues.js';
import { norm, type QuoteContext } from './context.js';
import type { Range } from './phrases.js';

/**
 * Where to read the pronoun `phrase` after the reported `content` from
 * (`from`), and where the names it cannot stand for end (`end`); undefined
 * when the phrase is no "he" or "she" or the clause reports speech itself
 * ("Joan Felt said …, she told the Post"): read it from the verb `cue`.
 */
export function pronounAfterClause(context: QuoteContext, phrase: Range, content: Range, cue: number): { from: number; end: number } | undefined {
  const end = Math.min(cue, content.end);
  if (phrase.end - phrase.start !== 1 || !PERSON_PRONOUNS.has(norm(context, phrase.start)) || reportsWithin(context, content.start, end)) return undefined;
  // "Tom Reed, he said, had lost the vote": a clause going on after the attribution names no one the pronoun stands for.
  const from = content.end > cue || opensOnNamedSubject(context, content.start, end) ? content.start : clauseSubjectEnd(context, content.start, end);
  return { from, end };
}

/** Whether a name in `[start, end)` stands for `entity` ("The board will sack Tom Reed, he added" after Tom Reed spoke: "he" is not Tom Reed). */
export function namesEntity(context: QuoteContext, start: number, end: number, entity: number): boolean {
  for (let index = start; index < end; index++) if (context.mentionOf[index]?.entity === entity) return true;
  return false;
}

/** Words a clause's subject may come after: "But the Nobel, awarded …, he added". */
const SUBJECT_LEADS = new Set(['but', 'and', 'yet', 'so', 'or', 'the', 'a', 'an']);

/** Whether the clause in `[start, end)` opens on a name that is its subject ("Jackson was on probation", "But the Nobel, …, shines"), not one owning it ("Tom Reed's wife"). */
function opensOnNamedSubject(context: QuoteContext, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const mention = context.mentionOf[index];
    if (mention) return !mention.possessive;
    if (!context.article.tokens[index].punct && !SUBJECT_LEADS.has(norm(context, index))) return false;
  }
  return false;
}

/**
 * Where the subject of the clause in `[start, end)` ends: at its first
 * auxiliary or first lower-case word that is no stopword, outside names and
 * quotations ("When Tom Reed got home", "Tom Reed's wife is ill", "The board
 * will sack Tom Reed"); `end` when there is none.
 */
function clauseSubjectEnd(context: QuoteContext, start: number, end: number): number {
  const { tokens, text } = context.article;
  for (let index = start; index < end; index++) {
    const token = tokens[index];
    if (token.punct || context.mentionOf[index] || context.quoted[index] === 1) continue;
    if (AUXILIARIES.has(token.norm) || (!token.stop && /^\p{Ll}/u.test(text.slice(token.start, token.end)))) return index;
  }
  return end;
}

/** A reporting verb (no participle: "…, saying" is the clause's subject's) or "according to" outside quotation marks in `[start, end)`: the clause names its own speaker. */
function reportsWithin(context: QuoteContext, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (context.quoted[index] === 0 && ((REPORTING_VERBS.has(norm(context, index)) && !SPEECH_PARTICIPLES.has(norm(context, index))) || (norm(context, index) === 'according' && norm(context, index + 1) === 'to'))) return true;
  }
  return false;
}
