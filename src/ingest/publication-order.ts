import type { Article } from '../article.js';

/**
 * The articles of one ingest window in the order they were published, so the
 * earliest report of an event starts its story and is the one later copies
 * trace to, whatever order the files were read in. An undated article keeps
 * its place after the dated article read just before it (or first, when none
 * was). The sort is stable and returns a new array; the input is not changed.
 */
export function inPublicationOrder<T extends { article: Pick<Article, 'published'> }>(items: readonly T[]): T[] {
  let previous = Number.NEGATIVE_INFINITY;
  const keyed = items.map((item, index) => {
    const time = item.article.published === undefined ? Number.NaN : Date.parse(item.article.published);
    if (Number.isFinite(time)) previous = time;
    return { item, index, time: previous };
  });
  keyed.sort((a, b) => a.time - b.time || a.index - b.index);
  return keyed.map(({ item }) => item);
}
