/**
 * Where a story that develops over days stands now: the counts a later day's
 * reports raised (a storm's toll given as three on Monday, seven on Tuesday
 * and eleven on Wednesday), which sentences state a superseded value as
 * current, and which state the newest one.
 *
 * A count is the story's own when most of its reports give it in their lede
 * (`isStoryCount`). Each day's figure for it is the largest value that day's
 * ledes give, from any of their statements, that at least two reports or
 * most of that day's give (`dayFigures`); the figures must never fall from
 * one day to the next. Days are compared by the numbers, whatever their
 * qualifiers: "at least four" on Monday is raised by "seven" on Tuesday. A
 * value a day's ledes give that a later day's figure exceeds is superseded
 * (Saturday's 1,200 and 1,400 by Sunday's 1,650), and so is every
 * statement of it whose article gives it as its figure (its lede's largest
 * value for the count, `articleFigures`) and first told it on a day before
 * a larger day's figure (`firstDay`): a copy of Monday's report re-saved on
 * Tuesday still states Monday's toll, and an undated copy of it any toll a
 * later day raised; a report first told on Tuesday giving three of
 * Tuesday's seven dead states no superseded value, whatever Monday's toll. A smaller statement beside the figure is a part of it
 * ("two of the dead were fishermen"). The newest value is the last day's
 * figure. A later day's figure may fall only when a report of that day says
 * in its words that the count was revised down ("the toll was revised down
 * to 6,100", "officials lowered their estimate": `REVISED_DOWN`, English);
 * that day's figure is then the revised value, and it supersedes the larger
 * earlier ones as a rise does. A smaller later count without such words is
 * as often a part as a correction, and a story's counts of dead, injured,
 * missing, evacuated, arrested and damaged grow as it is told: the count is
 * left as it is, its values disputed where they are. Values a sentence
 * gives as past ("up from three") are no statement of the current figure
 * and are left out (`NumberFact.previous`).
 */
import { postDay, spanText, type SegmentedArticle, type Span } from '../article.js';
import { findCountFacts, sameDay, type NumberFact } from '../facts/index.js';
import { claimDay, claimTime, UNDATED } from '../facts/claims.js';
import { sentenceOfTokens, tokenAtOrAfter } from '../entities/tokens.js';
import { sentenceKey } from './units.js';
import { wordCount } from '../segment/index.js';

/** Sentences by their key (`sentenceKey`). */
export interface Development {
  /** Sentences stating a count a later day's reports raised or revised down, as if current. */
  superseded: ReadonlySet<number>;
  /** Sentences stating the newest value of a count that was raised or revised down: the last day's figure. */
  newest: ReadonlySet<number>;
  /** The articles (by index in the summarizer's input) whose own figure for a count a later day raised or revised down: their titles and openings name the story by a superseded figure. */
  outdated: ReadonlySet<number>;
}

/**
 * What a development reads of one article (`readCounts`), apart from the
 * others: a story's readings are read together (`developmentOf`), and those
 * of a stored article can be kept between reads of its story.
 */
export interface CountReading {
  /** The days it tells its facts on (`toldDays`); none when it gives no published or modified date (`isDated`). */
  days: string[];
  counts: ArticleCount[];
  /** The days on which its lede says all who were missing are found (`MISSING_FOUND`); none when undated. */
  foundDays: string[];
}

/** A count an article states (`findCountFacts`), where and when. */
interface ArticleCount {
  fact: NumberFact;
  day: string;
  told?: number;
  /** The day the article first told it (`firstDay`). */
  since: string;
  /** Index of its sentence in the article. */
  sentence: number;
  /** Its sentence says the count was revised down, in words near it (`revisedDownNear`). */
  revisedDown: boolean;
}

interface Stated extends ArticleCount {
  /** Index of the article in the summarizer's input. */
  article: number;
  key: number;
}

/**
 * Words by which an English sentence says a count was revised down: "revised
 * down", "revised its estimate downward", "lowered their estimate", "reduced
 * the toll", "a downward revision".
 */
const REVISED_DOWN = /\b(?:revis(?:ed|es|ing)\W{1,3}(?:\w+\W{1,3}){0,4}?(?:down|downward|downwards|lower)|(?:lower(?:ed|s|ing)?|reduc(?:ed|es|ing))\W{1,3}(?:\w+\W{1,3}){0,3}?(?:estimates?|toll|tally|figures?|count)|downward revision)\b/gi;

/** The most words between a count and the words saying it was revised down (`revisedDownNear`): "lowered their estimate of the dead in the Dorvik earthquake to 6,100". */
const REVISION_GAP_WORDS = 8;

/** Words by which a sentence turns to another matter: a revision on one side of them is none of a count on the other ("lowered the estimate of damage, but 12 people died"). */
const CLAUSE_TURN = /;|\b(?:but|while|whereas|although|though|however|yet)\b/i;

/** The development of the counts the `articles` state (`Development`); both sets empty for a story told on one day. */
export function storyDevelopment(articles: readonly SegmentedArticle[]): Development {
  return developmentOf(articles.map((article) => readCounts(article)));
}

/**
 * The development of the counts of a story's articles, from each one's
 * reading (`readCounts`), in the summarizer's order. Readings of the ledes
 * alone (`lede`) give the same `outdated`: an article's figure is its lede's,
 * and no later statement of it was told before its lede's.
 */
export function developmentOf(readings: readonly CountReading[]): Development {
  const superseded = new Set<number>();
  const newest = new Set<number>();
  const outdated = new Set<number>();
  const dated = readings.filter(isDated);
  if (new Set(dated.flatMap((reading) => reading.days)).size < 2) return { superseded, newest, outdated };
  const byKey = statementsByKey(readings);
  const inLede = (stated: Stated) => stated.sentence < LEDE_SENTENCES && isDated(readings[stated.article]);
  const storyCounts = [...byKey]
    .map(([key, statements]) => [key, statements.filter(inLede)] as const)
    .filter(([, ledeStatements]) => isStoryCount(ledeStatements, dated.length));
  if (storyCounts.length === 0) return { superseded, newest, outdated };
  const foundDays = dated.flatMap((reading) => reading.foundDays);
  for (const [key, ledeStatements] of storyCounts) {
    const figures = dayFigures(ledeStatements);
    const days = [...figures.keys()].sort();
    if (days.length === 0) continue;
    const value = (day: string) => highest(figures.get(day)!.fact);
    if (days.some((day, index) => index > 0 && value(day) < value(days[index - 1]) && !figures.get(day)!.revisedDown)) continue;
    const top = value(days[days.length - 1]);
    const laterFigures = (day: string) => days.filter((later) => later > day).map((later) => figures.get(later)!);
    const found = ledeStatements[0].fact.event === 'missing' ? foundDays : [];
    const foundAfter = (day: string) => found.some((later) => later > day);
    const raised = new Set(
      ledeStatements
        .filter((stated) => foundAfter(stated.day) || laterFigures(stated.day).some((figure) => !sameDay(figure, stated) && replaces(figure, highest(stated.fact))))
        .map((stated) => highest(stated.fact)),
    );
    if (raised.size === 0) continue;
    const statements = byKey.get(key)!;
    const figureOf = articleFigures(statements);
    for (const stated of statements) {
      const stating = highest(stated.fact);
      if (stating !== figureOf.get(stated.article)) continue;
      const raisedLater = stated.since === UNDATED ? raised.has(stating) : foundAfter(stated.since) || days.some((day) => day > stated.since && replaces(figures.get(day)!, stating));
      if (raisedLater) {
        superseded.add(stated.key);
        outdated.add(stated.article);
      } else if (stating === top) newest.add(stated.key);
    }
  }
  for (const key of superseded) newest.delete(key);
  return { superseded, newest, outdated };
}

/** Whether the article read gives a published or modified date: only then does it tell its facts on a day. */
function isDated(reading: CountReading): boolean {
  return reading.days.length > 0;
}

/**
 * What a development reads of the article (`CountReading`): its counts with
 * an event and no unit, not given as past (`findCountFacts`), each with the sentence stating it;
 * `lede`: those of its lede alone (its first `LEDE_SENTENCES` sentences),
 * which is all the development's `outdated` reads.
 */
export function readCounts(article: SegmentedArticle, { lede = false }: { lede?: boolean } = {}): CountReading {
  const dated = article.published !== undefined || article.modified !== undefined;
  const read = lede ? { ...article, sentences: article.sentences.slice(0, LEDE_SENTENCES) } : article;
  const facts = findCountFacts(read, article.textLanguage);
  const sentenceOf = facts.length === 0 ? [] : sentenceOfTokens(article);
  const counts: ArticleCount[] = [];
  for (const fact of facts) {
    const sentence = sentenceOf[tokenAtOrAfter(article.tokens, fact.valueSpan.start)] ?? -1;
    if (sentence < 0) continue;
    const revisedDown = article.textLanguage === 'en' && revisedDownNear(article, article.sentences[sentence], fact.span);
    counts.push({ fact, sentence, since: firstDay(article, fact), revisedDown, ...claimTime(article, fact.span) });
  }
  return { days: dated ? toldDays(article) : [], counts, foundDays: dated ? missingFoundDays(article) : [] };
}

/**
 * Whether the sentence says the count at `count` was revised down: words of
 * `REVISED_DOWN` at most `REVISION_GAP_WORDS` words (the tokenizer's,
 * `wordCount`: "quake-hit" and "province's" are one each, a comma none)
 * before or after it, no `CLAUSE_TURN` between them.
 */
function revisedDownNear(article: SegmentedArticle, sentence: Span, count: Span): boolean {
  const { text, tokens } = article;
  for (const match of spanText(text, sentence).matchAll(REVISED_DOWN)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const gap = end <= count.start ? { start: end, end: count.start } : start >= count.end ? { start: count.end, end: start } : { start, end: start };
    const words = wordCount(tokens.slice(tokenAtOrAfter(tokens, gap.start), tokenAtOrAfter(tokens, gap.end)));
    if (!CLAUSE_TURN.test(spanText(text, gap)) && words <= REVISION_GAP_WORDS) return true;
  }
  return false;
}

/**
 * Words by which an English sentence says that all who were missing are
 * found or accounted for: "all the missing have been found alive", "all
 * twenty missing climbers were rescued", "no one is still missing". Not
 * when negated: "not all of the missing were found", "all the missing have
 * not been found". Every gap is bounded (the words between the missing and
 * their finding within 80 characters), so hostile text costs linear time.
 */
const MISSING_FOUND = /(?<!\b(?:not|no)\s{1,3})\b(?:all|every one|each)\W{1,3}(?:of\W{1,3})?(?:the\W{1,3}|those\W{1,3})?(?:\w+\W{1,3}){0,2}?(?:missing|unaccounted)\b(?:(?!\b(?:not|never)\b|n't\b)[^.;]){0,80}?\b(?:found|located|rescued|traced|accounted\W{1,3}for)\b|\bno\W{1,3}(?:one|body|longer\W{1,3}anyone)\W{1,3}(?:\w+\W{1,3}){0,2}?(?:missing|unaccounted\W{1,3}for)\b/i;

/**
 * The days on which the article's lede says all who were missing are found
 * (`MISSING_FOUND`): a count of missing given before them is no longer
 * current, though no report gives it as none.
 */
function missingFoundDays(article: SegmentedArticle): string[] {
  if (article.textLanguage !== 'en') return [];
  const lede = article.sentences.slice(0, LEDE_SENTENCES).filter((sentence) => MISSING_FOUND.test(spanText(article.text, sentence)));
  return lede.map((sentence) => claimDay(article, sentence));
}

/** The days an article tells its facts on (`claimDay`): its own, and each of its live blog posts'. */
function toldDays(article: SegmentedArticle): string[] {
  return [claimDay(article), ...(article.posts ?? []).flatMap((post) => postDay(post) ?? [])];
}

/** The counts of the readings by key, each with its article's index and its sentence's key. */
function statementsByKey(readings: readonly CountReading[]): Map<string, Stated[]> {
  const byKey = new Map<string, Stated[]>();
  readings.forEach((reading, article) => {
    for (const count of reading.counts) {
      const stated = { ...count, article, key: sentenceKey({ article, sentence: count.sentence }) };
      byKey.get(count.fact.key)?.push(stated) ?? byKey.set(count.fact.key, [stated]);
    }
  });
  return byKey;
}

/**
 * Whether the statements of a key in the articles' ledes (their first
 * `LEDE_SENTENCES` sentences) count what the story is about: at least
 * `STORY_COUNT_SHARE` of its dated articles state it there, as each report of
 * a storm leads with its toll. A count some articles give further down (the
 * toll of an earlier attack recalled as background, the injured of one
 * report among others) is no figure the story is told by.
 */
function isStoryCount(ledeStatements: readonly Stated[], dated: number): boolean {
  return new Set(ledeStatements.map((stated) => stated.article)).size >= STORY_COUNT_SHARE * dated;
}

/** The share of a story's dated articles that state a count in their lede for it to be the story's own (`isStoryCount`). */
const STORY_COUNT_SHARE = 0.5;

/** How many sentences open an article as its lede (`isStoryCount`). */
const LEDE_SENTENCES = 2;

/**
 * Each day's figure for a count: the largest value the ledes of that day
 * give that at least two of its articles give, or most of those stating the
 * count that day. A count of something else under the same label (the toll
 * of a neighbouring country, of a flood long past) one report leads with
 * among others is no figure of the day. A value a lede of the day gives as
 * revised down (`Stated.revisedDown`) is the day's figure whatever the others
 * give (the largest such): the reports still giving the earlier toll that
 * day had not heard of the revision.
 */
function dayFigures(ledeStatements: readonly Stated[]): Map<string, Stated> {
  const byDay = new Map<string, Map<number, Stated[]>>();
  for (const stated of ledeStatements) {
    const values = byDay.get(stated.day) ?? byDay.set(stated.day, new Map()).get(stated.day)!;
    const value = highest(stated.fact);
    values.get(value)?.push(stated) ?? values.set(value, [stated]);
  }
  const figures = new Map<string, Stated>();
  for (const [day, values] of byDay) {
    const articlesOf = (statements: readonly Stated[]) => new Set(statements.map((stated) => stated.article)).size;
    const stating = articlesOf([...values.values()].flat());
    const given = [...values.values()].filter((statements) => articlesOf(statements) >= 2 || articlesOf(statements) * 2 > stating).map((statements) => statements[0]);
    const revised = [...values.values()].flat().filter((stated) => stated.revisedDown);
    const candidates = revised.length > 0 ? revised : given;
    if (candidates.length > 0) figures.set(day, candidates.reduce((largest, stated) => (highest(stated.fact) > highest(largest.fact) ? stated : largest)));
  }
  return figures;
}

/** Whether a later day's figure replaces a value: it is larger, or smaller and given as revised down. */
function replaces(figure: Stated, value: number): boolean {
  return highest(figure.fact) > value || (figure.revisedDown && highest(figure.fact) < value);
}

/**
 * The day an article first told a fact: its live blog post's, else the day
 * it was published, not re-saved (a copy of Monday's report modified on
 * Tuesday still tells Monday's toll), else `UNDATED`.
 */
function firstDay(article: SegmentedArticle, fact: NumberFact): string {
  return claimDay(article.published === undefined ? article : { ...article, modified: undefined }, fact.span);
}

/**
 * Each article's figure for a count: the largest value its lede states
 * (`LEDE_SENTENCES`; a toll recalled further down, "in 2004 a storm killed
 * 200", is none). A smaller
 * statement beside it is a part of it ("two more people died" before "the
 * toll stands at nine", "two of the dead were fishermen" after "four people
 * died"), not a figure of its own.
 */
function articleFigures(statements: readonly Stated[]): Map<number, number> {
  const figures = new Map<number, number>();
  for (const stated of statements) if (stated.sentence < LEDE_SENTENCES) figures.set(stated.article, Math.max(figures.get(stated.article) ?? -Infinity, highest(stated.fact)));
  return figures;
}

/** A count's value as the days are compared: the number, or a range's upper end, whatever its qualifier ("at least four" is four). */
function highest(fact: NumberFact): number {
  return fact.upper ?? fact.value;
}
