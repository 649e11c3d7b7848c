/**
 * Word lists the sentence splitter consults when a full stop follows a word.
 * All entries are lower case, without the final period.
 */
import { US_STATES } from '../text/us-states.js';
import type { LanguageRules } from './languages.js';

/** How a known abbreviation behaves in front of a capitalized word. */
export type AbbreviationKind =
  /**
   * Followed by a name ("Mr. Smith", "Gen. Clark", "e.g. Paris"): ends a sentence only before an
   * opener no name is spelled like ("Hun Sen. The"), see `AFTER_TITLE_OPENERS`.
   */
  | 'title'
  /** Can end a sentence ("in the U.S. The", "Apple Inc. It"): ends one only before a common sentence opener. */
  | 'final'
  /** Precedes a number ("No. 5", "Vol. 2"): not an end before a digit, an ordinary word otherwise. */
  | 'numeric';

const TITLES = [
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'msgr', 'fr', 'hon', 'pres', 'gov', 'sen', 'rep', 'reps', 'sens',
  'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'cmndr', 'comdr', 'cdr', 'cmdt', 'cpt', 'adm', 'maj', 'cpl', 'pvt', 'pfc', 'spc', 'brig', 'lieut', 'supt',
  'insp', 'det', 'atty', 'amb', 'asst', 'ald', 'inf',
  'vs', 'v', 'cf', 'e.g', 'i.e', 'viz', 'approx', 'esp',
];

const FINALS = [
  'u.s', 'u.n', 'u.k', 'e.u', 'u.s.a', 'u.s.s.r', 'd.c', 'n.y', 'l.a', 'a.m', 'p.m', 'ph.d', 'etc', 'al',
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'bros', 'cos', 'assn', 'dept', 'univ', 'jr', 'sr', 'st', 'ste', 'mt', 'ft', 'ave',
  'blvd', 'rd', 'hwy', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'kan', 'kans', 'ky', 'md', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla', 'tenn',
  'tex', 'vt', 'wis', 'wyo',
];

/** State abbreviations that are also English words ("ill.", "miss."): abbreviations only when capitalized. */
export const CAPITALIZED_FINALS: ReadonlySet<string> = new Set(['Ark', 'Del', 'Ga', 'Ill', 'Ind', 'La', 'Mass', 'Miss', 'Mo', 'Ore', 'Pa', 'Va', 'Wash']);

const NUMERIC = ['no', 'nos', 'vol', 'vols', 'pp', 'p', 'art', 'ch', 'sec', 'fig', 'figs', 'nr', 'tel', 'ext', 'op', 'ca'];

function table(): Map<string, AbbreviationKind> {
  const kinds = new Map<string, AbbreviationKind>();
  for (const word of FINALS) kinds.set(word, 'final');
  for (const word of NUMERIC) kinds.set(word, 'numeric');
  for (const word of TITLES) kinds.set(word, 'title');
  return kinds;
}

/** The built-in abbreviations and how each one behaves. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationKind> = table();

/** Normalizes a caller's abbreviation ("Calif." → "calif"). */
export function abbreviationKey(word: string): string {
  return word.trim().toLowerCase().replace(/\.$/, '');
}

const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const INITIAL = /^\p{Lu}$/u;

/**
 * How `word` (the characters before a period, without it) behaves as an
 * abbreviation in a text read with `rules`, or `undefined` for an ordinary
 * word. A single capital is an initial and dotted letters are an acronym,
 * both `final`; so are the caller's `extra` keys. "D-Calif" is looked up by
 * its last part.
 */
export function abbreviationKind(word: string, rules: LanguageRules): AbbreviationKind | undefined {
  const written = rules.asWritten.get(word);
  if (written !== undefined) return written;
  if (INITIAL.test(word)) return 'final';
  const key = word.toLowerCase();
  const known = rules.abbreviations.get(key);
  if (known !== undefined) return known;
  if (rules.extra.has(key) || DOTTED.test(word)) return 'final';
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && hyphen < word.length - 1 ? abbreviationKind(word.slice(hyphen + 1), rules) : undefined;
}

/**
 * Capitalized words that commonly open a sentence and are not names: after
 * "U.S.", "etc." or an initial, one of these means the period ended a sentence.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'nor', 'in', 'on', 'at', 'by', 'for', 'from',
  'with', 'without', 'after', 'before', 'when', 'while', 'if', 'as', 'although', 'though', 'because', 'since', 'until',
  'meanwhile', 'however', 'also', 'still', 'then', 'now', 'thus', 'instead', 'indeed', 'moreover', 'furthermore', 'yesterday',
  'today', 'tomorrow', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'other', 'others', 'another', 'no', 'not', 'none',
  'one', 'two', 'three', 'what', 'who', 'why', 'how', 'where', 'which', 'whether', 'last', 'earlier', 'later', 'under', 'over',
  'during', 'despite', 'among', 'about', 'such', 'only', 'even', 'officials', 'asked', 'according', 'several', 'few', 'more',
  'much', 'to', 'of', 'is', 'was', 'are', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'let', 'please', 'yes', 'ok', 'well', 'once', 'unlike', 'like', 'outside', 'inside',
  'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nothing', 'everything', 'police', 'authorities',
  'witnesses', 'analysts',
]);

/**
 * The openers that still end a sentence after a title ("Prime Minister Hun
 * Sen. The talks"): not "He" ("Ms. He" is a name), "An", "May", "Will"...
 */
export const AFTER_TITLE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'these', 'those', 'there', 'it', 'its', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'for',
  'from', 'with', 'after', 'before', 'when', 'while', 'if', 'as', 'although', 'because', 'however', 'meanwhile', 'what', 'his',
  'her', 'their', 'some', 'many', 'most',
]);

/**
 * Capitalized words that come before a title without being a name
 * ("Democratic Sen. Joe Smith", "Former Gov. Ann Lee"): the title's period does not end a sentence.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'democratic', 'republican', 'independent', 'state', 'former', 'retired', 'then', 'gop', 'senior', 'junior',
  'incumbent', 'veteran', 'sitting', 'freshman', 'assistant', 'deputy', 'major', 'brigadier', 'rear', 'vice', 'acting', 'late',
  'dear', 'by', 'to', 'with', 'and', 'or', 'said', 'says', 'from', 'for', 'lt', 'adm', 'colonel', 'general', 'county', 'federal',
  'liberal', 'conservative', 'labour', 'labor', 'tory', 'socialist', 'communist', 'green', 'says', 'told', 'when', 'as', 'if',
  // a role before a rank: "Military Commander Col.", "Police Chief Lt.", "Army Capt."
  'commander', 'chief', 'police', 'army', 'navy', 'military', 'force', 'guard', 'marine', 'marines', 'inf',
  // a state's name ends its own title: "Alaska Gov. Sarah Palin", "New York Gov. Andrew Cuomo"
  ...US_STATES.map((state) => state.split(' ').pop()!.toLowerCase()),
]);

/**
 * Verbs of saying: a capitalized name followed by one of these right after a
 * quoted question or exclamation is its attribution (`"Why?" Smith asked.`).
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'shouted', 'yelled', 'cried', 'exclaimed', 'replied',
  'wrote', 'writes', 'wondered', 'demanded', 'recalled', 'insisted', 'declared', 'screamed', 'answered', 'responded', 'tweeted',
  'continued', 'explained', 'chanted', 'joked', 'quipped',
]);
