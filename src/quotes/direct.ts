/**
 * Direct quotations from quoted pieces: pass 2 (`attributePiece`) names the
 * speaker of each piece in text order; pass 3 gives the pieces still without
 * one the speaker of the same words quoted elsewhere in the article, of the
 * quotation just before them (a quote running on over sentences), or of a
 * sentence that ends in a colon just before them. Names, titles and scare
 * quotes nobody said ("known as "Deep Throat"", "Larry King Live", a lone
 * "tremor") are not quotations.
 */
import type { Span } from '../article.js';
import { isStopword } from '../text/stopwords.js';
import { attributePiece, HEARING_VERBS, isPassive, type Attribution } from './attribute.js';
import { NAMING_WORDS } from './cues.js';
import { innerContext, nestedPieces, norm, paragraphAt, sentenceBounds, tokenAt, type QuoteContext, type Resolved } from './context.js';
import type { QuotedPiece } from './marks.js';
import { resolvePhrase } from './resolve.js';
import { sentenceSubject } from './subject.js';
import { sameWordsSpeakers } from './same-words.js';
import type { Quote } from './types.js';

interface Found {
  piece: QuotedPiece;
  words: string[];
  attribution?: Attribution;
  inherited?: Resolved;
  /** Inside another quotation (`‘He told me, “Go home,” and I did,’`). */
  nested?: boolean;
}

export function directQuotes(context: QuoteContext, pieces: readonly QuotedPiece[], minUnattributedWords: number): Quote[] {
  const found: Found[] = [];
  const nested = nestedPieces(pieces);
  const inner = nested.size > 0 ? innerContext(context, pieces, new Set(nested.values())) : context;
  for (const piece of pieces) {
    const reading = nested.has(piece) ? inner : context;
    if (isName(reading, piece)) continue;
    const attribution = attributePiece(reading, piece);
    if (attribution?.speaker) context.history.push({ token: tokenAt(context, piece.close ?? piece.span.end - 1), speaker: attribution.speaker, ...(nested.has(piece) ? { nested: true } : {}) });
    found.push({ piece, words: pieceWords(context, piece), ...(attribution ? { attribution } : {}), ...(nested.has(piece) ? { nested: true } : {}) });
  }
  // A quotation inside another one gives its speaker to no other: the one holding it repeats its words.
  const sameWords = sameWordsSpeakers(found.map((entry) => ({ words: entry.words, speaker: entry.nested ? undefined : entry.attribution?.speaker })));
  found.forEach((entry, index) => {
    if (entry.attribution?.speaker) return;
    const inherited = sameWords[index] ?? runningOn(context, found, index) ?? afterColon(context, entry.piece) ?? afterGesture(context, entry.piece) ?? testimonyOf(context, entry.piece);
    if (inherited) entry.inherited = inherited;
  });
  return found
    .filter((entry) => entry.attribution?.speaker || entry.inherited || (entry.words.length >= minUnattributedWords && entry.piece.open !== undefined))
    .map((entry) => toQuote(context, entry));
}

function toQuote(context: QuoteContext, entry: Found): Quote {
  const quote: Quote = { kind: 'direct', span: entry.piece.span };
  if (entry.piece.parts.length > 1) quote.parts = entry.piece.parts;
  const speaker = entry.attribution?.speaker ?? entry.inherited;
  if (speaker) quote.speaker = speaker.span && entry.attribution?.speaker ? { name: speaker.name, span: speaker.span } : { name: speaker.name };
  const cue = entry.attribution?.cue;
  if (cue) quote.cue = { start: context.article.tokens[cue.start].start, end: context.article.tokens[cue.end - 1].end };
  return quote;
}

/** Lower-cased words of a piece, punctuation left out. */
export function pieceWords(context: QuoteContext, piece: QuotedPiece): string[] {
  const words: string[] = [];
  for (const part of piece.parts) {
    for (let index = tokenAt(context, part.start); index < context.article.tokens.length && context.article.tokens[index].start < part.end; index++) {
      const token = context.article.tokens[index];
      if (!token.punct && token.start >= part.start) words.push(token.norm);
    }
  }
  return words;
}

/**
 * A quoted piece written as a title or a name ("Meet the Press", "La Jeune
 * Fille et la Mort"): 2 to 8 words, every one but the function words
 * (`isFunctionWord`, given lower case) capitalized, two at least.
 */
export function isTitleCased(context: QuoteContext, piece: QuotedPiece, isFunctionWord: (word: string) => boolean): boolean {
  const text = context.article.text.slice(piece.span.start, piece.span.end).replace(/[.,;:!?]+$/, '');
  const words = text.split(/\s+/).filter(Boolean);
  const capitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
  const content = words.filter((word) => !isFunctionWord(word.toLowerCase()));
  return words.length >= 2 && words.length <= 8 && content.every(capitalized) && words.filter(capitalized).length >= 2;
}

/** "known as "Deep Throat"", "dubbed "Prime Evil"", or a title ("Meet the Press"). */
function isName(context: QuoteContext, piece: QuotedPiece): boolean {
  if (isTitleCased(context, piece, isStopword)) return true;
  if (piece.open === undefined) return false;
  let index = tokenAt(context, piece.open) - 1;
  while (index >= 0 && [',', 'a', 'an', 'the'].includes(norm(context, index))) index--;
  const before = norm(context, index);
  if (NAMING_WORDS.has(before)) return true;
  if (before !== 'as') return false;
  for (let back = index - 1; back >= Math.max(0, index - 6); back--) if (NAMING_WORDS.has(norm(context, back))) return true;
  return false;
}

/**
 * A quotation right after another one, in the same or the next sentence: the
 * same speaker goes on. A quotation inside another one (`“Go home,”`) is
 * neither continued nor continues.
 */
function runningOn(context: QuoteContext, found: readonly Found[], index: number): Resolved | undefined {
  if (found[index].nested) return undefined;
  let before = index - 1;
  while (before >= 0 && found[before].nested) before--;
  const previous = found[before];
  if (found[index].words.length < 3 && !opensSentence(context, found[index].piece)) return undefined;
  const speaker = previous?.attribution?.speaker ?? previous?.inherited;
  if (!speaker) return undefined;
  const { sentenceOf } = context;
  const previousEnd = sentenceOf[tokenAt(context, previous.piece.close ?? previous.piece.span.end - 1)];
  const start = sentenceOf[tokenAt(context, found[index].piece.open ?? found[index].piece.span.start)];
  return start - previousEnd <= 1 && sameOrNextParagraph(context, previous.piece.span, found[index].piece.span) ? speaker : undefined;
}

function opensSentence(context: QuoteContext, piece: QuotedPiece): boolean {
  const open = tokenAt(context, piece.open ?? piece.span.start);
  return open === context.article.sentences[context.sentenceOf[open]].tokenStart;
}

function sameOrNextParagraph(context: QuoteContext, first: Span, second: Span): boolean {
  return paragraphAt(context.article.paragraphs, second.start) - paragraphAt(context.article.paragraphs, first.end) <= 1;
}

/** Verbs of a speaker's gesture that a sentence may end on before the words it leads to: "he smiled." */
const GESTURES: ReadonlySet<string> = new Set(['smiled', 'laughed', 'shrugged', 'paused', 'sighed', 'nodded', 'grinned', 'winced', 'frowned', 'hesitated']);

/**
 * "Asked whether the owners agreed, he smiled. ‘You'd have to ask them.’":
 * a quotation opening a sentence right after one in its paragraph that ends
 * on a gesture's verb is the words of that sentence's subject.
 */
function afterGesture(context: QuoteContext, piece: QuotedPiece): Resolved | undefined {
  if (piece.open === undefined) return undefined;
  const open = tokenAt(context, piece.open);
  const { start } = sentenceBounds(context, open);
  if (start !== open || start < 2 || norm(context, start - 1) !== '.' || !GESTURES.has(norm(context, start - 2))) return undefined;
  if (paragraphAt(context.article.paragraphs, context.article.tokens[start - 1].end) !== paragraphAt(context.article.paragraphs, piece.open)) return undefined;
  const subject = sentenceSubject(context, start - 2);
  return subject && resolvePhrase(context, subject, start - 2);
}

/**
 * "Nadia Qureshi, 37, spoke for two hours. Her account is reproduced here."
 * then a quotation over several paragraphs that names no one: an account
 * given at length is the words of the person the paragraph before it names
 * as a sentence's subject (the last such sentence).
 */
function testimonyOf(context: QuoteContext, piece: QuotedPiece): Resolved | undefined {
  const { paragraphs, sentences, tokens } = context.article;
  const first = paragraphAt(paragraphs, piece.span.start);
  if (piece.open === undefined || first < 1 || paragraphAt(paragraphs, piece.span.end) === first || tokenAt(context, piece.open) !== sentences[context.sentenceOf[tokenAt(context, piece.open)]].tokenStart) return undefined;
  const before = paragraphs[first - 1];
  for (let sentence = context.sentenceOf[tokenAt(context, piece.open)] - 1; sentence >= 0 && tokens[sentences[sentence].tokenStart].start >= before.start; sentence--) {
    const subject = sentenceSubject(context, sentences[sentence].tokenEnd - 1);
    const speaker = subject && resolvePhrase(context, subject, sentences[sentence].tokenEnd - 1);
    if (speaker?.entity !== undefined && context.entities.entities[speaker.entity].type === 'person') return speaker;
  }
  return undefined;
}

/** "…such as the prophetic Dr Azm Al Homoud:" then a quotation: the last person named before the colon, in its sentence and outside quotation marks ("end with a slogan:" after "the power of Jesus Christ." names no one). */
function afterColon(context: QuoteContext, piece: QuotedPiece): Resolved | undefined {
  if (piece.open === undefined) return undefined;
  const open = tokenAt(context, piece.open);
  const colon = open - 1;
  // "Patel said he was told: ‘…’": who heard the words did not speak them (`beforeOpen` names the one "told by", if any).
  if (norm(context, colon) !== ':' || (HEARING_VERBS.has(norm(context, colon - 1)) && isPassive(context, colon - 1))) return undefined;
  const { start } = sentenceBounds(context, colon);
  for (let index = colon - 1; index >= start && colon - index < 30; index--) {
    const mention = context.quoted[index] === 1 ? undefined : context.mentionOf[index];
    if (mention && mention.entity !== undefined && context.entities.entities[mention.entity].type === 'person') {
      return resolvePhrase(context, { start: mention.tokenStart, end: mention.tokenEnd }, open);
    }
  }
  return undefined;
}
