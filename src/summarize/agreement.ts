/**
 * Does a cited sentence make the same claim as the summary sentence, beyond
 * sharing its words? Four marks of a claim that shared words do not show:
 * its polarity ("did not suspend"), its action against the opposite one
 * ("suspended" / "will resume"), who does it ("Ailsa Drummond closed the port"
 * / "Fergus Kilbride closed the port") and on which day or month.
 */
import type { SegmentedArticle, Token } from '../article.js';
import { isTitle } from '../entities/lexicon.js';
import { NOT_NAMES } from '../entities/names.js';
import { isNameWord, lowerCaseWords, possessiveLength } from '../entities/tokens.js';
import { MONTHS, WEEKDAYS } from '../facts/lexicon.js';
import { porterStem } from '../text/porter.js';

/** What a sentence's claim is marked by, read once per sentence. */
export interface ClaimMarks {
  /** The marks are read in English only (names by capitals, English denials and actions); a sentence in another language has none. */
  english: boolean;
  negated: boolean;
  /** Stems of every word (stopwords too). */
  stems: ReadonlySet<string>;
  /** Words in lower case, possessives cut ("malaysia's" → "malaysia"). */
  words: ReadonlySet<string>;
  /** Each proper name: its words in lower case, titles left out ("President Slobodan Milosevic" → slobodan, milosevic), and the words beside it. */
  names: readonly Name[];
  weekdays: ReadonlySet<string>;
  months: ReadonlySet<number>;
  /** It says what is to happen, not what happened (`isProspective`: "will reopen", "were expected at the site", "plans to"). */
  prospective: boolean;
  /** Stems of the `PROSPECTIVE_REACH` words after each word saying so: what is to happen ("will resume" → will's "resum"). */
  prospectiveStems: ReadonlySet<string>;
}

export interface Name {
  words: readonly string[];
  /** The words just before and after the name ("arrested", "on"), when there are. */
  before?: string;
  after?: string;
}

/** Words that deny the clause they are in; "n't" forms are one token ("didn't"); "refused to recognize" denies as "did not recognize" does. */
const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'refuse', 'refuses', 'refused', 'fail', 'fails', 'failed',
]);
/** Words after which "not" denies nothing ("not only"); "No. 2" is the token "no.". */
const NOT_DENYING_AFTER: ReadonlySet<string> = new Set(['only']);

/**
 * Actions and their opposites, as word forms of each side (stemmed here).
 * A sentence doing one side and not the other does not state a sentence doing the other.
 */
const OPPOSITE_ACTIONS: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  ['suspend halt close shut', 'resume reopen restart'],
  ['approve accept endorse', 'reject refuse veto'],
  ['arrest detain jail imprison', 'release free freed'],
  ['convict', 'acquit'],
  ['win won', 'lose lost'],
  ['rise rose risen increase climb', 'fall fell fallen drop decline decrease'],
  ['allow permit', 'ban forbid prohibit'],
  ['confirm', 'deny denied'],
].map(([one, other]) => [stems(one), stems(other)] as const);

function stems(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').map(porterStem));
}

const UNREAD: ClaimMarks = { english: false, negated: false, stems: new Set(), words: new Set(), names: [], weekdays: new Set(), months: new Set(), prospective: false, prospectiveStems: new Set() };

/** Words that make a claim one of what is to happen: "will", "would" ("said building would start"), "expected" (not "than expected", "as expected"), "scheduled". */
const PROSPECTIVE_WORDS: ReadonlySet<string> = new Set(['will', 'would', 'expected', 'expects', 'scheduled']);
/** Words that do so before "to": "plans to", "is set to" ("due to" is left out: "cancelled due to the storm" gives a cause). */
const PROSPECTIVE_BEFORE_TO: ReadonlySet<string> = new Set(['plan', 'plans', 'planned', 'planning', 'set', 'intends', 'intended']);
/** Words after which "expected" compares rather than looks ahead. */
const NOT_PROSPECTIVE_AFTER: ReadonlySet<string> = new Set(['than', 'as']);

/** Words after "will", "expected"… read as what is to happen ("will be paid", "plans to close"). */
const PROSPECTIVE_REACH = 2;

/** The token at `index` makes the claim one of what is to happen, not of what happened. */
function isProspective(tokens: readonly Token[], index: number): boolean {
  const { norm } = tokens[index];
  if (PROSPECTIVE_WORDS.has(norm)) return !NOT_PROSPECTIVE_AFTER.has(tokens[index - 1]?.norm ?? '');
  return PROSPECTIVE_BEFORE_TO.has(norm) && tokens[index + 1]?.norm === 'to';
}

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

/** The marks of the claim `tokens` (a run of `article.tokens`) make. */
export function claimMarks(article: SegmentedArticle, tokens: readonly Token[]): ClaimMarks {
  if ((article.textLanguage ?? 'en') !== 'en') return UNREAD;
  const stemsSeen = new Set<string>();
  const words = new Set<string>();
  const names: Name[] = [];
  const weekdays = new Set<string>();
  const months = new Set<number>();
  let negated = false;
  let prospective = false;
  const prospectiveStems = new Set<string>();
  let run: string[] = [];
  let before: string | undefined;
  let previous: string | undefined;
  const closeRun = (after: string | undefined): void => {
    if (run.length > 0) names.push({ words: run, before, after });
    run = [];
  };
  let first = true;
  tokens.forEach((token, index) => {
    const next = tokens[index + 1]?.norm;
    if (token.punct) {
      closeRun(undefined);
      previous = undefined;
      return;
    }
    const text = article.text.slice(token.start, token.end);
    const word = token.norm.slice(0, token.norm.length - possessiveLength(token.norm));
    stemsSeen.add(token.stem);
    words.add(word);
    if ((NEGATIONS.has(token.norm) || /n['’]t$/.test(token.norm)) && !(next !== undefined && NOT_DENYING_AFTER.has(next))) negated = true;
    if (isProspective(tokens, index)) {
      prospective = true;
      for (let next = index + 1, taken = 0; next < tokens.length && taken < PROSPECTIVE_REACH; next++) {
        if (tokens[next].punct) continue;
        prospectiveStems.add(tokens[next].stem);
        taken++;
      }
    }
    if (WEEKDAY_NAMES.has(token.norm)) weekdays.add(token.norm);
    const month = MONTHS[token.norm.replace(/\.$/, '')];
    if (month !== undefined && isNameWord(text) && !(first && token.norm === 'may')) months.add(month);
    const common = first && lowerCaseWords(article).has(word);
    first = false;
    if (isNameWord(text) && !token.stop && !common && !isTitle(token.norm) && !NOT_NAMES.has(token.norm) && month === undefined) {
      if (run.length === 0) before = previous;
      run.push(word);
    } else closeRun(token.norm);
    previous = token.norm;
  });
  closeRun(undefined);
  return { english: true, negated, stems: stemsSeen, words, names, weekdays, months, prospective, prospectiveStems };
}

/**
 * The cited sentence makes the summary sentence's claim as far as its marks
 * tell: both deny or neither does; neither does an action whose opposite the
 * other does; not a name of the summary sentence missing while another name
 * stands in the cited one (another actor); and when both say a weekday or a
 * month, they share one. Sentences not both read in English agree.
 */
export function claimsAgree(summary: ClaimMarks, cited: ClaimMarks): boolean {
  if (!summary.english || !cited.english) return true;
  if (summary.negated !== cited.negated) return false;
  for (const [one, other] of OPPOSITE_ACTIONS) {
    if (doesOnly(summary, one, other) && doesOnly(cited, other, one)) return false;
    if (doesOnly(summary, other, one) && doesOnly(cited, one, other)) return false;
  }
  for (const name of summary.names) {
    if (named(name, cited)) continue;
    if (cited.names.some((other) => !named(other, summary) && besideTheSame(name, other))) return false;
  }
  if (disjoint(summary.weekdays, cited.weekdays) || disjoint(summary.months, cited.months)) return false;
  return true;
}

/**
 * A name a sentence names: every word of it there ("Indonesia" for
 * "Indonesian" too), or a part of it written there as a name of its own
 * ("Drummond" for "Ailsa Drummond"). One word shared is not the name: "the
 * United States" does not name "the United Nations". A name written short
 * is read as its long form on both sides (`longFormsRead`: "the U.N.").
 */
export function named(name: Name, marks: Pick<ClaimMarks, 'words' | 'names'>): boolean {
  if (name.words.every((word) => holds(marks.words, word))) return true;
  return marks.names.some((other) => other.words.every((word) => name.words.some((own) => sameWord(word, own))));
}

function holds(words: ReadonlySet<string>, word: string): boolean {
  if (words.has(word)) return true;
  for (const other of words) if (sameWord(word, other)) return true;
  return false;
}

/** One word in two forms: the same, or one of five letters or more beginning the other ("Indonesia", "Indonesian"). */
function sameWord(word: string, other: string): boolean {
  return word === other || (other.length >= 5 && word.length >= 5 && (other.startsWith(word) || word.startsWith(other)));
}

/** Articles beside a name say nothing of its place in the claim. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Two names in the same place of a claim: the same word before them ("arrested Tomas Grell" / "arrested Dario Venn") or after. */
function besideTheSame(name: Name, other: Name): boolean {
  const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && a === b && !ARTICLES.has(a);
  return same(name.before, other.before) || same(name.after, other.after);
}

function doesOnly(marks: ClaimMarks, side: ReadonlySet<string>, opposite: ReadonlySet<string>): boolean {
  let does = false;
  for (const stem of marks.stems) {
    if (opposite.has(stem)) return false;
    if (side.has(stem)) does = true;
  }
  return does;
}

/** Both state some, and none in common. */
function disjoint<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const value of a) if (b.has(value)) return false;
  return true;
}
