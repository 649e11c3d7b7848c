/** How an outlet is named in lists: the articles that name none count together under this. */
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
  return article.title ? `“${shortened(article.title)}”` : shortened(article.id);
}

/** The text, or at most `SHORT_NAME` characters of it with the ellipsis, ending on a whole word (cut anywhere when the text has no space to cut at). */
function shortened(text: string): string {
  if (text.length <= SHORT_NAME) return text;
  const head = text.slice(0, SHORT_NAME - 1);
  const space = /\s/.test(text[SHORT_NAME - 1]) ? head.length : head.search(/\s\S*$/);
  return `${(space > SHORT_NAME / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/u, '')}…`;
}
