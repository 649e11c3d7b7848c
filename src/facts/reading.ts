/**
 * Which of a story's articles its report and its summary read
 * (`reportArticles`), so that the time to make them is bounded however large
 * the story grows: at most `maxArticles`, chosen in three passes, each in the
 * order given (a stored story's articles come oldest first):
 *
 * 1. the articles that copy no other article of the story (originals,
 *    independent reports, and copies of articles outside it);
 * 2. its rewrites, which add words of their own;
 * 3. its reprints, which repeat what they copied.
 *
 * What a reprint left unread took is in the article it copied, and a copy and
 * its source count as one source of a fact (`independentSources`): in a story
 * of many reprints, the report loses only what the unread ones add to what
 * they copied (a credit line, a local paragraph) and their own counts.
 */
import { expected } from '../errors.js';

/** The most articles a story's report and summary read: a few seconds' work, done once per story version and cached. */
export const REPORT_MAX_ARTICLES = 200;

export interface ReportReading<T> {
  /** The articles read, in the order given. */
  read: T[];
  /** The ids of the articles left unread, in the order given. */
  unread: string[];
}

/** A copy relation of the story: `article` reprints or rewrites `source` (a copy of unknown kind counts as a reprint). */
export interface ReadingCopy {
  article: string;
  source: string;
  kind?: 'reprint' | 'rewrite';
}

export function reportArticles<T extends { id: string }>(articles: readonly T[], copies: readonly ReadingCopy[], maxArticles = REPORT_MAX_ARTICLES): ReportReading<T> {
  if (!Number.isInteger(maxArticles) || maxArticles < 1) expected('maxArticles as a whole number of at least 1', maxArticles);
  if (articles.length <= maxArticles) return { read: [...articles], unread: [] };
  const inStory = new Set(articles.map((article) => article.id));
  const pass = new Map<string, number>();
  for (const copy of copies) {
    if (!inStory.has(copy.source) || copy.source === copy.article) continue;
    pass.set(copy.article, Math.max(pass.get(copy.article) ?? 0, copy.kind === 'rewrite' ? 1 : 2));
  }
  const chosen = new Set(
    articles
      .map((article, index) => ({ article, index, pass: pass.get(article.id) ?? 0 }))
      .sort((a, b) => a.pass - b.pass || a.index - b.index)
      .slice(0, maxArticles)
      .map(({ index }) => index),
  );
  return {
    read: articles.filter((_, index) => chosen.has(index)),
    unread: articles.flatMap((article, index) => (chosen.has(index) ? [] : [article.id])),
  };
}
