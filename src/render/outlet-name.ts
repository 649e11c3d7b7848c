/** How an outlet is named in lists: the articles that name none count together under this. */
const NO_OUTLET = '(no outlet named)';

export function outletName(outlet: string | null): string {
  return outlet ?? NO_OUTLET;
}

const SHORT_NAME = 40;

/**
 * What a source is called where space is short, in the CLI and the web
 * reader alike: its outlet, else its title (cut short), else its id. Never
 * the file it was read from, which an export read back in renames.
 */
export function sourceName(article: { outlet?: string | null; title?: string | null; id: string }): string {
  if (article.outlet) return article.outlet;
  const title = article.title ?? article.id;
  return title.length > SHORT_NAME ? `${title.slice(0, SHORT_NAME - 1).trimEnd()}…` : title;
}
