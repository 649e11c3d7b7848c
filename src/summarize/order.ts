import type { Article } from '../article.js';
import type { Unit } from './units.js';
import { instantOf } from '../time.js';

/**
 * A readable order: by the date of the article a unit comes from (undated
 * articles keep their input order after dated ones of the same time), then by
 * the unit's position in its article.
 */
export function readingOrder(units: readonly Unit[], articles: readonly Article[]): Unit[] {
  const time = articles.map((article) => {
    const parsed = article.published ? instantOf(article.published) : Number.NaN;
    return Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
  });
  return [...units].sort(
    (a, b) => time[a.article] - time[b.article] || a.article - b.article || a.sentence - b.sentence,
  );
}
