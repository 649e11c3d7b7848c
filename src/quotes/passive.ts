/**
 * Speakers named by a passive's agent, in the languages besides English
 * (`QuoteCues.passive`, `agents`, `issued`):
 *
 * - after a quotation: `«…», foi dito ao nosso jornal por Lurdes Caiado`,
 *   `«…», è stato detto dall'assessore, Luca Bernasconi` (`passiveAt`, read
 *   where an active verb would be);
 * - before a reported clause: `Fue confirmado por la compañía Hidrotollo que
 *   …`, `Il a été annoncé par le maire, Gérard Poulain, que …`
 *   (`language-reported.ts`);
 * - a statement or "what" its issuer said, after a source's word:
 *   `según un comunicado emitido por la dirección`, `secondo quanto riferito
 *   dal Comune` (`issuerAfter`: the issuer speaks).
 *
 * The agent is a name or a description (`speakerNamedAt`); after a
 * preposition holding the article (`dal sindaco`, `pelo vereador`), a
 * description with no article of its own, which stands for the name the
 * article gave the same head before (`namedHead`).
 */
import { norm } from './context.js';
import { namedHead } from './language-antecedents.js';
import { describedSpeaker } from './language-descriptions.js';
import { speakerNamedAt, verbForm, type Found } from './language-speakers.js';
import { describedName, type Range, type Reader } from './name-runs.js';

/** Most words between a passive's participle and its agent (`foi dito ao nosso jornal por`). */
const AGENT_GAP = 4;
/** Most words between a statement (or "what") and its agent (`un comunicado emitido por`, `ce qui a été annoncé par`). */
const ISSUER_GAP = 4;

/** A passive speech verb at `index` (`fue anunciado por`, `è stato detto dall'`) and its agent, before `end`. */
export function passiveAt(reader: Reader, index: number, end: number): Found | undefined {
  const { context, cues } = reader;
  const auxiliary = cues.passive?.find((words) => words.every((word, offset) => norm(context, index + offset) === word));
  if (auxiliary === undefined) return undefined;
  const participle = index + auxiliary.length;
  if (participle >= end || !cues.verbs.has(verbForm(context, participle))) return undefined;
  const agent = agentAfter(reader, participle + 1, Math.min(end, participle + 2 + AGENT_GAP));
  const speaker = agent === undefined ? undefined : agentAt(reader, agent, end);
  return speaker && { speaker: speaker.name, cue: { start: index, end: agent! + 1 }, written: speaker.written };
}

/** The agent of a statement or of "what" at `from` (`un comunicado emitido por la dirección`, `quanto riferito dal Comune`). */
export function issuerAfter(reader: Reader, from: number, end: number): Range | undefined {
  const { context, cues } = reader;
  const issued = cues.determiners.has(norm(context, from)) ? from + 1 : from;
  if (issued >= end || !cues.issued?.has(norm(context, issued))) return undefined;
  const agent = agentAfter(reader, issued + 1, Math.min(end, issued + 1 + ISSUER_GAP));
  return agent === undefined ? undefined : agentAt(reader, agent, end)?.name;
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
