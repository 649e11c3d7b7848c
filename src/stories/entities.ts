/**
 * A fast proper-noun extractor over the segmenter's tokens: runs of
 * capitalized words ("Tara Reid", "Corrin Falls Dam", "Bank of England").
 * A capitalized word where any word would be capitalized (a sentence's first
 * word, a word after an opening quote, every word of a Title Case line or of
 * the title) counts only when the article also capitalizes it in the middle
 * of a sentence. One pass to learn those words, one to collect the runs: no
 * tagger, and in English no dictionary beyond the stopword flag the tokens
 * already carry.
 *
 * German capitalizes every noun, so there capitalization alone makes no
 * name: a word the article writes after an article or a determiner ("die
 * Feuerwehr", "eine Lagerhalle", "am Mittwoch", "der brennenden Halle") is
 * a common noun, no name's word, as names of people and towns take none
 * ("in Oberwied", "sagte Hallmann"); one followed by another capitalized
 * word is left alone, as it may open a name ("der Spedition Kessler"), and
 * so is a known place ("die Schweiz", "in den Niederlanden"). No
 * German sentence counts as a Title Case line, nor does a headline, which
 * German writes as a sentence ("Großbrand in Lagerhalle in Oberwied"),
 * and a noun before a known given name is no part of the name
 * ("Kreisbrandmeister Torsten Hallmann"). Dutch "van" and German "von"
 * after a surname say "of" and join no name ("Femke Jansen van Utrecht").
 */
import type { SegmentedArticle, Token } from '../article.js';
import { isAnyGivenName } from '../entities/given-names.js';
import { lookUpExonym } from '../entities/exonyms.js';
import { lookUpName } from '../entities/gazetteer.js';
import { factWords } from '../facts/language-facts.js';
import { QUOTE_CUES } from '../quotes/language-cues.js';
import { isDigit } from '../segment/chars.js';
import { MONTHS_BY_LANGUAGE } from '../text/months.js';
import { NAME_OPENING_STOPWORDS } from '../text/stopwords.js';
import { wordSet } from '../text/words.js';

/**
 * The articles and determiners of languages that capitalize every noun, by
 * language: a capitalized word after one (lower-case words between) is a
 * common noun. Contractions of a preposition and an article count ("am",
 * "zum", "beim").
 */
const NOUN_DETERMINERS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: wordSet(`der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen
    am im zum zur beim vom ins ans aufs dieser diese dieses diesem diesen jeder jede jedes jedem jeden
    sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere unserer unseren`),
};

/** The months and weekdays of `NOUN_DETERMINERS`' languages, capitalized there and no names. */
const CALENDAR: Readonly<Record<string, { months: ReadonlySet<string>; weekdays: readonly string[] }>> = {
  de: { months: new Set(Object.keys(MONTHS_BY_LANGUAGE.de)), weekdays: factWords('de').weekdays },
};

/** Most lower-case words (adjectives) between a determiner and its noun: "der seit Jahren leerstehenden Halle" is not read. */
const WORDS_BETWEEN = 2;

/** Lower-case words that may join two capitalized ones: "Bank of England", "Charles de Gaulle". */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'al', 'bin', 'el']);

/** Capitalized in every sentence that names them, but no help in telling events apart. */
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Tokens after which the next word is capitalized whatever it is. */
const OPENERS: ReadonlySet<string> = new Set(['"', "'", '(', '[', ':', '-', '--', '...', '|', '•', '*']);

/** A sentence with at least this many words, this share of them capitalized, is a Title Case line. */
const TITLE_CASE_WORDS = 4;
const TITLE_CASE_SHARE = 0.7;

/** The name a token contributes to a key: its normal form without a possessive `'s`. */
export function nameWord(token: Token): string {
  const { norm } = token;
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm.endsWith("'") ? norm.slice(0, -1) : norm;
}

/** True when the token's first character is an upper-case letter. */
export function isCapitalized(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const char = text[token.start];
  return char !== char.toLowerCase();
}

/**
 * A capitalized word that could belong to a name: no digits, no address, and
 * not a function word unless written in capitals ("US", "WHO") or opening a
 * name ("New York": "new" is a key's word, never a key alone).
 */
function isNameCandidate(text: string, token: Token): boolean {
  if (token.punct || !isCapitalized(text, token)) return false;
  const { norm } = token;
  const code = norm.charCodeAt(0);
  if ((code >= 48 && code <= 57) || norm.startsWith('http') || norm.startsWith('www.')) return false;
  if (!token.stop || NAME_OPENING_STOPWORDS.has(norm)) return true;
  const surface = text.slice(token.start, token.end);
  return surface.length > 1 && surface === surface.toUpperCase();
}

/** A token's marks in `extractNames`: it could belong to a name; capitalization says nothing where it stands. */
const CANDIDATE = 1;
const UNINFORMATIVE = 2;

/** A country or city a language writes with an article ("die Schweiz", "in den Niederlanden", "der Iran"). */
function isKnownPlace(form: string, language: string): boolean {
  return (lookUpExonym(form, language) ?? lookUpName(form))?.type === 'place';
}

/**
 * The nouns `tokens[from, to)` writes after a determiner of `language` or a
 * number, with up to `WORDS_BETWEEN` lower-case words between, and followed
 * by no capitalized word: "eine Lagerhalle der", "am Mittwochabend", "die
 * Feuerwehr", "20 Fahrzeuge"; and the language's months and weekdays
 * ("März", "Donnerstag", "Donnerstagmorgen") wherever written.
 */
function addCommonNouns(text: string, tokens: readonly Token[], from: number, to: number, language: string, common: Set<string>): void {
  const determiners = NOUN_DETERMINERS[language];
  for (let i = from; i < to; i++) {
    // After a number written in digits ("20", "5.30") the capitalized word is what it counts ("20 Fahrzeuge", "5.30 Uhr").
    if (!determiners.has(tokens[i].norm) && !isDigit(tokens[i].norm.charCodeAt(0))) continue;
    let noun = i + 1;
    while (noun < to && noun - i <= WORDS_BETWEEN && !tokens[noun].punct && !tokens[noun].stop && !isCapitalized(text, tokens[noun])) noun++;
    if (noun >= to || tokens[noun].punct || !isCapitalized(text, tokens[noun])) continue;
    const next = tokens[noun + 1];
    if (next !== undefined && noun + 1 < to && !next.punct && isCapitalized(text, next)) continue;
    if (isKnownPlace(text.slice(tokens[noun].start, tokens[noun].end), language)) continue;
    common.add(nameWord(tokens[noun]));
  }
  const { months, weekdays } = CALENDAR[language];
  for (let i = from; i < to; i++) {
    const word = nameWord(tokens[i]);
    if (months.has(word) || weekdays.some((day) => word.startsWith(day))) common.add(word);
  }
}

/**
 * Marks `tokens[from, to)`: the name candidates, and where capitalization says
 * nothing (the first word and words after an opener; every word when the
 * span is a Title Case line, or `titleCase`).
 */
function markSentence(text: string, tokens: readonly Token[], from: number, to: number, titleCase: boolean, marks: Uint8Array, nounsCapitalized: boolean): void {
  let words = 0;
  let capitalized = 0;
  let atStart = true;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (isNameCandidate(text, token)) marks[i] = CANDIDATE;
    if (titleCase) continue;
    if (token.punct) {
      if (OPENERS.has(token.norm)) atStart = true;
      continue;
    }
    if (atStart) marks[i] |= UNINFORMATIVE;
    atStart = false;
    if (token.stop && token.norm.length < 4) continue;
    words++;
    if (isCapitalized(text, token)) capitalized++;
  }
  if (titleCase || (!nounsCapitalized && words >= TITLE_CASE_WORDS && capitalized >= words * TITLE_CASE_SHARE)) for (let i = from; i < to; i++) marks[i] |= UNINFORMATIVE;
}

/** One piece of text to read names from: the article text (or its title) and a token range in it. */
export interface NameSource {
  text: string;
  tokens: readonly Token[];
  /** Token ranges `[from, to)` read as sentences. */
  ranges: ReadonlyArray<readonly [number, number]>;
  /** Every word of this source counts as Title Case (a headline). */
  titleCase: boolean;
}

/** The body's sentences as a name source. */
export function bodySource(article: SegmentedArticle): NameSource {
  return { text: article.text, tokens: article.tokens, ranges: article.sentences.map((sentence) => [sentence.tokenStart, sentence.tokenEnd] as const), titleCase: false };
}

/**
 * Names in the sources with how often each occurs. A run of k ≥ 2 words
 * gives its full key ("tara reid") and each of its words ("tara", "reid"), so
 * a later bare "Reid" still matches; weights add up per key. Read in
 * `language`: German nouns are no names (`NOUN_DETERMINERS`).
 */
export function extractNames(sources: readonly NameSource[], weights: readonly number[], language?: string): Map<string, number> {
  const known = new Set<string>();
  const nounsCapitalized = language !== undefined && Object.hasOwn(NOUN_DETERMINERS, language);
  const common = new Set<string>();
  if (nounsCapitalized) for (const source of sources) for (const [from, to] of source.ranges) addCommonNouns(source.text, source.tokens, from, to, language, common);
  const marksOf = sources.map((source) => {
    const marks = new Uint8Array(source.tokens.length);
    for (const [from, to] of source.ranges) {
      markSentence(source.text, source.tokens, from, to, source.titleCase && !nounsCapitalized, marks, nounsCapitalized);
      if (common.size > 0) for (let i = from; i < to; i++) if (common.has(nameWord(source.tokens[i]))) marks[i] = 0;
      for (let i = from; i < to; i++) if (marks[i] === CANDIDATE) known.add(nameWord(source.tokens[i]));
    }
    return marks;
  });
  const names = new Map<string, number>();
  const ofAfterSurname = language !== undefined && Object.hasOwn(QUOTE_CUES, language) ? QUOTE_CUES[language].ofAfterSurname : undefined;
  sources.forEach((source, s) => {
    const weight = weights[s] ?? 1;
    const reading: RunReading = { marks: marksOf[s], known, names, weight, ofAfterSurname, nounsCapitalized };
    for (const [from, to] of source.ranges) collectRuns(source.tokens, from, to, reading);
  });
  return names;
}

/** What `collectRuns` reads one source's runs with, and counts them into. */
interface RunReading {
  marks: Uint8Array;
  known: ReadonlySet<string>;
  names: Map<string, number>;
  weight: number;
  ofAfterSurname?: ReadonlySet<string>;
  nounsCapitalized: boolean;
}

/**
 * In a language that capitalizes every noun, a run of three words or more
 * whose second is a known given name and whose first is none without the
 * first: the noun before the name says who the person is
 * ("Kreisbrandmeister Torsten Hallmann" is "torsten hallmann", as another
 * outlet's "Torsten Hallmann, Kreisbrandmeister" is).
 */
function withoutDescription(run: readonly string[], nounsCapitalized: boolean): readonly string[] {
  return nounsCapitalized && run.length >= 3 && !isAnyGivenName(run[0]) && isAnyGivenName(run[1]) ? run.slice(1) : run;
}

/**
 * Whether a run joins through `connector`: not where the language's particle
 * says "of" (`ofAfterSurname`, Dutch "van", German "von") after two name
 * words, the last no given name ("Femke Jansen van Utrecht"; "Jan van Dijk",
 * "Anna Maria van Dijk" are one name each).
 */
function joinsThrough(run: readonly string[], connector: string, ofAfterSurname: ReadonlySet<string> | undefined): boolean {
  if (!CONNECTORS.has(connector)) return false;
  if (!ofAfterSurname?.has(connector)) return true;
  return run.filter((word) => !CONNECTORS.has(word)).length < 2 || isAnyGivenName(run[run.length - 1]);
}

function collectRuns(tokens: readonly Token[], from: number, to: number, reading: RunReading): void {
  const { marks, known, names, weight, ofAfterSurname, nounsCapitalized } = reading;
  let run: string[] = [];
  for (let i = from; i < to; i++) {
    if (isName(tokens[i], marks[i], known)) {
      run.push(nameWord(tokens[i]));
    } else if (run.length > 0 && joinsThrough(run, tokens[i].norm, ofAfterSurname) && i + 1 < to && isName(tokens[i + 1], marks[i + 1], known)) {
      run.push(tokens[i].norm);
    } else if (run.length > 0) {
      addRun(withoutDescription(run, nounsCapitalized), names, weight);
      run = [];
    }
  }
  if (run.length > 0) addRun(withoutDescription(run, nounsCapitalized), names, weight);
}

/** The token is a name's word: a name candidate, no weekday, and capitalized where that tells (or a word the article capitalizes where it does). */
function isName(token: Token, marks: number, known: ReadonlySet<string>): boolean {
  if ((marks & CANDIDATE) === 0) return false;
  const word = nameWord(token);
  if (WEEKDAYS.has(word) || word.length < 2) return false;
  return (marks & UNINFORMATIVE) === 0 || known.has(word);
}

/** Counts a run's words (connectors and opening stopwords left out) and, for two words or more, the whole run. */
function addRun(run: readonly string[], names: Map<string, number>, weight: number): void {
  for (const word of run) if (!CONNECTORS.has(word) && !NAME_OPENING_STOPWORDS.has(word)) names.set(word, (names.get(word) ?? 0) + weight);
  if (run.length > 1) {
    const key = run.join(' ');
    names.set(key, (names.get(key) ?? 0) + weight);
  }
}
