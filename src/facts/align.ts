/**
 * Lines up the facts of a story's articles, in four passes:
 *
 * 1. claims: each article's first statement of each fact key (a count, an
 *    amount, a vote tally, a date; people's ages come from `ageClaims`), and
 *    a live blog's later posts' values that revise it; values the article
 *    itself calls superseded, and dates read against a date in the text
 *    rather than the publication date, are left out; a count with no event
 *    ("19 goals") carries its sentence's words (`countContext`);
 * 2. things, magnitudes and occasions: counts of one noun with no event are
 *    one thing only when their sentences share enough words (`byContext`),
 *    prices are split by what they buy and dated events by whom they take
 *    ("met" Ivo Brandt, "met" Ana Ruiz: `byObject`), and prices naming no
 *    deal in a story of several deals are compared only for agreement
 *    (`byAgreement`); values of one key far
 *    apart (a 40 and a 600 "killed"; "met" on 3 and on 28 December; counts
 *    with no event closer, `CONTEXT_MAGNITUDE_FACTOR`) count different
 *    things or happened on different occasions, and are split into separate
 *    groups; a thing with no event only one article counts is left out;
 * 3. values: equal statements from several articles become one value with
 *    every source, read at the finest precision written ("$4 billion" and
 *    "$4,000 million" are one value, read as exactly $4,000 million), and values
 *    that can all be true together share a reading ("340" and "about 340"
 *    against "410");
 * 4. status: `conflicting` when two articles of the same day (`sameDay`:
 *    the same date as written, or told less than `SAME_DAY_HOURS` apart),
 *    or of days not known, give values that cannot both be true ("about 1,200" and "1,400";
 *    "no deaths" and "one man died"), or a settled value (an age) differs
 *    within a year; `updated` when values differ only between two known
 *    days, or one of them is a value a live blog revised in a later post;
 *    `agreed` when all are compatible ("over 80" and "more than 80", "at
 *    least 80" and "86"); `single-source` when one source states it (one
 *    article, or articles that are one source: `independentSources`).
 */
import { inPost, type SegmentedArticle, type Span } from '../article.js';
import { expected } from '../errors.js';
import { readingLanguage } from '../language/index.js';
import { checkFraction, withDefaults } from '../options.js';
import { findNumberFacts } from './counts.js';
import { DATE_KEY, dateClauseWords, findDateFacts } from './dates.js';
import { findTallyFacts } from './tallies.js';
import { findTimeFacts, TIME_KEY, TIME_SHARED_WORDS, TIME_UNIT, timeInterval } from './times.js';
import { claimTime, sameDay, UNDATED, type FactClaim as Claim } from './claims.js';
import { byContext, CONTEXT_MAGNITUDE_FACTOR, CONTEXT_SHARE, countContext, sharesWords } from './contexts.js';
import { byObject } from './deals.js';
import { NAME_UNIT, namesAgree } from './person-names.js';
import { TITLE_UNIT, titlesAgree } from './roles.js';
import type { FactGroup, FactOptions, FactValue, NumberFact } from './types.js';

export const defaultFactOptions: Readonly<FactOptions> = Object.freeze({ magnitudeFactor: 3, aboutTolerance: 0.05 });

/** "None reported" is compared with counts up to this size. */
const ZERO_REACH = 50;
/** Two dates given for one kind of event this many days apart or more are two occasions. */
const OCCASION_DAYS = 3;
const DAY = 86_400_000;
/** A claim's value that is a date (`YYYY-MM` or `YYYY-MM-DD`); other strings are tallies ("31-17"), one occasion each key. */
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;
const YEAR = 365 * DAY;
/** Content words two planned dates' clauses must share to be one plan however far apart (`onePlan`). */
const PLAN_SHARED_WORDS = 1;

/**
 * The facts of `articles`, lined up. `claims` adds statements found with
 * more than one article in view (people's ages, which need the story's
 * people: `ageClaims`); `sources` maps articles to their source
 * (`independentSources`), each article its own when absent.
 */
export function alignFacts(articles: readonly SegmentedArticle[], options?: Partial<FactOptions>, claims: readonly Claim[] = [], sources: ReadonlyMap<string, string> = new Map()): FactGroup[] {
  if (!Array.isArray(articles)) expected('an array of segmented articles', articles);
  if (!Array.isArray(claims)) expected('an array of fact claims', claims);
  return alignClaims([...articles.flatMap((article) => articleClaims(article)), ...claims], options, sources);
}

/** `alignFacts` for a caller holding every claim already: each article's own (`articleClaims`, in article order), then those found across articles. */
export function alignClaims(claims: readonly Claim[], options?: Partial<FactOptions>, sources: ReadonlyMap<string, string> = new Map()): FactGroup[] {
  if (!Array.isArray(claims)) expected('an array of fact claims', claims);
  if (!(sources instanceof Map)) expected('a map of article ids to source keys', sources);
  const settings = withDefaults('facts', defaultFactOptions, options);
  if (!(settings.magnitudeFactor > 1)) expected('facts.magnitudeFactor above 1', settings.magnitudeFactor);
  checkFraction('facts', 'aboutTolerance', settings.aboutTolerance);
  const byKey = new Map<string, Claim[]>();
  for (const claim of claims) {
    const keyed = byKey.get(claim.key);
    if (keyed) keyed.push(claim);
    else byKey.set(claim.key, [claim]);
  }
  const groups: FactGroup[] = [];
  for (const [plainKey, allKeyed] of byKey) {
    const parts = (plainKey.startsWith(`${TIME_KEY}:`) ? byContext(allKeyed, TIME_SHARED_WORDS, 0) : byContext(allKeyed))
      .flatMap((thing) => byObject(plainKey, thing))
      .flatMap(({ key, label, claims: keyed, unplaced }) => valueParts(keyed, settings).flatMap((part) => (unplaced ? byAgreement(part, settings) : [part])).map((part) => ({ key, label, claims: part })))
      .filter(({ claims: part }) => part[0].context === undefined || new Set(part.map((claim) => claim.article)).size > 1);
    const repeated = new Set(parts.map(({ key }) => key).filter((key, index, all) => all.indexOf(key) !== index));
    const numbers = new Map<string, number>();
    for (const { key, label, claims: part } of parts) {
      const number = (numbers.get(key) ?? 0) + 1;
      numbers.set(key, number);
      groups.push(toGroup(repeated.has(key) ? `${key}#${number}` : key, part, settings, sources, label));
    }
  }
  const rank = { conflicting: 0, updated: 1, agreed: 2, 'single-source': 3 };
  return groups.sort((a, b) => rank[a.status] - rank[b.status] || b.sources - a.sources || a.key.localeCompare(b.key));
}

/** Which claims besides numbers and tallies `articleClaims` reads: dates (keys `DATE_KEY:…`) and times of day (keys `TIME_KEY:…`). */
export interface ClaimKinds {
  dates: boolean;
  times: boolean;
}

export const EVERY_CLAIM_KIND: ClaimKinds = { dates: true, times: true };

/** The kinds of claim (`ClaimKinds`) some of `keys` may be a claim of. */
export function claimKindsOf(keys: Iterable<string>): ClaimKinds {
  const kinds = { dates: false, times: false };
  for (const key of keys) {
    if (key.startsWith(`${DATE_KEY}:`)) kinds.dates = true;
    if (key.startsWith(`${TIME_KEY}:`)) kinds.times = true;
  }
  return kinds;
}

/**
 * Pass 1: the article's first statement of each fact key (each thing a
 * price is for, when the sentence names it: `object`), read in
 * `language` (by default the article's: `findNumberFacts`), a pure function
 * of the article. A live blog (`Article.posts`) tells a fact over time: a
 * later post's first statement of a key that cannot be true with the value
 * the blog last gave ("Update: four people are now known to have died"
 * after "three people died") is a claim too, and the value it revises is
 * marked `revised`, so the blog's own correction is compared with the other
 * reports and shown as an update. Dates and times of day may be left out
 * (`kinds`) where no key of theirs is wanted: the claims of other keys are
 * the same without them (keys `DATE_KEY:…` and `TIME_KEY:…` are theirs only,
 * and an article's claims of one key are read apart from the others').
 */
export function articleClaims(article: SegmentedArticle, language: string | undefined = readingLanguage(article), kinds: ClaimKinds = EVERY_CLAIM_KIND): Claim[] {
  const claims: Claim[] = [];
  const latest = new Map<string, { index: number; post: number }>();
  const posts = article.posts ?? [];
  const postOf = (span: Span) => posts.findIndex((post) => inPost(post, span));
  const state = (claim: Claim) => {
    const post = postOf(claim.span);
    const statement = claim.object === undefined ? claim.key : `${claim.key}\u0000${claim.object.toLowerCase()}`;
    const stated = latest.get(statement);
    if (stated === undefined) {
      latest.set(statement, { index: claims.push(claim) - 1, post });
    } else if (post > stated.post && stated.post !== -1 && !compatible(claims[stated.index], claim) && oneThing(claims[stated.index], claim, defaultFactOptions)) {
      claims[stated.index] = { ...claims[stated.index], revised: true };
      latest.set(statement, { index: claims.push(claim) - 1, post });
    }
  };
  for (const fact of findNumberFacts(article, language)) {
    if (fact.previous || (!fact.event && !fact.unit && !countsAThing(fact))) continue;
    const context = !fact.event && !fact.unit ? { context: countContext(article, fact.span) } : {};
    state({ key: fact.key, label: fact.label, value: fact.value, qualifier: fact.qualifier, ...(fact.upper !== undefined ? { upper: fact.upper } : {}), ...(fact.unit ? { unit: fact.unit } : {}), ...(fact.precision !== undefined ? { precision: fact.precision } : {}), ...(fact.object ? { object: fact.object } : {}), ...context, article: article.id, span: fact.span, ...claimTime(article, fact.span) });
  }
  for (const fact of findTallyFacts(article, language)) {
    state({ key: fact.key, label: fact.label, value: fact.value, qualifier: 'exact', article: article.id, span: fact.span, ...claimTime(article, fact.span) });
  }
  if (kinds.times && (language === undefined || language === 'en')) {
    for (const fact of findTimeFacts(article)) {
      state({ key: fact.key, label: fact.label, value: fact.value, qualifier: fact.qualifier, unit: TIME_UNIT, context: countContext(article, fact.span), article: article.id, span: fact.span, ...claimTime(article, fact.span) });
    }
  }
  for (const fact of kinds.dates ? findDateFacts(article, language) : []) {
    if (!fact.key || fact.basis === 'text') continue;
    const time = claimTime(article, fact.span);
    const clause = planned({ day: time.day, value: fact.iso }) ? { clause: dateClauseWords(article, fact.span, fact.event, language) } : {};
    state({ key: fact.key, label: fact.label!, value: fact.iso, qualifier: 'exact', ...(fact.object ? { object: fact.object } : {}), ...(fact.subject ? { subject: fact.subject } : {}), ...clause, article: article.id, span: fact.span, ...time });
  }
  return claims;
}

/**
 * Pass 2: the claims of one thing split by magnitude (numbers; counts with
 * no event more tightly, `CONTEXT_MAGNITUDE_FACTOR`) or occasion (dates).
 */
function valueParts(claims: readonly Claim[], settings: FactOptions): Claim[][] {
  if (typeof claims[0].value !== 'number') return ISO_DATE.test(claims[0].value) ? byOccasion(claims, settings) : [[...claims]];
  const eventless = claims.some((claim) => claim.context !== undefined);
  return byMagnitude(claims, eventless ? { ...settings, magnitudeFactor: Math.min(settings.magnitudeFactor, CONTEXT_MAGNITUDE_FACTOR) } : settings);
}

/**
 * Pass 2 for the claims of no known thing in a story of several (prices
 * naming no deal where others name two: `byObject`): values that can all be
 * true together are one part, any other its own; two different sums of
 * unknown deals are more likely two deals than a dispute ("$40.4 billion in
 * acquisitions" on Monday, "a takeover … worth about $70 billion").
 */
function byAgreement(claims: readonly Claim[], settings: FactOptions): Claim[][] {
  const parts: Claim[][] = [];
  for (const claim of claims) {
    const part = parts.find((members) => members.every((member) => compatible(member, claim, settings)));
    if (part) part.push(claim);
    else parts.push([claim]);
  }
  return parts;
}

/**
 * A count with no event or unit that is a claim of its own: a number of a
 * counted noun ("19 goals", "212,000 heaters"), not none ("no one said",
 * which counts nothing that happened) nor a range (a score, "a 20-13 win").
 */
function countsAThing(fact: NumberFact): boolean {
  return fact.counted !== undefined && fact.value > 0 && fact.upper === undefined;
}

/** Pass 2: single-linkage over sorted values; values within the factor of their neighbour stay together. */
function byMagnitude(claims: readonly Claim[], settings: FactOptions): Claim[][] {
  const sorted = [...claims].sort((a, b) => (a.value as number) - (b.value as number));
  const parts: Claim[][] = [[sorted[0]]];
  for (let index = 1; index < sorted.length; index++) {
    const [a, b] = [sorted[index - 1], sorted[index]];
    if (oneThing(a, b, settings)) parts[parts.length - 1].push(b);
    else parts.push([b]);
  }
  return parts;
}

/**
 * Pass 2 for dates: dates more than `OCCASION_DAYS` apart are different
 * occasions ("met" on 3 and on 28 December), not a disagreement; a date and
 * a less precise one it falls in ("1998-12-03", "1998-12") stay together.
 * Each group keeps the claims in article order.
 */
function byOccasion(claims: readonly Claim[], settings: FactOptions): Claim[][] {
  const sorted = [...claims].sort((a, b) => String(a.value).localeCompare(String(b.value)));
  const parts: Claim[][] = [[sorted[0]]];
  for (let index = 1; index < sorted.length; index++) {
    const part = parts[parts.length - 1];
    if (oneThing(sorted[index - 1], sorted[index], settings) || part.some((member) => onePlan(member, sorted[index]))) part.push(sorted[index]);
    else parts.push([sorted[index]]);
  }
  return parts.map((part) => claims.filter((claim) => part.includes(claim)));
}

/** A date after the day its article told it: a plan ("work will begin on March 3 next year"). */
function planned(claim: Pick<Claim, 'day' | 'value'>): boolean {
  return claim.day !== UNDATED && String(claim.value) > claim.day;
}

/** Planned dates of one plan, which outlets giving days however far apart dispute: of one object, or clauses sharing words (`FactClaim.clause`): "work … will begin on March 3", "with work starting on March 10". */
function onePlan(a: Claim, b: Claim): boolean {
  if (!planned(a) || !planned(b)) return false;
  if (a.object !== undefined && b.object !== undefined) return a.object.toLowerCase() === b.object.toLowerCase();
  return sharesWords(new Set(a.clause ?? []), new Set(b.clause ?? []), PLAN_SHARED_WORDS, CONTEXT_SHARE);
}

/**
 * Whether two values of one key count one thing (pass 2; a live blog's revision, pass 1):
 * counts within `magnitudeFactor` of each other (a zero and up to
 * `ZERO_REACH`), dates within `OCCASION_DAYS` or one inside the other;
 * tallies always.
 */
function oneThing(a: Pick<Claim, 'value'>, b: Pick<Claim, 'value'>, settings: Pick<FactOptions, 'magnitudeFactor'>): boolean {
  if (typeof a.value === 'number' && typeof b.value === 'number') {
    const [low, high] = a.value <= b.value ? [a.value, b.value] : [b.value, a.value];
    return low === 0 ? high <= ZERO_REACH : high / low <= settings.magnitudeFactor;
  }
  const [x, y] = [String(a.value), String(b.value)];
  if (!ISO_DATE.test(x) && !ISO_DATE.test(y)) return true;
  return x.startsWith(y) || y.startsWith(x) || Math.abs(Date.parse(y) - Date.parse(x)) <= OCCASION_DAYS * DAY;
}

/** A value before its reading is known. */
type Unread = Omit<FactValue, 'reading'>;

/** Passes 3 and 4. */
function toGroup(key: string, claims: readonly Claim[], settings: FactOptions, sources: ReadonlyMap<string, string>, label = claims[0].label): FactGroup {
  const values: Array<Unread & { claims: Claim[] }> = [];
  for (const claim of claims) {
    const same = values.find((value) => value.value === claim.value && value.qualifier === claim.qualifier && value.unit === claim.unit && value.upper === claim.upper);
    const source = { article: claim.article, span: claim.span, ...(claim.day !== UNDATED ? { day: claim.day } : {}), ...(claim.told !== undefined ? { told: claim.told } : {}) };
    if (same) {
      if (claim.precision === undefined) delete same.precision;
      else if (claim.precision < (same.precision ?? 0)) same.precision = claim.precision;
      same.sources.push(source);
      same.claims.push(claim);
    } else {
      values.push({ value: claim.value, qualifier: claim.qualifier, ...(claim.upper !== undefined ? { upper: claim.upper } : {}), ...(claim.unit ? { unit: claim.unit } : {}), ...(claim.precision !== undefined ? { precision: claim.precision } : {}), sources: [source], claims: [claim] });
    }
  }
  const read = withReadings(values, settings);
  const articles = new Set(claims.map((claim) => claim.article)).size;
  const independent = new Set(claims.map((claim) => sources.get(claim.article) ?? claim.article)).size;
  // Each claim at its own written precision: a vaguer source ("$4 billion") hides no dispute of a precise one ("$4,000 million", "$4.3 billion").
  let status: FactGroup['status'] = independent === 1 ? 'single-source' : 'agreed';
  for (let i = 0; i < claims.length && status !== 'conflicting'; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i], claims[j]];
      if ((a.article === b.article && !a.revised && !b.revised) || compatible(a, b, settings)) continue;
      status = a.revised || b.revised ? 'updated' : sameDay(a, b) || a.day === UNDATED || b.day === UNDATED || (a.settled && Math.abs(Date.parse(a.day) - Date.parse(b.day)) < YEAR) ? 'conflicting' : 'updated';
      if (status === 'conflicting') break;
    }
  }
  return { key, label, values: read, status, sources: articles, independent };
}

/**
 * Pass 3, readings: each value, in the group's order, joins the first
 * reading whose values it is compatible with, all of them, or starts one;
 * the values come back grouped by reading.
 */
function withReadings(values: ReadonlyArray<Unread & { claims: readonly Claim[] }>, settings: FactOptions): FactValue[] {
  const readings: Array<Array<(typeof values)[number]>> = [];
  for (const value of values) {
    const reading = readings.find((members) => members.every((member) => compatible(member, value, settings)));
    if (reading) reading.push(value);
    else readings.push([value]);
  }
  return readings.flatMap((members, reading) => members.map(({ claims: _claims, ...value }) => ({ ...value, reading })));
}

/** What `compatible` reads of a value. */
type Stated = Pick<Claim, 'value' | 'qualifier' | 'upper' | 'unit' | 'precision'>;

/**
 * Whether two stated values can both be true. A round figure written under
 * a multiplier word is read at its written precision against a more precise
 * one (`Claim.precision`): "$4 billion" is any amount that rounds to it,
 * so "$4.2 billion" agrees with it and "$4.6 billion" does not; "about $4
 * billion" reaches as far, "nearly $4 billion" only below 4 billion
 * (`interval`).
 */
export function compatible(a: Stated, b: Stated, settings: Pick<FactOptions, 'aboutTolerance'> = defaultFactOptions): boolean {
  if (typeof a.value === 'string' || typeof b.value === 'string') {
    const [x, y] = [String(a.value), String(b.value)];
    if (a.unit === NAME_UNIT) return namesAgree(x, y);
    if (a.unit === TITLE_UNIT) return titlesAgree(x, y);
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    return long.startsWith(short) && (long.length === short.length || long[short.length] === '-');
  }
  const [stepA, stepB] = [a.precision ?? 0, b.precision ?? 0];
  const [x, y] = [interval(a, settings.aboutTolerance, stepA > stepB ? stepA : 0), interval(b, settings.aboutTolerance, stepB > stepA ? stepB : 0)];
  const low = Math.max(x.low, y.low);
  const high = Math.min(x.high, y.high);
  if (low < high) return true;
  if (low > high) return false;
  const openAtLow = (x.low === low && x.lowOpen) || (y.low === low && y.lowOpen);
  const openAtHigh = (x.high === high && x.highOpen) || (y.high === high && y.highOpen);
  return !openAtLow && !openAtHigh;
}

interface Interval {
  low: number;
  high: number;
  lowOpen?: boolean;
  highOpen?: boolean;
}

/**
 * The values a claim allows; a round one read at its written precision
 * (`step`, 0 when read as written) allows what rounds to it, as far as
 * `ROUNDING_REACH` of its value: "$4 billion" from 3.5 up to 4.5 billion,
 * "$1 billion" from 0.875 to 1.125 billion. A hedge keeps its side:
 * "nearly $4 billion" reaches down to 3.5 billion and stays below 4,
 * "more than $4 billion" stays above 4.
 */
function interval(claim: Stated, tolerance: number, step: number): Interval {
  const value = claim.value as number;
  if (claim.unit === TIME_UNIT) return timeInterval(value, claim.qualifier);
  const written = statedInterval(claim, tolerance);
  const sides = ROUNDED[claim.qualifier];
  if (step === 0 || sides === undefined) return written;
  const reach = Math.min(step / 2, Math.abs(value) * ROUNDING_REACH);
  const low = Math.min(written.low, value - reach);
  if (sides === 'below') return { ...written, low, lowOpen: false };
  const high = value + reach;
  return { low, high: Math.max(written.high, high), highOpen: written.high <= high };
}

/** Qualifiers whose round figure reaches what rounds to it, and on which side: as written and "about" on both, "nearly" only below ("more than", "at least" and "less than" are open on their other side already). */
const ROUNDED: Partial<Record<Claim['qualifier'], 'both' | 'below'>> = { exact: 'both', about: 'both', nearly: 'below' };

/** The widest share of a round figure's value its rounding reaches: a single digit from 4 up rounds within it; "$1 billion" is not read as far as 1.5 billion. */
const ROUNDING_REACH = 0.125;

function statedInterval(claim: Stated, tolerance: number): Interval {
  const value = claim.value as number;
  switch (claim.qualifier) {
    case 'about': return { low: value * (1 - tolerance), high: value * (1 + tolerance) };
    case 'more-than': return { low: value, high: Infinity, lowOpen: true };
    case 'at-least': return { low: value, high: Infinity };
    case 'nearly': return { low: value * (1 - 1.5 * tolerance), high: value, highOpen: true };
    case 'up-to': return { low: 0, high: value };
    case 'less-than': return { low: 0, high: value, highOpen: true };
    case 'range': return { low: value, high: claim.upper ?? value };
    default: return { low: value, high: value };
  }
}
