/**
 * Who won a named contest, as claims of `nameClaims` (`roles.ts`): "won
 * the Tarnholt Open", "claimed the Tarnholt Open title", "is the winner of
 * the Tarnholt Open", "the Tarnholt Open was won by".
 */
import type { SegmentedArticle } from '../article.js';
import type { ArticleEntities, NameMention } from '../entities/index.js';
import { wordSet } from '../text/words.js';
import { claimTime, type FactClaim } from './claims.js';
import { NAME_UNIT, withoutTitle } from './person-names.js';

/** Verbs of winning a named contest ("won the Tarnholt Open"), and those that take it only with a noun for the prize after ("claimed the Tarnholt Open title"). */
const WIN_VERBS = wordSet('won wins');
const TAKE_VERBS = wordSet('claimed claims clinched clinches took takes');
const PRIZE_NOUNS = wordSet('title crown trophy');
/** Words that say a win was shared: no one person's (and "with" or "along" right after the contest). */
const SHARED_WIN = wordSet('jointly shared share shares together tied co-winner co-winners');
const SHARED_AFTER = wordSet('with along alongside');
/** Lower-case words after a contest's name that name its division ("the Tarnholt Open men's singles"): part of what was won. */
const DIVISION_WORDS = wordSet("men's women's men women mixed boys' girls' boys girls junior juniors senior seniors veterans singles doubles pairs team individual");
/** Words near the contest that place the win in another edition ("in 2019", "last year", "the previous Tarnholt Open"): no claim about this one. */
const OTHER_EDITION = wordSet('previous previously former earlier past');
/** How many tokens either side of the contest are searched for another edition. */
const EDITION_WINDOW = 4;
/**
 * Who won a named contest: "Grandmaster Sergei Volkov won the Tarnholt
 * Open", "Sergey Volkov claimed the Tarnholt Open title", "Aron Pell is the
 * winner of the Tarnholt Open", "the Tarnholt Open was won by Aron Pell"
 * (key `holder:winner of tarnholt open`). A win the sentence shares ("won
 * the prize with", "jointly", a winner after "and") is no one person's.
 */
export function winnerClaims(articles: readonly SegmentedArticle[], perArticle: readonly ArticleEntities[]): FactClaim[] {
  const claims: FactClaim[] = [];
  articles.forEach((article, index) => {
    const { tokens } = article;
    const found = perArticle[index];
    const keys = new Set<string>();
    for (const mention of found.mentions) {
      if (mention.entity === undefined || found.entities[mention.entity].type !== 'person') continue;
      const sentence = article.sentences[mention.sentence];
      const contest = contestWon(article, mention, sentence.tokenStart);
      if (!contest || SHARED_AFTER.has(tokens[contest.end]?.norm ?? '') || tokens[mention.tokenStart - 1]?.norm === 'and' || tokens[mention.tokenEnd]?.norm === 'and') continue;
      if (tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((token) => SHARED_WIN.has(token.norm))) continue;
      if (otherEdition(article, mention.tokenStart, contest.end, sentence.tokenStart, sentence.tokenEnd)) continue;
      const event = contest.name;
      const key = `holder:winner of ${event.toLowerCase()}`;
      if (keys.has(key)) continue;
      keys.add(key);
      claims.push({ key, label: `who won the ${event}`, value: withoutTitle(mention.form), qualifier: 'exact', unit: NAME_UNIT, article: article.id, span: mention.span, ...claimTime(article, mention.span) });
    }
  });
  return claims;
}

/** Whether a year, "last year" or "previous" stands within `EDITION_WINDOW` tokens of a win's words (from the mention to the contest's end). */
function otherEdition(article: SegmentedArticle, first: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  const { tokens } = article;
  for (let at = Math.max(sentenceStart, first - EDITION_WINDOW); at < Math.min(sentenceEnd, end + EDITION_WINDOW); at++) {
    const word = tokens[at].norm;
    if (/^(1[89]|20)\d\d$/.test(word) || OTHER_EDITION.has(word) || (word === 'last' && tokens[at + 1]?.norm === 'year')) return true;
  }
  return false;
}

/** The contest a mention's person is said to have won, as written ("Tarnholt Open"), and the token after what names it; undefined when none. */
function contestWon(article: SegmentedArticle, mention: NameMention, sentenceStart: number): { name: string; end: number } | undefined {
  const { tokens } = article;
  const norm = (at: number) => tokens[at]?.norm;
  let at = mention.tokenEnd;
  if (norm(at) === 'has' || norm(at) === 'had') at++;
  if (WIN_VERBS.has(norm(at) ?? '') && norm(at + 1) === 'the') return contestName(article, at + 2);
  if (TAKE_VERBS.has(norm(at) ?? '') && norm(at + 1) === 'the') {
    const contest = contestName(article, at + 2);
    return contest && PRIZE_NOUNS.has(norm(contest.end) ?? '') ? { name: contest.name, end: contest.end + 1 } : undefined;
  }
  if ((norm(at) === 'is' || norm(at) === 'was') && norm(at + 1) === 'the' && norm(at + 2) === 'winner' && norm(at + 3) === 'of' && norm(at + 4) === 'the') return contestName(article, at + 5);
  const start = mention.tokenStart;
  if (norm(start - 1) === 'by' && norm(start - 2) === 'won' && (norm(start - 3) === 'was' || norm(start - 3) === 'is') && capitalised(article, start - 4)) {
    let first = start - 4;
    while (first > sentenceStart && capitalised(article, first - 1)) first--;
    const contest = norm(first - 1) === 'the' ? contestName(article, first) : undefined;
    return contest && { name: contest.name, end: mention.tokenEnd };
  }
  return undefined;
}

/** The capitalised words of a contest's name from token `start` ("Tarnholt Open", "Cup of Nations") with the division words after them ("men's singles"), and the token after them. */
function contestName(article: SegmentedArticle, start: number): { name: string; end: number } | undefined {
  let end = start;
  while (end < article.tokens.length && (capitalised(article, end) || (article.tokens[end].norm === 'of' && capitalised(article, end + 1)))) end++;
  if (end === start) return undefined;
  while (end < article.tokens.length && DIVISION_WORDS.has(article.tokens[end].norm)) end++;
  return { name: article.text.slice(article.tokens[start].start, article.tokens[end - 1].end), end };
}

function capitalised(article: SegmentedArticle, at: number): boolean {
  const token = article.tokens[at];
  return token !== undefined && /^\p{Lu}\p{L}/u.test(article.text.slice(token.start, token.end));
}
