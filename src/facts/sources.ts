/**
 * Which articles are one source when facts are counted: an article and what
 * it reprints or rewrites (a copy repeats its source's figures, it does not
 * confirm them), and the articles of one outlet (its updates of a report).
 * Agreement among them is not corroboration.
 */
import type { SegmentedArticle } from '../article.js';

/** Each article's source key: the same key for articles joined by a copy relation (`article` reprints or rewrites `source`) or an outlet, transitively. */
export function independentSources(articles: readonly SegmentedArticle[], copies: ReadonlyArray<{ article: string; source: string }>): Map<string, string> {
  const parent = new Map<string, string>(articles.map((article) => [article.id, article.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(id, at);
    return at;
  };
  const join = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [left, right] = [root(a), root(b)];
    if (left !== right) parent.set(left < right ? right : left, left < right ? left : right);
  };
  const byOutlet = new Map<string, string>();
  for (const article of articles) {
    const outlet = article.outlet?.trim().toLowerCase();
    if (!outlet) continue;
    const first = byOutlet.get(outlet);
    if (first === undefined) byOutlet.set(outlet, article.id);
    else join(first, article.id);
  }
  for (const copy of copies) join(copy.article, copy.source);
  return new Map(articles.map((article) => [article.id, root(article.id)]));
}
