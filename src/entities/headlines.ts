/**
 * Headlines and heading-like lines in title case ("5 Thoughts on Why the
 * Academy Picked Ellen DeGeneres As Oscar Host") capitalize verbs and nouns
 * as they do names, so a run of capitalized words there is no name. In such
 * a line a run keeps only what is known: the names the gazetteer holds and
 * those the article's ordinary sentences found, and, between them, the words
 * that its prose never writes in lower case ("DeGeneres"); the words it does
 * ("Picked", "Host") are dropped.
 */
import type { SegmentedArticle, Sentence } from '../article.js';
import { isCompassWord } from './adjectives.js';
import { lookUpName } from './gazetteer.js';
import { isTitle } from './lexicon.js';
import { formOf } from './mention.js';
import { NAME_PARTICLES, tokenText } from './tokens.js';

/** Words a title-case headline leaves in lower case. */
const HEADLINE_LOWER_WORDS = new Set(
  'a an the and but or nor for so yet at by in of off on per to up via as is are was be vs vs. with into over than that from out'.split(' '),
);
/** A line needs this many capitalized words its prose writes in lower case to read as a headline. */
const MIN_PROSE_WORDS = 2;

/** A word of the article's prose written capitalized: it is in lower case elsewhere in the article and is no title ("Picked", not "Sheriff"). */
function isProseWord(article: SegmentedArticle, index: number, lowerWords: ReadonlySet<string>): boolean {
  const lower = tokenText(article, index).toLowerCase().replace(/['’]s?$/, '');
  return lowerWords.has(lower) && !isTitle(lower);
}

/**
 * A sentence in title case: every word with letters is capitalized but for
 * the short words headlines keep in lower case, and at least two of the
 * capitalized words after the first are words the article's prose writes in
 * lower case ("Academy Picked … As Oscar Host", not "Gen. Fayez Zeidan.").
 */
export function isTitleCased(article: SegmentedArticle, sentence: Sentence, lowerWords: ReadonlySet<string>): boolean {
  let first = true;
  let prose = 0;
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    const word = tokenText(article, index);
    if (!/\p{L}/u.test(word)) continue;
    if (!/^\p{Lu}/u.test(word)) {
      if (!HEADLINE_LOWER_WORDS.has(word) && !NAME_PARTICLES.has(word)) return false;
      continue;
    }
    if (!first && isProseWord(article, index, lowerWords)) prose++;
    first = false;
  }
  return prose >= MIN_PROSE_WORDS;
}

/**
 * The pieces of a run `[start, end)` of a title-case line that name
 * something: the longest known names (`known`: the gazetteer's or the
 * article's own, a compass word just before one opening it), and the stretches between them of words the prose never
 * writes in lower case, without particles at their edges.
 */
export function headlinePieces(
  article: SegmentedArticle,
  start: number,
  end: number,
  known: (form: string) => boolean,
  foundWords: ReadonlySet<string>,
): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let rest = -1;
  const closeRest = (at: number): void => {
    if (rest < 0) return;
    let [from, to] = [rest, at];
    while (from < to && NAME_PARTICLES.has(tokenText(article, from))) from++;
    while (to > from && NAME_PARTICLES.has(tokenText(article, to - 1))) to--;
    if (to - from === 1 || (to > from && /^\p{Lu}{2,6}$/u.test(tokenText(article, from)))) pieces.push({ start: from, end: to });
    rest = -1;
  };
  let index = start;
  while (index < end) {
    let length = end - index;
    while (length > 0 && !isKnown(article, index, index + length, known)) length--;
    if (length > 0) {
      // "NE Philadelphia": a compass word's abbreviation just before a known name opens it.
      const from = rest >= 0 && rest === index - 1 && isCompassWord(article, rest) ? rest : index;
      if (from === rest) rest = -1;
      closeRest(index);
      pieces.push({ start: from, end: index + length });
      index += length;
    } else if (!foundWords.has(tokenText(article, index).toLowerCase().replace(/['’]s?$/, '')) && !/^\p{Lu}{2,6}$/u.test(tokenText(article, index))) {
      closeRest(index);
      index++;
    } else {
      if (rest < 0) rest = index;
      index++;
    }
  }
  closeRest(end);
  return pieces;
}

function isKnown(article: SegmentedArticle, start: number, end: number, known: (form: string) => boolean): boolean {
  if (NAME_PARTICLES.has(tokenText(article, start)) || NAME_PARTICLES.has(tokenText(article, end - 1))) return false;
  const form = formOf(article, start, end);
  return lookUpName(form) !== undefined || known(form);
}
