/**
 * Names as the quotation rules of languages besides English find them:
 * runs of capitalized words that are not function words of the language,
 * with "de", "van", "von" inside and courtesy titles ("M.", "Frau") before,
 * and the fullest run of an article that ends in a speaker's last word
 * ("Marchal" is "Étienne Marchal").
 */
import type { SegmentedArticle, Span } from '../article.js';
import { tokenText } from '../entities/tokens.js';
import { norm, type QuoteContext } from './context.js';
import { LANGUAGE_STOPWORDS } from '../text/language-stopwords.js';
import { NEWS_AGENCIES, QUOTE_CUES, type QuoteCues } from './language-cues.js';
import { isAnyGivenName } from '../entities/given-names.js';

/** What the rules of one language read one article with. */
export interface Reader {
  context: QuoteContext;
  cues: QuoteCues;
  stopwords: ReadonlySet<string>;
  /** Every name run of the article by its last word, for the fullest form of a speaker. */
  names: ReadonlyMap<string, readonly Range[]>;
}

/** The reader of an article in `language`, with its name runs; undefined for a language without cues (`QUOTE_CUES`). */
export function languageReader(context: QuoteContext, language: string): Reader | undefined {
  if (!Object.hasOwn(QUOTE_CUES, language)) return undefined;
  const cues = QUOTE_CUES[language];
  const stopwords = LANGUAGE_STOPWORDS[language] ?? new Set<string>();
  return { context, cues, stopwords, names: nameRuns({ context, cues, stopwords, names: new Map() }) };
}

/** Tokens `start` to `end` (exclusive). */
export interface Range {
  start: number;
  end: number;
}

/** Tokens after a verb in which its speaker may still be named (`a précisé leur directrice, Claire Dubreuil`, `dijo el ministro de Economía, Carlos Ruiz`). */
export const SPEAKER_WINDOW = 14;

/**
 * The first name from `from` on, right there or after a few words
 * describing who it is (`le maire Étienne Marchal`, `la directora del
 * puerto, Lucía Ferrán`), within `SPEAKER_WINDOW` words and no
 * punctuation but commas. A name after a function word belongs to the
 * description (`le porte-parole de la mairie de Valcourt`), as does any
 * after "de", "van"… up to a comma (`le président du club Paris FC`), and
 * so does a news agency told (`disse à Lusa Ana Sousa`).
 */
export function describedName(reader: Reader, from: number, end: number): Range | undefined {
  const { context } = reader;
  let described = false;
  for (let index = from; index < Math.min(end, from + SPEAKER_WINDOW); index++) {
    const token = context.article.tokens[index];
    if (token.punct && token.norm !== ',') return undefined;
    if (token.norm === ',') described = false;
    else if (reader.cues.of.has(token.norm)) described = true;
    const run = nameAt(reader, index, end);
    if (run === undefined) continue;
    const agency = NEWS_AGENCIES.has(norm(context, index));
    // A courtesy title may follow an article ("la Sra. Pilar Gómez", "il dott. Marco Rossi").
    const titled = run.start > index && reader.cues.determiners.has(norm(context, index - 1));
    const named = agency ? run.start > index : index === from || (!described && (titled || !reader.stopwords.has(norm(context, index - 1))));
    if (named) return isSpeakerName(reader, run) ? run : undefined;
    index = run.end - 1;
  }
  return undefined;
}

/** In a language that capitalizes every noun, a one-word name only after a courtesy title ("Herr Brandt") or as the surname of a longer name in the article. */
export function isSpeakerName(reader: Reader, run: Range): boolean {
  if (!reader.cues.nounsCapitalized || run.end - run.start > 1 || reader.cues.titles.has(norm(reader.context, run.start - 1))) return true;
  const surname = norm(reader.context, run.start);
  return reader.names.get(surname)?.some((name) => name.end - name.start > 1) ?? false;
}

/** A name starting at `index` (after a courtesy title), up to `end`; offices and an article before one left out ("Der Bürgermeister Jens Hahn" is "Jens Hahn"). */
export function nameAt(reader: Reader, index: number, end: number): Range | undefined {
  let at = index;
  while (at < end && reader.cues.titles.has(norm(reader.context, at))) at++;
  const particleFirst = at + 1 < end && isCapitalized(reader, at) && isParticle(reader, at) && isNameWord(reader, at + 1);
  if (at >= end || !(particleFirst || isNameWord(reader, at))) return undefined;
  let last = particleFirst ? at + 1 : at;
  for (let step = nameStep(reader, last, 1, 0, end); step > 0 && !(step > 1 && saysOf(reader, at, last)); step = nameStep(reader, last, 1, 0, end)) last += step;
  while (at < last && (isOffice(reader, at) || NEWS_AGENCIES.has(norm(reader.context, at)) || isLowerParticle(reader, at) || (isParticle(reader, at) && isOffice(reader, at + 1)))) at++;
  return { start: at, end: last + 1 };
}

/** A name whose last word is at `last`, reaching back no further than `floor`. */
export function nameEndingAt(reader: Reader, last: number, floor: number): Range | undefined {
  if (!isNameWord(reader, last)) return undefined;
  let first = last;
  for (let step = nameStep(reader, first, -1, floor, last + 1); step > 0; step = nameStep(reader, first, -1, floor, last + 1)) first -= step;
  if (first - 1 >= floor && isCapitalized(reader, first - 1) && isParticle(reader, first - 1)) first--;
  while (first < last && (isOffice(reader, first) || isLowerParticle(reader, first))) first++;
  return { start: first, end: last + 1 };
}

/** The particle after `last` says "of" (`ofAfterSurname`): the name from `first` to `last` holds two words or more, the last no given name ("Femke Jansen van Utrecht"). */
function saysOf(reader: Reader, first: number, last: number): boolean {
  if (!reader.cues.ofAfterSurname?.has(norm(reader.context, last + 1))) return false;
  let words = 0;
  for (let index = first; index <= last; index++) if (isNameWord(reader, index) && !isOffice(reader, index)) words++;
  return words >= 2 && !isAnyGivenName(norm(reader.context, last));
}

/**
 * How many words a name at `from` goes on by in `direction` (1 ahead, -1
 * back), within `floor` to `end`: 1 for a name word, 2 for a particle and a
 * name word ("de Vries"; not one of `secondParticles`), 3 for two particles and a name word ("von der
 * Leyen", "de la Fontaine"), 0 where it stops.
 */
function nameStep(reader: Reader, from: number, direction: 1 | -1, floor: number, end: number): number {
  const inside = (index: number) => index >= floor && index < end;
  const next = from + direction;
  if (!inside(next)) return 0;
  if (isNameWord(reader, next)) return 1;
  if (!isParticle(reader, next) || !inside(next + direction)) return 0;
  if (isNameWord(reader, next + direction)) return reader.cues.secondParticles?.has(norm(reader.context, next)) ? 0 : 2;
  const third = next + 2 * direction;
  return isParticle(reader, next + direction) && inside(third) && isNameWord(reader, third) ? 3 : 0;
}

/** Every run of two or more name words, and every single one inside a sentence, by its last word, in text order. */
export function nameRuns(reader: Reader): Map<string, Range[]> {
  const runs = new Map<string, Range[]>();
  for (const sentence of reader.context.article.sentences) {
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      const run = nameAt(reader, index, sentence.tokenEnd);
      if (run === undefined) continue;
      if (run.end - run.start > 1 || run.start > sentence.tokenStart) {
        const last = norm(reader.context, run.end - 1);
        const same = runs.get(last);
        if (same) same.push(run);
        else runs.set(last, [run]);
      }
      index = run.end - 1;
    }
  }
  return runs;
}

/** A capitalized word that is neither a function word of the language nor a courtesy title. */
export function isNameWord(reader: Reader, index: number): boolean {
  const token = reader.context.article.tokens[index];
  return token !== undefined && !token.punct && isCapitalized(reader, index) && !reader.stopwords.has(token.norm) && !reader.cues.titles.has(token.norm);
}

/** A noun of office before a name ("Bürgermeisterin"), in a language that capitalizes it, also after a hyphen ("FNV-bestuurder"). */
function isOffice(reader: Reader, index: number): boolean {
  const word = norm(reader.context, index);
  return reader.cues.offices.test(word) || (word.includes('-') && reader.cues.offices.test(word.slice(word.lastIndexOf('-') + 1)));
}

/** A word inside names ("de", "van"), or first in one when capitalized ("aldus De Vries", "Marine Le Pen"). */
function isParticle(reader: Reader, index: number): boolean {
  return reader.cues.particles.has(norm(reader.context, index));
}

/** A particle in lower case, which a name does not open on: what an office left of `Sprecher der Feuerwehr`. */
function isLowerParticle(reader: Reader, index: number): boolean {
  return isParticle(reader, index) && !isCapitalized(reader, index);
}

/** A word written with a capital first letter. */
export function isCapitalized(reader: Reader, index: number): boolean {
  return reader.context.article.tokens[index] !== undefined && /^\p{Lu}/u.test(tokenText(reader.context.article, index));
}

/** The longest name run of the article holding every word of `speaker` and ending in its last word, as written. */
export function fullestName(reader: Reader, speaker: Range): string {
  const { start, end } = tokenSpan(reader.context.article.tokens, fullestRange(reader, speaker));
  return reader.context.article.text.slice(start, end);
}

/** Each reader's fullest ranges found so far, by the speaker's range (`start` × (tokens + 1) + `end`): the antecedent rules ask again for the same speaker. */
const fullestOf = new WeakMap<Reader, Map<number, Range>>();

/** The longest name run of the article holding every word of `speaker` and ending in its last word; found once per reader and range. */
export function fullestRange(reader: Reader, speaker: Range): Range {
  const { article } = reader.context;
  let known = fullestOf.get(reader);
  if (known === undefined) fullestOf.set(reader, (known = new Map()));
  const key = speaker.start * (article.tokens.length + 1) + speaker.end;
  const found = known.get(key);
  if (found !== undefined) return found;
  const words = (range: Range) => article.tokens.slice(range.start, range.end).map((token) => token.norm);
  const own = words(speaker);
  let best = speaker;
  for (const run of reader.names.get(own[own.length - 1]) ?? []) {
    if (run.end - run.start <= best.end - best.start) continue;
    const theirs = new Set(words(run));
    if (own.every((word) => theirs.has(word))) best = run;
  }
  known.set(key, best);
  return best;
}

/** The characters tokens `range` cover. */
export function tokenSpan(tokens: SegmentedArticle['tokens'], range: Range): Span {
  return { start: tokens[range.start].start, end: tokens[range.end - 1].end };
}
