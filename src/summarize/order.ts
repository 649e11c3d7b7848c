import type { SegmentedArticle, Token } from '../article.js';
import type { Unit } from './units.js';
import { instantOf } from '../time.js';
import { sentenceTokens } from '../segment/index.js';
import { isCapitalized } from '../stories/entities.js';

/**
 * A readable order: by the date of the article a unit comes from (undated
 * articles keep their input order after dated ones of the same time), then by
 * the unit's position in its article; then each unit that points back at
 * something no unit before it mentions and a later one introduces
 * (`referents`: "The agreement…" before "…praised agreements by…") moved to
 * just after the first unit introducing it (`withReferentsFirst`).
 */
export function readingOrder(units: readonly Unit[], articles: readonly SegmentedArticle[]): Unit[] {
  const time = articles.map((article) => {
    const parsed = article.published ? instantOf(article.published) : Number.NaN;
    return Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
  });
  const dated = [...units].sort(
    (a, b) => time[a.article] - time[b.article] || a.article - b.article || a.sentence - b.sentence,
  );
  return withReferentsFirst(dated, articles);
}

/** Definite articles a sentence opens on to point back at a thing named before ("The agreement…"), by language; German, whose nouns are all capitalized, has none here. */
const DEFINITE_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en: 'the',
    fr: "le la les l'",
    es: 'el la los las',
    it: "il lo la i gli le l'",
    pt: 'o a os as',
    nl: 'de het',
  }).map(([language, words]) => [language, new Set(words.split(' '))]),
);

/** At most this many words after the article make up the phrase pointing back ("The fast-spreading fire"). */
const PHRASE_WORDS = 3;

/**
 * `ordered` with each unit pointing back (`referents`) whose referent no
 * unit placed before it mentions, nor the sentence before it in its own
 * article when that one is placed before it, put just after the first later
 * unit introducing it (`introducedStems`). A unit waits only for one later in
 * `ordered`, so no two wait for each other.
 */
function withReferentsFirst(ordered: readonly Unit[], articles: readonly SegmentedArticle[]): Unit[] {
  const mentioned = ordered.map((unit) => new Set(unit.tokens.filter((token) => !token.punct).map((token) => token.stem)));
  const introduced = ordered.map((unit) => introducedStems(unit.tokens, articles[unit.article].textLanguage ?? 'en'));
  const placed: number[] = [];
  const waiting = new Map<number, number[]>();
  const place = (k: number): void => {
    placed.push(k);
    for (const next of waiting.get(k) ?? []) place(next);
  };
  ordered.forEach((unit, k) => {
    const wanted = referents(unit, articles[unit.article]);
    const named = placed.some((j) => wanted.some((stem) => mentioned[j].has(stem)) || (ordered[j].article === unit.article && ordered[j].sentence === unit.sentence - 1));
    const introducing = wanted.length === 0 || named ? -1 : ordered.findIndex((_, j) => j > k && wanted.some((stem) => introduced[j].has(stem)));
    if (introducing < 0) place(k);
    else waiting.set(introducing, [...(waiting.get(introducing) ?? []), k]);
  });
  return placed.map((k) => ordered[k]);
}

/** English words besides "the" that make a phrase point back at something named before ("this deal", "its envoy"). */
const ENGLISH_DEFINITE_WORDS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their']);

/**
 * The stems of the words a unit introduces: those in a phrase that does not
 * point back itself, that is whose nearest function word before it is no
 * definite article or possessive ("praised agreements", "A fire turned";
 * not "the international space station", "from the country", "The Velmar
 * River"), the words pointing back those of the unit's `language`.
 */
function introducedStems(tokens: readonly Token[], language: string): Set<string> {
  const definiteWords = language === 'en' ? ENGLISH_DEFINITE_WORDS : (DEFINITE_ARTICLES[language] ?? new Set<string>());
  const stems = new Set<string>();
  let definite = false;
  for (const token of tokens) {
    if (token.punct) definite = false;
    else if (token.stop) definite = definiteWords.has(token.norm);
    else if (!definite) stems.add(token.stem);
  }
  return stems;
}

/**
 * The stems a unit points back at: after a definite article it opens on, the
 * words of its phrase that are not names ("The agreement" → agreement; "The
 * Taliban", "The U.S." point at nothing); for a unit that needs the sentence
 * before it (`Unit.dangling`: "He said…", "It was…"), the names that sentence
 * of its article writes. None for any other unit.
 */
function referents(unit: Unit, article: SegmentedArticle): string[] {
  const words = unit.tokens.filter((token) => !token.punct);
  const articles = DEFINITE_ARTICLES[article.textLanguage ?? 'en'];
  if (words.length > 1 && articles?.has(words[0].norm)) return phraseStems(words.slice(1), article.text);
  if (!unit.dangling || unit.sentence === 0) return [];
  const before = sentenceTokens(article, unit.sentence - 1).filter((token) => !token.punct);
  return before.filter((token, index) => index > 0 && !token.stop && isCapitalized(article.text, token)).map((token) => token.stem);
}

/** The stems of a definite phrase's words (up to the first function word), none when a name opens it. */
function phraseStems(words: readonly Token[], text: string): string[] {
  if (isCapitalized(text, words[0])) return [];
  const phrase: string[] = [];
  for (const word of words.slice(0, PHRASE_WORDS)) {
    if (word.stop || isCapitalized(text, word) || /\d/.test(word.norm)) break;
    phrase.push(word.stem);
  }
  return phrase;
}
