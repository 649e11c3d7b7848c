/**
 * A body spoken of by a common noun, in the languages besides English: `la
 * empresa`, `l'azienda`, `das Ministerium`, `l'agence` stand for the
 * company, ministry or agency the article named before as a sentence's
 * subject (`La conservera Peñaluz cerrará …, según informó la empresa`, `La
 * Ferraluce chiuderà … Lo ha comunicato l'azienda`, `Das
 * Verkehrsministerium des Landes hat … gestoppt. …, teilte das Ministerium
 * mit`): the nearest body a sentence before (or the speaker's own, before
 * it) opens on (after a source's words: `De acordo com a empresa
 * Fluvianorte, …`), or names with that noun first (`pela Companhia de Águas
 * do Agreste` for `a companhia`).
 */
import { isAnyGivenName } from '../entities/given-names.js';
import { norm } from './context.js';
import { isPerson } from './language-antecedents.js';
import { describedSpeaker } from './language-descriptions.js';
import { accordingLength } from './language-speakers.js';
import { isCapitalized, nameAt, type Range, type Reader } from './name-runs.js';

/** Sentences looked back through for the body a noun stands for, and most tokens back a name opened by its noun is looked for in (bounds the work on a text of endless sentences). */
const BODY_REACH = 8;
const BODY_TOKENS = 400;
/** Definite articles before such a noun (`la empresa`, `das Ministerium`, `l'azienda`). */
const DEFINITE = new Set(['le', 'la', "l'", 'il', 'lo', 'el', 'o', 'a', 'der', 'die', 'das', 'dem', 'den', 'de', 'het']);

/** The body `speaker` (a definite article and a noun of `QuoteCues.genericBodies`) stands for, or undefined. */
export function bodyAntecedent(reader: Reader, speaker: Range): Range | undefined {
  const { context, cues } = reader;
  if (cues.genericBodies === undefined || speaker.end - speaker.start !== 2 || !DEFINITE.has(norm(context, speaker.start))) return undefined;
  const noun = norm(context, speaker.start + 1);
  if (!cues.genericBodies.test(noun)) return undefined;
  const own = context.sentenceOf[speaker.start];
  for (let sentence = own; sentence >= Math.max(0, own - BODY_REACH); sentence--) {
    const body = bodyOpening(reader, sentence, noun) ?? nameOpenedBy(reader, sentence, noun, speaker.start);
    if (body !== undefined && body.end <= speaker.start) return body;
  }
  return undefined;
}

/** A name in sentence `sentence`, before `before`, whose first word is `noun` capitalized (`a companhia` for `pela Companhia de Águas do Agreste`), the last. */
function nameOpenedBy(reader: Reader, sentence: number, noun: string, before: number): Range | undefined {
  const { context } = reader;
  const { tokenStart, tokenEnd } = context.article.sentences[sentence];
  for (let index = Math.min(tokenEnd, before) - 1; index >= Math.max(tokenStart, before - BODY_TOKENS); index--) {
    if (norm(context, index) !== noun || !isCapitalized(reader, index) || index === tokenStart) continue;
    const name = nameAt(reader, index, tokenEnd);
    if (name !== undefined && name.start === index && name.end - name.start > 1) return name;
  }
  return undefined;
}

/**
 * The body sentence `sentence` opens on as its subject: a description whose
 * head is `noun` or a compound ending in it (`Das Verkehrsministerium des
 * Landes`), or a name not of a person, after an article and a common noun or
 * not (`La conservera Peñaluz`, `La Ferraluce`, `Die Molkerei Hellbrunner`).
 */
function bodyOpening(reader: Reader, sentence: number, noun: string): Range | undefined {
  const { context, cues } = reader;
  const { tokenStart, tokenEnd: end } = context.article.sentences[sentence];
  // `De acordo com a empresa Fluvianorte, …`: the body after a source's words.
  const start = tokenStart + accordingLength(reader, tokenStart);
  let at = cues.determiners.has(norm(context, start)) ? start + 1 : start;
  if (at >= end) return undefined;
  const head = norm(context, at);
  if (at > start && head.endsWith(noun)) return describedSpeaker(reader, start, end, { anyHead: true }) ?? { start, end: at + 1 };
  if (at > start && !isCapitalized(reader, at)) at++;
  const name = nameAt(reader, at, end);
  if (name === undefined || name.start !== at || isPerson(reader, name)) return undefined;
  for (let index = name.start; index < name.end; index++) if (cues.offices.test(norm(context, index)) || isAnyGivenName(norm(context, index))) return undefined;
  return name;
}
