/**
 * Finds proper names in an article, in three passes per sentence:
 *
 * 1. runs: maximal runs of capitalized words, joined by name particles
 *    ("Bank of England", "Bashar al Assad"), without a sentence-opening word
 *    that is not a name ("Earlier", "Police" when "police" also appears);
 * 2. parts: each run is cut into gazetteer names (countries, demonyms,
 *    capitals, known organisations; longest first) and the rest;
 * 3. mentions: the rest loses its leading titles ("US Secretary of State") and
 *    is typed by its last word, its title and its first name (`classify`).
 *
 * Pass 1 is here; passes 2 and 3 are in `run-parts.ts`.
 */
import type { SegmentedArticle, Sentence } from '../article.js';
import { isStopword, NAME_OPENING_STOPWORDS } from '../text/stopwords.js';
import { isOrganisationHead, titleSplit } from './classify.js';
import { isAnyGivenName, isGivenName, surnamesAfterGivenNames } from './given-names.js';
import { LONGEST_FORM, LOWER_CASE_NAME_WORDS, lookUpName, type GazetteerEntry } from './gazetteer.js';
import { stormNameEnd, withoutStormNames } from './storms.js';
import { KIN_NOUNS, OPENING_PARTICIPLES, ORGANISATION_WORDS, PLACE_WORDS, PLURAL_ROLE_NOUNS, ROAD_WORDS, ROLE_NOUNS, SENTENCE_OPENERS, TITLES, isServicePair, isTitle } from './lexicon.js';
import { baseMention, DESCRIBING_SUFFIX, formOf } from './mention.js';
import { isNameWord, lowerCaseWords, NAME_PARTICLES, opensCommonNoun, possessiveLength, tokenText } from './tokens.js';
import type { NameMention } from './types.js';
import { followsWorkCue, joinCuedTitles, quotedTitles, type NameCue } from './works.js';
import { headlinePieces, isTitleCased } from './headlines.js';
import { andAfterForJoins, andJoinsOrganisation, forJoinsOrganisation, possessiveJoinsOrganisation, toJoinsOrganisation } from './organisation-joins.js';
import { runMentions, type Run } from './run-parts.js';

/** Words that look like names but name a time or an event, never an entity. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. christmas easter
  halloween ramadan hurricane typhoon storm cyclone tropical operation gmt utc edt est pdt pst bst cet a.m. p.m.`.split(/\s+/),
);

/** Months, and an abbreviation written without its dot, that are given names too ("Jan Varga", "May Chen", "April Ross", "June Okafor", "August Wilson"). */
const MONTHS_AS_GIVEN_NAMES: ReadonlySet<string> = new Set(['jan', 'may', 'april', 'june', 'august']);
/** Words before a month that make it one ("in May Chen said", "since June", "last April"). */
const BEFORE_MONTHS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'during', 'through', 'last', 'next', 'early', 'late', 'mid', 'of', 'on', 'before', 'after', 'between', 'this', 'that', 'each', 'every']);
/** Words joining a month to one before it ("May and June", "April to June"): a month after them is one too. */
const BETWEEN_MONTHS: ReadonlySet<string> = new Set(['and', 'or', 'to', '-', '–']);
/** Name words after a month that make a day, an event or a holiday of it ("May Day", "April Fools"), no person's name. */
const AFTER_MONTHS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'holiday', 'fools', 'bank', 'madness', 'revolution', 'uprising', 'elections', 'election', 'summit', 'primary']);

/** Names of God, never a surname: "May God bless…", "May Allah accept…" wish. */
const DEITIES: ReadonlySet<string> = new Set(['god', 'allah', 'heaven', 'lord', 'jesus', 'christ']);
/** Bare verbs a wish opening on "May" has after its subject ("May Tom Reed win", "May she rest in peace"). */
const WISHED_VERBS: ReadonlySet<string> = new Set(['bless', 'win', 'rest', 'accept', 'grant', 'protect', 'help', 'guide', 'forgive', 'keep', 'give', 'live', 'be', 'have', 'find', 'return', 'reign', 'prosper', 'succeed', 'shine', 'lead', 'see', 'stay', 'continue', 'recover', 'heal', 'save', 'reward', 'comfort']);

/** Adverbs a wish may put before its bare verb ("May Tom Reed always be remembered", "May she long reign"); alone after a name they wish nothing ("May Chen never said it"). */
const WISHING_ADVERBS: ReadonlySet<string> = new Set(['always', 'never', 'long', 'ever', 'forever']);

/** "May God bless America", "May Tom Reed win": "May" opening a sentence before a name of God or a name and a bare verb (an adverb may come between) is a wish, not a given name. */
function opensAWish(article: SegmentedArticle, start: number, end: number): boolean {
  if (article.tokens[start].norm !== 'may' || !/^(?:|[.!?;:"“”‘'(—–-])$/.test(start > 0 ? tokenText(article, start - 1) : '')) return false;
  const verbAt = WISHING_ADVERBS.has(article.tokens[end]?.norm ?? '') ? end + 1 : end;
  return DEITIES.has(article.tokens[start + 1]?.norm ?? '') || WISHED_VERBS.has(article.tokens[verbAt]?.norm ?? '');
}

/**
 * "Jan Varga was named captain", "May Chen said": a month that is a given
 * name too, opening a run before another name word, is the name's first
 * (a date has a number after it: "Jan 5", "May 2026"; an abbreviation with
 * its dot, "Jan.", stays a month), unless a word before it makes it a
 * month ("in May") or one after it a day ("May Day"), or a stopword follows
 * it ("May I help you?"), or "May" opens a wish ("May God bless…":
 * `opensAWish`).
 */
function monthAsGivenName(article: SegmentedArticle, start: number, end: number): boolean {
  const after = article.tokens[start + 1]?.norm.replace(/['’]s?$/, '') ?? '';
  const before = article.tokens[start - 1]?.norm ?? '';
  const afterAMonth = BETWEEN_MONTHS.has(before) && NOT_NAMES.has(article.tokens[start - 2]?.norm ?? '');
  return start + 1 < end && MONTHS_AS_GIVEN_NAMES.has(article.tokens[start].norm) && !opensAWish(article, start, end) && !NOT_NAMES.has(after) && !AFTER_MONTHS.has(after) && !isStopword(after) && !BEFORE_MONTHS.has(before) && !afterAMonth;
}

/** "Brian May", "Prime Minister Theresa May": a month that is a name too, after a known given name and before no number ("Brian May 5"), ends the name as its surname. */
function monthAsSurname(article: SegmentedArticle, start: number, end: number): boolean {
  return end - 2 >= start && MONTHS_AS_GIVEN_NAMES.has(article.tokens[end - 1].norm) && isAnyGivenName(article.tokens[end - 2].norm) && !/^\d/.test(article.tokens[end]?.norm ?? '');
}

/** Holidays and other days written like names ("New Year's Day", "Lunar New Year"): never an entity. */
const HOLIDAYS: ReadonlySet<string> = new Set([
  'new year', "new year's", "new year's day", "new year's eve", 'lunar new year', 'chinese new year', 'christmas eve', 'christmas day',
  'boxing day', 'thanksgiving', 'thanksgiving day', "valentine's day", 'labor day', 'labour day', 'memorial day', 'veterans day',
  "mother's day", "father's day", 'independence day', 'good friday', 'easter sunday', 'easter monday', 'yom kippur', 'rosh hashanah',
  'diwali', 'hanukkah', 'eid al-fitr', 'eid al-adha', 'bastille day', 'victory day', 'halloween', 'christmas', 'easter',
]);

const MAX_HOLIDAY_WORDS = Math.max(...[...HOLIDAYS].map((holiday) => holiday.split(' ').length));

/** The run's words in lower case, curly apostrophes made straight: the key `HOLIDAYS` is looked up by. */
function runKey(article: SegmentedArticle, run: { start: number; end: number }): string {
  const words: string[] = [];
  for (let index = run.start; index < run.end; index++) words.push(tokenText(article, index).toLowerCase().replace(/’/g, "'"));
  return words.join(' ');
}

export function findNameMentions(article: SegmentedArticle): NameMention[] {
  const lowerWords = lowerCaseWords(article);
  const headlines = article.sentences.map((sentence) => isTitleCased(article, sentence, lowerWords));
  const bySentence = article.sentences.map((sentence, index) => (headlines[index] ? [] : sentenceMentions(article, index, lowerWords)));
  const foundForms = new Set(bySentence.flat().map((mention) => mention.form.toLowerCase()));
  const foundWords = new Set([...foundForms].flatMap((form) => form.split(/\s+/)));
  const known = { forms: (form: string): boolean => foundForms.has(form.toLowerCase()), words: foundWords };
  headlines.forEach((headline, index) => {
    if (headline) bySentence[index] = sentenceMentions(article, index, lowerWords, known);
  });
  return withoutStormNames(article, bySentence.flat());
}

/** The mentions of one sentence in text order; in a title-case line (`known` given) only the pieces of runs that `headlinePieces` keeps. */
function sentenceMentions(article: SegmentedArticle, index: number, lowerWords: ReadonlySet<string>, known?: { forms: (form: string) => boolean; words: ReadonlySet<string> }): NameMention[] {
  const sentence = article.sentences[index];
  if (isShouted(article, sentence)) return [];
  const titles = quotedTitles(article, index);
  const inTitle = (run: Run): boolean => titles.some((title) => run.start >= title.start && run.start < title.end);
  const found = titles.map((title) => titleMention(article, title, index));
  for (const run of joinCuedTitles(article, nameRuns(article, sentence, lowerWords), index)) {
    if (inTitle(run)) continue;
    const pieces = known ? headlinePieces(article, run.start, run.end, known.forms, known.words).map((piece) => ({ ...piece, possessive: run.possessive && piece.end === run.end })) : [run];
    for (const piece of pieces) found.push(...runMentions(article, piece, index));
  }
  return found.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** A quoted title after a cue noun ("the film 'Local Hero'") is one name, a work's or a periodical's, whatever names it holds. */
function titleMention(article: SegmentedArticle, title: { start: number; end: number; kind: NameCue }, sentence: number): NameMention {
  const mention = baseMention(article, title.start, title.end, sentence, false);
  mention.type = title.kind === 'work' || title.kind === 'product' ? title.kind : 'organisation';
  mention.cued = true;
  return mention;
}

/** A headline in capitals ("THREE PEOPLE HAVE DIED…") names nothing reliably. */
function isShouted(article: SegmentedArticle, sentence: Sentence): boolean {
  // Over 70% of at most `tokens` words: settled once 30% of the tokens are words in lower case.
  const tokens = sentence.tokenEnd - sentence.tokenStart;
  let words = 0;
  let shouted = 0;
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    const word = tokenText(article, index);
    if (!/\p{L}{2}/u.test(word)) continue;
    words++;
    if (word === word.toUpperCase()) shouted++;
    else if (words - shouted >= 0.3 * tokens) return false;
  }
  return words >= 4 && shouted / words > 0.7;
}

/** A lawmaker's party and state after the name, set off by a comma or a bracket ("Rep. Jerrold Nadler, D-N.Y.,"): no name. */
const PARTY_AFFILIATION = /^[DRI]-\p{Lu}/u;

/** The token after a party affiliation starting at `index` (its letters, hyphens and periods: "D-N.Y."). */
function affiliationEnd(article: SegmentedArticle, index: number, sentenceEnd: number): number {
  const end = article.tokens[index].start + /^[\p{L}.-]*/u.exec(article.text.slice(article.tokens[index].start, article.tokens[index].start + 24))![0].length;
  let next = index + 1;
  while (next < sentenceEnd && article.tokens[next].end <= end) next++;
  return next;
}

/** Pass 1: runs of name words in one sentence; a number completes a road's name ("Route 52"), a describing suffix ends the run ("Hong Kong-based"). */
function nameRuns(article: SegmentedArticle, sentence: Sentence, lowerWords: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let start = -1;
  const close = (end: number, possessive: boolean): void => {
    if (start >= 0) {
      const holiday = findHoliday(article, start, end);
      if (holiday === undefined) runs.push(trimRun(article, { start, end, possessive }, sentence, lowerWords));
      else {
        runs.push(trimRun(article, { start, end: holiday.start, possessive: false }, sentence, lowerWords));
        runs.push(trimRun(article, { start: holiday.end, end, possessive }, sentence, lowerWords));
      }
    }
    start = -1;
  };
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    const word = tokenText(article, index);
    const next = index + 1 < sentence.tokenEnd ? tokenText(article, index + 1) : '';
    if (PARTY_AFFILIATION.test(word) && [',', '('].includes(article.tokens[index - 1]?.norm)) {
      close(index, false);
      index = affiliationEnd(article, index, sentence.tokenEnd) - 1;
    } else if (isNameWord(word) && !/^\d/.test(word)) {
      if (start < 0) start = index;
      if (possessiveLength(word) > 0 && !continuesPossessiveName(article, index, sentence)) close(index + 1, true);
      else if (DESCRIBING_SUFFIX.test(word)) close(index + 1, false);
    } else if (start >= 0 && index === start + 1 && /^\d+$/.test(word) && ROAD_WORDS.has(article.tokens[start].norm)) {
      continue;
    } else if (start >= 0 && isNameWord(next) && joinsRun(article, start, index, sentence)) {
      continue;
    } else {
      close(index, false);
    }
  }
  close(sentence.tokenEnd, false);
  return runs.filter((run) => run.end > run.start);
}

/**
 * The lower-case word at `index` joins the run from `start` to the name word
 * after it: a particle ("Bank of England", "Bashar al Assad"), but not the
 * "of" after a person's name ("Jack Wilson of West Freeway Church") unless a
 * work's cue or a known name holds it; "and" inside a known organisation, one
 * ending in a body's word or an emergency service's pair ("Fire and Rescue");
 * "for" after a body's word ("Center for
 * Biological Diversity") and an "and" one word after it ("Organization for Security and
 * Cooperation"); the apostrophe of a plural possessive before a body's word
 * ("Supporters' Trust"); "to" inside a cause's name after "the" ("the
 * National Right to Life Committee"); any other lower-case word inside a
 * name the gazetteer knows ("Intergovernmental Panel on Climate Change").
 */
function joinsRun(article: SegmentedArticle, start: number, index: number, sentence: Sentence): boolean {
  const word = tokenText(article, index);
  if (word === 'and') return isServicePair(article.tokens[index - 1].norm, 'and', article.tokens[index + 1].norm) || knownNameSpans(article, start, index, 'organisation') || andJoinsOrganisation(article, start, index, sentence.tokenEnd) || andAfterForJoins(article, start, index, sentence.tokenEnd);
  if (word === 'for') return forJoinsOrganisation(article, index);
  if (word === "'" || word === '’') return possessiveJoinsOrganisation(article, index);
  if (word === 'to') return toJoinsOrganisation(article, start, index, sentence.tokenEnd);
  if (!NAME_PARTICLES.has(word)) return LOWER_CASE_NAME_WORDS.has(word) && knownNameSpans(article, start, index);
  return word !== 'of' || !isPersonName(article, start, index) || followsWorkCue(article, start, sentence.tokenStart) || knownNameSpans(article, start, index);
}

/** "Academy of Motion Picture Arts and Sciences", "Pacific Ring of Fire": a name the gazetteer knows (of `type`, if given) runs on through the word at `at`, begun in the run from `start`. */
function knownNameSpans(article: SegmentedArticle, start: number, at: number, type?: GazetteerEntry['type']): boolean {
  for (let from = Math.max(start, at - LONGEST_FORM + 2); from < at; from++) {
    for (let to = at + 2; to <= Math.min(article.tokens.length, from + LONGEST_FORM); to++) {
      const entry = lookUpName(formOf(article, from, to));
      if (entry !== undefined && (type === undefined || entry.type === type)) return true;
    }
  }
  return false;
}

/** The longest holiday in the run `[start, end)` ("On New Year's Eve", "New Year's Eve An…"), if any. */
function findHoliday(article: SegmentedArticle, start: number, end: number): { start: number; end: number } | undefined {
  for (let from = start; from < end; from++) {
    for (let to = Math.min(end, from + MAX_HOLIDAY_WORDS); to > from; to--) if (HOLIDAYS.has(runKey(article, { start: from, end: to }))) return { start: from, end: to };
  }
  return undefined;
}

/**
 * "Pastor Jack Wilson of West Freeway Church", "Per-Olof Ortarsen of
 * Goteborg": two name words or more before "of" (after any titles) are a
 * person, whom "of" does not join to what follows, as it joins "Bank of
 * England" or "Secretary of State": when the first is a given name, or when
 * no word names an organisation or a place and either one word follows "of"
 * or a title opens the run ("Chief Inspector Dev Patel of Senn Valley Police").
 */
function isPersonName(article: SegmentedArticle, start: number, end: number): boolean {
  const norms = article.tokens.slice(start, end).map((token) => token.norm);
  const titles = titleSplit(norms);
  if (norms.length - titles < 2) return false;
  if (isGivenName(norms[titles])) return true;
  const namesABody = (norm: string): boolean => isOrganisationHead(norm) || [norm, norm.replace(/s$/, '')].some((word) => ORGANISATION_WORDS.has(word) || PLACE_WORDS.has(word));
  if (norms.some(namesABody)) return false;
  const oneWordAfter = end + 2 >= article.tokens.length || !isNameWord(tokenText(article, end + 2));
  return oneWordAfter || titles > 0;
}

/**
 * "Tanner's Row", "St. Mary's Hospital": a possessive inside a place or organisation name, not a
 * person's full name that owns one ("John D. Rockefeller's Standard Oil") nor a known place
 * ("Britain's Granger Telecom"); a given name alone owning a name ("Martha's Vineyard", "Tom's
 * Diner") is one too: news owns things by surname ("Reed's Senate seat"), unless the article
 * writes it as a surname after a given name ("Ariel Sharon … Sharon's Likud").
 */
function continuesPossessiveName(article: SegmentedArticle, index: number, sentence: Sentence): boolean {
  const next = index + 1;
  if (next >= sentence.tokenEnd || !isNameWord(tokenText(article, next))) return false;
  let owner = index;
  while (owner > sentence.tokenStart && isNameWord(tokenText(article, owner - 1)) && possessiveLength(tokenText(article, owner - 1)) === 0) owner--;
  if (owner < index && isGivenName(article.tokens[owner].norm)) return false;
  if (lookUpName(formOf(article, owner, index + 1).replace(/['’]s?$/, ''))?.type === 'place') return false;
  const ownerNorm = article.tokens[index].norm.replace(/['’]s?$/, '');
  if (owner === index && isGivenName(ownerNorm) && !surnamesAfterGivenNames(article).has(ownerNorm)) return true;
  const last = next + 1 < sentence.tokenEnd && isNameWord(tokenText(article, next + 1)) ? next + 1 : next;
  const norm = article.tokens[last].norm;
  if (HOLIDAYS.has(`${runKey(article, { start: runStart(article, index, sentence), end: index + 1 })} ${article.tokens[next].norm}`)) return true;
  return last - index <= 2 && (PLACE_WORDS.has(norm) || ORGANISATION_WORDS.has(norm));
}

/** The first word of the run of name words that ends at `index`. */
function runStart(article: SegmentedArticle, index: number, sentence: Sentence): number {
  let start = index;
  while (start > sentence.tokenStart && isNameWord(tokenText(article, start - 1))) start--;
  return start;
}

/**
 * Drops edge words that are not names: a sentence opener, a role noun
 * opening a sentence before a person's name (`opensOnRoleNoun`), a stopword, a
 * particle, a "Web" before "site", a day (not a newspaper's: "Sunday
 * Telegraph"), a section's heading (`isHeading`), a "The" last. A stopword
 * after a title is a surname ("Ms. He"), and so is "He" before another name
 * word inside a sentence ("his wife, He Xintong"); one before the "to" of a
 * cause's name opens it ("Right to Life Party").
 */
function trimRun(article: SegmentedArticle, run: Run, sentence: Sentence, lowerWords: ReadonlySet<string>): Run {
  let { start, end } = run;
  const known = (index: number): boolean => lookUpName(tokenText(article, index)) !== undefined;
  /** A gazetteer name starts with the word at `index` ("Mission" of "Mission Control"). */
  const opensKnownName = (index: number): boolean => {
    if (known(index)) return true;
    for (let length = Math.min(LONGEST_FORM, end - index); length > 1; length--) if (lookUpName(formOf(article, index, index + length)) !== undefined) return true;
    return false;
  };
  const stormName = stormNameEnd(article, start, end);
  if (stormName > start) start = stormName;
  let afterHeading = false;
  while (start < end) {
    const word = tokenText(article, start);
    const lower = word.toLowerCase().replace(/['’]s?$/, '');
    const opensSentence: boolean = afterHeading || start === firstWord(article, sentence) || /^["(:—–-]$/.test(previousText(article, start, sentence));
    afterHeading = opensSentence && isHeading(article, start, end, lowerWords) && !known(start);
    if (afterHeading) {
      start++;
      continue;
    }
    if (monthAsGivenName(article, start, end)) break;
    const surname = (start > run.start && TITLES.has(tokenText(article, start - 1).toLowerCase())) || (lower === 'he' && !opensSentence && start + 1 < end);
    const opensCause = start + 1 < end && tokenText(article, start + 1) === 'to';
    const notName = (NOT_NAMES.has(lower) && !namesSundayPaper(article, start, end)) || /^(?:i|you|we|they|he|she|it|there|that|what|who|let)['’]|n['’]t$/.test(lower) || (isStopword(lower) && !known(start) && !surname && !opensCause && !(NAME_OPENING_STOPWORDS.has(lower) && start + 1 < end)) || NAME_PARTICLES.has(word) ||
      (opensSentence && !known(start) && (SENTENCE_OPENERS.has(lower) || OPENING_PARTICIPLES.has(lower) || PLURAL_ROLE_NOUNS.has(lower) || (lowerWords.has(lower) && !TITLES.has(lower) && !opensKnownName(start)) || opensOnRoleNoun(article, start, end)));
    if (!notName) break;
    start++;
  }
  while (end > start && (NAME_PARTICLES.has(tokenText(article, end - 1)) || tokenText(article, end - 1) === 'The' || (NOT_NAMES.has(article.tokens[end - 1].norm) && !monthAsSurname(article, start, end)) || opensCommonNoun(article, end - 1))) end--;
  return { start, end, possessive: run.possessive && end === run.end };
}

/**
 * "Analyst Rob Enderle said…": a role noun that is no title ("analyst",
 * "economist", "farmer"; not a kin noun, a title's word when capitalized:
 * "Sister Carol") opening a sentence before a given name and a surname is
 * capitalized for the sentence, no part of the name (its role, read by
 * `withRoles`).
 */
function opensOnRoleNoun(article: SegmentedArticle, start: number, end: number): boolean {
  const norm = article.tokens[start].norm;
  return end - start >= 3 && ROLE_NOUNS.has(norm) && !isTitle(norm) && !KIN_NOUNS.has(norm) && isAnyGivenName(article.tokens[start + 1].norm);
}

/** "YANKEES Pitching The starting…": a shouted word (no given name: "PETER Capaldi has…") opening a sentence before a capitalized word the article writes in lower case is a section's heading, and that word opens the sentence. */
function isHeading(article: SegmentedArticle, start: number, end: number, lowerWords: ReadonlySet<string>): boolean {
  if (start + 1 >= end || !/^\p{Lu}{4,}$/u.test(tokenText(article, start)) || isGivenName(article.tokens[start].norm)) return false;
  const next = tokenText(article, start + 1);
  return /^\p{Lu}\p{Ll}/u.test(next) && lowerWords.has(next.toLowerCase());
}

const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Last words of newspapers' names. */
const NEWSPAPER_WORDS: ReadonlySet<string> = new Set(['times', 'post', 'herald', 'gazette', 'courier', 'tribune', 'journal', 'globe', 'inquirer', 'chronicle', 'observer', 'examiner', 'sentinel', 'telegraph', 'mirror', 'express', 'standard']);

/** "London's Sunday Telegraph", "the Sunday Times": a weekday opening the two-word run `[start, end)` before a newspaper's word is the paper's name. */
function namesSundayPaper(article: SegmentedArticle, start: number, end: number): boolean {
  return end - start === 2 && WEEKDAYS.has(article.tokens[start].norm) && NEWSPAPER_WORDS.has(article.tokens[start + 1].norm.replace(/['’]s?$/, ''));
}

function firstWord(article: SegmentedArticle, sentence: Sentence): number {
  let index = sentence.tokenStart;
  while (index < sentence.tokenEnd && article.tokens[index].punct) index++;
  return index;
}

function previousText(article: SegmentedArticle, index: number, sentence: Sentence): string {
  return index > sentence.tokenStart ? tokenText(article, index - 1) : '';
}
