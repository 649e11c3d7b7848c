/** How an outlet is named in lists: the articles that name none count together under this. */
import { shortenedAtWord } from '../text/prefix.js';

const NO_OUTLET = '(no outlet named)';

export function outletName(outlet: string | null): string {
  return outlet ?? NO_OUTLET;
}

const SHORT_NAME = 40;

/** Characters of the words an article opens with where a list has room for them (`openingName`): a summary's list of sources (`listedSource`), the title column of the story page's articles. */
export const LISTED_OPENING_CHARS = 80;

/** Stands before the words an article opens with where they name it (`labelledOpening`): the article has no title, and the words are none. */
export const OPENING_LABEL = '(untitled)';

/**
 * The words an article opens with as its name: after `OPENING_LABEL` and
 * without quotation marks ("(untitled) Crews in Ostrey finished the quay
 * wall…"), so a reader does not take them for a title, which a name
 * shows in quotation marks (`sourceName`). The CLI, the story page, the
 * coverage chart's table and description and the summaries' sources all
 * show an opening so; a web page sets the label apart from the words, in the
 * article's language (`labelledOpeningLink`), and the chart, short of room,
 * shows the words alone in italics.
 */
export function labelledOpening(words: string): string {
  return `${OPENING_LABEL} ${words}`;
}

/**
 * The words an article opens with: its first line cut after its last whole
 * word within `max` characters ("Crews in Ostrey finished the quay wall…");
 * undefined for no text or a blank one.
 */
export function openingWords(text: string | undefined, max = SHORT_NAME): string | undefined {
  const first = text === undefined ? undefined : openingWordsPattern(max).exec(text)?.[0];
  return first ? shortenedAtWord(first, max) : undefined;
}

/** The name of an article that gives neither outlet nor title: its `openingWords`, `labelledOpening`. */
export function openingName(text: string | undefined, max = SHORT_NAME): string | undefined {
  const words = openingWords(text, max);
  return words === undefined ? undefined : labelledOpening(words);
}

/**
 * The first line's words as far as `shortenedAtWord` reads them: up to `max` + 1
 * characters that are not spaces, with the spaces between, so a long line is
 * not copied whole and one longer than `max` still gets its “…”.
 */
function openingWordsPattern(max: number): RegExp {
  return new RegExp(`\\S(?:[^\\S\\n]*\\S){0,${Math.max(0, Math.floor(max))}}`);
}

/**
 * What a source is called where space is short, in the CLI and the web
 * reader alike: its outlet; else its title in quotation marks, so it reads
 * as a title among outlets' names, cut after its last whole word within 40
 * characters (“Dam Gate Failure Forces 1,200 People…”); else, when its text
 * is at hand, the words it opens with after a label, not in quotation marks
 * (`openingName`); else its id. Never
 * the file it was read from, which an export read back in renames. `text`
 * is the article's text, when the caller keeps it apart from the article.
 */
export function sourceName(article: { outlet?: string | null; title?: string | null; id: string; text?: string }, text = article.text): string {
  if (article.outlet) return article.outlet;
  if (article.title) return `“${shortenedAtWord(article.title, SHORT_NAME)}”`;
  return openingName(text) ?? shortenedAtWord(article.id, SHORT_NAME);
}
