/**
 * Pass 3 of `findNumberFacts`, the event of a number (counts.ts): the word
 * naming what happened, strong right before the number ("killing at least
 * 60"), else after it in its clause, else a little before it; then what the
 * counted noun makes of it (a cost in jobs is a cut, a fleeing suspect no
 * evacuation).
 */
import type { Token } from '../article.js';
import { matchesEvent } from './events.js';
import type { EventWords } from './fact-words.js';
import type { FactWords } from './language-facts.js';
import type { ParsedNumber } from './numbers.js';

const STRONG_BEFORE = 4;
const AFTER_WINDOW = 12;
const WIDE_BEFORE = 9;

/** The words that may stand between an event word and the number: qualifiers and fillers ("killing at least 60"). */
const QUALIFIER_WORDS = new WeakMap<FactWords, ReadonlySet<string>>();
export function qualifierWords(words: FactWords): ReadonlySet<string> {
  let known = QUALIFIER_WORDS.get(words);
  if (!known) QUALIFIER_WORDS.set(words, (known = new Set([...words.qualifiers.flatMap((entry) => entry.words), ...words.fillers])));
  return known;
}

/** Digits, or an amount's digits behind its currency sign ("£6,500", "us$300": one token). */
const DIGITS_OR_AMOUNT = /^(?:[a-z]{0,3}\p{Sc})?\d/u;

/** Whether a token opens another count: digits, an amount, or a number word above one ("leaving four people": the event after it is theirs; "£40,000 plus £6,500 in costs": the costs are the £6,500). */
function startsCount(token: Token, words: FactWords): boolean {
  return DIGITS_OR_AMOUNT.test(token.norm) || (words.numbers[token.norm] ?? 0) > 1;
}

/** Whether the event word at `index` takes the count right after it, past qualifiers ("sending two cars into the water and injuring 14 people": the people are injured, not the cars). */
function takesNextCount(tokens: readonly Token[], index: number, sentenceEnd: number, qualifiers: ReadonlySet<string>, words: FactWords): boolean {
  let next = index + 1;
  while (next < sentenceEnd && qualifiers.has(tokens[next].norm)) next++;
  return next < sentenceEnd && startsCount(tokens[next], words);
}

/** Pass 3: the event, strong before, then after in the clause, then a little before. */
export function eventOf(tokens: readonly Token[], parsed: ParsedNumber, start: number, after: number, sentence: { sentenceStart: number; sentenceEnd: number }, words: FactWords): { event: string; index: number } | undefined {
  const { sentenceStart, sentenceEnd } = sentence;
  const { clauseBreaks, events } = words;
  const qualifiers = qualifierWords(words);
  for (let index = start - 1; index >= Math.max(sentenceStart, start - STRONG_BEFORE); index--) {
    const event = matchesEvent(tokens, index, events);
    if (event) return { event, index };
    if (!qualifiers.has(tokens[index].norm)) break;
  }
  for (let index = parsed.end; index < Math.min(sentenceEnd, after + AFTER_WINDOW); index++) {
    if (index >= after && (clauseBreaks.has(tokens[index].norm) || startsCount(tokens[index], words))) break;
    const event = matchesEvent(tokens, index, events);
    if (event && index >= after && takesNextCount(tokens, index, sentenceEnd, qualifiers, words)) break;
    if (event) return { event, index };
  }
  for (let index = start - 1; index >= Math.max(sentenceStart, start - WIDE_BEFORE); index--) {
    if (clauseBreaks.has(tokens[index].norm) || startsCount(tokens[index], words)) break;
    const event = matchesEvent(tokens, index, events);
    if (event) return { event, index };
  }
  return undefined;
}

/** The price words of `words` as a lexicon of the `cost` event, one per list (`matchesEvent` indexes each lexicon once). */
const PRICE_LEXICONS = new WeakMap<readonly string[], EventWords>();
function priceLexicon(words: FactWords): EventWords {
  let known = PRICE_LEXICONS.get(words.priceWords);
  if (!known) PRICE_LEXICONS.set(words.priceWords, (known = [{ event: 'cost', words: words.priceWords }]));
  return known;
}

/**
 * The event of a count, not an amount, by what it counts: a cost in jobs is a
 * cut ("the purchase will cost 1,200 jobs"); a price word names no event of
 * a count ("forces customers to purchase two services"); a cut names none of
 * the cuts it counts ("three interest rate cuts"), nor of nothing counted.
 */
export function eventOfCount(
  tokens: readonly Token[],
  found: { event: string; index: number } | undefined,
  { parsed, start }: { parsed: ParsedNumber; start: number },
  counted: { head: string; end: number } | undefined,
  words: FactWords,
): { event: string; index: number } | undefined {
  if (!found || parsed.currency || parsed.unit) return found;
  if (found.event === 'cost') {
    if (counted && words.jobNouns.has(counted.head)) return costsTheCount(tokens, found.index, start, words) ? { ...found, event: 'cut' } : undefined;
    return matchesEvent(tokens, found.index, priceLexicon(words)) ? undefined : found;
  }
  if (found.event === 'cut' && (!counted || words.cutNouns.has(counted.head))) return undefined;
  return found;
}

/** Whether the cost word right before a count, past its qualifiers, takes it as what is cost ("will cost about 1,200 jobs", not "cost £48 million and create 220 jobs"). */
function costsTheCount(tokens: readonly Token[], costAt: number, start: number, words: FactWords): boolean {
  const qualifiers = qualifierWords(words);
  return costAt < start && tokens.slice(costAt + 1, start).every((token) => qualifiers.has(token.norm));
}

/**
 * An "evacuated" that is an escape: perpetrators fleeing ("three suspects
 * fled"), fleeing the scene, or fleeing after a deed with no place fled
 * ("robbed the store before fleeing in a car", not "after fleeing their homes").
 */
export function isEscape(tokens: readonly Token[], found: { event: string; index: number }, head: string | undefined, words: FactWords): boolean {
  if (found.event !== 'evacuated' || !tokens[found.index].norm.startsWith('fle')) return false;
  const [next, afterNext] = [tokens[found.index + 1]?.norm, tokens[found.index + 2]?.norm];
  if ((head !== undefined && words.perpetratorNouns.has(head)) || (next === 'the' && afterNext === 'scene')) return true;
  const before = tokens[found.index - 1]?.norm;
  return (before === 'before' || before === 'after') && !words.fledFrom.has(next ?? '');
}
