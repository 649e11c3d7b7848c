/**
 * Quotations and their speakers in French, German, Spanish, Italian,
 * Portuguese and Dutch, in three passes:
 *
 * 1. `quotedPieces`: quote marks to quoted pieces, as for English (« … » and
 *    „ … “ are read as straight marks);
 * 2. the speaker of each piece, named next to a speech verb of its language
 *    (`QUOTE_CUES`): after the closing mark (`« … », a déclaré M. Marchal`,
 *    `„…“, sagte Merkel`, `«…», dijo el ministro, Ana Ruiz`, `„…“, so
 *    Scholz`), or before the opening mark in its sentence (`Merkel sagte:
 *    „…“`, `X, voisin de l'usine, raconte : « … »`, `X a assuré que « … »`);
 *    a pronoun (`a-t-il ajouté`, `sagte er`) stands for the speaker named
 *    in this or the sentence before; a piece without a speaker that opens
 *    its sentence right after an attributed one goes on with its speaker;
 * 3. reported speech outside quote marks, with its speaker named:
 *    `Vogelsang sagte, dass CLAUSE`, `Sie fügte hinzu, dass CLAUSE` (a
 *    separable verb's particle), `Il a ajouté qu'CLAUSE` (the speaker named
 *    last), `Selon X, CLAUSE`, `Volgens X CLAUSE` (verb second, no comma),
 *    `CLAUSE, a annoncé la préfecture.`, `X sagte, CLAUSE` (German
 *    subjunctive); read with pass 2 in text order, so that a
 *    pronoun of either kind finds the speaker of either kind before it.
 *
 * A speaker is a run of capitalized words (with "de", "van", "von" inside),
 * given as the fullest run of the article that ends in the same word
 * ("Marchal" is "Étienne Marchal"), or, when none is named, a description
 * headed by a noun of office or a body (`le porte-parole de la mairie`,
 * `der Sprecher der Feuerwehr`, `la policía`: `describedSpeaker`). Reported
 * speech without "que", "dass"… needs the grammar the English rules read.
 */
import type { SegmentedArticle } from '../article.js';
import { tokenText } from '../entities/tokens.js';
import { isQuoteMark, norm, quoteContext, sentenceBounds, tokenAt, type QuoteContext } from './context.js';
import { QUOTE_CUES } from './language-cues.js';
import { pieceWords } from './direct.js';
import { quotedPieces, type QuotedPiece } from './marks.js';
import { describedSpeaker, describedSpeakerBefore } from './language-descriptions.js';
import { describedName, fullestName, isNameWord, isSpeakerName, languageReader, nameEndingAt, nameAt, SPEAKER_WINDOW, tokenSpan, type Range, type Reader } from './name-runs.js';
import type { Quote, QuoteOptions } from './types.js';

/** The languages besides English whose quotations are read. */
export const QUOTE_LANGUAGES: readonly string[] = Object.keys(QUOTE_CUES);

interface Attributed {
  piece: QuotedPiece;
  /** The name the speaker is given by. */
  speaker?: Range;
  /** Where this piece's speaker is named or referred to ("sagte er"); absent for a piece that goes on with the speaker of the one before. */
  said?: Range;
  cue?: Range;
}

/** An attribution as read around one piece: its speaker may be a pronoun, standing for the speaker named last. */
interface Found {
  speaker?: Range;
  cue?: Range;
  pronoun?: boolean;
}

/** A verb written with its subject pronoun: `a-t-il`, `explique-t-elle`. */
const INVERTED = /-(?:t-)?(?:il|elle|ils|elles)$/;

export function otherLanguageQuotes(article: SegmentedArticle, language: string, options: QuoteOptions): Quote[] {
  if (!Object.hasOwn(QUOTE_CUES, language)) return [];
  const pieces = quotedPieces(article);
  const reader = languageReader(quoteContext(article, pieces, { article: article.id, entities: [], mentions: [] }), language)!;
  const { context } = reader;
  const reports = options.indirect ? reportedSpeech(reader) : [];
  const direct: Attributed[] = [];
  const indirect: Attributed[] = [];
  /** The last attribution naming a speaker, of either kind, in text order. */
  let last: Attributed | undefined;
  let nextReport = 0;
  const reportsBefore = (offset: number) => {
    for (; nextReport < reports.length && reports[nextReport].piece.span.start < offset; nextReport++) {
      const { piece, ...found } = reports[nextReport];
      const entry = { piece, ...named(reader, found, last) };
      if (entry.speaker !== undefined) indirect.push((last = entry));
    }
  };
  for (const piece of pieces) {
    reportsBefore(piece.span.start);
    const entry: Attributed = { piece, ...named(reader, attribute(reader, piece), last) };
    const around = indirect.at(-1);
    if (entry.speaker === undefined && around !== undefined && around.piece.span.start <= piece.span.start && piece.span.end <= around.piece.span.end) entry.speaker = around.speaker;
    else if (entry.speaker === undefined && last !== undefined && goesOn(reader, last, piece)) entry.speaker = last.speaker;
    direct.push(entry);
    if (entry.speaker !== undefined) last = entry;
  }
  reportsBefore(Number.POSITIVE_INFINITY);
  const kept = direct.filter((entry) => entry.speaker !== undefined || (entry.piece.open !== undefined && pieceWords(context, entry.piece).length >= options.minUnattributedWords && !isTitle(reader, entry.piece)));
  return [...kept.map((entry) => toQuote(reader, entry, 'direct')), ...indirect.map((entry) => toQuote(reader, entry, 'indirect'))].sort((a, b) => a.span.start - b.span.start);
}

/** A title or a name in quote marks, as English reads them: 2 to 8 words, every one but the language's function words capitalized, two at least (`« La Jeune Fille et la Mort » de Schubert`). */
function isTitle(reader: Reader, piece: QuotedPiece): boolean {
  const { context } = reader;
  const words: number[] = [];
  for (let index = tokenAt(context, piece.span.start); index < context.article.tokens.length && context.article.tokens[index].start < piece.span.end; index++) {
    if (!context.article.tokens[index].punct) words.push(index);
  }
  const capitalized = words.filter((index) => /^\p{Lu}/u.test(tokenText(context.article, index)));
  const content = words.filter((index) => !reader.stopwords.has(norm(context, index)));
  return words.length >= 2 && words.length <= 8 && capitalized.length >= 2 && content.every((index) => capitalized.includes(index));
}

/**
 * Pass 3, read with pass 2 in text order (so that a pronoun finds either
 * kind's speaker): in each sentence, the first of `Selon NAME, CLAUSE`,
 * `NAME VERB (,) que CLAUSE` and `CLAUSE, VERB NAME.` whose attribution is
 * outside quote marks and whose clause does not open on one (that is a
 * quotation, pass 2's); a clause may hold a quoted phrase (`a assuré que
 * l'entreprise « coopérera pleinement »`).
 */
function reportedSpeech(reader: Reader): Array<Found & { piece: QuotedPiece }> {
  const { context } = reader;
  const reported: Array<Found & { piece: QuotedPiece }> = [];
  for (const { tokenStart: start, tokenEnd: end } of context.article.sentences) {
    const found = afterSource(reader, start, end) ?? beforeThat(reader, start, end) ?? beforeClosingAttribution(reader, start, end);
    if (found) reported.push(found);
  }
  return reported;
}

/** `Selon NAME, CLAUSE`, `Volgens NAME CLAUSE`, the clause to the sentence's end. */
function afterSource(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context, cues } = reader;
  if (!cues.according.has(norm(context, start))) return undefined;
  if (cues.objectPronouns.has(norm(context, start + 1)) && norm(context, start + 2) === ',' && !holdsQuoteMark(context, start, start + 4)) {
    return { piece: clause(reader, start + 3, end), speaker: { start: start + 1, end: start + 2 }, cue: { start, end: start + 1 }, pronoun: true };
  }
  const speaker = sourceAfter(reader, start + 1, end);
  const from = speaker && clauseAfterSource(reader, speaker, end);
  if (!speaker || from === undefined || from >= end || holdsQuoteMark(reader.context, start, from + 1)) return undefined;
  return { piece: clause(reader, from, end), speaker, cue: { start, end: start + 1 } };
}

/**
 * `NAME VERB (,) que CLAUSE`, or in German `NAME sagte, CLAUSE` (the
 * subjunctive marks it: `thatOptional`), at the sentence's first speech
 * verb followed by its clause.
 */
function beforeThat(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context, cues } = reader;
  for (let index = start + 1; index < end; index++) {
    if (!cues.verbs.has(verbForm(context, index))) continue;
    const verbEnd = particlesAfter(reader, index, end);
    const comma = norm(context, verbEnd) === ',';
    const that = cues.that.has(norm(context, verbEnd)) ? verbEnd : comma && cues.that.has(norm(context, verbEnd + 1)) ? verbEnd + 1 : comma && cues.thatOptional ? verbEnd : -1;
    if (that < 0) continue;
    const cue = { start: cues.auxiliaries.has(norm(context, index - 1)) ? index - 1 : index, end: verbEnd };
    const found = speakerBefore(reader, cue, start);
    return found?.speaker && that + 1 < end && !holdsQuoteMark(context, start, that + 2) ? { piece: clause(reader, that + 1, end), ...found } : undefined;
  }
  return undefined;
}

/**
 * `CLAUSE, a annoncé la préfecture.`, `CLAUSE, sagte ein Sprecher am
 * Montag.`, `CLAUSE, a-t-il ajouté.`, `CLAUSE, según la compañía Luz del
 * Sur.`: a speech verb or "selon"… right after the sentence's last comma,
 * and its speaker reaching the sentence's end, two words aside; the clause
 * is all before the comma.
 */
function beforeClosingAttribution(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context } = reader;
  const { tokens } = context.article;
  let last = end - 1;
  while (last > start && tokens[last].punct) last--;
  let comma = last - 1;
  while (comma > start && norm(context, comma) !== ',') comma--;
  if (comma - start < 3 || last - comma > SPEAKER_WINDOW || isQuoteMark(context, start) || holdsQuoteMark(context, comma, end)) return undefined;
  const according = reader.cues.according.has(norm(context, comma + 1));
  const cue = according ? { start: comma + 1, end: comma + 2 } : verbAt(reader, comma + 1, end);
  const found = cue && (according ? { speaker: sourceAfter(reader, cue.end, end), cue } : speakerAfter(reader, cue, end));
  return found?.speaker && found.speaker.end >= last - 1 ? { piece: clause(reader, start, comma), ...found } : undefined;
}

/**
 * The source after "selon", "según", "laut"…: a speaker as after a verb
 * (`speakerNamedAt`), or a body without an article (`laut Polizei`).
 */
function sourceAfter(reader: Reader, from: number, end: number): Range | undefined {
  return speakerNamedAt(reader, from, end) ?? describedSpeaker(reader, from, end, { determinerOptional: true });
}

/**
 * The speaker named or described from `from`: a name (`describedName`), a
 * name of two words or more right after an article (`Segundo a Proteção
 * Civil`, `dijo la Guardia Civil`), which names an organisation, or a
 * description (`le porte-parole de la mairie`).
 */
function speakerNamedAt(reader: Reader, from: number, end: number): Range | undefined {
  const named = describedName(reader, from, end);
  if (named !== undefined) return named;
  const organisation = reader.stopwords.has(norm(reader.context, from)) ? nameAt(reader, from + 1, end) : undefined;
  if (organisation !== undefined && organisation.start === from + 1 && organisation.end - organisation.start > 1 && isSpeakerName(reader, organisation)) return organisation;
  return describedSpeaker(reader, from, end, { anyHead: true });
}

/**
 * Where the clause after "selon X" starts: after the comma that follows the
 * source, or after the next one when a relative clause or an office opens
 * between ("Selon Jacques Lemoine, qui a visité le chantier, …", "Selon
 * Jacques Lemoine, préfet de la Marne-Haute, …"), or, in a language putting
 * the verb second, right after the source when a word follows it
 * ("Volgens Van Dijk is de brug veilig").
 */
function clauseAfterSource(reader: Reader, source: Range, end: number): number | undefined {
  const { context, cues } = reader;
  if (cues.verbSecond && source.end < end && !context.article.tokens[source.end].punct) return source.end;
  const comma = nextComma(reader, source.end, end);
  if (comma === undefined) return undefined;
  const aside = cues.relatives.has(norm(context, comma + 1)) || cues.offices.test(norm(context, comma + 1));
  const second = aside ? nextComma(reader, comma + 1, end) : undefined;
  return (second ?? comma) + 1;
}

function nextComma(reader: Reader, from: number, end: number): number | undefined {
  for (let index = from; index < end; index++) if (norm(reader.context, index) === ',') return index;
  return undefined;
}

/**
 * The end of a speech verb at `index` with the words it takes right after
 * it, two at most (`fügte hinzu`, `voegde eraan toe`, `ha fatto sapere`); a
 * function word only where the clause closes after it (`räumte ein, dass`,
 * not `sagte ein Sprecher`).
 */
function particlesAfter(reader: Reader, index: number, end: number): number {
  const { context, cues, stopwords } = reader;
  const taken = (at: number) => at < end && cues.separable?.has(norm(context, at)) === true;
  const closes = (at: number) => at >= end || context.article.tokens[at].punct || cues.that.has(norm(context, at)) || taken(at);
  let after = index + 1;
  while (after - index <= 2 && taken(after) && (!stopwords.has(norm(context, after)) || closes(after + 1))) after++;
  return after;
}

function holdsQuoteMark(context: QuoteContext, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isQuoteMark(context, index)) return true;
  return false;
}

/** The speaker right before a verb (after its auxiliary): a pronoun, a description reaching the verb (`Ein Sprecher der Feuerwehr sagte`), or a name. */
function speakerBefore(reader: Reader, cue: Range, floor: number): Found | undefined {
  const { context } = reader;
  const last = cue.start - 1;
  if (last < floor) return undefined;
  if (reader.cues.pronouns.has(norm(context, last))) return { speaker: { start: last, end: last + 1 }, cue, pronoun: true };
  const described = describedSpeakerBefore(reader, cue.start, floor);
  if (described) return { speaker: described, cue };
  const speaker = nameEndingAt(reader, norm(context, last) === ',' ? appositionEnd(reader, last, floor) : bracketStart(reader, last, floor), floor);
  if (speaker && isSpeakerName(reader, speaker)) return { speaker, cue };
  const subject = reader.cues.and.has(norm(context, last)) ? subjectOf(reader, context.sentenceOf[cue.start]) : undefined;
  return subject && { speaker: subject, cue };
}

/**
 * Where the name before a comma ending an apposition ends: right before the
 * comma (`La directrice du site, Anne-Sophie Morel, a assuré`), else before
 * the comma opening the apposition (`Jean-Pierre Lacroix, voisin de l'usine,
 * raconte`), at most `SPEAKER_WINDOW` words back.
 */
function appositionEnd(reader: Reader, comma: number, floor: number): number {
  const last = bracketStart(reader, comma - 1, floor);
  if (last >= floor && isNameWord(reader, last)) return last;
  for (let index = comma - 1; index >= Math.max(floor, comma - SPEAKER_WINDOW); index--) if (norm(reader.context, index) === ',') return index - 1;
  return comma - 1;
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

/** A reported clause from token `from` to the sentence's end, its closing punctuation left out, as a piece without marks. */
function clause(reader: Reader, from: number, end: number): QuotedPiece {
  const { context } = reader;
  const { tokens } = context.article;
  for (let index = from + 1; index < end - 1; index++) if (norm(context, index) === ':' && isQuoteMark(context, index + 1)) end = index;
  let last = end - 1;
  while (last > from && tokens[last].punct) last--;
  const span = { start: tokens[from].start, end: tokens[last].end };
  return { span, parts: [span] };
}

function toQuote(reader: Reader, entry: Attributed, kind: Quote['kind']): Quote {
  const { tokens } = reader.context.article;
  const quote: Quote = { kind, span: entry.piece.span };
  if (entry.piece.parts.length > 1) quote.parts = entry.piece.parts;
  if (entry.speaker) quote.speaker = { name: fullestName(reader, entry.speaker), ...(entry.said ? { span: tokenSpan(tokens, entry.said) } : {}) };
  if (entry.cue) quote.cue = tokenSpan(tokens, entry.cue);
  return quote;
}

/** Pass 2: the speaker named after the closing mark, else before the opening mark. */
function attribute(reader: Reader, piece: QuotedPiece): Found {
  const { context } = reader;
  const after = afterClose(reader, tokenAt(context, piece.close ?? piece.span.end - 1));
  if (after) return after;
  return piece.open === undefined ? {} : (beforeOpen(reader, tokenAt(context, piece.open)) ?? {});
}

/** `« … », a déclaré M. Marchal`, `„…“, sagte er`, `«…», Ruiz dijo`, `„…“, so Scholz`. */
function afterClose(reader: Reader, close: number): Found | undefined {
  const { context, cues } = reader;
  const { end } = sentenceBounds(context, close);
  let index = close + 1;
  while (index < end && /^[,\u2013\u2014-]$/.test(norm(context, index))) index++;
  if (index >= end || isQuoteMark(context, index)) return undefined;
  if (cues.according.has(norm(context, index))) {
    const speaker = sourceAfter(reader, index + 1, end);
    return speaker && { speaker, cue: { start: index, end: index + 1 } };
  }
  const cue = verbAt(reader, index, end);
  if (cue) return speakerAfter(reader, cue, end);
  const speaker = nameAt(reader, index, end);
  const verb = speaker && verbAt(reader, speaker.end, end);
  return verb && isSpeakerName(reader, speaker) ? { speaker, cue: verb } : undefined;
}

/** `Merkel sagte: „…“`, `M. Marchal a déclaré : « … »`, `Er sagte: „…“`. */
function beforeOpen(reader: Reader, open: number): Found | undefined {
  const { context, cues } = reader;
  const { start } = sentenceBounds(context, open);
  let index = open - 1;
  if (index >= start && (norm(context, index) === ':' || norm(context, index) === ',' || cues.that.has(norm(context, index)))) index--;
  const verbEnd = index + 1;
  while (index > start && verbEnd - index <= 2 && cues.separable?.has(norm(context, index))) index--;
  if (index < start || !cues.verbs.has(norm(context, index))) return norm(context, open - 1) === ':' ? subjectBeforeColon(reader, open) : undefined;
  const cue = { start: index, end: verbEnd };
  if (index - 1 >= start && cues.auxiliaries.has(norm(context, index - 1))) cue.start--;
  return speakerBefore(reader, cue, start);
}

/**
 * The speaker of a quotation opening after a colon with no speech verb
 * before it: the subject its sentence opens on (`Oberbürgermeister Frank
 * Reisinger (CDU) zeigte sich enttäuscht: „…“`).
 */
function subjectBeforeColon(reader: Reader, open: number): Found | undefined {
  const speaker = subjectOf(reader, reader.context.sentenceOf[open]);
  return speaker && speaker.end < open ? { speaker } : undefined;
}

/** A speech verb at `index`, with its auxiliary before it (`a déclaré`, `ha detto`, `a-t-il ajouté`) or written with its pronoun (`explique-t-il`), and the words it takes after it (`ha fatto sapere`). */
function verbAt(reader: Reader, index: number, end: number): Range | undefined {
  const { context, cues } = reader;
  let at = index;
  if (cues.auxiliaries.has(norm(context, at)) && at + 1 < end && cues.verbs.has(verbForm(context, at + 1))) at++;
  return cues.verbs.has(verbForm(context, at)) ? { start: index, end: particlesAfter(reader, at, end) } : undefined;
}

function verbForm(context: QuoteContext, index: number): string {
  return norm(context, index).replace(INVERTED, '');
}

/**
 * The speaker after a verb: its own pronoun, a pronoun right after it, a
 * name (`describedName`), or, the verb ending the sentence (`«…», ha
 * aggiunto.`: Italian, Spanish and Portuguese leave the subject out), the
 * speaker before, as a pronoun would be.
 */
function speakerAfter(reader: Reader, cue: Range, end: number): Found {
  const { context, cues } = reader;
  for (let index = cue.start; index < cue.end; index++) if (INVERTED.test(norm(context, index))) return { speaker: { start: index, end: index + 1 }, cue, pronoun: true };
  if (cue.end < end && cues.pronouns.has(norm(context, cue.end))) return { speaker: { start: cue.end, end: cue.end + 1 }, cue, pronoun: true };
  const speaker = speakerNamedAt(reader, cue.end, end);
  if (speaker) return { speaker, cue };
  const endsSentence = context.article.tokens.slice(cue.end, end).every((token) => token.punct);
  return endsSentence || cues.proDrop ? { speaker: cue, cue, pronoun: true } : { cue };
}

/**
 * A found attribution as kept: a pronoun stands for the speaker the
 * sentence before opens on, when that sentence comes after the last
 * attribution ("Le ministre des Transports a promis une aide. « … »,
 * a-t-il déclaré"), else for the speaker of `last` (the attribution before)
 * when that was in this or the sentence just before (a sentence between may
 * be about someone else: "La séance a duré trois heures. « … », a-t-il
 * reconnu"); else the piece has none.
 */
function named(reader: Reader, found: Found, last: Attributed | undefined): Omit<Attributed, 'piece'> {
  const { speaker, cue, pronoun } = found;
  if (speaker === undefined) return { cue };
  if (!pronoun) return { speaker, said: speaker, cue };
  const { context } = reader;
  const sentence = context.sentenceOf[speaker.start];
  const lastSentence = last?.speaker === undefined ? -1 : context.sentenceOf[last.said?.start ?? tokenAt(context, last.piece.close ?? last.piece.span.end - 1)];
  const subject = sentence - 1 > lastSentence ? subjectOf(reader, sentence - 1) : undefined;
  if (subject) return { speaker: subject, said: speaker, cue };
  return last?.speaker !== undefined && sentence - lastSentence <= 1 ? { speaker: last.speaker, said: speaker, cue } : { cue };
}

/**
 * The speaker a sentence opens on as its subject: a description (`Le
 * ministre des Transports, qui …, a promis`; first, as German articles can
 * open names: "Der Verkehrsminister"), or a name of two words or more, or
 * one the article writes inside a sentence too (a capitalized first word
 * alone may be any word: "Lundi, …").
 */
function subjectOf(reader: Reader, index: number): Range | undefined {
  const { tokenStart: start, tokenEnd: end } = reader.context.article.sentences[index];
  const described = describedSpeaker(reader, start, end);
  if (described !== undefined) return appositionName(reader, nextComma(reader, described.end, Math.min(end, described.end + SPEAKER_WINDOW)) ?? end, end) ?? described;
  const name = nameAt(reader, start, end);
  if (name === undefined) return undefined;
  const known = name.end - name.start > 1 || reader.names.has(norm(reader.context, name.end - 1));
  return known && isSpeakerName(reader, name) ? name : undefined;
}

/** A piece opening the sentence right after an attributed one, in the same or the next paragraph. */
function goesOn(reader: Reader, previous: Attributed, piece: QuotedPiece): boolean {
  if (previous.speaker === undefined || piece.open === undefined) return false;
  const { context } = reader;
  const open = tokenAt(context, piece.open);
  const sentence = context.article.sentences[context.sentenceOf[open]];
  const previousSentence = context.sentenceOf[tokenAt(context, previous.piece.close ?? previous.piece.span.end - 1)];
  return open === sentence.tokenStart && context.sentenceOf[open] - previousSentence <= 1 && sentence.paragraph - context.article.sentences[previousSentence].paragraph <= 1;
}
