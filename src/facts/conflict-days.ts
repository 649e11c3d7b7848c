/**
 * When the sources of a conflicting fact disagreed, for a reader: the days
 * on which two values that cannot both be true were told (`sameDay`), and
 * whether values told on different days differ too. A storm's toll given as
 * 3 on one day, 7 the next and 10 and 11 on the third is a disagreement of
 * the third day beside two days of updates, which "same-day reports
 * disagree" alone would say of all five values.
 */
import { compatible } from './align.js';
import { sameDay } from './claims.js';
import type { FactGroup, FactSource } from './types.js';

export interface ConflictDays {
  /** The days (`YYYY-MM-DD`, oldest first) on which dated sources gave values that cannot both be true. */
  days: string[];
  /** Whether two values that cannot both be true were given on different days only: a later report revised an earlier one. */
  revisedLater: boolean;
}

export function conflictDays(fact: FactGroup): ConflictDays {
  const days = new Set<string>();
  let revisedLater = false;
  const settled = fact.key.startsWith('age:');
  fact.values.forEach((first, index) => {
    for (const second of fact.values.slice(index + 1)) {
      if (compatible(first, second)) continue;
      let together = false;
      for (const a of first.sources) {
        if (revisedByItsArticle(fact, a)) continue;
        for (const b of second.sources) {
          if (a.article === b.article || revisedByItsArticle(fact, b)) continue;
          const day = toldTogether(a, b);
          if (day === undefined) continue;
          together = true;
          if (day !== '') days.add(day);
        }
      }
      if (!together && !settled) revisedLater = true;
    }
  });
  return { days: [...days].sort(), revisedLater };
}

/**
 * Whether the article of `source` gives the fact another value further on (a
 * live blog's later post: "Update: seven people have now died" after "the
 * toll stands at five"): the value is one its own source revised, which no
 * other report's disputes (`alignFacts` makes such a pair an update).
 */
export function revisedByItsArticle(fact: FactGroup, source: FactSource): boolean {
  const stated = fact.values.find((value) => value.sources.includes(source));
  return stated !== undefined && fact.values.some((value) => value.sources.some((other) => other.article === source.article && other.span.start > source.span.start && !compatible(value, stated)));
}

/** The day two sources were told on together (the earlier's, when hours apart across midnight), '' when either has no day, undefined when on different days. */
function toldTogether(a: FactSource, b: FactSource): string | undefined {
  if (a.day === undefined || b.day === undefined) return '';
  if (!sameDay({ day: a.day, told: a.told }, { day: b.day, told: b.told })) return undefined;
  return a.day <= b.day ? a.day : b.day;
}
