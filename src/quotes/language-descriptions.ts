/**
 * Speakers described, not named, in the languages besides English whose
 * quotations are read: `le porte-parole de la mairie de Valcourt`, `der
 * Sprecher der Stadt Lindhaven`, `la Protezione civile`, `a polícia`. A
 * description is a determiner (optional after "laut", "selon"…: `laut
 * Polizei`), a head (a noun of office or a body: `QuoteCues.offices`,
 * `QuoteCues.bodies`), then what "de", "der", "van"… attach to it (a word,
 * then capitalized ones: `du club Paris FC`, not `des Landes kündigte`), and an
 * adjective right before a comma, such a word or `end` (`la Protezione
 * civile,`; `end` is the verb for a description before it), or in German a
 * noun after an adjective (`die 34-jährige Mutter`), up
 * to `MAX_DESCRIPTION` words; it stops at any other word (`der Sprecher der
 * Stadt Lindhaven | am Montag`). Also the speaker named or described after a
 * verb or an agent (`speakerNamedAt`) and a source (`sourceNamedAt`).
 */
import { isQuoteMark, norm } from './context.js';
import { describedName, isCapitalized, isSpeakerName, nameAt, type Range, type Reader } from './name-runs.js';

/** "Same" after a description's article, before its head (`Segundo a mesma fonte`). */
export const SAME = new Set(['même', 'mêmes', 'mismo', 'misma', 'mismos', 'mismas', 'stesso', 'stessa', 'stessi', 'stesse', 'mesmo', 'mesma', 'mesmos', 'mesmas', 'selben', 'selbe', 'zelfde']);

/** Most words of a described speaker. */
export const MAX_DESCRIPTION = 10;

/** How a description is read where it stands. */
export interface DescriptionReading {
  /** No determiner needed (`laut Polizei`). */
  determinerOptional?: boolean;
  /** Any noun heads it, not only an office or a body: where grammar makes it the speaker (the subject of a speech verb: `Ein Student meint:`, `regrette un délégué syndical`). */
  anyHead?: boolean;
}

/** The description starting at `from`, if one does, ending before `end`. */
export function describedSpeaker(reader: Reader, from: number, end: number, reading: DescriptionReading = {}): Range | undefined {
  const { context, cues } = reader;
  const limit = Math.min(end, from + MAX_DESCRIPTION);
  const opened = from < limit && cues.determiners.has(norm(context, from)) ? from + 1 : reading.determinerOptional ? from : -1;
  // "la même source", "a mesma fonte": the head after "same".
  const head = opened >= 0 && SAME.has(norm(context, opened)) ? opened + 1 : opened;
  if (head < 0 || head >= limit || !(reading.anyHead ? isContentWord(reader, head) : isHead(reader, head))) return undefined;
  let last = head;
  for (let index = head + 1; index < limit; ) {
    if (cues.of.has(norm(context, index))) {
      const first = index + 1 < limit && cues.determiners.has(norm(context, index + 1)) ? index + 2 : index + 1;
      if (first >= limit || !isNameWord(reader, first)) break;
      let after = first + 1;
      while (after < limit && isNameWord(reader, after) && isCapitalized(reader, after)) after++;
      last = after - 1;
      index = after;
    } else if (isContentWord(reader, index) && (index + 1 === end || isComma(reader, index + 1) || cues.of.has(norm(context, index + 1)) || nounAfterAdjective(reader, last, index))) {
      last = index++;
    } else break;
  }
  return { start: from, end: last + 1 };
}

/** Words joining a body's noun to the field it is for, besides "of" (`l'assessorato regionale al Lavoro`, `la consejería para la Juventud`). */
export const BODY_JOINS: ReadonlySet<string> = new Set(['al', 'alla', 'allo', "all'", 'para', 'pour', 'für']);

/**
 * A body's description ending on the one-word name `name` of the field it is
 * for (`l'assessorato regionale al Lavoro`): from its article, the words
 * between in lower case, the name after "of" or a joining word; else
 * undefined.
 */
export function bodyEndingOn(reader: Reader, name: Range, floor: number): Range | undefined {
  const { context, cues } = reader;
  const join = name.start - 1;
  if (name.end - name.start !== 1 || join <= floor || (!cues.of.has(norm(context, join)) && !BODY_JOINS.has(norm(context, join)))) return undefined;
  for (let start = join - 2; start >= Math.max(floor, join - MAX_DESCRIPTION); start--) {
    if (isCapitalized(reader, start + 1) || context.article.tokens[start + 1].punct) return undefined;
    if (cues.determiners.has(norm(context, start))) return { start, end: name.end };
  }
  return undefined;
}

/** The description ending right before `end` (a speech verb, so any noun heads it), starting at `floor` or after a comma, a dash or a quote mark (`Lundi, le maire a déclaré`, `14.55 uur - De staatssecretaris van Infrastructuur noemt`, `‘Mijn vrouw zei: “…”`), the longest. */
export function describedSpeakerBefore(reader: Reader, end: number, floor: number): Range | undefined {
  for (let start = Math.max(floor, end - MAX_DESCRIPTION); start < end; start++) {
    if (start !== floor && !isComma(reader, start - 1) && !DASHES.has(norm(reader.context, start - 1)) && !isQuoteMark(reader.context, start - 1)) continue;
    // With no article, only a body or an office heads it (`Fuentes del departamento indicaron`).
    const described = describedSpeaker(reader, start, end, { anyHead: true }) ?? describedSpeaker(reader, start, end, { determinerOptional: true });
    if (described?.end === end) return described;
  }
  return undefined;
}

function isHead(reader: Reader, index: number): boolean {
  const word = norm(reader.context, index);
  return reader.cues.offices.test(word) || reader.cues.bodies.test(word);
}

function isContentWord(reader: Reader, index: number): boolean {
  const token = reader.context.article.tokens[index];
  return token !== undefined && !token.punct && !reader.stopwords.has(token.norm);
}

/** A content word, or a capitalized one that is a stopword written in lower case (`de São Bento`, "são" being "are"). */
function isNameWord(reader: Reader, index: number): boolean {
  return isContentWord(reader, index) || (reader.context.article.tokens[index]?.punct === false && isCapitalized(reader, index));
}

const DASHES = new Set(['-', '–', '—']);
/** In a language that capitalizes every noun, a noun right after an adjective heading the description so far (`die 34-jährige Mutter`, `ein junger Mann`). */
function nounAfterAdjective(reader: Reader, last: number, index: number): boolean {
  return reader.cues.nounsCapitalized === true && index === last + 1 && !isCapitalized(reader, last) && isCapitalized(reader, index);
}

function isComma(reader: Reader, index: number): boolean {
  return norm(reader.context, index) === ',';
}

/** A source named or described from `from`, a body or anyone, with or without an article (`desde la consejería`, `un comunicado de Corvalia Hídrica`, `emitido por la dirección`). */
export function sourceNamedAt(reader: Reader, from: number, end: number): Range | undefined {
  return speakerNamedAt(reader, from, end) ?? describedSpeaker(reader, from, end, { determinerOptional: true, anyHead: true });
}

/**
 * The speaker named or described from `from`: a name (`describedName`), a
 * name of two words or more right after an article (`Segundo a Proteção
 * Civil`, `dijo la Guardia Civil`), which names an organisation, or a
 * description (`le porte-parole de la mairie`).
 */
export function speakerNamedAt(reader: Reader, from: number, end: number): Range | undefined {
  const named = describedName(reader, from, end);
  if (named !== undefined) return named;
  const organisation = reader.stopwords.has(norm(reader.context, from)) ? nameAt(reader, from + 1, end) : undefined;
  if (organisation !== undefined && organisation.start === from + 1 && organisation.end - organisation.start > 1 && isSpeakerName(reader, organisation)) return organisation;
  return describedSpeaker(reader, from, end, { anyHead: true });
}
