import type { SegmentedArticle, Token } from '../article.js';
import { cjkWordEnd, FIRST_CJK_UNIT } from '../text/cjk.js';
import { sentenceTokens, tokenize } from '../segment/index.js';
import type { ConceptVocabulary } from './concepts.js';
import type { Headline } from './types.js';
import { countWords } from '../text/words.js';
import { shortenedAtWord } from '../text/prefix.js';
import { isTimeAlone } from '../read/live-blog.js';
import { WEEKDAYS as WEEKDAY_NAMES } from '../facts/lexicon.js';
import { isCapitalized } from '../stories/entities.js';

const MAX_HEADLINE_WORDS = 20;
/** An opening sentence longer than `MAX_HEADLINE_WORDS` is cut to at most this many words and an ellipsis… */
const CUT_HEADLINE_WORDS = 14;
/** …at the end of its last clause within them, else of its last phrase, when that leaves at least this many words. */
const MIN_CLAUSE_WORDS = 5;
/**
 * Characters of a headline: a longer title or opening (a title pasted with
 * its article, a sentence of one 400 KB "word") is cut to them on a whole
 * word with an ellipsis (`shortenedAtWord`). A story's headline is shown
 * in every list and answer that names the story.
 */
export const MAX_HEADLINE_CHARS = 300;
/** Words that open a phrase: a cut before one ends on a whole phrase ("…asked the Asian Development Bank Monday…", not "…loans to…"). */
const PHRASE_OPENERS = new Set([
  'about', 'across', 'after', 'against', 'amid', 'among', 'and', 'are', 'around', 'as', 'at', 'because', 'before', 'between', 'but',
  'by', 'despite', 'during', 'for', 'from', 'had', 'has', 'have', 'if', 'in', 'into', 'is', 'near', 'of', 'on', 'or', 'over', 'since',
  'that', 'through', 'to', 'toward', 'towards', 'under', 'until', 'was', 'were', 'when', 'which', 'while', 'who', 'will', 'with',
  'within', 'without', 'would',
]);
/** Words a phrase does not end on: articles, possessives, subject pronouns and the phrase openers. */
const OPEN_ENDED = new Set([
  ...PHRASE_OPENERS, 'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'former', 'new',
  'more', 'than', 'not', 'he', 'she', 'it', 'they', 'we', 'i',
]);
/** A cut at the end of a phrase keeps at least this many words; a shorter one would lose the news ("Rebels in eastern Congo on Saturday…"). */
const MIN_PHRASE_WORDS = 10;

/**
 * What one article offers as a headline: its title, else its opening
 * sentence (when long, its first words up to a clause boundary, and an
 * ellipsis). Undefined when it has neither.
 */
export function articleHeadline(article: SegmentedArticle): string | undefined {
  return rankedHeadline(article)?.text;
}

/**
 * `articleHeadline` with how well it names the article: 2 for its title, 1
 * for a whole opening sentence, 0 for an opening cut short, -1 for a whole
 * English opening that reads as a feature's scene-setting (`readsAsFeature`:
 * "Times are tough in the oil patch.", "He was the classic small-town
 * prodigy…"), which names its story less well than a report's first line,
 * even cut. A story is named by the earliest of its best-ranked headlines.
 */
export function rankedHeadline(article: SegmentedArticle): { text: string; rank: number } | undefined {
  const title = article.title?.trim();
  if (title) return title.length > MAX_HEADLINE_CHARS ? { text: shortenedAtWord(title, MAX_HEADLINE_CHARS), rank: 0 } : { text: title, rank: 2 };
  const opening = openingHeadline(article);
  if (!opening) return undefined;
  if (opening.text.length > MAX_HEADLINE_CHARS) return { text: shortenedAtWord(opening.text, MAX_HEADLINE_CHARS), rank: 0 };
  if (opening.cut) return { text: opening.text, rank: 0 };
  return { text: opening.text, rank: article.textLanguage === 'en' && readsAsFeature(article, sentenceTokens(article, opening.index)) ? -1 : 1 };
}

/** Weekdays, which tie an English sentence to a day ("on Tuesday") and a part of one to it ("Tuesday night"). */
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** Words that tie an English sentence to a day ("yesterday", "Oct. 14") or to who told it ("officials said", "according to"), in any case. */
const NEWS_WORDS = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight', 'tomorrow', 'week', 'weekend',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'confirmed', 'denied', 'according',
]);
/** Short forms of weekdays and months ("Tues.", "Oct. 14"), which are also words ("sun", "sat", "wed", "mar"): a day only as `isWrittenAbbreviation` shows. */
const DAY_ABBREVIATIONS = new Set([
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Parts of a day, which tie a sentence to one only after a word naming the day ("last night", "this morning", "Tuesday night"; not "a cold morning"). */
const PARTS_OF_DAY = new Set(['night', 'morning', 'afternoon', 'evening']);
/** Words before a part of a day that name the day (besides a weekday). */
const DAY_NAMERS = new Set(['last', 'this', 'yesterday', 'tomorrow']);
/** Subjects that open a feature's portrait rather than a report: "He was the classic small-town prodigy…". */
const FEATURE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'your']);
/** Number words a report counts with ("three men", "hundreds dead"); "one" opens features too often to count. */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion']);

/**
 * True when an English opening sentence reads as a feature's first line, not
 * a report's: it opens on a pronoun ("He was…") or speaks to the reader
 * ("You…"), whatever else it says; or it ties itself to no day and no source
 * (`NEWS_WORDS`, a short form written as one, a part of a named day, "May"
 * by a digit), and it names nothing and counts nothing after its first word
 * ("Times are tough in the oil patch.") or asks a question. A plain lead names or
 * counts ("The Federal Reserve cut interest rates by a quarter point.").
 */
function readsAsFeature(article: SegmentedArticle, tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  const words = tokens.filter((token) => !token.punct);
  if (FEATURE_SUBJECTS.has(words[0]?.norm ?? '')) return true;
  const dated = tokens.some((token, index) => {
    const word = token.norm.replace(/\.$/, '');
    if (NEWS_WORDS.has(word)) return true;
    if (DAY_ABBREVIATIONS.has(word)) return isWrittenAbbreviation(tokens, index, isCapitalized(article.text, token) && token !== words[0]);
    if (PARTS_OF_DAY.has(word)) return DAY_NAMERS.has(tokens[index - 1]?.norm ?? '') || WEEKDAYS.has(tokens[index - 1]?.norm ?? '');
    return word === 'may' && (/^\d/.test(tokens[index + 1]?.norm ?? '') || /^\d/.test(tokens[index - 1]?.norm ?? ''));
  });
  if (dated) return false;
  const namesOrCounts = words.slice(1).some((token) => /\d/.test(token.norm) || NUMBER_WORDS.has(token.norm) || (token.norm !== 'i' && isCapitalized(article.text, token)));
  return !namesOrCounts || tokens[tokens.length - 1].norm === '?';
}

/**
 * Whether a short form of a weekday or month at `index` is written as one:
 * capitalised past the sentence's first word (`isCapitalized`: "resigned
 * Tues."), or with its period before more words ("sat. Oct. 14"; not "sat in
 * the sun.").
 */
function isWrittenAbbreviation(tokens: readonly Token[], index: number, capitalised: boolean): boolean {
  if (capitalised) return true;
  const period = tokens[index].norm.endsWith('.') ? index : tokens[index + 1]?.norm === '.' ? index + 1 : -1;
  return period >= 0 && tokens.slice(period + 1).some((token) => !token.punct);
}

/**
 * The article's opening sentence (`index`: which it is, `openingSentence`);
 * when it is long (`cut`), its main clause (`mainClause`) when that is short,
 * else its first words up to a clause boundary and an ellipsis.
 */
function openingHeadline(article: SegmentedArticle): { text: string; cut: boolean; index: number } | undefined {
  const index = openingSentence(article);
  if (index < 0) return undefined;
  const first = article.sentences[index];
  const sentence = article.text.slice(first.start, first.end).replace(/\s+/g, ' ');
  if (countWords(sentence) <= MAX_HEADLINE_WORDS) return { text: sentence, cut: false, index };
  const tokens = sentenceTokens(article, index);
  if (tokens.some(isCjkWord)) return { text: `${cutCjk(article.text, tokens)}…`, cut: true, index };
  const all = sentence.split(' ');
  const main = mainClause(all);
  if (main !== all && main.length <= MAX_HEADLINE_WORDS) return { text: main.join(' '), cut: true, index };
  return { text: `${cutWords(main).join(' ').replace(/[\s,;:_–—-]+$/, '')}…`, cut: true, index };
}

/**
 * The index of the article's opening sentence: its first, past a time
 * printed alone over the text ("8:24am:", `isTimeAlone`), which names
 * nothing; -1 when it has no other sentence.
 */
export function openingSentence(article: SegmentedArticle): number {
  return article.sentences.findIndex((sentence) => !isTimeAlone(article.text.slice(sentence.start, sentence.end)));
}

/**
 * At most `CUT_HEADLINE_WORDS` of a sentence's first words, in three passes:
 * up to the last clause boundary (a comma, semicolon or colon) within them;
 * else up to the last whole phrase (a word that does not leave its phrase
 * open, followed by a dash or a phrase opener: "…the western Caribbean on
 * Wednesday" before "to punish") of at least `MIN_PHRASE_WORDS`; else all of
 * them but trailing words that leave a phrase open ("…loans to").
 */
function cutWords(words: readonly string[]): readonly string[] {
  const first = words.slice(0, CUT_HEADLINE_WORDS);
  const clause = first.findLastIndex((word, index) => index >= MIN_CLAUSE_WORDS - 1 && /[,;:]$/.test(word));
  if (clause >= 0) return first.slice(0, clause + 1);
  const bare = (word: string | undefined) => word?.toLowerCase().replace(/[^a-z']/g, '') ?? '';
  for (let end = first.length; end >= MIN_PHRASE_WORDS; end--) {
    const next = words[end];
    if (next !== undefined && !OPEN_ENDED.has(bare(words[end - 1])) && (/^[_–—-]+$/.test(next) || PHRASE_OPENERS.has(bare(next)))) return first.slice(0, end);
  }
  let end = first.length;
  while (end > MIN_CLAUSE_WORDS && OPEN_ENDED.has(bare(first[end - 1]))) end--;
  return first.slice(0, end);
}

function isCjkWord(token: Token): boolean {
  return token.norm.charCodeAt(0) >= FIRST_CJK_UNIT && cjkWordEnd(token.norm, 0) > 0;
}

/**
 * A sentence holding Chinese or Japanese, written without spaces, cut as
 * `cutWords` cuts by its first clause: its first `CUT_HEADLINE_WORDS` words
 * (a Han character, a hiragana, a katakana run, a spaced word), up to the
 * last clause mark (，、；： , ; :) within them after `MIN_CLAUSE_WORDS`.
 */
function cutCjk(text: string, tokens: readonly Token[]): string {
  let words = 0;
  let end = tokens[0].start;
  let clause = -1;
  for (const token of tokens) {
    if (token.punct) {
      if (words >= MIN_CLAUSE_WORDS && CLAUSE_MARKS.has(token.norm)) clause = end;
      continue;
    }
    if (++words > CUT_HEADLINE_WORDS) break;
    end = token.end;
  }
  return text.slice(tokens[0].start, clause >= 0 ? clause : end);
}

const CLAUSE_MARKS = new Set(['，', '、', '；', '：', ',', ';', ':']);

/** Words that open a leading phrase rather than a sentence's subject ("After a day of fighting, rebels…"). */
const LEADING_WORDS = new Set([
  'after', 'against', 'along', 'amid', 'among', 'as', 'at', 'before', 'behind', 'beyond', 'by', 'despite', 'during', 'early',
  'earlier', 'following', 'for', 'from', 'having', 'if', 'in', 'inside', 'late', 'later', 'long', 'on', 'once', 'outside',
  'since', 'sometime', 'though', 'although', 'through', 'under', 'unlike', 'until', 'when', 'while', 'with', 'within', 'without',
]);
/** Irregular past participles that open a leading phrase ("Bent on revenge, …", "Hit by the storm, …"). */
const OPENING_PARTICIPLES = new Set([
  'bent', 'born', 'bound', 'broken', 'built', 'caught', 'chosen', 'driven', 'forced', 'given', 'held', 'hidden', 'hit', 'known',
  'left', 'lost', 'made', 'shaken', 'stricken', 'struck', 'taken', 'told', 'torn', 'won', 'worn', 'written',
]);
/** A leading phrase is looked for this far into the sentence. */
const MAX_LEADING_WORDS = 25;
/** At most this many leading phrases are passed ("Sometime last summer, long before…, a keeper…"). */
const MAX_LEADING_PHRASES = 2;

/**
 * A long opening sentence's words from its main clause on: a leading phrase
 * ("Under NATO threat to end his offensive in Kosovo,", "Signaling it does not
 * want to be involved,") is passed when a subject follows its comma (a
 * capitalized word, an article or a number), its first letter then capital.
 * The words unchanged otherwise.
 */
function mainClause(words: readonly string[]): readonly string[] {
  let start = 0;
  for (let phrase = 0; phrase < MAX_LEADING_PHRASES && opensLeadingPhrase(words[start], phrase === 0); phrase++) {
    const comma = words.findIndex((word, index) => index >= start && index < start + MAX_LEADING_WORDS && word.endsWith(','));
    if (comma < 0 || words.length - comma - 1 < MIN_CLAUSE_WORDS) return words;
    start = comma + 1;
    if (/^(?:\p{Lu}|\d|the$|a$|an$)/u.test(words[start])) {
      const [first, ...rest] = words.slice(start);
      return [first[0].toUpperCase() + first.slice(1), ...rest];
    }
  }
  return words;
}

/** A word from `LEADING_WORDS`, or, opening the sentence, a participle ("Signaling", "Deprived", "Bent"). */
function opensLeadingPhrase(word: string | undefined, first: boolean): boolean {
  if (word === undefined) return false;
  const plain = word.toLowerCase().replace(/[^a-z]/g, '');
  if (LEADING_WORDS.has(plain)) return true;
  return first && /^\p{Lu}\p{Ll}+$/u.test(word) && (/(?:ing|ed)$/.test(plain) || OPENING_PARTICIPLES.has(plain));
}

/**
 * The story's headline: the article title that best covers the story's
 * weighted concepts per word (so a long, rambling title does not win by size).
 * Without titles, the opening sentence of the most central article, when
 * short; when every opening is long, the best of their cut forms ("If Osama
 * bin Laden ever stands trial in New York for the bombings of…", not a
 * feature's "Sometime in the summer of 1997…"). The titles and openings of
 * `outdated` articles (by index: those whose figure for a count a later day
 * raised, `Development.outdated`) are left out while another article gives
 * one: "Storm kills three" does not head a summary of eleven dead.
 */
export function chooseHeadline(
  articles: readonly SegmentedArticle[],
  vocabulary: ConceptVocabulary,
  weights: Float64Array,
  outdated: ReadonlySet<number> = new Set(),
): Headline | undefined {
  const current = articles.filter((_, index) => !outdated.has(index));
  return (current.length < articles.length ? bestHeadline(current, vocabulary, weights) : undefined) ?? bestHeadline(articles, vocabulary, weights);
}

/** `chooseHeadline` over the `articles` given. */
function bestHeadline(articles: readonly SegmentedArticle[], vocabulary: ConceptVocabulary, weights: Float64Array): Headline | undefined {
  const score = (concepts: readonly number[], words: number) =>
    concepts.reduce((sum, concept) => sum + (weights[concept] ?? 0), 0) / Math.sqrt(Math.max(words, 4));

  let best: Headline | undefined;
  let bestScore = -1;
  for (const article of articles) {
    const title = article.title?.trim();
    if (!title) continue;
    const value = score(vocabulary.concepts(tokenize(title, { start: 0, end: title.length }, [], article.textLanguage)), countWords(title));
    if (value > bestScore) [best, bestScore] = [{ article: article.id, text: title }, value];
  }
  if (best) return best;

  for (const article of articles) {
    const index = openingSentence(article);
    if (index < 0) continue;
    const first = article.sentences[index];
    const text = article.text.slice(first.start, first.end);
    if (countWords(text) > MAX_HEADLINE_WORDS) continue;
    const value = score(vocabulary.concepts(sentenceTokens(article, index)), countWords(text));
    if (value > bestScore) [best, bestScore] = [{ article: article.id, text, span: { start: first.start, end: first.end } }, value];
  }
  if (best) return best;

  for (const article of articles) {
    const opening = openingHeadline(article);
    if (!opening?.cut) continue;
    const value = score(vocabulary.concepts(tokenize(opening.text, { start: 0, end: opening.text.length }, [], article.textLanguage)), countWords(opening.text));
    if (value > bestScore) [best, bestScore] = [{ article: article.id, text: opening.text }, value];
  }
  return best;
}
