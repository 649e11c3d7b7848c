/**
 * Speakers named by what they issued or said, in the languages besides
 * English (`QuoteCues.readIn`, `within`, `documents`, `copulas`, `sayings`):
 *
 * - a document read (`documentAt`): `« … », peut-on lire dans un communiqué
 *   de la mairie`, `"…", si legge in una nota del Comune`, `"…", lê-se num
 *   comunicado da Câmara`, `„…“, hieß es in einer Mitteilung der Polizei`,
 *   after a quotation or closing a reported clause, and opening a sentence
 *   before "that" (`Lê-se num comunicado da associação que …`); the issuer
 *   speaks;
 * - a noun of saying after a copula (`sayingAt`): `"…", fue la advertencia
 *   del alcalde, Julián Ortega`, `«…», è stato il commento dell'assessore`,
 *   `"…", foi o desabafo de Sílvia Antunes`, after a quotation;
 * - a document named with its issuer before it (`issuedBefore`: `Laut
 *   einer von der Stadt veröffentlichten Mitteilung kosten die Arbeiten …`);
 * - a speech verb opening the sentence, its source after it, then "that"
 *   (`verbFirstThat`): `Explicaron desde la consejería que …`, `Fa sapere
 *   l'ufficio scolastico che …`;
 * - a document spoken of again by its noun (`documentIssuer`): `O documento
 *   acrescenta que …` after `segundo o comunicado da câmara`, `…, aldus de
 *   verklaring.` after `X reageerde in een verklaring`: who issued it.
 */
import { norm, phraseAt, thatWithin } from './context.js';
import { sourceNamedAt, speakerNamedAt } from './language-descriptions.js';
import { subjectOf, type Found } from './language-speakers.js';
import { verbAt } from './language-verbs.js';
import { SPEAKER_WINDOW, type Range, type Reader } from './name-runs.js';

/** `peut-on lire dans un communiqué de X` at `index`: the issuer, the words from the phrase to the document as the cue. */
export function documentAt(reader: Reader, index: number, end: number): Found | undefined {
  const { context, cues } = reader;
  const phrase = phraseAt(context, cues.readIn, index);
  if (phrase === undefined) return undefined;
  let at = index + phrase;
  if (!cues.within?.has(norm(context, at))) return undefined;
  at++;
  if (cues.determiners.has(norm(context, at))) at++;
  if (at >= end || !cues.documents?.has(norm(context, at))) return undefined;
  const speaker = issuerOf(reader, at + 1, end);
  return speaker && { speaker, cue: { start: index, end: at + 1 } };
}

/** `fue la advertencia del alcalde` at `index`: the one whose words the noun names. */
export function sayingAt(reader: Reader, index: number, end: number): Found | undefined {
  const { context, cues } = reader;
  const copula = phraseAt(context, cues.copulas, index);
  if (copula === undefined) return undefined;
  const determiner = index + copula;
  if (!cues.determiners.has(norm(context, determiner)) || !cues.sayings?.has(norm(context, determiner + 1))) return undefined;
  const speaker = issuerOf(reader, determiner + 2, end);
  return speaker && { speaker, cue: { start: index, end: determiner + 2 } };
}

/** `Explicaron desde la consejería que CLAUSE`, `Fa sapere il Comune che CLAUSE`: where the clause starts, and its speaker. */
export function verbFirstThat(reader: Reader, start: number, end: number): (Found & { from: number }) | undefined {
  const { context, cues } = reader;
  const cue = verbAt(reader, start, end) ?? makesKnow(reader, start, end);
  if (cue === undefined) return undefined;
  const from = cues.from?.has(norm(context, cue.end)) ? cue.end + 1 : cue.end;
  if (from === cue.end && !MAKE_KNOW.has(norm(context, start))) return undefined;
  const speaker = sourceNamedAt(reader, from, end);
  // The cue ends on "from" (`Explicaron desde`), its source a body as often as a person.
  return speaker && thatAfter(reader, { speaker, cue: { start: cue.start, end: from } }, end);
}

/** `Lê-se num comunicado da associação que CLAUSE`: where the clause starts, and the issuer. */
export function documentThat(reader: Reader, start: number, end: number): (Found & { from: number }) | undefined {
  const found = documentAt(reader, start, end);
  return found?.speaker && thatAfter(reader, found, end);
}

/** The clause after the first "that" past the speaker found, a few words on (`Fa sapere l'ufficio scolastico provinciale che`), before any punctuation but commas. */
function thatAfter(reader: Reader, found: Found, end: number): (Found & { from: number }) | undefined {
  const that = thatWithin(reader.context, found.speaker!.end, end, SPEAKER_WINDOW, (word) => reader.cues.that.has(word));
  return that !== undefined && that + 1 < end ? { ...found, from: that + 1 } : undefined;
}

/** "Makes know" opening a sentence (`Fa sapere`, `Fait savoir`): a speech verb with its subject after it. */
const MAKE_KNOW = new Set(['fa', 'fanno', 'fait', 'font']);

/** `fa sapere` at `start`, the verb and its infinitive, as a speech verb (`…, fa sapere il Comune.`). */
export function makesKnow(reader: Reader, start: number, end: number): Range | undefined {
  const { context, cues } = reader;
  return MAKE_KNOW.has(norm(context, start)) && start + 1 < end && cues.separable?.has(norm(context, start + 1)) ? { start, end: start + 2 } : undefined;
}

/** The issuer after an "of" word at `of` (`de la mairie`, `del Comune`, `da Câmara`, `der Polizei`, `de Sílvia Antunes`). */
function issuerOf(reader: Reader, of: number, end: number): Range | undefined {
  const { context, cues } = reader;
  if (of >= end || !cues.of.has(norm(context, of))) return undefined;
  const named = sourceNamedAt(reader, of + 1, end);
  // German "der Polizei": the "of" word is the determiner.
  return named ?? (cues.determiners.has(norm(context, of)) ? speakerNamedAt(reader, of, end) : undefined);
}

/** `laut einer von der Stadt veröffentlichten Mitteilung` from `from` (after "laut"): the issuer named before the participle and the document, and where the document's name ends. */
export function issuedBefore(reader: Reader, from: number, end: number): { speaker: Range; end: number } | undefined {
  const { context, cues } = reader;
  const agent = cues.determiners.has(norm(context, from)) ? from + 1 : from;
  if (!cues.agents?.has(norm(context, agent))) return undefined;
  const speaker = sourceNamedAt(reader, agent + 1, end);
  const document = speaker === undefined ? -1 : speaker.end + 1;
  return speaker && document < end && cues.documents?.has(norm(context, document)) ? { speaker, end: document + 1 } : undefined;
}

/** Sentences looked back through for the document a noun stands for, and most tokens (bounds the work on a text of endless sentences). */
const DOCUMENT_REACH = 4;
const DOCUMENT_TOKENS = 400;
/** Nouns of any document besides the issued ones of `QuoteCues.documents` (`o documento`, `het document`). */
const ANY_DOCUMENT = new Set(['documento', 'document', 'dokument', 'texto', 'texte', 'testo', 'tekst', 'text']);

/**
 * The issuer of the document `speaker` (an article and a document's noun:
 * `o documento`, `de verklaring`) stands for: the nearest document named
 * before in `DOCUMENT_REACH` sentences, its issuer after "of" (`o
 * comunicado da câmara`) or, with none, the subject of its sentence
 * (`Stichting Stil Lemmerhorn reageerde in een verklaring`); with no document
 * named, the speaker of the attribution before (`last`), in reach; else
 * undefined.
 */
export function documentIssuer(reader: Reader, speaker: Range, last?: { speaker: Range; sentence: number }): Range | undefined {
  const { context, cues } = reader;
  if (speaker.end - speaker.start !== 2 || !cues.determiners.has(norm(context, speaker.start))) return undefined;
  const noun = norm(context, speaker.start + 1);
  if (!cues.documents?.has(noun) && !ANY_DOCUMENT.has(noun)) return undefined;
  const own = context.sentenceOf[speaker.start];
  const floor = speaker.start - DOCUMENT_TOKENS;
  for (let sentence = own; sentence >= Math.max(0, own - DOCUMENT_REACH); sentence--) {
    const { tokenStart, tokenEnd } = context.article.sentences[sentence];
    for (let index = Math.min(tokenEnd, speaker.start) - 1; index >= Math.max(tokenStart, floor); index--) {
      if (!cues.documents?.has(norm(context, index)) || context.quoted[index] === 1) continue;
      const issuer = issuerOf(reader, index + 1, tokenEnd) ?? subjectOf(reader, sentence);
      if (issuer !== undefined && issuer.end <= speaker.start) return issuer;
    }
  }
  // `Le chantier a été retardé, selon le communiqué.` after the minister's words: the statement is hers.
  return last !== undefined && own - last.sentence <= DOCUMENT_REACH && last.speaker.end <= speaker.start ? last.speaker : undefined;
}
