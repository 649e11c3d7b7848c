import type { SegmentedArticle } from '../article.js';
import { isStopword } from '../text/stopwords.js';
import { namesWeekdayOrMonth } from './fact-words.js';
import type { FactWords } from './language-facts.js';

/** How far after a distance's direction the place it is measured from may be named ("19 nautical miles south of Gabo Island", "30 km south of the port town of Velm"). */
const PLACE_REACH = 6;

/** Words that may stand between "of" and the place's name: articles, and "of" itself ("the port town of Velm"); other lower-case words there are nouns when not stopwords. */
const PLACE_LINKS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of']);

/**
 * The place a distance in a direction is measured from, its words lower
 * case, or undefined: "of" right after the direction (at `from`), then
 * within `PLACE_REACH` tokens a capitalized name, with only articles and
 * lower-case nouns before it ("south of the port town of Velm"). A weekday
 * or month is no place ("30 km south of the city on Tuesday" has none), nor
 * is a name after another word ("south of the city near Velm"). Distances
 * from two places ("south of Gabo Island", "south of Jervis Bay") are two
 * facts, not a disagreement.
 */
export function placeAfter(article: SegmentedArticle, from: number, sentenceEnd: number, words: Pick<FactWords, 'weekdays' | 'monthPattern'>): string[] | undefined {
  const { tokens, text } = article;
  if (tokens[from]?.norm !== 'of') return undefined;
  const dated = (index: number) => namesWeekdayOrMonth(words, tokens[index].norm);
  const capitalized = (index: number) => index < sentenceEnd && !tokens[index].punct && !dated(index) && /^\p{Lu}/u.test(text.slice(tokens[index].start, tokens[index].end));
  for (let index = from + 1; index < Math.min(sentenceEnd, from + 1 + PLACE_REACH); index++) {
    if (capitalized(index)) {
      const name: string[] = [];
      while (capitalized(index)) name.push(tokens[index++].norm);
      return name;
    }
    const norm = tokens[index].norm;
    if (tokens[index].punct || dated(index) || /^\p{Lu}/u.test(text.slice(tokens[index].start, tokens[index].end)) || (!PLACE_LINKS.has(norm) && isStopword(norm))) return undefined;
  }
  return undefined;
}
