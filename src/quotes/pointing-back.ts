/**
 * What may stand between a speech verb and its clause or speaker (a day,
 * "yesterday", "also": `whenEnd`), and sentences pointing back at the one
 * before as what someone said (`pointingBack`), in the languages besides
 * English (`language-reported.ts`).
 */
import { WEEKDAYS_BY_LANGUAGE } from '../text/months.js';
import { norm, type QuoteContext } from './context.js';
import { speakerAfter, speakerBefore, type Found } from './language-speakers.js';
import { verbAt, verbForm } from './language-verbs.js';
import { SPEAKER_WINDOW, type Reader } from './name-runs.js';

/** Days and words of when, in the six languages, that may stand between a speech verb and its clause (`a déclaré lundi que`, `dijo el martes que`, `sagte am Dienstag, man …`). */
const WHEN = new Set([
  ...Object.values(WEEKDAYS_BY_LANGUAGE).flat(),
  ...`hier aujourd'hui ayer hoy ieri oggi ontem hoje gestern heute gisteren vandaag`.split(' '),
]);
/** Articles and prepositions before a day (`el lunes`, `am Dienstag`, `na segunda-feira`, `nesta terça-feira`, `op maandag`). */
const BEFORE_WHEN = new Set(['el', 'am', 'na', 'no', 'nesta', 'neste', 'op', 'le', 'lo']);
/** Adverbs of a second report that may stand there too (`informou também que`, `Disse ainda que`, `zei ook dat`, `dijo además que`). */
const ALSO = new Set(['também', 'ainda', 'ook', 'nog', 'también', 'además', 'anche', 'inoltre', 'aussi', 'également', 'auch', 'zudem']);
/** Most such words in a row (`disse ainda hoje que`, `informou nesta terça-feira que`). */
const WHEN_WORDS = 3;

/** After the days, "yesterday" and "also" right after a speech verb at `from`, or `from` when none is there. */
export function whenEnd(context: QuoteContext, from: number, end: number): number {
  let after = from;
  for (let at = from; at < Math.min(end, from + WHEN_WORDS); ) {
    if (ALSO.has(norm(context, at))) after = ++at;
    else if (WHEN.has(norm(context, at))) after = ++at;
    else if (BEFORE_WHEN.has(norm(context, at)) && at + 1 < end && WHEN.has(norm(context, at + 1))) after = at += 2;
    else break;
  }
  return after;
}

/** Words pointing back at the sentence before (`Das teilte …`, `Dat meldt …`, `Lo ha comunicato …`, `Así lo comunicó …`). */
const POINTING = new Set(['das', 'dies', 'dat', 'dit', 'lo']);
/** Words before "lo" (`Así lo comunicó`) and the French object pronoun before the auxiliary (`La métropole l'a annoncé`). */
const POINTING_BEFORE = new Set(['así', 'assim']);
const POINTING_OBJECT = new Set(["l'"]);
/** "Made known", a verb and its particle (`maakte … bekend`, `gab … bekannt`), besides the speech verbs. */
const MAKE_KNOWN = new Set(['maakte', 'maakt', 'maakten', 'gab', 'gibt', 'gaben']);
const KNOWN = new Set(['bekend', 'bekannt']);

/**
 * A sentence telling who said the one before it: opening on a word pointing
 * back at it, a speech verb and its speaker (`Das teilte das Unternehmen am
 * Montag mit.`, `Dat meldt de veiligheidsregio.`, `Lo ha comunicato ieri
 * l'azienda.`, `Así lo comunicó ayer el departamento.`), or, in French, the
 * speaker, "l'" and the verb (`La métropole l'a annoncé jeudi.`); in a
 * perfect, the auxiliary, the speaker and the participle last (`Dat heeft
 * het waterschap Veenstromen maandag bekendgemaakt.`, `Das hat die Stadt
 * mitgeteilt.`); or the speaker, the verb and the word pointing back after
 * it, ending the sentence (`Wethouder Bram de Wit maakte dat maandag
 * bekend.`, `Die Stadt gab das am Montag bekannt.`). The sentence before,
 * whole, is the report.
 */
export function pointingBack(reader: Reader, start: number, end: number): Found | undefined {
  const { context } = reader;
  const pointer = POINTING_BEFORE.has(norm(context, start)) ? start + 1 : start;
  if (POINTING.has(norm(context, pointer))) {
    const perfect = perfectAfter(reader, pointer + 1, end);
    if (perfect) return perfect;
    const cue = verbAt(reader, pointer + 1, end);
    if (cue === undefined || context.quoted[cue.start] === 1) return undefined;
    const found = speakerAfter(reader, { start: cue.start, end: whenEnd(context, cue.end, end) }, end);
    return found.speaker !== undefined && !found.pronoun ? found : undefined;
  }
  for (let index = start + 1; index < Math.min(end, start + SPEAKER_WINDOW); index++) {
    if (context.article.tokens[index].punct) break;
    if (!POINTING_OBJECT.has(norm(context, index))) continue;
    const verb = verbAt(reader, index + 1, end);
    const found = verb && speakerBefore(reader, { start: index, end: verb.end }, start);
    return found?.speaker !== undefined && !found.pronoun && found.speaker.start === start ? found : undefined;
  }
  return objectAfterVerb(reader, start, end);
}


/** `heeft het waterschap maandag bekendgemaakt.` from `from`: an auxiliary, the speaker, days, and a speech verb's participle ending the sentence. */
function perfectAfter(reader: Reader, from: number, end: number): Found | undefined {
  const { context, cues } = reader;
  if (!cues.auxiliaries.has(norm(context, from))) return undefined;
  const found = speakerAfter(reader, { start: from, end: from + 1 }, end);
  if (found.speaker === undefined || found.pronoun) return undefined;
  const participle = whenEnd(context, found.speaker.end, end);
  if (participle >= end || !cues.verbs.has(verbForm(context, participle)) || !endsAt(reader, participle + 1, end)) return undefined;
  return { speaker: found.speaker, cue: { start: from, end: participle + 1 } };
}

/** `Wethouder Bram de Wit maakte dat maandag bekend.`: the speaker opening the sentence at `start`, a speech verb, the word pointing back, days and a particle, ending it. */
function objectAfterVerb(reader: Reader, start: number, end: number): Found | undefined {
  const { context, cues } = reader;
  for (let index = start + 2; index < Math.min(end, start + SPEAKER_WINDOW); index++) {
    if (!POINTING.has(norm(context, index))) continue;
    const verb = index - 1;
    const makesKnown = MAKE_KNOWN.has(norm(context, verb));
    if (!makesKnown && !cues.verbs.has(verbForm(context, verb))) return undefined;
    let after = whenEnd(context, index + 1, end);
    if (makesKnown ? !KNOWN.has(norm(context, after)) : !cues.separable?.has(norm(context, after))) {
      if (makesKnown) return undefined;
    } else after++;
    if (!endsAt(reader, after, end)) return undefined;
    const found = speakerBefore(reader, { start: verb, end: verb + 1 }, start);
    return found?.speaker !== undefined && !found.pronoun && opensSentence(reader, start, found.speaker.start) ? { speaker: found.speaker, cue: { start: verb, end: after } } : undefined;
  }
  return undefined;
}

/** A speaker at `at` opening the sentence at `start`, after its office or title if any (`Wethouder Bram de Wit`). */
function opensSentence(reader: Reader, start: number, at: number): boolean {
  const { context, cues } = reader;
  for (let index = start; index < at; index++) if (!cues.offices.test(norm(context, index)) && !cues.titles.has(norm(context, index)) && !cues.determiners.has(norm(context, index))) return false;
  return true;
}

/** Only punctuation from `from` to `end`. */
function endsAt(reader: Reader, from: number, end: number): boolean {
  for (let index = from; index < end; index++) if (!reader.context.article.tokens[index].punct) return false;
  return true;
}
