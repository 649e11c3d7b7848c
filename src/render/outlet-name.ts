/** How an outlet is named in lists: the articles that name none count together under this. */
import { shortenedAtWord } from '../text/prefix.js';

const NO_OUTLET = '(no outlet named)';

export function outletName(outlet: string | null): string {
  return outlet ?? NO_OUTLET;
}

const SHORT_NAME = 40;

/**
 * What a source is called where space is short, in the CLI and the web
 * reader alike: its outlet; else its title in quotation marks, so it reads
 * as a title among outlets' names, cut after its last whole word within 40
 * characters (“Dam Gate Failure Forces 1,200 People…”); else its id. Never
 * the file it was read from, which an export read back in renames.
 */
export function sourceName(article: { outlet?: string | null; title?: string | null; id: string }): string {
  if (article.outlet) return article.outlet;
  return article.title ? `“${shortenedAtWord(article.title, SHORT_NAME)}”` : shortenedAtWord(article.id, SHORT_NAME);
}
