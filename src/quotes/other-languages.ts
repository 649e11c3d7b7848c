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
 *    „…“`); a pronoun (`a-t-il ajouté`, `sagte er`) stands for the speaker
 *    named last, in this or the previous paragraph;
 * 3. a piece still without a speaker that opens its sentence right after an
 *    attributed one goes on with its speaker.
 *
 * A speaker is a run of capitalized words (with "de", "van", "von" inside),
 * given as the fullest run of the article that ends in the same word
 * ("Marchal" is "Étienne Marchal"). Only quotations: reported speech and
 * descriptions of speakers ("le maire") need the grammar the English rules
 * read.
 */
import type { SegmentedArticle, Span } from '../article.js';
import { LANGUAGE_STOPWORDS } from '../text/language-stopwords.js';
import { isQuoteMark, norm, quoteContext, sentenceBounds, tokenAt, type QuoteContext } from './context.js';
import { QUOTE_CUES, type QuoteCues } from './language-cues.js';
import type { QuotedPiece } from './marks.js';
import { quotedPieces } from './marks.js';
import type { Quote } from './types.js';

/** The languages besides English whose quotations are read. */
export const QUOTE_LANGUAGES: readonly string[] = Object.keys(QUOTE_CUES);

/** Tokens after a verb in which its speaker may still be named (`a précisé leur directrice, Claire Dubreuil`, `dijo el ministro de Economía, Carlos Ruiz`). */
const SPEAKER_WINDOW = 8;

interface Reader {
  context: QuoteContext;
  cues: QuoteCues;
  stopwords: ReadonlySet<string>;
  /** Every name run of the article, for the fullest form of a speaker. */
  names: Range[];
}

interface Range {
  start: number;
  end: number;
}

interface Attributed {
  piece: QuotedPiece;
  speaker?: Range;
  cue?: Range;
}

/** An attribution as read around one piece: its speaker may be a pronoun, standing for the speaker named last. */
interface Found extends Omit<Attributed, 'piece'> {
  pronoun?: boolean;
}

/** A verb written with its subject pronoun: `a-t-il`, `explique-t-elle`. */
const INVERTED = /-(?:t-)?(?:il|elle|ils|elles)$/;

export function otherLanguageQuotes(article: SegmentedArticle, language: string, minUnattributedWords: number): Quote[] {
  const cues = QUOTE_CUES[language];
  if (cues === undefined) return [];
  const pieces = quotedPieces(article);
  const context = quoteContext(article, pieces, { article: article.id, entities: [], mentions: [] });
  const reader: Reader = { context, cues, stopwords: LANGUAGE_STOPWORDS[language] ?? new Set(), names: [] };
  reader.names = nameRuns(reader);
  const found: Attributed[] = [];
  for (const piece of pieces) found.push({ piece, ...named(reader, attribute(reader, piece), found) });
  found.forEach((entry, index) => {
    if (entry.speaker === undefined && index > 0 && goesOn(reader, found[index - 1], entry.piece)) entry.speaker = found[index - 1].speaker;
  });
  return found.filter((entry) => entry.speaker !== undefined || (entry.piece.open !== undefined && wordCount(reader, entry.piece) >= minUnattributedWords)).map((entry) => toQuote(reader, entry));
}

function toQuote(reader: Reader, entry: Attributed): Quote {
  const { tokens } = reader.context.article;
  const quote: Quote = { kind: 'direct', span: entry.piece.span };
  if (entry.piece.parts.length > 1) quote.parts = entry.piece.parts;
  if (entry.speaker) quote.speaker = { name: fullestName(reader, entry.speaker), span: tokenSpan(tokens, entry.speaker) };
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
    const speaker = describedName(reader, index + 1, end);
    return speaker && { speaker, cue: { start: index, end: index + 1 } };
  }
  const cue = verbAt(reader, index, end);
  if (cue) return { ...speakerAfter(reader, cue, end), cue };
  const speaker = nameAt(reader, index, end);
  const verb = speaker && verbAt(reader, speaker.end, end);
  return verb && isSpeakerName(reader, speaker) ? { speaker, cue: verb } : undefined;
}

/** `Merkel sagte: „…“`, `M. Marchal a déclaré : « … »`, `Er sagte: „…“`. */
function beforeOpen(reader: Reader, open: number): Found | undefined {
  const { context, cues } = reader;
  const { start } = sentenceBounds(context, open);
  let index = open - 1;
  if (index >= start && (norm(context, index) === ':' || norm(context, index) === ',')) index--;
  if (index < start || !cues.verbs.has(norm(context, index))) return undefined;
  const cue = { start: index, end: index + 1 };
  if (index - 1 >= start && cues.auxiliaries.has(norm(context, index - 1))) cue.start--;
  const last = cue.start - 1;
  if (last < start) return undefined;
  if (cues.pronouns.has(norm(context, last))) return { speaker: { start: last, end: last + 1 }, cue, pronoun: true };
  const speaker = nameEndingAt(reader, last, start);
  return speaker && isSpeakerName(reader, speaker) ? { speaker, cue } : undefined;
}

/** A speech verb at `index`, with its auxiliary before it (`a déclaré`, `ha detto`, `a-t-il ajouté`), or written with its pronoun (`explique-t-il`). */
function verbAt(reader: Reader, index: number, end: number): Range | undefined {
  const { context, cues } = reader;
  let at = index;
  if (cues.auxiliaries.has(norm(context, at)) && at + 1 < end && cues.verbs.has(verbForm(context, at + 1))) at++;
  return cues.verbs.has(verbForm(context, at)) ? { start: index, end: at + 1 } : undefined;
}

function verbForm(context: QuoteContext, index: number): string {
  return norm(context, index).replace(INVERTED, '');
}

/** The speaker after a verb: its own pronoun, a pronoun right after it, or a name (`describedName`). */
function speakerAfter(reader: Reader, cue: Range, end: number): Found {
  const { context, cues } = reader;
  for (let index = cue.start; index < cue.end; index++) if (INVERTED.test(norm(context, index))) return { speaker: { start: index, end: index + 1 }, pronoun: true };
  if (cue.end < end && cues.pronouns.has(norm(context, cue.end))) return { speaker: { start: cue.end, end: cue.end + 1 }, pronoun: true };
  const speaker = describedName(reader, cue.end, end);
  return speaker ? { speaker } : {};
}

/**
 * The first name from `from` on, right there or after a few words
 * describing who it is (`le maire Étienne Marchal`, `la directora del
 * puerto, Lucía Ferrán`), within `SPEAKER_WINDOW` words and no
 * punctuation but commas. A name after a function word belongs to the
 * description (`le porte-parole de la mairie de Valcourt`).
 */
function describedName(reader: Reader, from: number, end: number): Range | undefined {
  const { context } = reader;
  for (let index = from; index < Math.min(end, from + SPEAKER_WINDOW); index++) {
    const token = context.article.tokens[index];
    if (token.punct && token.norm !== ',') return undefined;
    if (!isNameWord(reader, index)) continue;
    const run = nameAt(reader, index, end)!;
    if (index === from || !reader.stopwords.has(norm(context, index - 1))) return isSpeakerName(reader, run) ? run : undefined;
    index = run.end - 1;
  }
  return undefined;
}

/** In a language that capitalizes every noun, a one-word name only as the surname of a longer name in the article. */
function isSpeakerName(reader: Reader, run: Range): boolean {
  if (reader.cues.offices === undefined || run.end - run.start > 1) return true;
  const surname = norm(reader.context, run.start);
  return reader.names.some((name) => name.end - name.start > 1 && norm(reader.context, name.end - 1) === surname);
}

/** A pronoun speaker is the speaker named last, when that was in this or the previous paragraph; else none. */
function named(reader: Reader, found: Found, before: readonly Attributed[]): Omit<Attributed, 'piece'> {
  const { pronoun, ...attributed } = found;
  if (!pronoun || attributed.speaker === undefined) return attributed;
  const { article, sentenceOf } = reader.context;
  const paragraphOf = (range: Range) => article.sentences[sentenceOf[range.start]].paragraph;
  const earlier = before.findLast((entry) => entry.speaker !== undefined)?.speaker;
  return earlier !== undefined && paragraphOf(attributed.speaker) - paragraphOf(earlier) <= 1 ? { ...attributed, speaker: earlier } : { cue: attributed.cue };
}

/** Pass 3: a piece opening the sentence right after an attributed one, in the same or the next paragraph. */
function goesOn(reader: Reader, previous: Attributed, piece: QuotedPiece): boolean {
  if (previous.speaker === undefined || piece.open === undefined) return false;
  const { context } = reader;
  const open = tokenAt(context, piece.open);
  const sentence = context.article.sentences[context.sentenceOf[open]];
  const previousSentence = context.sentenceOf[tokenAt(context, previous.piece.close ?? previous.piece.span.end - 1)];
  return open === sentence.tokenStart && context.sentenceOf[open] - previousSentence <= 1 && sentence.paragraph - context.article.sentences[previousSentence].paragraph <= 1;
}

/** A name starting at `index` (after a courtesy title), up to `end`. */
function nameAt(reader: Reader, index: number, end: number): Range | undefined {
  let at = index;
  while (at < end && reader.cues.titles.has(norm(reader.context, at))) at++;
  if (at >= end || !isNameWord(reader, at)) return undefined;
  let last = at;
  while (last + 1 < end && (isNameWord(reader, last + 1) || (isParticle(reader, last + 1) && last + 2 < end && isNameWord(reader, last + 2)))) last += isNameWord(reader, last + 1) ? 1 : 2;
  while (at < last && isOffice(reader, at)) at++;
  return { start: at, end: last + 1 };
}

/** A name whose last word is at `last`, reaching back no further than `floor`. */
function nameEndingAt(reader: Reader, last: number, floor: number): Range | undefined {
  if (!isNameWord(reader, last)) return undefined;
  let first = last;
  while (first - 1 >= floor && (isNameWord(reader, first - 1) || (isParticle(reader, first - 1) && first - 2 >= floor && isNameWord(reader, first - 2)))) first -= isNameWord(reader, first - 1) ? 1 : 2;
  while (first < last && isOffice(reader, first)) first++;
  return { start: first, end: last + 1 };
}

/** Every run of two or more name words, and every single one inside a sentence, in text order. */
function nameRuns(reader: Reader): Range[] {
  const runs: Range[] = [];
  for (const sentence of reader.context.article.sentences) {
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      const run = nameAt(reader, index, sentence.tokenEnd);
      if (run === undefined || run.start !== index) continue;
      if (run.end - run.start > 1 || index > sentence.tokenStart) runs.push(run);
      index = run.end - 1;
    }
  }
  return runs;
}

/** A capitalized word that is neither a function word of the language nor a courtesy title. */
function isNameWord(reader: Reader, index: number): boolean {
  const token = reader.context.article.tokens[index];
  return token !== undefined && !token.punct && isCapitalized(reader, index) && !reader.stopwords.has(token.norm) && !reader.cues.titles.has(token.norm);
}

/** A noun of office before a name ("Bürgermeisterin"), in a language that capitalizes it. */
function isOffice(reader: Reader, index: number): boolean {
  return reader.cues.offices?.test(norm(reader.context, index)) ?? false;
}

function isParticle(reader: Reader, index: number): boolean {
  return reader.cues.particles.has(norm(reader.context, index)) && !isCapitalized(reader, index);
}

function isCapitalized(reader: Reader, index: number): boolean {
  const token = reader.context.article.tokens[index];
  return token !== undefined && /^\p{Lu}/u.test(reader.context.article.text.slice(token.start, token.end));
}

/** The longest name run of the article holding every word of `speaker` and ending in its last word. */
function fullestName(reader: Reader, speaker: Range): string {
  const { article } = reader.context;
  const words = (range: Range) => article.tokens.slice(range.start, range.end).map((token) => token.norm);
  const own = words(speaker);
  let best = speaker;
  for (const run of reader.names) {
    const theirs = words(run);
    if (run.end - run.start > best.end - best.start && theirs[theirs.length - 1] === own[own.length - 1] && own.every((word) => theirs.includes(word))) best = run;
  }
  return article.text.slice(article.tokens[best.start].start, article.tokens[best.end - 1].end);
}

function wordCount(reader: Reader, piece: QuotedPiece): number {
  const { tokens } = reader.context.article;
  let count = 0;
  for (const part of piece.parts) for (let index = tokenAt(reader.context, part.start); index < tokens.length && tokens[index].start < part.end; index++) if (!tokens[index].punct) count++;
  return count;
}

function tokenSpan(tokens: SegmentedArticle['tokens'], range: Range): Span {
  return { start: tokens[range.start].start, end: tokens[range.end - 1].end };
}
