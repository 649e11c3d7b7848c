/**
 * Who speaks, as the quotation rules of languages besides English read it
 * (`other-languages.ts`; the speech verb itself is read in `language-verbs.ts`,
 * a name or description in `language-descriptions.ts`): the speaker after it (`speakerAfter`: a pronoun, a name,
 * a description, or none in a language that drops its subjects), the
 * speaker before it (`speakerBefore`: a description reaching the verb, a
 * name, a name in apposition, the sentence's subject after "and"), the
 * source after "selon" (`sourceAfter`), and the subject a sentence opens on
 * (`subjectOf`), which a pronoun stands for.
 */
import { norm, phraseAt } from './context.js';
import { NEWS_AGENCIES } from './language-cues.js';
import { bodyEndingOn, describedSpeaker, describedSpeakerBefore, MAX_DESCRIPTION, sourceNamedAt, speakerNamedAt } from './language-descriptions.js';
import { INVERTED } from './language-verbs.js';
import { issuerAfter } from './passive.js';
import { isNameWord, isSpeakerName, nameAt, nameEndingAt, SPEAKER_WINDOW, type Range, type Reader } from './name-runs.js';

/** An attribution as read around one piece: its speaker may be a pronoun, standing for the speaker named last. */
export interface Found {
  speaker?: Range;
  cue?: Range;
  pronoun?: boolean;
  /** Where a passive's agent is written, when it stands for a name given before (`dal sindaco`). */
  written?: Range;
}

/**
 * The source after "selon", "según", "laut"…: the issuer of a statement
 * named there (`issuerAfter`: `según un comunicado emitido por X`), a
 * speaker as after a verb (`speakerNamedAt`), or a body without an article
 * (`laut Polizei`).
 */
export function sourceAfter(reader: Reader, from: number, end: number): Range | undefined {
  return issuerAfter(reader, from, end) ?? speakerNamedAt(reader, from, end) ?? describedSpeaker(reader, from, end, { determinerOptional: true });
}

/** The speaker right before a verb (after its auxiliary): a pronoun, a description reaching the verb (`Ein Sprecher der Feuerwehr sagte`), a name, the sentence's subject after "and", or, the sentence opening on "and" right before the verb (`Y añade: «…»`), the speaker before, as a pronoun would be. */
export function speakerBefore(reader: Reader, cue: Range, floor: number): Found | undefined {
  const { context } = reader;
  const last = cue.start - 1;
  if (last < floor) return undefined;
  if (reader.cues.pronouns.has(norm(context, last))) return { speaker: { start: last, end: last + 1 }, cue, pronoun: true };
  const described = describedSpeakerBefore(reader, cue.start, floor);
  if (described) return { speaker: described, cue };
  if (reader.cues.relatives.has(norm(context, last)) && norm(context, last - 1) === ',') {
    const antecedent = phraseBeforeComma(reader, last - 1, floor);
    if (antecedent) return { speaker: antecedent, cue };
  }
  const speaker = nameEndingAt(reader, norm(context, last) === ',' ? appositionEnd(reader, last, floor) : bracketStart(reader, last, floor), floor);
  if (speaker && isSpeakerName(reader, speaker)) return { speaker: bodyEndingOn(reader, speaker, floor) ?? speaker, cue };
  const sentence = context.sentenceOf[cue.start];
  const subject = reader.cues.and.has(norm(context, last)) ? subjectOf(reader, sentence) : undefined;
  if (subject) return { speaker: subject, cue };
  // `se paró ante la valla y dijo:` with no subject in a language that drops it: the one spoken of before, as a pronoun.
  const dropped = reader.cues.proDrop === true && reader.cues.and.has(norm(context, last));
  return dropped || goesOnWith(reader, cue, floor) ? { speaker: cue, cue, pronoun: true } : undefined;
}

/**
 * The speaker a relative clause before a verb is about: the name or the
 * description ending at the comma that opens the clause (`Lo comunica la
 * società concessionaria, che consiglia di "…"`, `el jefe de extinción,
 * Ramón Estévez, quien precisó que`).
 */
function phraseBeforeComma(reader: Reader, comma: number, floor: number): Range | undefined {
  const { context } = reader;
  const name = nameEndingAt(reader, comma - 1, floor);
  if (name && isSpeakerName(reader, name)) return name;
  for (let start = Math.max(floor, comma - MAX_DESCRIPTION); start < comma; start++) {
    if (!reader.cues.determiners.has(norm(context, start))) continue;
    const described = describedSpeaker(reader, start, comma, { anyHead: true });
    if (described?.end === comma) return described;
  }
  return undefined;
}

/** Words a sentence may open on before a verb that goes on with the speaker before: "Y añade: «…»", "E aggiunge:", "Et d'ajouter :". */
const GOING_ON = new Set(["d'", 'de']);

/** The verb's sentence opens on "and" (and "d'" before a French infinitive) right before it, with no subject: it stands for the speaker before. */
function goesOnWith(reader: Reader, cue: Range, floor: number): boolean {
  const { context, cues } = reader;
  const { tokenStart } = context.article.sentences[context.sentenceOf[cue.start]];
  if (tokenStart < floor || !cues.and.has(norm(context, tokenStart))) return false;
  for (let index = tokenStart + 1; index < cue.start; index++) if (!GOING_ON.has(norm(context, index))) return false;
  return true;
}

/**
 * The speaker after a verb: its own pronoun, a pronoun right after it, a
 * name (`describedName`), a source with no article after the agency told
 * (`disse à agência Lusa fonte da Proteção Civil`), or, the verb ending the sentence (`«…», ha
 * aggiunto.`: Italian, Spanish and Portuguese leave the subject out), the
 * speaker before, as a pronoun would be.
 */
export function speakerAfter(reader: Reader, cue: Range, end: number): Found {
  const { context, cues } = reader;
  for (let index = cue.start; index < cue.end; index++) if (INVERTED.test(norm(context, index))) return { speaker: { start: index, end: index + 1 }, cue, pronoun: true };
  if (cue.end < end && cues.pronouns.has(norm(context, cue.end))) return { speaker: { start: cue.end, end: cue.end + 1 }, cue, pronoun: true };
  // `perguntou o repórter ao presidente da junta, Rui Matos`: the one before whom the words were told speaks, not the one told.
  const teller = describedSpeaker(reader, cue.end, end, { anyHead: true });
  if (teller && cues.toWhom?.has(norm(context, teller.end)) && agencyTold(reader, teller.end, end) === undefined) return { speaker: tellerNamedAfterTold(reader, teller.end, end) ?? teller, cue };
  // `se informó desde el Ayuntamiento`: the source after "from", the cue ending on it (a body as often as a person).
  if (cues.from?.has(norm(context, cue.end))) {
    const source = sourceNamedAt(reader, cue.end + 1, end);
    if (source) return { speaker: source, cue: { start: cue.start, end: cue.end + 1 } };
  }
  const speaker = speakerNamedAt(reader, cue.end, end);
  if (speaker) return { speaker, cue };
  const told = agencyTold(reader, cue.end, end);
  const source = told === undefined ? undefined : describedSpeaker(reader, told, end, { determinerOptional: true });
  if (source) return { speaker: source, cue };
  const endsSentence = context.article.tokens.slice(cue.end, end).every((token) => token.punct);
  return endsSentence || cues.proDrop ? { speaker: cue, cue, pronoun: true } : { cue };
}

/** Most words of whom a speech verb's words were told (`aux journalistes`, `a los periodistas`, `tegen de krant`). */
export const TO_WHOM = 4;
/** Words telling that many were told: plural determiners after "to" (`a los`, `a las`) and "to" holding one (`aux`, `ai`, `agli`, `aos`). */
const MANY_TOLD = new Set(['los', 'las', 'les', 'aux', 'ai', 'agli', 'alle', 'aos', 'às', 'os', 'as', 'i', 'gli']);
/** Plural determiners opening a description (`los vecinos`, `i residenti`, `les élus`, `os moradores`). */
export const PLURAL_DETERMINERS = new Set(['los', 'las', 'les', 'des', 'i', 'gli', 'os', 'as']);

/** `dijo el portavoz a los periodistas, Luis Prado`: after "to" at `to`, many told, the name set off after them, ending the clause, is the teller's apposition. */
function tellerNamedAfterTold(reader: Reader, to: number, end: number): Range | undefined {
  const { context } = reader;
  if (!MANY_TOLD.has(norm(context, to)) && !MANY_TOLD.has(norm(context, to + 1))) return undefined;
  const comma = nextComma(reader, to + 1, Math.min(end, to + 1 + TO_WHOM));
  const name = comma === undefined ? undefined : nameAt(reader, comma + 1, end);
  if (name === undefined || name.start !== comma! + 1 || !isSpeakerName(reader, name)) return undefined;
  return name.end >= end || context.article.tokens[name.end].punct ? name : undefined;
}

/** Most words telling which news agency was told (`à agência Lusa`). */
const AGENCY_TOLD = 3;

/** After the words telling a news agency was told, right after a verb (`disse à agência Lusa fonte da Proteção Civil`), if they are there. */
function agencyTold(reader: Reader, from: number, end: number): number | undefined {
  const { context, cues } = reader;
  if (!cues.toWhom?.has(norm(context, from))) return undefined;
  for (let index = from + 1; index < Math.min(end, from + 1 + AGENCY_TOLD); index++) if (NEWS_AGENCIES.has(norm(context, index))) return index + 1;
  return undefined;
}

/**
 * The speaker a sentence opens on as its subject: a description (`Le
 * ministre des Transports, qui …, a promis`; first, as German articles can
 * open names: "Der Verkehrsminister"), the name right after it or set off
 * after it (`Il sindaco Luca Neri è stato chiaro`), or a name of two words or more, or
 * one the article writes inside a sentence too (a capitalized first word
 * alone may be any word: "Lundi, …").
 */
export function subjectOf(reader: Reader, index: number): Range | undefined {
  const { tokenStart: start, tokenEnd: end } = reader.context.article.sentences[index];
  const according = accordingLength(reader, start);
  if (according > 0) return sourceAfter(reader, start + according, end);
  const described = describedSpeaker(reader, start, end);
  const named = described && nameAt(reader, described.end, end);
  if (named !== undefined && named.start === described!.end && isSpeakerName(reader, named)) return named;
  if (described !== undefined) return appositionName(reader, nextComma(reader, described.end, Math.min(end, described.end + SPEAKER_WINDOW)) ?? end, end) ?? described;
  const name = nameAt(reader, start, end);
  if (name === undefined) return openingApposition(reader, start, end);
  const known = name.end - name.start > 1 || reader.names.has(norm(reader.context, name.end - 1));
  return known && isSpeakerName(reader, name) ? name : undefined;
}

/** Words of a short phrase opening a sentence before the name set off after it (`Um dos alunos, Pedro, de 11 anos, quer ser`). */
const OPENING_PHRASE = 4;

/** A name in apposition after a short phrase opening the sentence on a determiner (`La dirigente scolastica, Anna Maria Ruggeri, ha scritto`). */
function openingApposition(reader: Reader, start: number, end: number): Range | undefined {
  if (!reader.cues.determiners.has(norm(reader.context, start))) return undefined;
  const comma = nextComma(reader, start + 1, Math.min(end, start + OPENING_PHRASE + 1));
  return comma === undefined ? undefined : appositionName(reader, comma, end);
}

/** How many words a source's phrase opening at `index` holds: 1 for "selon", 3 for "de acordo com", 0 for none. */
export function accordingLength(reader: Reader, index: number): number {
  const { context, cues } = reader;
  if (cues.according.has(norm(context, index))) return 1;
  return phraseAt(context, cues.accordingPhrases, index) ?? 0;
}

/**
 * The pronoun a sentence has for its subject before a colon with no speech
 * verb (`Lui se montre plus modeste : « … »`, `Perguntado sobre o jogo,
 * ele não hesita: “…”`): first, a stressed one too ("lui"), or right after
 * the sentence's first comma.
 */
export function pronounBeforeColon(reader: Reader, open: number): Found | undefined {
  const { context, cues } = reader;
  const { tokenStart: start } = context.article.sentences[context.sentenceOf[open]];
  const first = norm(context, start);
  if (cues.pronouns.has(first) || cues.objectPronouns.has(first)) return { speaker: { start, end: start + 1 }, pronoun: true };
  const comma = nextComma(reader, start + 1, open);
  return comma !== undefined && cues.pronouns.has(norm(context, comma + 1)) ? { speaker: { start: comma + 1, end: comma + 2 }, pronoun: true } : undefined;
}

/** A speech verb earlier in the sentence whose separable particle closes the clause at `particle`, right before the quotation (`rief beide Seiten auf, „…“`). */
export function verbBeforeParticle(reader: Reader, particle: number, start: number): Range | undefined {
  const { context, cues } = reader;
  if (particle <= start || !cues.separable?.has(norm(context, particle))) return undefined;
  for (let index = particle - 1; index >= Math.max(start, particle - SPEAKER_WINDOW); index--) {
    if (context.article.tokens[index].punct) return undefined;
    if (cues.verbs.has(norm(context, index))) return { start: index, end: particle + 1 };
  }
  return undefined;
}

/** Most words between a naming verb and the quotation naming its object (`noemt de situatie in Veenstad "…"`). */
const NAMED_OBJECT = 6;

/** A verb naming what its object is before the quotation at `open` (`De staatssecretaris noemt de situatie "onacceptabel"`), its auxiliary with it. */
export function namingVerbBefore(reader: Reader, open: number, start: number): Range | undefined {
  const { context, cues } = reader;
  if (cues.naming === undefined) return undefined;
  for (let index = open - 1; index >= Math.max(start, open - 1 - NAMED_OBJECT); index--) {
    if (context.article.tokens[index].punct && norm(context, index) !== ',') return undefined;
    if (cues.naming.has(norm(context, index))) return { start: cues.auxiliaries.has(norm(context, index - 1)) ? index - 1 : index, end: index + 1 };
  }
  return undefined;
}

/**
 * The speaker of a quotation opening after a colon with no speech verb
 * before it: the subject its sentence opens on (`Oberbürgermeister Frank
 * Reisinger (CDU) zeigte sich enttäuscht: „…“`).
 */
export function subjectBeforeColon(reader: Reader, open: number): Found | undefined {
  const speaker = subjectOf(reader, reader.context.sentenceOf[open]);
  return speaker && speaker.end < open ? { speaker } : undefined;
}

/**
 * Where the name before a comma ending an apposition ends: right before the
 * comma (`La directrice du site, Anne-Sophie Morel, a assuré`), else before
 * the comma opening the apposition (`Jean-Pierre Lacroix, voisin de l'usine,
 * raconte`; `Jean-Luc Morin, porte-parole de la CGT, a déclaré`: a name after
 * "de" belongs to the description), at most `SPEAKER_WINDOW` words back.
 */
function appositionEnd(reader: Reader, comma: number, floor: number): number {
  const last = bracketStart(reader, comma - 1, floor);
  if (last >= floor && isNameWord(reader, last) && !describes(reader, nameEndingAt(reader, last, floor)!, floor)) return last;
  for (let index = comma - 1; index >= Math.max(floor, comma - SPEAKER_WINDOW); index--) if (norm(reader.context, index) === ',') return index - 1;
  return comma - 1;
}

/** A name that "de", "der", "van"… attach to a description before it (`porte-parole de la CGT`), not a speaker. */
function describes(reader: Reader, name: Range, floor: number): boolean {
  const { context, cues } = reader;
  const before = name.start - 1;
  if (before < floor) return false;
  return cues.of.has(norm(context, before)) || (before - 1 >= floor && cues.determiners.has(norm(context, before)) && cues.of.has(norm(context, before - 1)));
}

/** The name in apposition at `comma`, between two commas, a bracket before the second allowed (`Le maire de Vérennes, Patrick Oudinot (divers droite), a affirmé`). */
function appositionName(reader: Reader, comma: number, end: number): Range | undefined {
  if (norm(reader.context, comma) !== ',') return undefined;
  const name = nameAt(reader, comma + 1, end);
  if (name === undefined || name.start !== comma + 1) return undefined;
  const after = bracketEnd(reader, name.end, end);
  return norm(reader.context, after) === ',' && isSpeakerName(reader, name) ? name : undefined;
}

/** After a bracket opening at `index` (`(CDU)`), or `index` itself when none opens there. */
function bracketEnd(reader: Reader, index: number, end: number): number {
  if (norm(reader.context, index) !== '(') return index;
  for (let at = index + 1; at < Math.min(end, index + SPEAKER_WINDOW); at++) if (norm(reader.context, at) === ')') return at + 1;
  return index;
}

/** Before a bracket closing at `index` (`Pieter Hofstede (Openbare Ruimte) benadrukt`), or `index` itself when none closes there. */
function bracketStart(reader: Reader, index: number, floor: number): number {
  if (norm(reader.context, index) !== ')') return index;
  for (let at = index - 1; at >= Math.max(floor, index - SPEAKER_WINDOW); at--) if (norm(reader.context, at) === '(') return at - 1;
  return index;
}

export function nextComma(reader: Reader, from: number, end: number): number | undefined {
  for (let index = from; index < end; index++) if (norm(reader.context, index) === ',') return index;
  return undefined;
}
