/**
 * Who a quotation with no speaker of its own stands for, in the languages
 * besides English (`other-languages.ts`):
 *
 * - a pronoun's antecedent (`pronounAntecedent`): the subject of the
 *   sentence before the quotation, past sentences whose subject is a pronoun
 *   too (`Elle raconte … Après des études, elle a travaillé … « … »,
 *   sourit-elle`), or the speaker of the attribution there; a sentence naming
 *   one person gives that person; with no attribution before, the one person
 *   the article has named (a portrait: `À frente delas está a professora
 *   Raimunda Sales. “…”, diz ela`); a pronoun's gender must agree
 *   (`Lui se montre plus modeste` after `…, selon sa petite-fille`; `la
 *   préfète, Anne Morel`, not the subject `Le maire Marc Dufour`, for "elle";
 *   a sentence whose subject disagrees is passed: `Son fils, Louis, l'aide`);
 * - a quotation opening its sentence with no attribution
 *   (`speakerAround`): the person the sentence before in its paragraph
 *   opens on or names alone (`Lise Arnaud tend un violon. « … »`), else the
 *   speaker of an attribution earlier in the paragraph when no one else is
 *   named between;
 * - a definite description (`namedDescription`): the name the article gave
 *   with the same head before (`Segundo a professora` after `a professora
 *   Raimunda Sales`); a short one the article gave no name with
 *   (`epithetAntecedent`: `l'élu`, `la jeune boulangère`) as a pronoun.
 *
 * A person is a name run of two words or more (in its fullest form) opening
 * on a known given name, or not written after a function word (`en
 * Fuentesaúco del Páramo` is a place).
 */
import { FEMALE_NAMES, isAnyGivenName, MALE_NAMES } from '../entities/given-names.js';
import { isQuoteMark, norm } from './context.js';
import { SAME } from './language-descriptions.js';
import { subjectOf } from './language-speakers.js';
import { carriesReport } from './reported-chains.js';
import { fullestRange, isCapitalized, isSpeakerName, nameAt, type Range, type Reader } from './name-runs.js';
import { INDEFINITE, namedHead } from './named-heads.js';

/** Sentences a pronoun's antecedent is looked for in, back from the quotation, and most sentences between an attribution and a quotation going on with it. */
const PRONOUN_REACH = 4;
/** Tokens before a quotation in which the one person named is looked for when no attribution comes before (bounds the work on long texts). */
const PERSON_REACH = 600;

/** An attribution before, as the antecedent rules read it: its speaker and the sentence it was made in. */
export interface LastSpeaker {
  speaker: Range;
  sentence: number;
}

type Gender = 'masculine' | 'feminine';

/**
 * The antecedent of the pronoun at `pronoun` (or of a verb with no subject
 * in a language that drops it), for a quotation or clause whose first
 * sentence is `sentence`.
 */
export function pronounAntecedent(reader: Reader, pronoun: Range, sentence: number, last: LastSpeaker | undefined): Range | undefined {
  const gender = pronounGender(reader, pronoun);
  // A verb standing for its subject (`«…», recuerda.`) keeps the topic past sentences naming no one; a pronoun does not (`La séance a duré trois heures. « … », a-t-il reconnu`).
  const dropped = reader.cues.proDrop === true && !reader.cues.pronouns.has(norm(reader.context, pronoun.start));
  const lastSentence = last?.sentence ?? -1;
  for (let index = sentence - 1; index >= Math.max(0, sentence - PRONOUN_REACH); index--) {
    if (index <= lastSentence) {
      const subject = index === lastSentence && disagrees(reader, gender, last!.speaker) ? subjectOf(reader, index) : undefined;
      return subject !== undefined && !disagrees(reader, gender, subject) ? subject : last!.speaker;
    }
    const subject = subjectOf(reader, index);
    if (subject !== undefined && !disagrees(reader, gender, subject)) return subject;
    if (subject !== undefined) {
      const agreeing = agreeingPerson(reader, index, gender);
      if (agreeing !== undefined) return agreeing;
      continue;
    }
    // A sentence in the reported mood carries on the words of the one before (`…, zei De Wit. Bewoners zouden … krijgen.`): it introduces no one.
    if (opensOnPronoun(reader, index) || carriesReport(reader, ...sentenceTokens(reader, index))) continue;
    const named = onePerson(reader, index);
    if (named !== undefined && !disagrees(reader, gender, named)) return named;
    if (!dropped || named !== undefined || personsIn(reader, ...sentenceTokens(reader, index)).length > 0) break;
  }
  if (last !== undefined) return undefined;
  const { tokenStart } = reader.context.article.sentences[sentence];
  const only = personsIn(reader, Math.max(0, tokenStart - PERSON_REACH), tokenStart);
  return only.length === 1 && !disagrees(reader, gender, only[0]) ? only[0] : undefined;
}

/**
 * The speaker of a quotation opening sentence `sentence` with no
 * attribution: the person the sentence before in the paragraph opens on or
 * names alone, when it holds no quotation; else `last`'s when it was made
 * earlier in the paragraph and no one else is named since.
 */
export function speakerAround(reader: Reader, sentence: number, last: LastSpeaker | undefined): Range | undefined {
  const { sentences } = reader.context.article;
  const paragraph = sentences[sentence].paragraph;
  const before = sentence - 1;
  if (before < 0 || sentences[before].paragraph !== paragraph) return undefined;
  const introduced = introducedSpeaker(reader, before);
  if (introduced !== undefined) return introduced;
  if (last === undefined || last.sentence >= sentence || sentence - last.sentence > PRONOUN_REACH || sentences[last.sentence].paragraph !== paragraph) return undefined;
  return personsIn(reader, sentences[last.sentence + 1]?.tokenStart ?? sentences[sentence].tokenStart, sentences[sentence].tokenStart).length === 0 ? last.speaker : undefined;
}

/** The person sentence `sentence` opens on or names alone, when it holds no quotation: who speaks in the quotation after it (`su vecina Marisa Calvo resumía la noche en pocas palabras:` before a reply). */
export function introducedSpeaker(reader: Reader, sentence: number): Range | undefined {
  if (holdsQuoteMark(reader, sentence)) return undefined;
  const subject = subjectOf(reader, sentence);
  return subject !== undefined && isPerson(reader, subject) ? subject : onePerson(reader, sentence);
}

/** "a mesma fonte", "la même source": the speaker of the attribution before when its words hold the same head noun. */
export function sameSpeaker(reader: Reader, speaker: Range, last: LastSpeaker | undefined): Range | undefined {
  const { context } = reader;
  if (last === undefined || speaker.end - speaker.start < 3 || !SAME.has(norm(context, speaker.start + 1))) return undefined;
  const head = norm(context, speaker.start + 2);
  for (let index = last.speaker.start; index < last.speaker.end; index++) if (norm(context, index) === head) return last.speaker;
  return undefined;
}

/** The name the article gave before a definite description with the same head (`a professora Raimunda Sales`, `La dirigente scolastica, Anna Maria Ruggeri,`), the latest. */
export function namedDescription(reader: Reader, speaker: Range): Range | undefined {
  const { context, cues } = reader;
  const determiner = norm(context, speaker.start);
  if (speaker.end - speaker.start < 2 || !cues.determiners.has(determiner) || INDEFINITE.has(determiner)) return undefined;
  return namedHead(reader, speaker.start + 1);
}

/** Most words of a description read as a pronoun (`la jeune boulangère`, `il primo cittadino`). */
const EPITHET = 3;
/** Definite articles of one person (`la jeune boulangère`; not `sa petite-fille`, `mijn vrouw`, `les élus`). */
const DEFINITE = new Set(['le', 'la', "l'", 'il', 'lo', 'el', 'o', 'a', 'der', 'die', 'de', 'het']);

/**
 * A short definite description the article gave no name with (`l'élu`, `la
 * jeune boulangère`, `il primo cittadino`, `o autarca`, `la dirigente`),
 * read as a pronoun (`pronounAntecedent`, its gender the determiner's) for
 * the person just spoken of, when that is a person: not a body (`la
 * mairie`, `la Diputación`), nor a description with an "of" (`le
 * porte-parole de la préfecture`); the person named, not described; an
 * office only for a person given an office (`officeBefore`). Read
 * for quotations and for reported speech whose sentence it opens (`Il primo
 * cittadino ha spiegato che …`; `other-languages.ts`): a source closing
 * reported speech (`…, indica el colegio`) is as often a body the article
 * never named.
 */
export function epithetAntecedent(reader: Reader, speaker: Range, sentence: number, last: LastSpeaker | undefined): Range | undefined {
  const { context, cues } = reader;
  const determiner = norm(context, speaker.start);
  const length = speaker.end - speaker.start;
  if (length < 2 || length > EPITHET || !DEFINITE.has(determiner) || !cues.determiners.has(determiner)) return undefined;
  let office = false;
  for (let index = speaker.start + 1; index < speaker.end; index++) {
    const word = norm(context, index);
    if (cues.of.has(word) || cues.bodies.test(word) || (!cues.nounsCapitalized && isCapitalized(reader, index))) return undefined;
    office ||= cues.offices.test(word);
  }
  const antecedent = pronounAntecedent(reader, { start: speaker.start, end: speaker.start + 1 }, sentence, last);
  if (antecedent === undefined || !isPerson(reader, antecedent) || reader.stopwords.has(norm(context, antecedent.start)) || disagrees(reader, wordGender(reader, determiner), antecedent)) return undefined;
  // An office (`le maire`) stands for a person only when the article gave that person an office too (`La preside, Anna Galli` … `la dirigente`): else it may be someone not named.
  return !office || officeBefore(reader, fullestRange(reader, antecedent)) ? antecedent : undefined;
}

/** An office written in the few words before a name, in its sentence (`La preside, Anna Galli`, `O presidente da autarquia, Joaquim Lemos`). */
function officeBefore(reader: Reader, name: Range): boolean {
  const { context, cues } = reader;
  const { tokenStart } = context.article.sentences[context.sentenceOf[name.start]];
  for (let index = name.start - 1; index >= Math.max(tokenStart, name.start - 1 - SET_OFF * 2); index--) if (cues.offices.test(norm(context, index))) return true;
  return false;
}

/** The persons named in tokens `[from, to)` outside quotations, one range each (the first mention of each fullest name). */
function personsIn(reader: Reader, from: number, to: number): Range[] {
  const { context } = reader;
  const persons: Range[] = [];
  const seen = new Set<string>();
  for (let index = from; index < to; index++) {
    if (context.quoted[index] === 1) continue;
    const run = nameAt(reader, index, to);
    if (run === undefined) continue;
    const fullest = fullestRange(reader, run);
    const key = `${fullest.start}:${fullest.end}`;
    if (isPerson(reader, run) && !seen.has(key)) {
      seen.add(key);
      persons.push(run);
    }
    index = run.end - 1;
  }
  return persons;
}

/** The one person sentence `index` names whose gender is known to be `gender` (`Le maire Marc Dufour a rencontré la préfète, Anne Morel. « … », a-t-elle assuré`). */
function agreeingPerson(reader: Reader, index: number, gender: Gender | undefined): Range | undefined {
  const agreeing = personsIn(reader, ...sentenceTokens(reader, index)).filter((person) => speakerGender(reader, person) === gender);
  return agreeing.length === 1 ? agreeing[0] : undefined;
}

/** The one person sentence `index` names, if it names exactly one. */
function onePerson(reader: Reader, index: number): Range | undefined {
  const persons = personsIn(reader, ...sentenceTokens(reader, index));
  return persons.length === 1 ? persons[0] : undefined;
}

function sentenceTokens(reader: Reader, index: number): [number, number] {
  const { tokenStart, tokenEnd } = reader.context.article.sentences[index];
  return [tokenStart, tokenEnd];
}

/** A name run that names a person: two words or more in its fullest form, the first a known given name or the run not written after a function word. */
export function isPerson(reader: Reader, run: Range): boolean {
  const fullest = fullestRange(reader, run);
  if (fullest.end - fullest.start < 2 || !isSpeakerName(reader, run)) return false;
  if (isAnyGivenName(norm(reader.context, fullest.start))) return true;
  const before = run.start - 1;
  const { tokenStart } = reader.context.article.sentences[reader.context.sentenceOf[run.start]];
  return before < tokenStart || !reader.stopwords.has(norm(reader.context, before));
}

/** Sentence `index` has a pronoun for its subject: first, or after the comma closing an opening phrase (`Après des études de chimie à Lyon, elle a travaillé`). */
function opensOnPronoun(reader: Reader, index: number): boolean {
  const { context, cues } = reader;
  const { tokenStart, tokenEnd } = context.article.sentences[index];
  if (cues.pronouns.has(norm(context, tokenStart))) return true;
  for (let at = tokenStart + 1; at < tokenEnd - 1; at++) if (norm(context, at) === ',') return cues.pronouns.has(norm(context, at + 1));
  return false;
}

function holdsQuoteMark(reader: Reader, index: number): boolean {
  const { tokenStart, tokenEnd } = reader.context.article.sentences[index];
  for (let at = tokenStart; at < tokenEnd; at++) if (isQuoteMark(reader.context, at)) return true;
  return false;
}

/** The gender of a pronoun ("elle", "sourit-elle", "ele"), if the language marks it. */
function pronounGender(reader: Reader, pronoun: Range): Gender | undefined {
  if (pronoun.end - pronoun.start !== 1) return undefined;
  const word = norm(reader.context, pronoun.start).split('-').at(-1)!;
  return wordGender(reader, word);
}

function wordGender(reader: Reader, word: string): Gender | undefined {
  if (reader.cues.masculine?.has(word)) return 'masculine';
  return reader.cues.feminine?.has(word) ? 'feminine' : undefined;
}

/** A speaker's gender, by the determiner opening a description ("sa petite-fille"), an office or title before a name ("El alcalde Luis Vera", "Mme Anne Morel") or a description it is set off after ("Son fils, Louis,"), or by a known given name opening the fullest name. */
function speakerGender(reader: Reader, speaker: Range): Gender | undefined {
  const { context, cues } = reader;
  const fromDeterminer = wordGender(reader, norm(context, speaker.start));
  if (fromDeterminer !== undefined) return fromDeterminer;
  let before = speaker.start - 1;
  while (before >= 0 && (cues.offices.test(norm(context, before)) || cues.titles.has(norm(context, before)))) {
    const fromTitle = wordGender(reader, norm(context, before));
    if (fromTitle !== undefined) return fromTitle;
    before--;
  }
  if (before < speaker.start - 1 && before >= 0) {
    const fromArticle = wordGender(reader, norm(context, before));
    if (fromArticle !== undefined) return fromArticle;
  }
  const fromDescription = norm(context, speaker.start - 1) === ',' ? describedBefore(reader, speaker.start - 1) : undefined;
  if (fromDescription !== undefined) return fromDescription;
  const first = norm(reader.context, fullestRange(reader, speaker).start);
  if (FEMALE_NAMES.has(first) && !MALE_NAMES.has(first)) return 'feminine';
  return MALE_NAMES.has(first) && !FEMALE_NAMES.has(first) ? 'masculine' : undefined;
}

/** Words of a description a name is set off after. */
const SET_OFF = 4;

/** The gender of the article opening a short description right before `comma`, at its sentence's start (`Son fils, Louis,`). */
function describedBefore(reader: Reader, comma: number): Gender | undefined {
  const { context } = reader;
  const { tokenStart } = context.article.sentences[context.sentenceOf[comma]];
  if (comma - tokenStart < 2 || comma - tokenStart > SET_OFF) return undefined;
  for (let index = tokenStart + 1; index < comma; index++) if (context.article.tokens[index].punct) return undefined;
  return wordGender(reader, norm(context, tokenStart));
}

/** Both genders are known and differ. */
function disagrees(reader: Reader, gender: Gender | undefined, speaker: Range): boolean {
  const theirs = gender === undefined ? undefined : speakerGender(reader, speaker);
  return theirs !== undefined && theirs !== gender;
}
