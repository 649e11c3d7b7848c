/**
 * Reads one number expression starting at a token: digits ("1,200", "4.8",
 * "$45"), number words ("twenty", "twenty-five", "a dozen", "one hundred"),
 * a multiplier ("million"), a currency before it ("$", "dlrs") or a unit after
 * it ("metres", "percent"), and a range ("between 30 and 40", "4.5 million to
 * 5 million"). "No" and "none" before a counted noun are zero ("no deaths").
 */
import type { SegmentedArticle } from '../article.js';
import { CURRENCY_PREFIXES, MULTIPLIERS, NUMBER_WORDS, UNITS } from './lexicon.js';

export interface ParsedNumber {
  /** Token range of the number words (currency sign included, unit excluded). */
  start: number;
  end: number;
  value: number;
  upper?: number;
  currency?: string;
  unit?: string;
  /** One past the last token of the whole expression (unit and range included). */
  through: number;
}

const DIGITS = /^(?:[$£€]|us\$|a\$)?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^(?:[$£€]|us\$|a\$)?\d+(?:\.\d+)?$/i;
/** "no one", "no deaths", "none": zero of what follows. */
const ZERO_WORDS = new Set(['no', 'none', 'nobody', 'noone']);

export function parseNumberAt(article: SegmentedArticle, index: number, end: number): ParsedNumber | undefined {
  const { tokens } = article;
  const start = index;
  let currency: string | undefined;
  const first = tokens[index].norm;
  if (CURRENCY_PREFIXES[first] && index + 1 < end && startsNumber(tokens[index + 1].norm)) {
    currency = CURRENCY_PREFIXES[first];
    index++;
  }
  const base = readBase(article, index, end);
  if (!base) return undefined;
  let { value } = base;
  let after = base.end;
  const sign = tokens[index].norm.match(/^([$£€]|us\$|a\$)/i)?.[1].toLowerCase();
  if (sign) currency = CURRENCY_PREFIXES[sign] ?? sign;
  while (after < end && MULTIPLIERS[tokens[after].norm] && !(tokens[after].norm === 'm' && !currency)) value *= MULTIPLIERS[tokens[after++].norm];
  const parsed: ParsedNumber = { start, end: after, value, through: after, ...(currency ? { currency } : {}) };
  if (!currency) {
    const unit = after < end ? unitAt(article, after) : undefined;
    if (unit) {
      parsed.unit = unit.name;
      parsed.through = after + unit.length;
    }
  }
  const range = readRangeEnd(article, parsed.through, end, value / base.value, currency !== undefined);
  if (range) {
    parsed.upper = range.value;
    parsed.through = range.through;
  }
  return parsed;
}

/** The unit written at `index`: one word ("km"), or two ("per cent", "nautical miles", "square km"). */
function unitAt(article: SegmentedArticle, index: number): { name: string; length: number } | undefined {
  const first = article.tokens[index]?.norm ?? '';
  const second = article.tokens[index + 1]?.norm ?? '';
  if (first === 'per' && second === 'cent') return { name: 'percent', length: 2 };
  if (first === 'nautical' && (second === 'miles' || second === 'mile')) return { name: 'nautical miles', length: 2 };
  if (first === 'square' && UNITS[second]) return { name: `square ${UNITS[second]}`, length: 2 };
  if (first.length === 1 && !isLowerCaseAt(article, index)) return undefined;
  return UNITS[first] ? { name: UNITS[first], length: 1 } : undefined;
}

/** A one-letter unit is a symbol written in lower case ("40 m"); "2025 M St." is an address. */
function isLowerCaseAt(article: SegmentedArticle, index: number): boolean {
  const token = article.tokens[index];
  const surface = article.text.slice(token.start, token.end);
  return surface === surface.toLowerCase();
}

function startsNumber(norm: string): boolean {
  return DIGITS.test(norm) || NUMBER_WORDS[norm] !== undefined;
}

/** The number before any multiplier: digits, number words, "a dozen", "twenty-five", "one hundred", or zero words. */
function readBase(article: SegmentedArticle, index: number, end: number): { value: number; end: number } | undefined {
  const { tokens } = article;
  const norm = tokens[index].norm;
  if (DIGITS.test(norm)) return { value: Number(norm.replace(/^[^\d]+/, '').replace(/,/g, '')), end: joinSpacedThousands(article, index, end) };
  if (ZERO_WORDS.has(norm)) return { value: 0, end: norm === 'no' && tokens[index + 1]?.norm === 'one' ? index + 2 : index + 1 };
  if (norm === 'a' && tokens[index + 1]?.norm === 'dozen') return { value: 12, end: index + 2 };
  if (norm === 'a' && MULTIPLIERS[tokens[index + 1]?.norm ?? ''] && tokens[index + 1].norm !== 'm') return { value: 1, end: index + 1 };
  const hyphenated = norm.match(/^([a-z]+)-([a-z]+)$/);
  if (hyphenated && NUMBER_WORDS[hyphenated[1]] >= 20 && NUMBER_WORDS[hyphenated[2]] < 10) return { value: NUMBER_WORDS[hyphenated[1]] + NUMBER_WORDS[hyphenated[2]], end: index + 1 };
  const word = NUMBER_WORDS[norm];
  if (word === undefined) return undefined;
  if (norm === 'dozen') return undefined;
  let value = word;
  let next = index + 1;
  if (tokens[next]?.norm === 'dozen') return { value: value * 12, end: next + 1 };
  if (tokens[next]?.norm === 'hundred') {
    value *= 100;
    next++;
    if (tokens[next]?.norm === 'and' && NUMBER_WORDS[tokens[next + 1]?.norm ?? ''] !== undefined) {
      value += NUMBER_WORDS[tokens[next + 1].norm];
      next += 2;
    }
  }
  return next <= end ? { value, end: next } : undefined;
}

/** Tokenized copy writes "170, 000": a comma, a space and exactly three digits continue the number. */
function joinSpacedThousands(article: SegmentedArticle, index: number, end: number): number {
  const { tokens, text } = article;
  let next = index + 1;
  while (next + 1 < end && tokens[next].norm === ',' && /^\d{3}$/.test(tokens[next + 1].norm) && text.slice(tokens[next].end, tokens[next + 1].start) === ' ' && /^\d{1,3}$/.test(tokens[next - 1].norm)) next += 2;
  return next;
}

/**
 * "30 to 40", "4.5 million to 5 million", "between 30 and 40": the upper end.
 * After an amount of money, a bare number that counts something is where the
 * money went, not an upper end ("$3.1 million to 620 households").
 */
function readRangeEnd(article: SegmentedArticle, after: number, end: number, multiplier: number, money: boolean): { value: number; through: number } | undefined {
  const { tokens } = article;
  const joiner = tokens[after]?.norm;
  if (after + 1 >= end || !['to', 'and', '-', '–'].includes(joiner ?? '')) return undefined;
  if (joiner === 'and' && tokens[findBetween(article, after)]?.norm !== 'between') return undefined;
  const next = tokens[after + 1].norm;
  if (!DIGITS.test(next)) return undefined;
  let value = Number(next.replace(/^[^\d]+/, '').replace(/,/g, ''));
  let through = after + 2;
  const counted = tokens[through];
  if (money && /^\d/.test(next) && counted !== undefined && !counted.punct && !counted.stop && !MULTIPLIERS[counted.norm] && !unitAt(article, after + 2) && /^\p{L}/u.test(counted.norm)) return undefined;
  if (MULTIPLIERS[tokens[through]?.norm ?? '']) value *= MULTIPLIERS[tokens[through++].norm];
  else value *= multiplier;
  through += unitAt(article, through)?.length ?? 0;
  return { value, through };
}

function findBetween(article: SegmentedArticle, after: number): number {
  let index = after - 1;
  while (index > 0 && !article.tokens[index].punct && article.tokens[index].norm !== 'between' && after - index < 5) index--;
  return index;
}
