/**
 * Whom a pronoun or a document stands for, in English: "he"/"she" the
 * nearest preceding person of a compatible gender who is a subject or a
 * speaker (or a described person, "the mayor", a sentence opens on); "it"
 * the nearest organisation; "they" the last group that spoke or a couple
 * named as a subject since ("Dennis and Judy Shepard", see `groups.ts`);
 * "the statement" whoever issued it before (`issuerOf`) or spoke last
 * (`lastSpeaker`). From a phrase to a speaker is resolve.ts.
 */
import { COUNTRIES, type ArticleEntities } from '../entities/index.js';
import { FEMALE_WORDS, MALE_WORDS, PLURAL_ROLE_NOUNS } from '../entities/lexicon.js';
import { NAME_PARTICLES, tokenText } from '../entities/tokens.js';
import { DOCUMENT_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, REPORTING_VERBS, THING_PRONOUNS } from './cues.js';
import { norm, type QuoteContext, type Resolved } from './context.js';
import { familySpeaker, pairSpeaker } from './groups.js';
import { isRoleNoun } from './descriptions.js';
import { isSilent, type Range } from './phrases.js';
import { sentenceSubject, subjectStart } from './subject.js';

const LOOK_BACK_SENTENCES = 4;
/** Pronouns that open a sentence whose actors a report before named ("They moved on…", "We found…"). */
const OPENING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.map((country) => country.name));
const PREPOSITIONS = new Set(['of', 'to', 'with', 'by', 'for', 'at', 'from', 'against', 'about', 'on', 'in', 'into', 'over', 'under', 'than']);
/** Words that open a description rather than name someone: "the", "a", "his", "of"… */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'of', 'another', 'some']);

/** From a speaker phrase to a speaker (`resolvePhrase` of resolve.ts, passed in: resolve.ts reads pronouns here, so this module imports nothing back from it). */
export type PhraseResolver = (context: QuoteContext, phrase: Range, position: number) => Resolved | undefined;

/** Whom a subject pronoun ("he", "she", "it", "they") at `position` stands for, if anyone; `resolve` reads a role subject a "he" or "she" may stand for ("The mayor told residents…"). */
export function resolvePronoun(context: QuoteContext, word: string, position: number, resolve: PhraseResolver): Resolved | undefined {
  if (PERSON_PRONOUNS.has(word)) return nearestPerson(context, position, word === 'she' ? 'female' : 'male', resolve);
  if (THING_PRONOUNS.has(word)) return nearestOrganisation(context, position);
  return PLURAL_PRONOUNS.has(word) ? nearestGroup(context, position) : undefined;
}

export function entityType(context: QuoteContext, mention: { entity?: number; type: string }): string {
  return mention.entity === undefined ? 'unknown' : context.entities.entities[mention.entity].type;
}

/** Person mentions and speakers in the sentences before `position`, nearest sentence first. */
function nearestPerson(context: QuoteContext, position: number, gender: 'female' | 'male', resolve: PhraseResolver): Resolved | undefined {
  const { entities } = context;
  const compatible = (entity: number): boolean => entities.entities[entity].type === 'person' && (entities.entities[entity].gender ?? gender) === gender;
  const here = context.sentenceOf[position];
  for (let sentence = here; sentence >= Math.max(0, here - LOOK_BACK_SENTENCES); sentence--) {
    const spoken = latest(context.history.filter((entry) => context.sentenceOf[entry.token] === sentence && entry.token < position && entry.speaker.entity !== undefined && compatible(entry.speaker.entity)));
    if (spoken) return spoken;
    const clauseEnd = subjectStart(context, Math.min(position, context.article.sentences[sentence].tokenEnd - 1));
    const mentions = mentionsIn(context, sentence, position).filter((mention) => mention.entity !== undefined && compatible(mention.entity) && mention.tokenStart >= clauseEnd && !modifiesANoun(context, mention));
    const subject = mentions.find((mention) => !PREPOSITIONS.has(norm(context, tokenBeforeName(context, mention.tokenStart))) && !mention.possessive) ?? mentions.find((mention) => subjectBefore(context, mention) === undefined);
    if (subject) {
      const named = { name: entities.entities[subject.entity!].name, entity: subject.entity };
      // "They went to find Jeton, … . Imer's sister-in-law … had been hurt, he said": a name a verb takes as its object in a sentence before is no "he" where someone of that gender spoke in the sentences read, unless only the object is known to be of it (`knownAs`).
      const speaker = sentence < here && isVerbsObject(context, subject) ? recentSpeaker(context, position, compatible) : undefined;
      return speaker && (knownAs(context, speaker.entity!, gender) || entities.entities[subject.entity!].gender !== gender) ? speaker : named;
    }
    const describedSpeaker = latest(context.history.filter((entry) => context.sentenceOf[entry.token] === sentence && entry.token < position && !entry.nested && isDescribedPerson(entry.speaker, gender)));
    if (describedSpeaker) return describedSpeaker;
    const described = describedSubject(context, sentence, position, resolve);
    if (described?.entity !== undefined && compatible(described.entity)) return described;
    if (described && described.entity === undefined && !described.plural) return describesGender(described.name, gender) ? described : undefined;
    for (const mention of mentions) {
      const before = subjectBefore(context, mention);
      if (typeof before !== 'object') continue;
      const description = resolvedDescription(context, { start: before.start, end: mention.tokenEnd });
      return describesGender(description.name, gender) ? description : undefined;
    }
  }
  return lastNamedOfGender(context, position, gender);
}

/** The last speaker, named and of a compatible gender, of a report in the sentences `nearestPerson` reads before `position`. */
function recentSpeaker(context: QuoteContext, position: number, compatible: (entity: number) => boolean): Resolved | undefined {
  const earliest = context.sentenceOf[position] - LOOK_BACK_SENTENCES;
  return latest(context.history.filter((entry) => entry.token < position && context.sentenceOf[entry.token] >= earliest && !entry.nested && entry.speaker.entity !== undefined && compatible(entry.speaker.entity)));
}

/** The entity `entity` is known to be of `gender`: by its name or the words around it (`ArticleEntity.gender`), or by a pronoun of that gender that spoke for it before. */
function knownAs(context: QuoteContext, entity: number, gender: 'female' | 'male'): boolean {
  if (context.entities.entities[entity].gender === gender) return true;
  const pronoun = gender === 'female' ? 'she' : 'he';
  return context.history.some((entry) => entry.speaker.entity === entity && entry.speaker.span !== undefined && context.article.text.slice(entry.speaker.span.start, entry.speaker.span.end).toLowerCase() === pronoun);
}

/**
 * "They moved on to find Jeton": a name right after a verb (a lower-case
 * word that is no preposition, function word, reporting verb or role noun)
 * in a sentence a pronoun opens is the object of what the people the
 * pronoun stands for did, no subject ("Police arrested Tom Reed" leaves Tom
 * Reed the one a later "he" stands for).
 */
function isVerbsObject(context: QuoteContext, mention: { tokenStart: number }): boolean {
  const before = tokenBeforeName(context, mention.tokenStart);
  const token = context.article.tokens[before];
  const { tokenStart } = context.article.sentences[context.sentenceOf[mention.tokenStart]];
  if (!token || before >= mention.tokenStart || token.punct || token.stop || context.quoted[before] === 1 || !OPENING_PRONOUNS.has(norm(context, tokenStart))) return false;
  const word = norm(context, before);
  return /^\p{Ll}+$/u.test(tokenText(context.article, before)) && !PREPOSITIONS.has(word) && !REPORTING_VERBS.has(word) && !isRoleNoun(word);
}

/**
 * Past the sentences `nearestPerson` reads (a long quotation fills them:
 * `'…,' she replied` after three quoted sentences), the last person named
 * outside quotation marks before `position` whose gender is `gender` or not
 * known.
 */
function lastNamedOfGender(context: QuoteContext, position: number, gender: 'female' | 'male'): Resolved | undefined {
  const { entities } = context;
  for (let index = entities.mentions.length - 1; index >= 0; index--) {
    const mention = entities.mentions[index];
    if (mention.tokenStart >= position || mention.entity === undefined || context.quoted[mention.tokenStart] === 1) continue;
    const entity = entities.entities[mention.entity];
    if (entity.type === 'person' && (entity.gender ?? gender) === gender) return { name: entity.name, entity: mention.entity };
  }
  return undefined;
}

/** Prepositions that tie a name into a noun phrase: "an operative for …", "the writer of …", "a critic from …". */
const NOUN_PHRASE_PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'by', 'from']);
/** Words that open a subject noun phrase at a sentence's start or after its opening clause. */
const SUBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'one']);
const MAX_SUBJECT_WORDS = 4;

/**
 * What opens the sentence before a name tied into a noun phrase by a
 * preposition: a singular description, as its token range up to the
 * preposition ("Sometime in 1997, an operative for Osama bin Laden sat
 * down…", which a later "he" stands for, not the name), a person pronoun ("she voted against the
 * report delivered by Kenneth Starr": the name is no antecedent, look
 * further back), else undefined (the name may be one, and is when a relative
 * clause goes on about it: "an interview with Smith, who …", or when
 * "according to" names it as a source).
 */
function subjectBefore(context: QuoteContext, mention: { tokenStart: number; tokenEnd: number }): Range | 'pronoun' | undefined {
  const { tokens } = context.article;
  const preposition = tokenBeforeName(context, mention.tokenStart);
  if (norm(context, mention.tokenEnd) === ',' && norm(context, mention.tokenEnd + 1) === 'who') return undefined;
  if (!NOUN_PHRASE_PREPOSITIONS.has(norm(context, preposition)) || norm(context, preposition - 1) === 'according' || tokens[preposition - 1]?.punct || tokens[preposition - 1]?.stop) return undefined;
  const { tokenStart } = context.article.sentences[context.sentenceOf[preposition]];
  for (let index = tokenStart; index < preposition - 1; index++) {
    const opens = index === tokenStart || norm(context, index - 1) === ',';
    if (!opens || context.quoted[index] === 1) continue;
    const word = norm(context, index);
    if (PERSON_PRONOUNS.has(word)) return 'pronoun';
    if (!SUBJECT_DETERMINERS.has(word)) continue;
    let head = index + 1;
    while (head + 1 < preposition && head - index < MAX_SUBJECT_WORDS && !tokens[head + 1].punct && !tokens[head + 1].stop) head++;
    const named = context.mentionOf[head];
    if ((!named || named.type === 'role') && !tokens[head].punct && !tokens[head].stop && !/[^s]s$/.test(norm(context, head))) return { start: index, end: preposition };
  }
  return undefined;
}

/** A description as the speaker "he" or "she" stands for: its words as written, no entity. */
function resolvedDescription(context: QuoteContext, range: Range): Resolved {
  const { tokens, text } = context.article;
  const span = { start: tokens[range.start].start, end: tokens[range.end - 1].end };
  return { name: text.slice(span.start, span.end), span };
}

/** A speaker described, not named, as one person whose words agree with `gender` ("The writer of the letter", "a spokesman"). */
function isDescribedPerson(speaker: Resolved, gender: 'female' | 'male'): boolean {
  const words = speaker.name.toLowerCase().split(/\s+/);
  const of = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word));
  const head = words[(of < 0 ? words.length : of) - 1];
  return speaker.entity === undefined && !speaker.plural && DETERMINERS.has(words[0]) && words[0] !== 'of' && isRoleNoun(head) && !/[^s]s$/.test(head) && describesGender(speaker.name, gender);
}

/** A description's words say nothing against `gender` ("the woman" is no "he"). */
function describesGender(description: string, gender: 'female' | 'male'): boolean {
  const against = gender === 'female' ? MALE_WORDS : FEMALE_WORDS;
  return !description.toLowerCase().split(/[^\p{L}.]+/u).some((word) => against.has(word));
}

/** The token before a name, past a lower-case particle the mention left out ("of bin Laden": "of") and "the" ("from the Evening Star": "from"), within the name's sentence. */
function tokenBeforeName(context: QuoteContext, tokenStart: number): number {
  const { tokenStart: sentenceStart } = context.article.sentences[context.sentenceOf[tokenStart]];
  const skipped = (word: string): boolean => word === 'the' || (NAME_PARTICLES.has(word) && !PREPOSITIONS.has(word));
  let index = tokenStart - 1;
  while (index > sentenceStart && skipped(norm(context, index)) && !context.mentionOf[index]) index--;
  return index;
}

/** "the Clinton scandal", "the Bush administration": a name between "the" and a lower-case noun names what the noun is, no one "he" stands for. */
function modifiesANoun(context: QuoteContext, mention: { tokenStart: number; tokenEnd: number; possessive?: boolean }): boolean {
  const after = context.article.tokens[mention.tokenEnd];
  return !mention.possessive && norm(context, mention.tokenStart - 1) === 'the' && after !== undefined && /^\p{Ll}+$/u.test(tokenText(context.article, mention.tokenEnd)) && !after.stop;
}

/** "The mayor told residents…" then "she said": the person a sentence's role subject stands for. */
function describedSubject(context: QuoteContext, sentence: number, position: number, resolve: PhraseResolver): Resolved | undefined {
  const { tokenStart, tokenEnd } = context.article.sentences[sentence];
  const subject = sentenceSubject(context, Math.min(position, tokenEnd - 1));
  if (!subject || subject.start < tokenStart || context.mentionOf[subject.start]) return undefined;
  const head = norm(context, subject.end - 1);
  return isRoleNoun(head) && !PLURAL_ROLE_NOUNS.has(head) ? resolve(context, subject, position) : undefined;
}

/**
 * What "it" stands for: the nearest organisation or capital acting for its
 * government, or a country opening the pronoun's own sentence ("Turkey
 * accuses Syria of harboring rebels; it says…"); with `fits`, the nearest
 * organisation whose name fits ("the company" passes over a ministry named
 * first, and over a country opening its sentence).
 */
export function nearestOrganisation(context: QuoteContext, position: number, fits?: (name: string) => boolean): Resolved | undefined {
  const here = context.sentenceOf[position];
  for (let sentence = here; sentence >= Math.max(0, here - LOOK_BACK_SENTENCES); sentence--) {
    const mentions = mentionsIn(context, sentence, position);
    const isBody = (mention: (typeof mentions)[number]): boolean => mention.entity !== undefined && (context.entities.entities[mention.entity].type === 'organisation' || mention.government === true) && (fits === undefined || fits(context.entities.entities[mention.entity].name));
    // A country is no company, firm or ministry: "the company" never stands for the country opening its sentence.
    const found = mentions.find(isBody) ?? (sentence === here && fits === undefined ? countrySubject(context, mentions[0]) : undefined);
    if (found) return { name: context.entities.entities[found.entity!].name, entity: found.entity };
  }
  return undefined;
}

/** A country the gazetteer knows, opening its sentence: the sentence's subject, acting as a state. */
function countrySubject(context: QuoteContext, mention: ArticleEntities['mentions'][number] | undefined): ArticleEntities['mentions'][number] | undefined {
  if (!mention || mention.entity === undefined || mention.demonym || mention.possessive || !COUNTRY_NAMES.has(mention.canonical ?? '')) return undefined;
  const { tokenStart } = context.article.sentences[context.sentenceOf[mention.tokenStart]];
  const opening = context.article.tokens.slice(tokenStart, mention.tokenStart).every((token) => token.punct);
  return opening ? mention : undefined;
}

/**
 * "They" refers back to a group: the last speaker when it is one (a group, a
 * couple, a family or an organisation), or a named group that is a
 * sentence's subject since that speaker spoke ("his parents, Dennis and Judy
 * Shepard, released a statement"), nearest sentence first.
 */
function nearestGroup(context: QuoteContext, position: number): Resolved | undefined {
  const last = latestEntry(context.history.filter((entry) => entry.token < position));
  const here = context.sentenceOf[position];
  const since = Math.max(0, here - LOOK_BACK_SENTENCES, last ? context.sentenceOf[last.token] : 0);
  for (let sentence = here; sentence >= since; sentence--) {
    const subject = groupSubject(context, sentence, position);
    if (subject?.span && (!last || subject.span.start > context.article.tokens[last.token].start)) return subject;
  }
  const speaker = last?.speaker;
  return speaker && (speaker.plural || (speaker.entity !== undefined && context.entities.entities[speaker.entity].type === 'organisation')) ? speaker : undefined;
}

/** The subject of a sentence before `position` when it names a group of people: a couple ("Dennis and Judy Shepard") or a family ("the Shepards"). */
function groupSubject(context: QuoteContext, sentence: number, position: number): Resolved | undefined {
  const { tokenStart, tokenEnd } = context.article.sentences[sentence];
  const last = Math.min(position, tokenEnd) - 1;
  // Nothing of the sentence comes before the position (a clause opening the article's text).
  if (last < tokenStart) return undefined;
  const subject = sentenceSubject(context, last);
  if (!subject || subject.start < tokenStart || subject.end > position) return undefined;
  const mention = context.mentionOf[subject.end - 1];
  // Two organisations ("Microsoft and Netscape") name no group of people that "they" goes back to.
  const people = mention?.type === 'person' ? pairSpeaker(context, subject) : undefined;
  return people ?? (mention && entityType(context, mention) === 'person' ? familySpeaker(context, mention, position) : undefined);
}

function latest(entries: QuoteContext['history']): Resolved | undefined {
  return latestEntry(entries)?.speaker;
}

function latestEntry(entries: QuoteContext['history']): QuoteContext['history'][number] | undefined {
  let best: QuoteContext['history'][number] | undefined;
  for (const entry of entries) if (!best || entry.token > best.token) best = entry;
  return best;
}

function mentionsIn(context: QuoteContext, sentence: number, before: number) {
  const { tokenStart, tokenEnd } = context.article.sentences[sentence];
  return context.entities.mentions.filter((mention) => mention.tokenStart >= tokenStart && mention.tokenEnd <= tokenEnd && mention.tokenStart < before && context.quoted[mention.tokenStart] === 0);
}

/** "The Sam Rainsy Party, in a statement released Friday, …" then "said the statement": the party. */
export function issuerOf(context: QuoteContext, position: number): Resolved | undefined {
  const here = context.sentenceOf[position];
  const earliest = context.article.sentences[Math.max(0, here - LOOK_BACK_SENTENCES)].tokenStart;
  for (let index = position - 1; index >= earliest; index--) {
    if (!DOCUMENT_NOUNS.has(norm(context, index)) || context.quoted[index] === 1) continue;
    const issuer = mentionsIn(context, context.sentenceOf[index], index).filter((mention) => mention.entity !== undefined && !isSilent(context.entities.entities[mention.entity].type)).pop();
    if (issuer) return { name: context.entities.entities[issuer.entity!].name, entity: issuer.entity };
  }
  return undefined;
}

/** "…, the report said" after a sentence TT reported: whoever spoke last, in this or the sentence before. */
export function lastSpeaker(context: QuoteContext, position: number): Resolved | undefined {
  const here = context.sentenceOf[position];
  return latest(context.history.filter((entry) => entry.token < position && here - context.sentenceOf[entry.token] <= 1));
}
