import type { SegmentedArticle, Token } from '../article.js';
import { instantOf } from '../time.js';
import { sentenceTokens } from '../segment/index.js';
import { openingSentence } from './headline.js';
import { isCapitalized } from '../stories/entities.js';
import { partitionPoint } from '../text/partition-point.js';
import { wordSet } from '../text/words.js';
import { sentenceKey, type Unit } from './units.js';

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
 * `ordered`, so no two wait for each other; a chain of waiting units is placed
 * from a stack, not by recursion.
 */
export function withReferentsFirst(ordered: readonly Unit[], articles: readonly SegmentedArticle[]): Unit[] {
  const introducers = new Map<string, number[]>();
  ordered.forEach((unit, k) => {
    for (const stem of introducedStems(unit.tokens, articles[unit.article].textLanguage ?? 'en')) appendTo(introducers, stem, k);
  });
  const mentioned = new Set<string>();
  const placedSentences = new Set<number>();
  const placed: number[] = [];
  const waiting = new Map<number, number[]>();
  const place = (first: number): void => {
    const stack = [first];
    while (stack.length > 0) {
      const k = stack.pop()!;
      placed.push(k);
      for (const token of ordered[k].tokens) if (!token.punct) mentioned.add(token.stem);
      placedSentences.add(sentenceKey(ordered[k]));
      const next = waiting.get(k) ?? [];
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    }
  };
  ordered.forEach((unit, k) => {
    const wanted = referents(unit, articles[unit.article]);
    const named = wanted.some((stem) => mentioned.has(stem)) || (unit.sentence > 0 && placedSentences.has(sentenceKey({ article: unit.article, sentence: unit.sentence - 1 })));
    const introducing = wanted.length === 0 || named ? -1 : firstIntroducerAfter(k, wanted, introducers);
    if (introducing < 0) place(k);
    else appendTo(waiting, introducing, k);
  });
  return placed.map((k) => ordered[k]);
}

/** Adds `value` to the end of `key`'s list in `lists`, in place. */
function appendTo<K>(lists: Map<K, number[]>, key: K, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** The first unit after the `k`th introducing one of the `wanted` stems (`introducers`: each stem's introducing units, ascending); -1 when none does. */
function firstIntroducerAfter(k: number, wanted: readonly string[], introducers: ReadonlyMap<string, readonly number[]>): number {
  let first = -1;
  for (const stem of wanted) {
    const list = introducers.get(stem) ?? [];
    const after = partitionPoint(list.length, (index) => list[index] <= k);
    if (after < list.length && (first < 0 || list[after] < first)) first = list[after];
  }
  return first;
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
 * The stems a unit points back at: after a definite article it opens on, its
 * phrase's (`phraseStems`: "The agreement" → agreement; "The Taliban", "The
 * U.S." point at nothing); for a unit that needs the sentence before it
 * (`Unit.dangling`: "He said…", "It was…"), the names that sentence of its
 * article writes. None for its article's opening sentence (`openingSentence`),
 * a lede that introduces what it names ("The government of Velmar declared…"),
 * nor for any other unit.
 */
function referents(unit: Unit, article: SegmentedArticle): string[] {
  if (unit.sentence <= openingSentence(article)) return [];
  const words = unit.tokens.filter((token) => !token.punct);
  const articles = DEFINITE_ARTICLES[article.textLanguage ?? 'en'];
  if (words.length > 1 && articles?.has(words[0].norm)) return phraseStems(words.slice(1), article.text, article.textLanguage ?? 'en');
  if (!unit.dangling || unit.sentence === 0) return [];
  const before = sentenceTokens(article, unit.sentence - 1).filter((token) => !token.punct);
  return before.filter((token, index) => index > 0 && !token.stop && isCapitalized(article.text, token)).map((token) => token.stem);
}

/**
 * The stems a definite phrase points back at, none when a name opens it: in
 * English, its head noun only, the last word of its noun phrase, which ends
 * at a possessive ("The country's envoy" → country), a function word, a name,
 * a number or its verb (`isSubjectsVerb`: "The earthquake killed…" →
 * earthquake, not kill); in other languages, its words up to the first
 * function word, name or number.
 */
function phraseStems(words: readonly Token[], text: string, language: string): string[] {
  if (isCapitalized(text, words[0])) return [];
  const english = language === 'en';
  const phrase: Token[] = [];
  for (const [index, word] of words.slice(0, PHRASE_WORDS).entries()) {
    if (word.stop || isCapitalized(text, word) || /\d/.test(word.norm) || (english && index > 0 && isSubjectsVerb(words, index))) break;
    phrase.push(word);
    if (english && /['’]s?$/.test(word.norm)) break;
  }
  return (english ? phrase.slice(-1) : phrase).map((word) => word.stem);
}

/** Past forms of verbs news writes after a subject that do not end in "-ed" ("The fire spread", "The index rose"); those naming a thing too ("cut", "cost", "hit", "set") are left out. */
const IRREGULAR_PAST_VERBS: ReadonlySet<string> = wordSet(`
  began became broke brought built bought came caught drove fell felt fled flew fought found froze gave grew
  held hung kept knew lay led left lost made meant met overran overtook paid ran rang rose sank sat saw sent
  shook shot slid sold sought spent spoke spread stood stole struck swept swung took threw told tore upheld
  went withdrew won wore wrote
`);

/** Words opening a verb's object or complement: an "-s" word before one is the verb ("The pact gives the crews…", "needs to"), not a plural noun ("The rescue teams reached…"). */
const OBJECT_OPENERS: ReadonlySet<string> = wordSet('the a an its his her their this that these those to no');

/**
 * Whether the `index`th word of an English definite phrase, not its first,
 * is the verb its noun phrase is the subject of: an irregular past
 * ("spread"), a past in "-ed" but not after an adverb ("killed"; not
 * "newly elected", "speed"), or an "-s" present before its object ("gives the").
 */
function isSubjectsVerb(words: readonly Token[], index: number): boolean {
  const norm = words[index].norm;
  if (IRREGULAR_PAST_VERBS.has(norm)) return true;
  if (/[^e]ed$/.test(norm) && norm.length >= 5) return !isAdverb(words[index - 1].norm);
  return /[^s'’]s$/.test(norm) && OBJECT_OPENERS.has(words[index + 1]?.norm ?? '');
}

/** Nouns in "-ly" ("The royal family hired…"): any other word in "-ly" is an adverb, after which an "-ed" word is a participle ("The newly elected council"). */
const NOUNS_IN_LY: ReadonlySet<string> = wordSet('family ally assembly supply rally reply monopoly anomaly');

function isAdverb(norm: string): boolean {
  return norm.endsWith('ly') && !NOUNS_IN_LY.has(norm);
}
