/**
 * Reads one number expression starting at a token: digits ("1,200", "4.8",
 * "$45"), number words ("twenty", "twenty-five", "a dozen", "one hundred"),
 * a multiplier ("million"), a currency before it ("$", "dlrs") or a unit after
 * it ("metres", "percent"), and a range ("between 30 and 40", "4.5 million to
 * 5 million"). "No" and "none" before a counted noun are zero ("no deaths").
 * Read with a language's `FactWords`: in French, German, Spanish, Italian,
 * Portuguese and Dutch, "1.200", "1 200", "3,5", "45%", "2,3 Millionen",
 * "3 millions d'euros", "zwölf", "treinta y dos", "zwischen 30 und 40";
 * in Spanish and Portuguese, an article's digits may group thousands with a
 * comma instead (`digitWordsOf`).
 */
import type { SegmentedArticle } from '../article.js';
import { factWords, type FactWords } from './language-facts.js';

export interface ParsedNumber {
  /** Token range of the number words (currency sign included, unit excluded). */
  start: number;
  end: number;
  value: number;
  upper?: number;
  currency?: string;
  unit?: string;
  /**
   * The step of the last digit written when a multiplier word scales it
   * ("$4 billion": 1,000,000,000; "$4.2 billion": 100,000,000): a round
   * figure written loosely agrees with a precise one it rounds to
   * (`compatible`). Absent for a number written in full ("4,200").
   */
  precision?: number;
  /** One past the last token of the whole expression (unit and range included). */
  through: number;
}

/** Digits as English writes them: "1,200", "4.8", "$45", "45%" (a percentage written as one token). */
const DIGITS = /^(?:[$£€]|us\$|a\$)?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$|^(?:[$£€]|us\$|a\$)?\d+(?:\.\d+)?%?$/i;
/** Digits with a decimal comma: "1.200", "1'200", "3,5", "€45", "45%" (a percentage written as one token). */
const COMMA_DIGITS = /^(?:[$£€])?(?:\d{1,3}(?:[.'’]\d{3})+|\d+)(?:,\d+)?%?$/;

/** A comma before exactly three digits, after one to three not opening on 0: "1,200", "2,500", "1,200,000", "1,200.5". */
const COMMA_GROUPS = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
/** Signs of the decimal comma: thousands after a dot ("1.200", "1.200,5"), a comma before other than three digits ("1,5", "3,25") or after a 0 ("0,125"). */
const DECIMAL_COMMA_SIGNS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,(?:\d{1,2}|\d{4,})$|^0,\d+$/;

/** A decimal point before one or two digits ("1.5", "2.75"), no thousands after a dot; with a multiplier or "%" after it an amount ("US$1.5 millones", "2.3%"), not a clock time ("10.30"). */
const POINT_DECIMAL = /^\d+\.\d{1,2}$/;

const COMMA_GROUPED = new WeakMap<FactWords, FactWords>();

/**
 * The words to read an article's digits with. Where a language's outlets
 * write thousands either way (`commaGroupsThousands`: Spanish, Portuguese),
 * a comma before exactly three digits groups thousands ("1,200 personas",
 * "US$2,500 millones", and then "1.5" is a decimal point), and so does an
 * amount with a decimal point ("US$1.5 millones", "2.3%"), unless the
 * article's digits show the decimal comma somewhere: a dot before three
 * digits ("1.200") or a comma before other than three ("1,5 millones").
 * A whole count is rarely written with three decimals, and an outlet keeps
 * to one style through an article; an article mixing "1,200" with "1.500"
 * keeps the decimal comma.
 */
export function digitWordsOf(article: SegmentedArticle, words: FactWords): FactWords {
  if (!words.commaGroupsThousands || !words.decimalComma) return words;
  let grouped = false;
  const { tokens } = article;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!/\d[,.]\d/.test(token.norm)) continue;
    const digits = token.norm.replace(/^[^\d]+|[%\p{L}]+$/gu, '');
    if (DECIMAL_COMMA_SIGNS.test(digits)) return words;
    const pointAmount = POINT_DECIMAL.test(digits) && (token.norm.endsWith('%') || words.multipliers[tokens[index + 1]?.norm ?? ''] !== undefined);
    grouped ||= COMMA_GROUPS.test(digits) || pointAmount;
  }
  if (!grouped) return words;
  let commaGrouped = COMMA_GROUPED.get(words);
  if (!commaGrouped) COMMA_GROUPED.set(words, (commaGrouped = Object.freeze({ ...words, decimalComma: false })));
  return commaGrouped;
}

/**
 * The currency of letters written against a dollar sign ("US$2,500", "R$ 3,5",
 * "A$40"): the tokenizer makes the letters a token of their own, so the sign
 * alone would read as US dollars.
 */
function gluedCurrency(article: SegmentedArticle, index: number, words: FactWords): string | undefined {
  const before = article.tokens[index - 1];
  const sign = article.tokens[index];
  if (before === undefined || before.end !== sign.start || !sign.norm.startsWith('$')) return undefined;
  return words.currencyPrefixes[`${before.norm}$`];
}

export function parseNumberAt(article: SegmentedArticle, index: number, end: number, words: FactWords = factWords('en')): ParsedNumber | undefined {
  const { tokens } = article;
  const { currencyPrefixes, multipliers } = words;
  const start = index;
  let currency: string | undefined;
  const first = tokens[index].norm;
  if (currencyPrefixes[first] && index + 1 < end && startsNumber(tokens[index + 1].norm, words)) {
    currency = currencyPrefixes[first];
    index++;
  }
  const base = readBase(article, index, end, words);
  if (!base) return undefined;
  let { value } = base;
  let after = base.end;
  const sign = tokens[index].norm.match(/^([$£€]|us\$|a\$)/i)?.[1].toLowerCase();
  if (sign) currency = currencyPrefixes[sign] ?? sign;
  const glued = gluedCurrency(article, start, words);
  if (glued) currency = glued;
  while (after < end && multipliers[tokens[after].norm] && !(tokens[after].norm === 'm' && !currency)) value = scaled(value, multipliers[tokens[after++].norm]);
  const parsed: ParsedNumber = { start: glued ? start - 1 : start, end: after, value, through: after, ...(currency ? { currency } : {}) };
  const precision = after > base.end && base.value > 0 ? writtenStep(article, index, base.end, value / base.value, words) : undefined;
  if (precision !== undefined) parsed.precision = precision;
  const linked = after > base.end && words.linking.has(tokens[after]?.norm ?? '') ? after + 1 : after;
  if (!currency) {
    const unit = linked < end || writtenPercent(article, after) ? unitAfter(article, after, linked, words) : undefined;
    if (unit) withUnit(parsed, unit.name, words);
    parsed.through = linked + (unit?.length ?? 0);
  }
  const range = readRangeEnd(article, parsed.through, end, value / base.value, parsed.currency !== undefined, words);
  if (range) {
    parsed.upper = range.value;
    parsed.through = range.through;
    // A multiplier written once, after the upper end, scales the lower end too: "between 2 and 3 million" is 2,000,000 to 3,000,000 ("between 500 and 1 million" stays 500).
    if (range.multiplier !== undefined && value === base.value && scaled(value, range.multiplier) <= range.value) parsed.value = scaled(value, range.multiplier);
    // The unit written once, after the upper end, is the lower end's too: "between 40 and 80 percent", "5 to 10 km".
    if (range.unit && !parsed.unit && !parsed.currency) withUnit(parsed, range.unit, words);
  }
  return parsed;
}

/** A number's unit: a currency when the language names money by it ("3 millions d'euros", "500 dollars"), else a measure. */
function withUnit(parsed: ParsedNumber, name: string, words: FactWords): void {
  if (words.moneyUnits.has(name)) parsed.currency = name;
  else parsed.unit = name;
}

/** Whether the number's last token, before `after`, is written with a percent sign ("45%"). */
function writtenPercent(article: SegmentedArticle, after: number): boolean {
  return article.tokens[after - 1]?.norm.endsWith('%') ?? false;
}

/** The unit of a number whose digits end before `after`: "percent" when written on them ("45%", taking no token), else the one written at `at` (`unitAt`). */
function unitAfter(article: SegmentedArticle, after: number, at: number, words: FactWords): { name: string; length: number } | undefined {
  return writtenPercent(article, after) ? { name: 'percent', length: 0 } : unitAt(article, at, words);
}

/**
 * The step of the last digit of a number written from `index` to `end`
 * (digits or number words) scaled by `multiplier`: "4" billion is a step of
 * a billion, "4.2" billion of a hundred million, "4,25" Milliarden of ten
 * million. Undefined for digits with a multiplier glued on ("10mila").
 */
function writtenStep(article: SegmentedArticle, index: number, end: number, multiplier: number, words: FactWords): number | undefined {
  const written = article.tokens.slice(index, end).map((token) => token.norm).join('').replace(/^\D+(?=\d)/, '');
  if (/\p{L}/u.test(written) && /\d/.test(written)) return undefined;
  const decimals = written.match(words.decimalComma ? /,(\d+)%?$/ : /\.(\d+)%?$/)?.[1].length ?? 0;
  return scaled(10 ** -decimals, multiplier);
}

/** A number times a multiplier, without the binary fraction's noise: "4.1 billion" is 4100000000, not 4099999999.9999995. */
function scaled(value: number, multiplier: number): number {
  return Number((value * multiplier).toPrecision(12));
}

/** The unit written at `index`: one word ("km"), or two ("per cent", "pour cent", "nautical miles", "square km"). */
function unitAt(article: SegmentedArticle, index: number, words: FactWords): { name: string; length: number } | undefined {
  const { units } = words;
  const first = article.tokens[index]?.norm ?? '';
  const second = article.tokens[index + 1]?.norm ?? '';
  const pair = units[`${first} ${second}`];
  if (pair) return { name: pair, length: 2 };
  if (first === 'nautical' && (second === 'miles' || second === 'mile')) return { name: 'nautical miles', length: 2 };
  if (first === 'square' && units[second]) return { name: `square ${units[second]}`, length: 2 };
  if (first.length === 1 && !isLowerCaseAt(article, index)) return undefined;
  return units[first] ? { name: units[first], length: 1 } : undefined;
}

/** A one-letter unit is a symbol written in lower case ("40 m"); "2025 M St." is an address. */
function isLowerCaseAt(article: SegmentedArticle, index: number): boolean {
  const token = article.tokens[index];
  const surface = article.text.slice(token.start, token.end);
  return surface === surface.toLowerCase();
}

function startsNumber(norm: string, words: FactWords): boolean {
  return (words.decimalComma ? COMMA_DIGITS : DIGITS).test(norm) || words.numbers[norm] !== undefined;
}

/** The number written in digits at `index`, with the tokens it takes ("1 200" is two; "10mila", a multiplier written on, is one), or undefined. */
function readDigits(article: SegmentedArticle, index: number, end: number, words: FactWords): { value: number; end: number } | undefined {
  const norm = article.tokens[index].norm;
  if (!words.decimalComma) return DIGITS.test(norm) ? { value: Number(norm.replace(/^[^\d]+|%$/g, '').replace(/,/g, '')), end: joinSpacedThousands(article, index, end) } : undefined;
  const glued = norm.match(/^(\d+(?:,\d+)?)(\p{L}+)$/u);
  if (glued && words.multipliers[glued[2]]) return { value: Number(glued[1].replace(',', '.')) * words.multipliers[glued[2]], end: index + 1 };
  if (!COMMA_DIGITS.test(norm)) return undefined;
  const through = spacedThousandsEnd(article, index, end);
  const written = article.tokens.slice(index, through).map((token) => token.norm).join('');
  return { value: Number(written.replace(/^[^\d]+|%$/g, '').replace(/[.'’]/g, '').replace(',', '.')), end: through };
}

/** The number before any multiplier: digits, number words, "a dozen", "twenty-five", "one hundred", or zero words. */
function readBase(article: SegmentedArticle, index: number, end: number, words: FactWords): { value: number; end: number } | undefined {
  const { tokens } = article;
  const { numbers, multipliers } = words;
  const norm = tokens[index].norm;
  const digits = readDigits(article, index, end, words);
  if (digits) return digits;
  if (words.zero.has(norm)) return { value: 0, end: norm === 'no' && tokens[index + 1]?.norm === 'one' ? index + 2 : index + 1 };
  if (words.indefinite.has(norm) && tokens[index + 1]?.norm === 'dozen') return { value: 12, end: index + 2 };
  if (words.indefinite.has(norm) && multipliers[tokens[index + 1]?.norm ?? ''] && tokens[index + 1].norm !== 'm') return { value: 1, end: index + 1 };
  const hyphenated = norm.includes('-') ? norm.match(/^(\p{L}+)-(\p{L}+)$/u) : null;
  if (hyphenated && numbers[hyphenated[1]] >= 20 && numbers[hyphenated[2]] < 10) return { value: numbers[hyphenated[1]] + numbers[hyphenated[2]], end: index + 1 };
  const word = numbers[norm];
  if (word === undefined) return undefined;
  if (norm === 'dozen') return undefined;
  let value = word;
  let next = index + 1;
  if (tokens[next]?.norm === 'dozen') return { value: value * 12, end: next + 1 };
  const unitWord = tokens[next + 1]?.norm ?? '';
  const unit = words.ones.has(unitWord) ? 1 : numbers[unitWord];
  if (value >= 20 && value < 100 && value % 10 === 0 && words.tensAnd.has(tokens[next]?.norm ?? '') && unit >= 1 && unit <= 9) return next + 2 <= end ? { value: value + unit, end: next + 2 } : undefined;
  if (tokens[next]?.norm === 'hundred') {
    value *= 100;
    next++;
    if (tokens[next]?.norm === 'and' && numbers[tokens[next + 1]?.norm ?? ''] !== undefined) {
      value += numbers[tokens[next + 1].norm];
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

/** "1 200", "12 000 000": groups of three digits after a space (the reader makes a no-break or narrow one a space) continue the number. */
function spacedThousandsEnd(article: SegmentedArticle, index: number, end: number): number {
  const { tokens, text } = article;
  let next = index + 1;
  if (!/^\d{1,3}$/.test(tokens[index].norm)) return next;
  while (next < end && /^\d{3}(?:,\d+)?%?$/.test(tokens[next].norm) && text.slice(tokens[next - 1].end, tokens[next].start) === ' ' && !/[,%]/.test(tokens[next - 1].norm)) next++;
  return next;
}

/**
 * "30 to 40", "4.5 million to 5 million", "between 30 and 40": the upper end,
 * and the unit written after it ("between 40 and 80 percent").
 * After an amount of money, a bare number that counts something is where the
 * money went, not an upper end ("$3.1 million to 620 households").
 */
function readRangeEnd(article: SegmentedArticle, after: number, end: number, multiplier: number, money: boolean, words: FactWords): { value: number; through: number; multiplier?: number; unit?: string } | undefined {
  const { tokens } = article;
  const { multipliers } = words;
  const joiner = tokens[after]?.norm;
  if (after + 1 >= end || !(words.rangeTo.has(joiner ?? '') || words.rangeAnd.has(joiner ?? ''))) return undefined;
  if (words.rangeAnd.has(joiner ?? '') && !words.between.has(tokens[findBetween(article, after, words)]?.norm ?? '')) return undefined;
  const next = tokens[after + 1].norm;
  const digits = readDigits(article, after + 1, end, words);
  if (!digits) return undefined;
  let { value, end: through } = digits;
  const counted = tokens[through];
  if (money && /^\d/.test(next) && counted !== undefined && !counted.punct && !counted.stop && !multipliers[counted.norm] && !unitAt(article, through, words) && /^\p{L}/u.test(counted.norm)) return undefined;
  const own = multipliers[tokens[through]?.norm ?? ''] ? multipliers[tokens[through++].norm] : undefined;
  value = scaled(value, own ?? multiplier);
  const unit = unitAfter(article, through, through, words);
  through += unit?.length ?? 0;
  return { value, through, ...(own === undefined ? {} : { multiplier: own }), ...(unit ? { unit: unit.name } : {}) };
}

function findBetween(article: SegmentedArticle, after: number, words: FactWords): number {
  let index = after - 1;
  while (index > 0 && !article.tokens[index].punct && !words.between.has(article.tokens[index].norm) && after - index < 5) index--;
  return index;
}
