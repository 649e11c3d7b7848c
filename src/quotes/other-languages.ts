/**
 * Quotations and their speakers in French, German, Spanish, Italian,
 * Portuguese and Dutch, in three passes:
 *
 * 1. `quotedPieces`: quote marks to quoted pieces, as for English (« … » and
 *    „ … “ are read as straight marks); then, in Spanish, Portuguese, Italian
 *    and French, replies written with dialogue dashes (`dashes.ts`:
 *    `—No vamos a ceder —dijo la alcaldesa—. Mañana …`), each stretch
 *    between attributions a piece, kept only with a speaker: its own, the
 *    reply's before its attribution, or the person the paragraph before
 *    introduces on a colon;
 * 2. the speaker of each piece, named next to a speech verb of its language
 *    (`QUOTE_CUES`): after the closing mark (`« … », a déclaré M. Marchal`,
 *    `„…“, sagte Merkel`, `«…», dijo el ministro, Ana Ruiz`, `„…“, so
 *    Scholz`, a passive's agent: `«…», fue anunciado por X`, `passive.ts`), or before the opening mark in its sentence (`Merkel sagte:
 *    „…“`, `X, voisin de l'usine, raconte : « … »`, `X a assuré que « … »`);
 *    a pronoun (`a-t-il ajouté`, `sagte er`) stands for the subject the
 *    sentence before opens on or the speaker named last (`named`); a piece
 *    without a speaker inside reported speech, or opening its sentence right
 *    after an attribution, takes that speaker (`language-speakers.ts`);
 * 3. reported speech, its speaker named or described (`language-reported.ts`):
 *    `Vogelsang sagte, dass CLAUSE`, `Sie fügte hinzu, dass CLAUSE` (a
 *    separable verb's particle), `Il a ajouté qu'CLAUSE` (the speaker named
 *    last), `Selon X, CLAUSE`, `Volgens X CLAUSE` (verb second, no comma),
 *    `CLAUSE, a annoncé la préfecture.`, `X sagte, CLAUSE` (German
 *    subjunctive); read with pass 2 in text order, so that a
 *    pronoun of either kind finds the speaker of either kind before it.
 *
 * A speaker is a run of capitalized words (with "de", "van", "von" inside),
 * given as the fullest run of the article that ends in the same word
 * ("Marchal" is "Étienne Marchal"), or, when none is named, the
 * description the article gives (`le porte-parole de la mairie`, `der
 * Sprecher der Feuerwehr`, `Ein Student meint`: `describedSpeaker`).
 */
import type { SegmentedArticle } from '../article.js';
import { innerContext, isQuoteMark, nestedPieces, norm, quoteContext, sentenceBounds, tokenAt } from './context.js';
import { isTitleCased, pieceWords } from './direct.js';
import { dashQuotedPieces } from './dashes.js';
import { documentAt, documentIssuer, sayingAt } from './documents.js';
import { epithetAntecedent, introducedSpeaker, namedDescription, pronounAntecedent, sameSpeaker, speakerAround, type LastSpeaker } from './language-antecedents.js';
import { QUOTE_CUES } from './language-cues.js';
import { reportedSpeech } from './language-reported.js';
import { chainedReports } from './reported-chains.js';
import { bodyAntecedent } from './body-antecedents.js';
import { accordingLength, namingVerbBefore, pronounBeforeColon, sourceAfter, speakerAfter, speakerBefore, subjectBeforeColon, verbBeforeParticle, type Found } from './language-speakers.js';
import { verbAt } from './language-verbs.js';
import { quotedPieces, type QuotedPiece } from './marks.js';
import { passiveAt } from './passive.js';
import { describedSpeaker } from './language-descriptions.js';
import { describedName, fullestName, isSpeakerName, languageReader, nameAt, tokenSpan, type Range, type Reader } from './name-runs.js';
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

export function otherLanguageQuotes(article: SegmentedArticle, language: string, options: QuoteOptions): Quote[] {
  if (!Object.hasOwn(QUOTE_CUES, language)) return [];
  const noEntities = { article: article.id, entities: [], mentions: [] };
  const marked = quotedPieces(article);
  const markReader = languageReader(quoteContext(article, marked, noEntities), language)!;
  const dashes = dashQuotedPieces(markReader, marked);
  const dashed = new Set(dashes.pieces);
  const dashIndex = new Map(dashes.pieces.map((piece, index) => [piece, index]));
  const pieces = dashed.size === 0 ? marked : [...marked, ...dashes.pieces].sort((a, b) => a.span.start - b.span.start);
  // The words of a reply are quoted: no reported speech is read in them.
  const reader = dashed.size === 0 ? markReader : { ...markReader, context: quoteContext(article, pieces, noEntities) };
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
      const entry = { piece, ...named(reader, piece, found, last) };
      if (entry.speaker !== undefined) indirect.push((last = entry));
    }
  };
  const nested = nestedPieces(pieces);
  const inner: Reader = nested.size > 0 ? { ...reader, context: innerContext(context, pieces, new Set(nested.values())) } : reader;
  for (const piece of pieces) {
    reportsBefore(piece.span.start);
    // A quotation inside another one (`‘Mijn vrouw zei: “…”’`) is read as if the words around it were unquoted, and neither continues nor is continued.
    const inside = nested.has(piece);
    const entry: Attributed = { piece, ...named(inside ? inner : reader, piece, attribute(inside ? inner : reader, piece), last) };
    const around = indirect.at(-1);
    if (dashed.has(piece)) {
      if (entry.speaker === undefined) entry.speaker = dashes.resuming.has(piece) ? direct.at(-1)?.speaker : isListItem(reader, dashes.pieces, dashIndex.get(piece)!) ? undefined : introducedBefore(reader, piece);
    } else if (entry.speaker === undefined && around !== undefined && around.piece.span.start <= piece.span.start && piece.span.end <= around.piece.span.end) entry.speaker = around.speaker;
    else if (entry.speaker === undefined && !inside && last !== undefined && (goesOn(reader, last, piece) || resumes(reader, last, piece))) entry.speaker = last.speaker;
    else if (entry.speaker === undefined && entry.cue === undefined && !inside && opensSentence(reader, piece)) entry.speaker = speakerAround(reader, context.sentenceOf[tokenAt(context, piece.open!)], lastSpeaker(reader, last));
    direct.push(entry);
    if (entry.speaker !== undefined && !inside) last = entry;
  }
  reportsBefore(Number.POSITIVE_INFINITY);
  const linked = [...direct, ...indirect].sort((a, b) => a.piece.span.start - b.piece.span.start);
  for (const chain of options.indirect ? chainedReports(reader, linked) : []) {
    indirect.push(chain);
    // A phrase quoted inside the sentence carried on is its speaker's (`Le calendrier aurait été « irréaliste »`).
    for (const entry of direct) if (entry.speaker === undefined && chain.piece.span.start <= entry.piece.span.start && entry.piece.span.end <= chain.piece.span.end) entry.speaker = chain.speaker;
  }
  const kept = direct.filter((entry) => entry.speaker !== undefined || (!dashed.has(entry.piece) && entry.piece.open !== undefined && pieceWords(context, entry.piece).length >= options.minUnattributedWords && !isTitleCased(context, entry.piece, (word) => reader.stopwords.has(word))));
  return [...kept.map((entry) => toQuote(reader, entry, 'direct')), ...indirect.map((entry) => toQuote(reader, entry, 'indirect'))].sort((a, b) => a.span.start - b.span.start);
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
  const { context } = reader;
  const { end } = sentenceBounds(context, close);
  let index = close + 1;
  while (index < end && /^[,\u2013\u2014-]$/.test(norm(context, index))) index++;
  if (index >= end || isQuoteMark(context, index)) return undefined;
  const according = accordingLength(reader, index);
  if (according > 0) {
    const speaker = sourceAfter(reader, index + according, end);
    return speaker && { speaker, cue: { start: index, end: index + according } };
  }
  const passive = passiveAt(reader, index, end) ?? documentAt(reader, index, end) ?? sayingAt(reader, index, end);
  if (passive) return passive;
  const cue = verbAt(reader, index, end) ?? (INVERTED_VERB.test(norm(context, index)) ? { start: index, end: index + 1 } : undefined);
  if (cue) return speakerAfter(reader, cue, end);
  const speaker = nameAt(reader, index, end);
  const verb = speaker && verbAt(reader, speaker.end, end);
  return verb && isSpeakerName(reader, speaker) ? { speaker, cue: verb } : undefined;
}

/**
 * `Merkel sagte: „…“`, `M. Marchal a déclaré : « … »`, `Er sagte: „…“`,
 * `X rief beide Seiten auf, „…“` (a separable verb's particle closing its
 * clause), `X noemt de situatie "…"` (a verb naming what its object is);
 * with no verb, the subject before a colon, a pronoun too (`Lui se montre
 * plus modeste : « … »`), or the one whose view a sentence opens on (`Pour
 * Paul Girard, « … »`).
 */
function beforeOpen(reader: Reader, open: number): Found | undefined {
  const { context, cues } = reader;
  const { start } = sentenceBounds(context, open);
  let index = open - 1;
  // ":", ",", "que", or the "di"/"de" a verb takes before what it asks (`consiglia di "evitare …"`).
  if (index >= start && (norm(context, index) === ':' || norm(context, index) === ',' || cues.that.has(norm(context, index)) || (TAKES.has(norm(context, index)) && cues.verbs.has(norm(context, index - 1))))) index--;
  const verbEnd = index + 1;
  while (index > start && verbEnd - index <= 2 && cues.separable?.has(norm(context, index))) index--;
  if (index < start || !cues.verbs.has(norm(context, index))) {
    const cue = verbBeforeParticle(reader, verbEnd - 1, start) ?? namingVerbBefore(reader, open, start);
    if (cue) return speakerBefore(reader, cue, start);
    return norm(context, open - 1) === ':' ? (subjectBeforeColon(reader, open) ?? pronounBeforeColon(reader, open)) : opinionOf(reader, open, start);
  }
  const cue = { start: index, end: verbEnd };
  if (index - 1 >= start && cues.auxiliaries.has(norm(context, index - 1))) cue.start--;
  return speakerBefore(reader, cue, start);
}

/**
 * A found attribution as kept: a pronoun stands for its antecedent
 * (`pronounAntecedent`: the speaker the sentence before the quotation opens
 * on, "Le ministre des Transports a promis une aide. « … », a-t-il
 * déclaré", or the speaker of `last`, the attribution before, when that was
 * in this or the sentence just before, or only sentences whose subject is a
 * pronoun lie between; a sentence between may be about someone else: "La
 * séance a duré trois heures. « … », a-t-il reconnu"); else the piece has
 * none. A definite description stands for the name the article gave it
 * before (`namedDescription`), "the same source" for the source before
 * (`sameSpeaker`).
 */
function named(reader: Reader, piece: QuotedPiece, found: Found, last: Attributed | undefined): Omit<Attributed, 'piece'> {
  const { speaker, cue, pronoun, written } = found;
  if (speaker === undefined) return { cue };
  const { context } = reader;
  const sentence = Math.min(context.sentenceOf[speaker.start], context.sentenceOf[tokenAt(context, piece.span.start)]);
  if (!pronoun) return { speaker: sameSpeaker(reader, speaker, lastSpeaker(reader, last)) ?? namedDescription(reader, speaker) ?? bodyAntecedent(reader, speaker) ?? documentIssuer(reader, speaker, lastSpeaker(reader, last)) ?? (piece.open === undefined && !opensItsSentence(reader, speaker) && !afterOpeningSource(reader, speaker) && !namesOffice(reader, speaker) ? undefined : epithetAntecedent(reader, speaker, sentence, lastSpeaker(reader, last))) ?? speaker, said: written ?? speaker, cue };
  const antecedent = pronounAntecedent(reader, speaker, sentence, lastSpeaker(reader, last));
  return antecedent ? { speaker: namedDescription(reader, antecedent) ?? antecedent, said: speaker, cue } : { cue };
}

/** The last attribution's speaker and the sentence it was made in (of its name or pronoun, else of the quotation's close). */
function lastSpeaker(reader: Reader, last: Attributed | undefined): LastSpeaker | undefined {
  if (last?.speaker === undefined) return undefined;
  const { context } = reader;
  return { speaker: last.speaker, sentence: context.sentenceOf[last.said?.start ?? tokenAt(context, last.piece.close ?? last.piece.span.end - 1)] };
}

/**
 * The speaker a reply's paragraph opening on its dash is introduced by, at
 * the end of the paragraph before, its sentence holding a speech verb (`su
 * vecina Marisa Calvo resumía la noche en pocas palabras:`); `La maire a
 * présenté le programme :` introduces a list.
 */
function introducedBefore(reader: Reader, piece: QuotedPiece): Range | undefined {
  const { context } = reader;
  if (piece.open === undefined) return undefined;
  const dash = tokenAt(context, piece.open);
  if (dash === 0 || norm(context, dash - 1) !== ':') return undefined;
  const sentenceStart = context.article.sentences[context.sentenceOf[dash - 1]].tokenStart;
  for (let index = sentenceStart; index < dash - 1; index++) {
    if (verbAt(reader, index, dash - 1)) return introducedSpeaker(reader, context.sentenceOf[dash - 1]);
  }
  return undefined;
}

/** The dash paragraph `dashPieces[at]`, with no attribution, next to another one (`– Cortes de tráfico …` then `– Ayudas de hasta …`): items of a list, not replies. */
function isListItem(reader: Reader, dashPieces: readonly QuotedPiece[], at: number): boolean {
  const { context } = reader;
  const paragraphOf = (item: QuotedPiece) => context.article.sentences[context.sentenceOf[tokenAt(context, item.span.start)]].paragraph;
  const unattributed = (item: QuotedPiece | undefined) => item !== undefined && item.open !== undefined && item.close === undefined;
  if (!unattributed(dashPieces[at])) return false;
  const paragraph = paragraphOf(dashPieces[at]);
  return [dashPieces[at - 1], dashPieces[at + 1]].some((next) => unattributed(next) && Math.abs(paragraphOf(next!) - paragraph) === 1);
}

/** A speaker opening its sentence, the subject of the verb after it (`Il primo cittadino ha spiegato che …`). */
function opensItsSentence(reader: Reader, speaker: Range): boolean {
  const { context } = reader;
  return context.article.sentences[context.sentenceOf[speaker.start]].tokenStart === speaker.start;
}

/** A description of two words headed by an office (`so die Ministerin`, `disse o autarca`): a person, whom `epithetAntecedent` finds only when the article gave that person the office. */
function namesOffice(reader: Reader, speaker: Range): boolean {
  return speaker.end - speaker.start === 2 && reader.cues.offices.test(norm(reader.context, speaker.start + 1));
}

/** Neuter articles: a description opened by one names a body or a thing, not a person (`Volgens het college`). */
const NEUTER = new Set(['het', 'das']);

/** A speaker right after the source's word opening its sentence (`Secondo il primo cittadino, …`), not opened by a neuter article. */
function afterOpeningSource(reader: Reader, speaker: Range): boolean {
  const { context } = reader;
  const { tokenStart } = context.article.sentences[context.sentenceOf[speaker.start]];
  const according = accordingLength(reader, tokenStart);
  return according > 0 && tokenStart + according === speaker.start && !NEUTER.has(norm(context, speaker.start));
}

/** A piece opening its sentence. */
function opensSentence(reader: Reader, piece: QuotedPiece): boolean {
  if (piece.open === undefined) return false;
  const { context } = reader;
  const open = tokenAt(context, piece.open);
  return context.article.sentences[context.sentenceOf[open]].tokenStart === open;
}

/** A piece reopening the sentence of the one before after its attribution (`„Ende September“, sagt ein Sprecher, „ist das Bad wieder offen.“`). */
function resumes(reader: Reader, previous: Attributed, piece: QuotedPiece): boolean {
  const { context } = reader;
  if (previous.cue === undefined || piece.open === undefined || previous.piece.close === undefined) return false;
  const open = tokenAt(context, piece.open);
  const close = tokenAt(context, previous.piece.close);
  return context.sentenceOf[open] === context.sentenceOf[close] && close < previous.cue.start && previous.cue.end <= open && norm(context, open - 1) === ',';
}

/**
 * `Pour Paul Girard, « … »`, `Per il consigliere Roberto Gatti (lista civica) la
 * caldaia «…»`, `Selon Jean Dufour, « … »`: a sentence opening on whose view
 * or words follow, a name or a description headed by an office or a body
 * after it, and the quotation after that, outside brackets.
 */
function opinionOf(reader: Reader, open: number, start: number): Found | undefined {
  const { context, cues } = reader;
  const opening = cues.opinion?.has(norm(context, start)) ? 1 : accordingLength(reader, start);
  if (opening === 0) return undefined;
  const speaker = describedName(reader, start + opening, open) ?? describedSpeaker(reader, start + opening, open, { determinerOptional: cues.opinion?.has(norm(context, start)) !== true });
  if (speaker === undefined) return undefined;
  let depth = 0;
  for (let index = speaker.end; index < open; index++) depth += norm(context, index) === '(' ? 1 : norm(context, index) === ')' ? -1 : 0;
  return depth === 0 ? { speaker, cue: { start, end: start + opening } } : undefined;
}

/** Prepositions a verb of asking or advising takes before what it asks (`consiglia di`, `demande de`, `pide a`). */
const TAKES = new Set(['di', 'de', "d'", 'a', 'à']);

/** A verb written with its subject pronoun (`sourit-elle`, `glisse-t-il`): after a quotation, whatever the verb, its attribution. */
const INVERTED_VERB = /^\p{L}+-(?:t-)?(?:il|elle)$/u;

/** A piece opening the sentence right after an attributed one, in the same or the next paragraph. */
function goesOn(reader: Reader, previous: Attributed, piece: QuotedPiece): boolean {
  if (previous.speaker === undefined || piece.open === undefined) return false;
  const { context } = reader;
  const open = tokenAt(context, piece.open);
  const sentence = context.article.sentences[context.sentenceOf[open]];
  const previousSentence = context.sentenceOf[tokenAt(context, previous.piece.close ?? previous.piece.span.end - 1)];
  return open === sentence.tokenStart && context.sentenceOf[open] - previousSentence <= 1 && sentence.paragraph - context.article.sentences[previousSentence].paragraph <= 1;
}
