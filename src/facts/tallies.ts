/**
 * Vote tallies: "voted 31 to 17", "backed the plan 31-19", "a 5-4 ruling",
 * "the board's 4–3 decision". Two numbers of one to three digits joined by a
 * hyphen, a dash or "to", with a word of voting right before them (up to
 * four words back, "backed the project 31-19") or right after ("ruling",
 * "decision"), or "by 29 votes to 14" as British reports write it. A score ("beat Dunmore 3-1", "defeated Drake 65-53", "led
 * 1-0") has no such word and is no tally, nor is a chamber's "223-211
 * majority" (seats) or a poll "split about 50-50". The value is the larger side first ("31-17"), so "voted 17 to
 * 31 against" states the same tally; sentences with a web address are
 * skipped, as `findNumberFacts` skips them. The words of voting are a
 * language's `FactWords` (`voteBefore`, `voteAfter`, `tallyJoiners`, `voteNouns`), and where a
 * language writes each side with its word for or against ("31 votos a favor e 14 contra", "812 sì
 * e 95 no"), `voteFor`, `voteAgainst`.
 */
import { assertSegmented, type SegmentedArticle, type Span, type Token } from '../article.js';
import { readingLanguage } from '../language/index.js';
import { factWords, type FactWords } from './language-facts.js';

export interface TallyFact {
  article: string;
  /** The tally as written ("31 to 17", "5-4"). */
  span: Span;
  /** Larger side first: "31-17". */
  value: string;
  key: string;
  label: string;
}

export const TALLY_KEY = 'voted:tally';
const TALLY_LABEL = 'vote (for-against)';

/** How far before a tally its vote word may stand. */
const VOTE_REACH = 4;

const GLUED = /^(\d{1,3})[-–](\d{1,3})$/;
const SIDE = /^\d{1,3}$/;

/** The vote tallies of an article, read with the words of `language` (`factWords`: English for a language without tables), by default the article's own. */
export function findTallyFacts(article: SegmentedArticle, language: string | undefined = readingLanguage(article)): TallyFact[] {
  assertSegmented(article, 'findTallyFacts');
  const words = factWords(language);
  const { tokens, text } = article;
  const facts: TallyFact[] = [];
  for (const sentence of article.sentences) {
    if (/https?:|www\./.test(text.slice(sentence.start, sentence.end))) continue;
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      const tally = tallyAt(tokens, index, sentence.tokenEnd, words);
      if (!tally || (!tally.voted && !votedAround(tokens, index, tally.end, sentence, words))) continue;
      const [high, low] = tally.sides[0] >= tally.sides[1] ? tally.sides : [tally.sides[1], tally.sides[0]];
      facts.push({ article: article.id, span: { start: tokens[index].start, end: tokens[tally.end - 1].end }, value: `${high}-${low}`, key: TALLY_KEY, label: TALLY_LABEL });
      index = tally.end - 1;
    }
  }
  return facts;
}

function tallyAt(tokens: readonly Token[], index: number, end: number, words: FactWords): { sides: [number, number]; end: number; voted?: boolean } | undefined {
  const glued = GLUED.exec(tokens[index].norm);
  if (glued) return { sides: [Number(glued[1]), Number(glued[2])], end: index + 1 };
  if (index + 2 < end && SIDE.test(tokens[index].norm) && words.tallyJoiners.has(tokens[index + 1].norm) && SIDE.test(tokens[index + 2].norm)) {
    return { sides: [Number(tokens[index].norm), Number(tokens[index + 2].norm)], end: index + 3 };
  }
  if (index + 3 < end && SIDE.test(tokens[index].norm) && words.voteNouns.has(tokens[index + 1].norm) && words.tallyJoiners.has(tokens[index + 2].norm) && SIDE.test(tokens[index + 3].norm)) {
    return { sides: [Number(tokens[index].norm), Number(tokens[index + 3].norm)], end: index + 4, voted: true };
  }
  return sidesFor(tokens, index, end, words);
}

/** How many words may stand between a side of a tally and its word for or against ("votos a favor", "votos en contra"). */
const SIDE_WORDS = 3;

/** "31 votos a favor e 14 contra", "812 sì e 95 no", "24 voix pour et 11 contre", "31 votos a favor, 14 contra e 3 abstenções": each side a count with its word for or against, joined by "and" or a comma (abstentions are neither side). */
function sidesFor(tokens: readonly Token[], index: number, end: number, words: FactWords): { sides: [number, number]; end: number; voted: boolean } | undefined {
  if (words.voteFor.size === 0 || !SIDE.test(tokens[index].norm)) return undefined;
  const sideWord = (from: number, wanted: ReadonlySet<string>, stop: ReadonlySet<string>): number | undefined => {
    for (let at = from; at < Math.min(end, from + SIDE_WORDS); at++) {
      if (wanted.has(tokens[at].norm)) return at;
      if (tokens[at].punct || stop.has(tokens[at].norm) || /\d/.test(tokens[at].norm)) return undefined;
    }
    return undefined;
  };
  const yes = sideWord(index + 1, words.voteFor, words.rangeAnd);
  if (yes === undefined || yes + 2 >= end) return undefined;
  const joiner = tokens[yes + 1].norm;
  if ((joiner !== ',' && !words.rangeAnd.has(joiner)) || !SIDE.test(tokens[yes + 2].norm)) return undefined;
  const no = sideWord(yes + 3, words.voteAgainst, words.rangeAnd);
  return no === undefined ? undefined : { sides: [Number(tokens[index].norm), Number(tokens[yes + 2].norm)], end: no + 1, voted: true };
}

function votedAround(tokens: readonly Token[], start: number, end: number, sentence: { tokenStart: number; tokenEnd: number }, words: FactWords): boolean {
  if (end < sentence.tokenEnd && words.voteAfter.has(tokens[end].norm)) return true;
  for (let index = start - 1; index >= Math.max(sentence.tokenStart, start - VOTE_REACH); index--) {
    if (tokens[index].punct) return false;
    if (words.voteBefore.has(tokens[index].norm)) return true;
  }
  return false;
}
