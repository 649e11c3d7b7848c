/**
 * Names in articles in French, German, Spanish, Italian, Portuguese and
 * Dutch, in three passes, then grouped as in English (`entitiesOfMentions`):
 *
 * 1. runs: the quote rules' name runs (`nameAt`: capitalized words that are
 *    no function words, "de", "van", "von der" inside, courtesy titles and
 *    nouns of office before them left out), with a company's form after
 *    them ("Lumière Énergie SA"), cut at an article between two names
 *    ("Angaben der Polizei", "Roccaverde la Protezione"; not "von der
 *    Leyen", nor Dutch "de"); a sentence's first word alone only when the
 *    article writes it inside a sentence too ("Lundi, …" is no name), and
 *    left out of a longer run when the article writes it in lower case
 *    elsewhere, or when it is an article and the run is never written so
 *    inside a sentence ("La Banque de France", not "Le Monde … selon Le
 *    Monde"). German capitalizes every noun, so a German run loses a first
 *    word an article stands before ("der Stadt Soforthilfe zugesagt":
 *    `pieces`), and a German word alone counts only as the surname of a
 *    longer name of the article, a name the gazetteer knows, a body's
 *    compound ("Innenministerium", not "Polizei") or a place after "in"
 *    (not "in Gefahr");
 * 2. types, the first that applies: a name the gazetteer knows, in the
 *    article's language (`lookUpExonym`: "Frankreich", "Londres", "Roma"
 *    in Italian) or in English ("Paris", "Berlin"), by its English name;
 *    organisation when it is an acronym ("SNCF", "CDU"), one of its words
 *    is an organisation's (`NAME_CUES`: "GmbH", "ministère", "Partido",
 *    "Industries"; that word alone is a common noun: "la Regione"), or such
 *    a word stands before it in lower case ("du groupe Delvaux"); person when a courtesy title or a noun of
 *    office stands before it, a speech verb next to it, an office or an
 *    age in an apposition after it ("Paul Renaud, 54 ans,"), when the
 *    article's quotations name it as a speaker, or when two words or more
 *    open on a known given name (a word before it says who the person is:
 *    "Hochwasserexpertin Katrin Vogelsang"); place when a word opening places' names
 *    opens it ("Rue", "Landkreis"), a preposition of place stands before
 *    it ("à Valcourt", "in Lindhaven") or a town's noun and "de" ("la
 *    ville de Dinan", "il sindaco di Faenza", "Bürgermeister von Lindhaven"); else a word alone is `unknown`, for
 *    the English passes to join to a longer name ("Vogelsang" is "Katrin
 *    Vogelsang");
 * 3. a name of two words or more left untyped takes the type the article
 *    gives the same name elsewhere, or a person's whose name holds its
 *    words; else it is left out.
 */
import { assertSegmented, type SegmentedArticle, type Span } from '../article.js';
import { expected } from '../errors.js';
import { quoteContext } from '../quotes/context.js';
import { BODY_JOINS } from '../quotes/language-descriptions.js';
import { isNameWord, isSpeakerName, languageReader, nameAt, type Range, type Reader } from '../quotes/name-runs.js';
import { entitiesOfMentions } from './article.js';
import { isAnyGivenName } from './given-names.js';
import { lookUpExonym } from './exonyms.js';
import { lookUpName, type GazetteerEntry } from './gazetteer.js';
import { COMPANY_FORMS, COMPANY_WORDS, NAME_CUES, type NameCues } from './language-names.js';
import { baseMention } from './mention.js';
import { lowerCaseWords, tokenText } from './tokens.js';
import type { ArticleEntities, NameMention } from './types.js';

/** A quotation of the article as `findQuotesIn` gives it: its speaker (the fullest name, and where it is written) and its cue. */
export interface QuotedBy {
  speaker?: { name: string; span?: Span };
  cue?: Span;
}

/** Most words of an apposition after a name read for its role ("maire de Valcourt"). */
const MAX_APPOSITION = 8;
/** An acronym of three to six capitals ("SNCF", "CDU", "IPMA"): an organisation's, unless the gazetteer knows it. */
const ACRONYM = /^\p{Lu}{3,6}$/u;
/** German common nouns of places a town's name follows ("der französischen Stadt Valcourt", "die Gemeinde Lindhaven"): cut from the name, which they make a place's. */
const GERMAN_TOWN_NOUNS = new Set(['stadt', 'hafenstadt', 'kleinstadt', 'großstadt', 'gemeinde', 'dorf', 'ortschaft', 'ort', 'region']);
/** Lower-case parts of a town before "de", "di", "do" that make the name after them a place's ("le port de Valcourt", "il porto di Faenza", "la gare de Dinan"), as a town's nouns do (`placeNouns`). */
const TOWN_PARTS = new Set(['port', 'porto', 'puerto', 'gare', 'estación', 'stazione', 'estação', 'aéroport', 'aeropuerto', 'aeroporto', 'centre', 'centro', 'banlieue', 'périphérie']);
/** Endings of German abstract nouns, no place's name ("in Ordnung", "in Zusammenarbeit"). */
const GERMAN_ABSTRACT = /(?:ung|heit|keit|schaft|tion|tät|nis|ismus)$/;

/** A mention as pass 2 leaves it: `untyped` for pass 3 to type. */
type Found = NameMention & { untyped?: true };

interface Context {
  reader: Reader;
  language: string;
  cues: NameCues;
  german: boolean;
  speakers: ReadonlySet<string>;
  lowerWords: ReadonlySet<string>;
  /** The name runs written inside a sentence, their words joined (`writtenInside`), made when first asked. */
  inside?: ReadonlySet<string>;
}

/**
 * The entities of an article in `language` (`NAME_LANGUAGES`), as
 * `articleEntities` gives them for English; the speakers its quotations
 * name after a speech verb (`findQuotesIn`) are people, not the sources
 * after "selon", "laut" ("Selon Météo-France, …") nor a passive's agents
 * ("fue confirmado por la Diputación"), a document's issuer ("se lee en un
 * comunicado de Corvalia Hídrica") or a source after "from" ("se informó
 * desde Corvalia Hídrica"): bodies as often. None in a language
 * without cues.
 */
export function otherLanguageEntities(article: SegmentedArticle, language: string, quotes: readonly QuotedBy[] = []): ArticleEntities {
  assertSegmented(article, 'otherLanguageEntities');
  if (typeof language !== 'string') expected('a language code string', language);
  if (!Array.isArray(quotes)) expected("an array of the article's quotations (findQuotesIn)", quotes);
  const cues = Object.hasOwn(NAME_CUES, language) ? NAME_CUES[language] : undefined;
  const reader = cues && languageReader(quoteContext(article, [], { article: article.id, entities: [], mentions: [] }), language);
  if (!cues || !reader) return { article: article.id, entities: [], mentions: [] };
  const according = (cue: Span | undefined) => cue !== undefined && reader.cues.according.has(article.text.slice(cue.start, cue.end).toLowerCase());
  // A passive's agent ("fue confirmado por la Diputación de Valdemora") is as often a body as a person: its cue ends on the agent's preposition.
  // So is a document's issuer ("se lee en un comunicado de Corvalia Hídrica") and a source after "from" ("se informó desde Corvalia Hídrica"): their cues end on the document or "from".
  const cueEnd = (cue: Span | undefined) => (cue === undefined ? '' : (article.text.slice(cue.start, cue.end).toLowerCase().split(/\s+/).at(-1) ?? ''));
  const maybeBody = (cue: Span | undefined) => [reader.cues.agents, reader.cues.documents, reader.cues.from].some((words) => words?.has(cueEnd(cue)) === true);
  // A speaker written as a body's noun ("según informó la empresa", "teilte das Ministerium mit", "La consejería de Empleo informó") is the body named before, no person;
  // a quotation or report going on with the speaker before (no span: "Die Kosten hätten sich verdoppelt.") says nothing of its own about who that is.
  const writtenAsBody = (written: Span) => article.text.slice(written.start, written.end).toLowerCase().split(/[\s']+/).some((word) => reader.cues.bodies.test(word) || reader.cues.genericBodies?.test(word) === true);
  const spoken = new Set(quotes.flatMap(({ speaker, cue }) => (speaker?.span === undefined || according(cue) || maybeBody(cue) || writtenAsBody(speaker.span) ? [] : [speaker.name, article.text.slice(speaker.span.start, speaker.span.end)])));
  const context: Context = { reader, language, cues, german: reader.cues.nounsCapitalized === true, speakers: spoken, lowerWords: lowerCaseWords(article) };
  const found: Found[] = [];
  article.sentences.forEach((sentence, index) => {
    for (let at = sentence.tokenStart; at < sentence.tokenEnd; at++) {
      const named = nameAt(reader, at, sentence.tokenEnd);
      if (named === undefined) continue;
      const run = withCompanyForm(reader, named, sentence.tokenEnd);
      for (const piece of pieces(context, run)) {
        const mention = typed(context, piece, piece.start === run.start ? at : piece.start, index);
        if (mention) found.push(mention);
      }
      at = run.end - 1;
    }
  });
  return entitiesOfMentions(article, typedEverywhere(found), false);
}

/** A run with the company form written after it, which may be spelled like a function word ("Lumière Énergie SA": "sa"). */
function withCompanyForm(reader: Reader, run: Range, end: number): Range {
  const { article } = reader.context;
  const next = run.end < end ? article.tokens[run.end] : undefined;
  return next && /^\p{Lu}/u.test(tokenText(article, run.end)) && COMPANY_FORMS.has(next.norm.replace(/\.$/, '')) ? { start: run.start, end: run.end + 1 } : run;
}

/**
 * A run in pieces: cut at an article written as a particle ("Angaben der
 * Polizei", "Roccaverde la Protezione"; not "von der Leyen", "de la
 * Fontaine", nor Dutch "de", a name's particle: "Sanne de Vries") and,
 * unless the gazetteer knows the whole run ("Ciudad de México"), after a
 * name it knows ("Bélgica y los Países Bajos", "Londres y París"), and, in
 * German, each piece without a first word an article or a determiner stands
 * before ("der Stadt Soforthilfe zugesagt" → "Soforthilfe", which a German
 * word alone is not), unless it holds an organisation's word ("der Albrecht
 * Bau GmbH", "die Stadtwerke Lindhaven").
 */
function pieces(context: Context, run: Range): Range[] {
  const { reader, cues, german } = context;
  const { tokens } = reader.context.article;
  const quote = reader.cues;
  const found: Range[] = [];
  const lower = (index: number) => /^\p{Ll}/u.test(tokenText(reader.context.article, index));
  const known = (range: Range) => knownName(context, formOf(reader, range)) !== undefined;
  const listed = !known(run);
  let start = run.start;
  for (let index = run.start + 1; index <= run.end; index++) {
    const norm = tokens[index]?.norm ?? '';
    const cut = index < run.end && lower(index) && ((isArticle(reader, norm) && !quote.particles.has(tokens[index - 1].norm)) || (listed && known({ start, end: index })));
    if (index < run.end && !cut) continue;
    found.push({ start, end: index });
    start = index + 1;
    while (start < run.end && lower(start)) start = index = start + 1;
  }
  if (!german) return found;
  return found.flatMap((piece) => {
    // "der französischen Stadt Valcourt": a common noun of places written before the name, after an adjective, is no part of it.
    if (piece.end - piece.start > 1 && afterAdjective(reader, piece.start)) return [{ start: piece.start + 1, end: piece.end }];
    const determined = quote.determiners.has(tokens[piece.start - 1]?.norm ?? '');
    if (!determined || holdsOrganisationWord(cues, reader, piece) || knownName(context, formOf(reader, piece))?.type === 'place') return [piece];
    return piece.end - piece.start > 1 ? [{ start: piece.start + 1, end: piece.end }] : [];
  });
}

/**
 * A German town's noun at `index` after an adjective ("der französischen Stadt
 * Valcourt"): the name after it is a town's. Not after an article alone ("der
 * Stadt Soforthilfe zugesagt": "Stadt" is what gets the help).
 */
function afterAdjective(reader: Reader, index: number): boolean {
  const { article } = reader.context;
  const before = index - 1;
  return GERMAN_TOWN_NOUNS.has(article.tokens[index].norm) && before >= 0 && /^\p{Ll}/u.test(tokenText(article, before)) && !reader.cues.determiners.has(article.tokens[before].norm);
}

/** Whether the article writes the words of `run` as a name inside a sentence too ("… selon Le Monde" for "Le Monde a révélé"). */
function writtenInside(context: Context, run: Range): boolean {
  const { tokens, sentences } = context.reader.context.article;
  const words = (range: Range) => tokens.slice(range.start, range.end).map((token) => token.norm).join(' ');
  if (context.inside === undefined) {
    const { sentenceOf } = context.reader.context;
    context.inside = new Set([...context.reader.names.values()].flatMap((runs) => runs.filter((other) => other.start > sentences[sentenceOf[other.start]].tokenStart).map(words)));
  }
  return context.inside.has(words(run));
}

/** An article the language also writes inside names ("der", "la"; Dutch "de" is a name's particle: "Sanne de Vries", "De Vries zei"). */
function isArticle(reader: Reader, norm: string): boolean {
  return norm !== 'de' && reader.cues.determiners.has(norm) && reader.cues.particles.has(norm);
}

/** The mention of a name run, typed (`untyped` for a name of several words nothing types yet), or undefined for a run that is no name (pass 1's tests). */
function typed(context: Context, run: Range, from: number, sentence: number): Found | undefined {
  const { reader, cues } = context;
  const { article } = reader.context;
  const { tokens } = article;
  const opening = article.sentences[sentence].tokenStart;
  const first = tokens[run.start].norm;
  const opens = run.start === opening && run.end - run.start > 1;
  const lowerFirst = opens && (isArticle(reader, first) ? !writtenInside(context, run) : !reader.cues.particles.has(first) && context.lowerWords.has(tokenText(article, run.start).toLowerCase()));
  const piece = lowerFirst ? nameAt(reader, run.start + 1, run.end) : run;
  if (piece === undefined) return undefined;
  if (lowerFirst) from = run.start + 1;
  if (piece.end - piece.start >= 3 && !isAnyGivenName(tokens[piece.start].norm) && isAnyGivenName(tokens[piece.start + 1].norm)) {
    // "Hochwasserexpertin Katrin Vogelsang", "Ayer Carlos Ruiz dijo": a word before a given name opening a name of two words or more says who she is.
    const title = { start: tokens[piece.start].start, end: tokens[piece.start].end };
    return { ...baseMention(article, piece.start + 1, piece.end, sentence, false), type: 'person', title };
  }
  const words = tokens.slice(piece.start, piece.end).map((token) => token.norm);
  const single = words.length === 1;
  const mention = baseMention(article, piece.start, piece.end, sentence, false);
  const known = knownName(context, mention.form);
  if (single && piece.start === opening && !reader.names.has(words[0]) && !(known && !known.demonym)) return undefined;
  const before = tokens[from - 1]?.norm ?? '';
  const kindBefore = tokens[piece.start - 2]?.norm ?? '';
  const ofTown = reader.cues.of.has(tokens[piece.start - 1]?.norm ?? '') && (cues.placeNouns.has(kindBefore) || (TOWN_PARTS.has(kindBefore) && /^\p{Ll}/u.test(tokenText(article, piece.start - 2))));
  const townNoun = context.german && piece.start > 0 && afterAdjective(reader, piece.start - 1);
  const afterPreposition = (cues.placePrepositions.has(before) || ofTown || townNoun) && !(context.german && (cues.notPlaces?.has(words[0]) || GERMAN_ABSTRACT.test(words[0])));
  const acronym = single && ACRONYM.test(mention.form);
  if (context.german && single && !acronym && !isSpeakerName(reader, piece) && !(known && !known.demonym) && !isCompound(cues, words[0]) && !afterPreposition) return undefined;
  if (known && !known.demonym) return { ...mention, type: known.type, canonical: known.name };
  const kind = tokens[piece.start - 1];
  const named = kind !== undefined && cues.organisations.has(kind.norm) && /^\p{Ll}/u.test(tokenText(article, piece.start - 1));
  if (acronym || named || holdsOrganisationWord(cues, reader, piece)) return { ...mention, type: 'organisation' };
  // "Femke Jansen van Utrecht": what a person is "of" (`ofAfterSurname`, which cut it from the person's name) is no person.
  const belongsTo = reader.cues.ofAfterSurname?.has(before) === true && isNameWord(reader, from - 2);
  const person = belongsTo ? undefined : personCues(context, piece, from);
  if (person) return { ...mention, type: 'person', ...person };
  if (cues.placeHeads.has(words[0]) || afterPreposition || belongsTo) return { ...mention, type: 'place' };
  return single ? mention : { ...mention, untyped: true };
}

/** The words of `range` as the text writes them. */
function formOf(reader: Reader, range: Range): string {
  const { article } = reader.context;
  return article.text.slice(article.tokens[range.start].start, article.tokens[range.end - 1].end);
}

/** What the gazetteer knows `form` as, in the article's language ("Londres", "Deutschland") or in English ("Paris"). */
function knownName({ language }: Context, form: string): GazetteerEntry | undefined {
  return lookUpExonym(form, language) ?? lookUpName(form);
}

/** A German compound ending in a body's noun ("Innenministerium", "Bundespolizei"; not "Polizei" alone, a common noun). */
function isCompound(cues: NameCues, word: string): boolean {
  const ending = cues.organisationEndings?.exec(word);
  return ending !== null && ending !== undefined && ending.index > 0;
}

/** A name holding an organisation's word ("Albrecht Bau GmbH", "Partido Verde"), or a German body's compound; the word alone is a common noun ("la Regione", "der Polizei"). */
function holdsOrganisationWord(cues: NameCues, reader: Reader, piece: Range): boolean {
  const { tokens } = reader.context.article;
  if (piece.end - piece.start === 1) return isCompound(cues, tokens[piece.start].norm);
  for (let index = piece.start; index < piece.end; index++) {
    const word = tokens[index].norm;
    if (cues.organisations.has(word) || COMPANY_FORMS.has(word.replace(/\.$/, '')) || COMPANY_WORDS.has(word) || cues.organisationEndings?.test(word)) return true;
  }
  return false;
}

/**
 * What says a name is a person's, with the title and role words it gives:
 * a courtesy title or a noun of office right before it (with the words
 * the run left out before it, from `from`: "Frau Dr.", not the "de" of
 * "Alcalde de Valdemora", which names a town) or before it between commas
 * ("El alcalde, Tomás Ribera,"), a speech verb next to it,
 * an apposition after it opening on an office or giving an age, the
 * quotations naming it as a speaker, or a known given name opening two
 * words or more. Undefined when nothing does.
 */
function personCues({ reader, cues, speakers }: Context, piece: Range, from: number): { title?: Span; role?: Span } | undefined {
  const { article } = reader.context;
  const { tokens } = article;
  const quote = reader.cues;
  const span = (start: number, end: number): Span => ({ start: tokens[start].start, end: tokens[end - 1].end });
  const titled = (index: number) => quote.titles.has(tokens[index]?.norm ?? '') || quote.offices.test(tokens[index]?.norm ?? '');
  if (titled(piece.start - 1)) return { title: span(Math.min(from, piece.start - 1), piece.start) };
  if (officeBetweenCommas(reader, piece)) return { title: span(piece.start - 2, piece.start - 1) };
  const role = apposition(reader, cues, piece.end);
  if (role) return { role };
  const verb = (index: number) => quote.verbs.has(tokens[index]?.norm.replace(/-(?:t-)?(?:il|elle|ils|elles)$/, '') ?? '');
  // "La consejería de Empleo informó", "l'assessorato regionale al Lavoro ha fatto sapere": one word after "of" or "to" ends a body's description, the body speaks.
  const endsDescription = piece.end - piece.start === 1 && (quote.of.has(tokens[piece.start - 1]?.norm ?? '') || BODY_JOINS.has(tokens[piece.start - 1]?.norm ?? ''));
  const spoken = !endsDescription && (verb(piece.end) || (quote.auxiliaries.has(tokens[piece.end]?.norm ?? '') && verb(piece.end + 1)) || verb(from - 1));
  const form = article.text.slice(tokens[piece.start].start, tokens[piece.end - 1].end);
  if (spoken || speakers.has(form) || (piece.end - piece.start > 1 && isAnyGivenName(tokens[piece.start].norm))) return {};
  return undefined;
}

/**
 * A name between commas after a noun of office and its article: "El
 * alcalde, Tomás Ribera, pidió", "Le maire, Étienne Roussel, a", "Der
 * Bürgermeister, Jürgen Köhler, 58," (the name closed by a comma or the
 * sentence's end: "Según el alcalde, Valdemora necesita…" names no one).
 */
function officeBetweenCommas(reader: Reader, piece: Range): boolean {
  const { tokens } = reader.context.article;
  const after = tokens[piece.end]?.norm;
  return (
    tokens[piece.start - 1]?.norm === ',' &&
    reader.cues.offices.test(tokens[piece.start - 2]?.norm ?? '') &&
    reader.cues.determiners.has(tokens[piece.start - 3]?.norm ?? '') &&
    (after === undefined || after === ',' || after === '.')
  );
}

/** ", maire de Valcourt," or ", 54 ans," (", de 58 años,", ", di 58 anni,") after a name: the apposition's words, up to the next punctuation. */
function apposition(reader: Reader, cues: NameCues, end: number): Span | undefined {
  const { tokens } = reader.context.article;
  if (tokens[end]?.norm !== ',') return undefined;
  let first = end + 1;
  if (reader.cues.determiners.has(tokens[first]?.norm ?? '')) first++;
  const office = reader.cues.offices.test(tokens[first]?.norm ?? '');
  const number = reader.cues.of.has(tokens[end + 1]?.norm ?? '') ? end + 2 : end + 1;
  const age = /^\d{1,3}$/.test(tokens[number]?.norm ?? '') && cues.years.has(tokens[number + 1]?.norm ?? '');
  if (!office && !age) return undefined;
  let last = end + 1;
  while (last + 1 < tokens.length && last - end < MAX_APPOSITION && !tokens[last + 1].punct) last++;
  return { start: tokens[end + 1].start, end: tokens[last].end };
}

/**
 * Pass 3: a name of two words or more left `untyped` takes the type the
 * article gives the same name elsewhere, or is a person's when the people
 * of the article whose names end on its last word hold its other words
 * ("Katrin Vogelsang" typed once); else it is left out.
 */
function typedEverywhere(mentions: readonly Found[]): NameMention[] {
  const types = new Map<string, NameMention['type']>();
  /** The words of the people's names ending on each word. */
  const surnames = new Map<string, Set<string>>();
  for (const mention of mentions) {
    if (mention.untyped || mention.type === 'unknown') continue;
    types.set(mention.form.toLowerCase(), mention.type);
    if (mention.type !== 'person') continue;
    const words = mention.form.toLowerCase().split(/\s+/);
    const held = surnames.get(words.at(-1)!) ?? new Set<string>();
    for (const word of words) held.add(word);
    surnames.set(words.at(-1)!, held);
  }
  return mentions.flatMap(({ untyped, ...mention }) => {
    if (!untyped) return [mention];
    const words = mention.form.toLowerCase().split(/\s+/);
    const held = surnames.get(words.at(-1)!);
    const type = types.get(mention.form.toLowerCase()) ?? (held && words.every((word) => held.has(word)) ? 'person' : undefined);
    return type === undefined ? [] : [{ ...mention, type }];
  });
}
