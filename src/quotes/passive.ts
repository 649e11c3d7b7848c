/**
 * Speakers named by a passive's agent, in the languages besides English
 * (`QuoteCues.passive`, `agents`, `issued`):
 *
 * - after a quotation: `«…», foi dito ao nosso jornal por Lurdes Caiado`,
 *   `«…», è stato detto dall'assessore, Luca Bernasconi`, `„…“, wurde von
 *   der Stadt mitgeteilt` (`passiveAt`, read where an active verb would be);
 * - before a reported clause: `Fue confirmado por la compañía Hidrotollo que
 *   …`, `Il a été annoncé par le maire, Gérard Poulain, que …`, `Es wurde von
 *   der Polizei bestätigt, dass …`
 *   (`language-reported.ts`);
 * - a statement or "what" its issuer said, after a source's word:
 *   `según un comunicado emitido por la dirección`, `secondo quanto riferito
 *   dal Comune`, `selon un communiqué de l'agence` (`issuerAfter`: the
 *   issuer speaks).
 *
 * The agent is a name or a description (`speakerNamedAt`); after a
 * preposition holding the article (`dal sindaco`, `pelo vereador`), a
 * description with no article of its own, which stands for the name the
 * article gave the same head before (`namedHead`).
 */
import { norm, phraseAt } from './context.js';
import { describedSpeaker, speakerNamedAt } from './language-descriptions.js';
import type { Found } from './language-speakers.js';
import { verbForm } from './language-verbs.js';
import { describedName, type Range, type Reader } from './name-runs.js';
import { namedHead } from './named-heads.js';

/** Most words between a passive's participle and its agent (`foi dito ao nosso jornal por`). */
const AGENT_GAP = 4;
/** Most words between a statement (or "what") and its agent (`un comunicado emitido por`, `ce qui a été annoncé par`). */
const ISSUER_GAP = 4;

/** A passive speech verb at `index` (`fue anunciado por`, `è stato detto dall'`) and its agent, before `end`. */
export function passiveAt(reader: Reader, index: number, end: number): Found | undefined {
  const { context, cues } = reader;
  const auxiliary = phraseAt(context, cues.passive, index);
  if (auxiliary === undefined) return undefined;
  const after = index + auxiliary;
  if (after < end && cues.agents?.has(norm(context, after))) return agentFirst(reader, index, after, end);
  if (after >= end || !cues.verbs.has(verbForm(context, after))) return undefined;
  const agent = agentAfter(reader, after + 1, Math.min(end, after + 2 + AGENT_GAP));
  const speaker = agent === undefined ? undefined : agentAt(reader, agent, end);
  return speaker && { speaker: speaker.name, cue: { start: index, end: agent! + 1 }, written: speaker.written };
}

/** Most words between a German or Dutch agent and the participle closing the clause (`wurde von der Stadt am Montag mitgeteilt`). */
const PARTICIPLE_GAP = 3;

/** The agent right after the auxiliary, the participle after it (`wurde von Bürgermeisterin Anna Keller mitgeteilt`, `werd door de gemeente gemeld`). */
function agentFirst(reader: Reader, auxiliary: number, preposition: number, end: number): Found | undefined {
  const { context, cues } = reader;
  const speaker = agentAt(reader, preposition, end);
  if (speaker === undefined) return undefined;
  const { written } = speaker;
  for (let index = written.start + 1; index < Math.min(end, written.end + PARTICIPLE_GAP + 1); index++) {
    if (cues.verbs.has(verbForm(context, index))) {
      // A description read on to the participle ends before it (`von der Polizei bestätigt,`).
      const before = (range: Range): Range => (range.start < index && index < range.end ? { start: range.start, end: index } : range);
      return { speaker: before(speaker.name), cue: { start: auxiliary, end: preposition + 1 }, written: before(written) };
    }
    if (index >= written.end && context.article.tokens[index].punct) return undefined;
  }
  return undefined;
}

/** The agent of a statement or of "what" at `from` (`un comunicado emitido por la dirección`, `quanto riferito dal Comune`). */
export function issuerAfter(reader: Reader, from: number, end: number): Range | undefined {
  const { context, cues } = reader;
  const issued = cues.determiners.has(norm(context, from)) ? from + 1 : from;
  if (issued >= end || !cues.issued?.has(norm(context, issued))) return undefined;
  const agent = agentAfter(reader, issued + 1, Math.min(end, issued + 2 + ISSUER_GAP));
  if (agent !== undefined) return agentAt(reader, agent, end)?.name;
  // A document and its issuer after "of" (`selon un communiqué de l'agence`, `secondo una nota del ministero`).
  const of = issued + 1;
  if (!cues.documents?.has(norm(context, issued)) || of >= end || !cues.of.has(norm(context, of))) return undefined;
  return speakerNamedAt(reader, of + 1, end) ?? describedSpeaker(reader, of + 1, end, { determinerOptional: true, anyHead: true }) ?? (cues.determiners.has(norm(context, of)) ? speakerNamedAt(reader, of, end) : undefined);
}

/** The first agent's preposition in `[from, to)`, before any punctuation. */
function agentAfter(reader: Reader, from: number, to: number): number | undefined {
  const { context, cues } = reader;
  for (let index = from; index < to; index++) {
    if (cues.agents?.has(norm(context, index))) return index;
    if (context.article.tokens[index].punct) return undefined;
  }
  return undefined;
}

/** The speaker after the agent's preposition at `preposition`: its name, and the words that name it there. */
function agentAt(reader: Reader, preposition: number, end: number): { name: Range; written: Range } | undefined {
  const from = preposition + 1;
  if (!reader.cues.agentArticles?.has(norm(reader.context, preposition))) {
    const named = speakerNamedAt(reader, from, end);
    return named && { name: named, written: named };
  }
  // A name set off after the description (`dall'assessore all'Istruzione, Marco Valli`), else the description, a body's name in it too (`dalla Protezione civile`).
  const named = describedName(reader, from, end);
  const described = describedSpeaker(reader, from, end, { determinerOptional: true }) ?? (named ? undefined : describedSpeaker(reader, from, end, { determinerOptional: true, anyHead: true }));
  if (named !== undefined && (described === undefined || named.start >= described.end)) return { name: named, written: named };
  return described && { name: namedHead(reader, described.start) ?? described, written: described };
}
