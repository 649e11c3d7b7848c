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
import type { FactGroup, FactSource, FactValue } from './types.js';

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
  const revised = revisedSources(fact);
  const byDay = fact.values.map((value) => sourcesByDay(value.sources.filter((source) => !revised.has(source))));
  fact.values.forEach((first, index) => {
    for (let other = index + 1; other < fact.values.length; other++) {
      if (compatible(first, fact.values[other])) continue;
      let together = false;
      for (const [dayA, firstSources] of byDay[index]) {
        for (const [dayB, secondSources] of byDay[other]) {
          const day = dayA === dayB || dayA === '' || dayB === '' ? dayA && dayB : toldTogetherAny(firstSources, secondSources);
          if (day === undefined || !fromTwoArticles(firstSources, secondSources)) continue;
          together = true;
          if (day !== '') days.add(day);
        }
      }
      if (!together && !settled) revisedLater = true;
    }
  });
  return { days: [...days].sort(), revisedLater };
}

/** A value's sources by the day they were told on, '' for those of no known day. */
function sourcesByDay(sources: readonly FactSource[]): Map<string, FactSource[]> {
  const byDay = new Map<string, FactSource[]>();
  for (const source of sources) {
    const day = source.day ?? '';
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day)!.push(source);
  }
  return byDay;
}

/** Whether two lists of sources hold a pair from different articles. */
function fromTwoArticles(first: readonly FactSource[], second: readonly FactSource[]): boolean {
  const articles = new Set(first.map((source) => source.article));
  return articles.size > 1 || second.some((source) => !articles.has(source.article));
}

/** The day sources of two different days were told on together (hours apart across midnight: the earlier day), undefined when none were. */
function toldTogetherAny(first: readonly FactSource[], second: readonly FactSource[]): string | undefined {
  for (const a of first) {
    for (const b of second) {
      if (a.told !== undefined && b.told !== undefined && a.article !== b.article) {
        const day = toldTogether(a, b);
        if (day !== undefined) return day;
      }
    }
  }
  return undefined;
}

/**
 * The sources of a fact whose own article gives the fact another value
 * further on (a live blog's later post: "Update: seven people have now died"
 * after "the toll stands at five"): each is a value its own source revised,
 * which no other report's disputes (`alignFacts` makes such a pair an
 * update). Found in one pass over each article's sources; a caller asking of
 * many sources builds it once per fact.
 */
export function revisedSources(fact: FactGroup): Set<FactSource> {
  const statedIn = new Map<string, Array<{ value: FactValue; source: FactSource }>>();
  const firstValue = new Map<FactSource, FactValue>();
  for (const value of fact.values) {
    for (const source of value.sources) {
      if (!statedIn.has(source.article)) statedIn.set(source.article, []);
      statedIn.get(source.article)!.push({ value, source });
      if (!firstValue.has(source)) firstValue.set(source, value);
    }
  }
  const revised = new Set<FactSource>();
  for (const [source, stated] of firstValue) {
    if (statedIn.get(source.article)!.some((later) => later.source.span.start > source.span.start && !compatible(later.value, stated))) revised.add(source);
  }
  return revised;
}

/** The day two sources were told on together (the earlier's, when hours apart across midnight), '' when either has no day, undefined when on different days. */
function toldTogether(a: FactSource, b: FactSource): string | undefined {
  if (a.day === undefined || b.day === undefined) return '';
  if (!sameDay({ day: a.day, told: a.told }, { day: b.day, told: b.told })) return undefined;
  return a.day <= b.day ? a.day : b.day;
}
