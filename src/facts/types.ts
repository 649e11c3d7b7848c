import type { Span } from '../article.js';

/** How a number is hedged: "more than 80", "at least 60", "about 1,200", "nearly 2,000", "up to 15,000". */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'nearly' | 'up-to' | 'less-than' | 'range';

/** A number stated in an article, with what it counts. */
export interface NumberFact {
  article: string;
  /** The whole expression: qualifier, number, unit and counted noun ("more than 80 people"). */
  span: Span;
  /** The number itself as written ("80", "twenty", "no"). */
  valueSpan: Span;
  value: number;
  /** Upper end of a range ("between 30 and 40" → 40). */
  upper?: number;
  qualifier: Qualifier;
  /** "$", "euros", "metres", "percent"… */
  unit?: string;
  /**
   * The step of the last digit written when a multiplier word scales it
   * ("$4 billion": 1,000,000,000; "$4.2 billion": 100,000,000): a round
   * figure written loosely agrees with a precise one it rounds to
   * (`compatible`; `ParsedNumber.precision`). Absent for a number written in full ("4,200").
   */
  precision?: number;
  /** The counted noun as written, lower-case ("cruise missiles", "people"). */
  counted?: string;
  /** What happened to what is counted, canonical ("killed", "injured", "evacuated", "damaged"). */
  event?: string;
  /** What lines the fact up with other articles' facts, e.g. `killed:people`, `damaged:home`, `$:repair`. */
  key: string;
  /** A reader's name for the key: "people killed", "homes damaged". */
  label: string;
  /** What a price buys, pays for or budgets, as the sentence names it ("striker Tomasz Wren"): `dealOf`. */
  object?: string;
  /** A value the article gives as superseded: "up from 340", "from $45 million", "earlier had reported 65". */
  previous?: boolean;
}

/** A date stated in an article, resolved to ISO. */
export interface DateFact {
  article: string;
  span: Span;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  iso: string;
  /** `published`: relative to the article's date; `text`: relative to a full date the text gives; `absolute`: written in full. */
  basis: 'published' | 'text' | 'absolute';
  /** The event the date belongs to, canonical ("failed", "killed"), when the clause names one. */
  event?: string;
  /** Who or what the event word takes, as written, when a name follows it ("met with President Ana Ruiz" → "President Ana Ruiz"): one event of two meetings is told apart by it (`byObject`). */
  object?: string;
  /** The name right before the event word, as written, when it takes an `object` ("Holbrooke met Milosevic" → "Holbrooke"): "Milosevic met Holbrooke" is the same meeting (`byObject`). */
  subject?: string;
  key?: string;
  label?: string;
}

export interface FactSource {
  article: string;
  span: Span;
  /** The day it was told, `YYYY-MM-DD`, when known: the article's (modified, else published), or for a live blog the day of the post that states it. */
  day?: string;
  /** The instant it was told, in milliseconds, when its time of day is known (`FactClaim.told`): two sources of one day by `sameDay`. */
  told?: number;
}

export interface FactValue {
  /** A count or amount, or an ISO date for when something happened. */
  value: number | string;
  qualifier: Qualifier;
  upper?: number;
  unit?: string;
  /** The step of the last digit written under a multiplier word (`NumberFact.precision`). */
  precision?: number;
  sources: FactSource[];
  /** Values of one group sharing a reading can all be true together ("340" and "about 340"); readings are numbered from 0 in the order of the group's values. */
  reading: number;
}

/**
 * One counted thing across a story's articles. `agreed`: every article gives a
 * compatible value, and more than one independent source does; `single-source`:
 * one source only (one article, one outlet, or copies of one article); `conflicting`: articles
 * of the same day give incompatible values; `updated`: values differ only
 * between days (a later report revises an earlier one).
 */
export interface FactGroup {
  key: string;
  label: string;
  values: FactValue[];
  status: 'agreed' | 'single-source' | 'conflicting' | 'updated';
  /** How many articles state it. */
  sources: number;
  /** How many independent sources state it: an outlet's articles, and copies with what they copy, count once. */
  independent: number;
}

export interface FactOptions {
  /** Values within this factor of each other are compared; farther ones count different things (a total and a local toll). */
  magnitudeFactor: number;
  /** "About n" covers n plus or minus this share ("about 1,200" and "about 1,400" conflict; "about 180" and 173 agree). */
  aboutTolerance: number;
}
