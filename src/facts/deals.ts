/**
 * What a sum of money buys, pays for or budgets, when its sentence names it,
 * so that a story of several deals (a club signing two players, a council
 * approving a bridge and a school) lines up each deal's price with the same
 * deal's price only.
 *
 * In an article (`dealOf`), a sum is a price when a deal word frames it, and
 * its object is the noun phrase the sentence gives it:
 *
 * - after it, past a deal noun and a counterparty: "paying Harbury Athletic
 *   £18 million for the striker Tomasz Wren", "a £21 million fee with
 *   Harbury Athletic for the 25-year-old striker", "a $4.1 billion purchase
 *   of Crisfield Brands";
 * - before it, as what a deal verb takes: "signed the defender Kofi Danso
 *   for £7 million", "buy the snack maker Crisfield Brands for $4.1 billion",
 *   past a counterparty ("signed striker Danny Pell from Castlemoor for £40
 *   million");
 * - before it, as the subject of "cost": "The striker Tomasz Wren cost £18
 *   million".
 *
 * Across a story (`byObject`), objects with capitalised words are one thing
 * when the capitalised words of one are among the other's ("Wren", "Tomasz
 * Wren"); a story with two or more such things has a group for each, and an
 * object without a name ("the 25-year-old striker") joins the one thing whose
 * words hold all of its own. A price whose object is unknown or could be
 * either stays under the plain key. A story with one thing, or none, is not
 * split: its prices are compared as one ("valuing the company at $4.3
 * billion" against "buy Crisfield Brands for $4.1 billion").
 */
import type { SegmentedArticle, Token } from '../article.js';
import { lookUpName } from '../entities/gazetteer.js';
import type { FactClaim } from './claims.js';
import { DATE_KEY } from './dates.js';
import type { FactWords } from './fact-words.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';

/** How far before a sum a deal verb frames it, in tokens. */
const DEAL_VERB_REACH = 16;
/** The most tokens of a price after its "for": "£40 million", "$4.1 billion in cash". */
const PRICE_TOKENS = 4;
/** The most words of an object. */
const OBJECT_WORDS = 6;

export interface Deal {
  /** A deal word frames the sum: it is a price even with no price word next to it. */
  priced: boolean;
  /** The sum is a part of something: "$281 million of the purchase price will be in cash" is no price. */
  part?: boolean;
  /** The object as written ("the striker Tomasz Wren" → "striker Tomasz Wren"), when the sentence names one. */
  object?: string;
}

/** The deal of the sum written over tokens `[start, through)` in its sentence, if any, read with the deal words of `words` (`dealVerbs`, `dealNouns`…). */
export function dealOf(article: SegmentedArticle, sum: { start: number; through: number }, sentence: { sentenceStart: number; sentenceEnd: number }, words: FactWords): Deal | undefined {
  const { tokens } = article;
  const { start, through } = sum;
  if (tokens[through]?.norm === 'of' && words.dealDeterminers.has(tokens[through + 1]?.norm ?? '')) return { priced: false, part: true };
  const verbAt = dealVerbBefore(tokens, start, sentence.sentenceStart, words);
  let index = through;
  const dealNoun = words.dealNouns.has(tokens[index]?.norm ?? '');
  if (dealNoun) index++;
  while (words.counterpartyWords.has(tokens[index]?.norm ?? '') && capitalized(article, tokens[index + 1])) {
    index++;
    while (index < sentence.sentenceEnd && capitalized(article, tokens[index])) index++;
  }
  const next = tokens[index]?.norm;
  if ((next !== undefined && words.dealFor.has(next) && (dealNoun || verbAt !== undefined)) || (next === 'of' && dealNoun)) {
    const object = phraseAfter(article, index + 1, sentence.sentenceEnd, words);
    if (object) return { priced: true, object };
  }
  if (words.dealFor.has(tokens[start - 1]?.norm ?? '')) {
    const limit = verbAt === undefined ? sentence.sentenceStart : verbAt + 1;
    const before = phraseBefore(article, start - 1, limit);
    // Past a counterparty before "for": "signed striker Danny Pell from Castlemoor for £40 million" buys Danny Pell, not Castlemoor.
    const counterparty = before !== undefined && capitalized(article, tokens[before.first]) && words.counterpartyWords.has(tokens[before.first - 1]?.norm ?? '');
    const object = counterparty ? phraseBefore(article, before.first - 1, limit) : before;
    const coordinatedVerb = object === undefined ? undefined : verbOfPriceBefore(tokens, object.first, sentence.sentenceStart, words);
    const verb = verbAt ?? coordinatedVerb;
    if (verb !== undefined) {
      // What the verb takes, right after it or its determiner, or after "and" past the verb's first price: not "sold to Pellmark Foods for" (the buyer), "bought the bank at an auction in August for".
      const taken = object !== undefined && (object.first === verb + 1 || words.dealDeterminers.has(tokens[object.first - 1].norm) || coordinatedVerb !== undefined);
      return taken ? { priced: true, object: object.text } : { priced: true };
    }
  }
  let verb = start - 1;
  while (verb > sentence.sentenceStart && words.costAuxiliaries.has(tokens[verb].norm)) verb--;
  if (words.costVerbs.has(tokens[verb]?.norm ?? '') && verb < start) {
    while (verb - 1 > sentence.sentenceStart && words.costAuxiliaries.has(tokens[verb - 1].norm)) verb--;
    const object = phraseBefore(article, verb, sentence.sentenceStart);
    if (object) return { priced: true, object: object.text };
  }
  return dealNoun || verbAt !== undefined ? { priced: dealNoun } : undefined;
}

function dealVerbBefore(tokens: readonly Token[], start: number, sentenceStart: number, words: FactWords): number | undefined {
  for (let index = start - 1; index >= Math.max(sentenceStart, start - DEAL_VERB_REACH); index--) {
    if (words.dealVerbs.has(tokens[index].norm)) return index;
  }
  return undefined;
}

/**
 * The deal verb of the price right before "and" at `objectFirst`, when the
 * object there is the same verb's second: "signed striker Danny Pell from
 * Castlemoor for £40 million and midfielder Kofi Osei from Wexley Athletic for
 * £25 million" (the verb may be further back than `DEAL_VERB_REACH` from the second sum).
 */
function verbOfPriceBefore(tokens: readonly Token[], objectFirst: number, sentenceStart: number, words: FactWords): number | undefined {
  if (tokens[objectFirst - 1]?.norm !== 'and') return undefined;
  for (let index = objectFirst - 2; index >= Math.max(sentenceStart, objectFirst - 2 - PRICE_TOKENS); index--) {
    if (words.dealFor.has(tokens[index].norm) && /^\p{Sc}?\d/u.test(tokens[index + 1]?.norm ?? '')) return dealVerbBefore(tokens, index, sentenceStart, words);
  }
  return undefined;
}

function capitalized(article: SegmentedArticle, token: Token | undefined): boolean {
  return token !== undefined && !token.punct && !token.stop && /^\p{Lu}/u.test(article.text[token.start]);
}

/** Whether a token may be a word of an object: a name's word or a lower-case content word, no number ("the 25-year-old striker"). */
function objectWord(token: Token): boolean {
  return !token.punct && !token.stop && !/\d/.test(token.norm);
}

/** The object's words from `from` on, past determiners and numbers ("the 25-year-old striker"), up to the first function word or punctuation: none when another word opens it ("for the right to inspect", "for four hours' work"). */
function phraseAfter(article: SegmentedArticle, from: number, end: number, words: FactWords): string | undefined {
  const { tokens } = article;
  let first = from;
  while (first < end && (words.dealDeterminers.has(tokens[first].norm) || /\d/.test(tokens[first].norm))) first++;
  let last = first;
  while (last < end && last - first < OBJECT_WORDS && objectWord(tokens[last])) last++;
  return last > first ? article.text.slice(tokens[first].start, tokens[last - 1].end) : undefined;
}

/** The object's words right before `end`, back to a determiner, function word or punctuation, not before `limit`. */
function phraseBefore(article: SegmentedArticle, end: number, limit: number): { text: string; first: number } | undefined {
  const { tokens } = article;
  let first = end;
  while (first - 1 >= limit && end - first < OBJECT_WORDS && objectWord(tokens[first - 1])) first--;
  return first < end ? { text: article.text.slice(tokens[first].start, tokens[end - 1].end), first } : undefined;
}

/** Words after a company's name that do not tell it apart: "SeaMicro Inc." is SeaMicro. */
const COMPANY_SUFFIXES = new Set('inc corp co ltd plc llc ag sa nv'.split(' '));

/** A capitalised word of time, no name of a thing bought: a month, a weekday, "Today". */
function isTimeName(word: string): boolean {
  return MONTHS[word] !== undefined || WEEKDAYS.includes(word) || word === 'today';
}

/** A deal's object words, lower-case (`all`); its name's words (capitalised as written, no demonym: "the Canadian chipmaker ATI") apart, lower-case (`named`) and as written (`name`). */
interface ObjectWords {
  all: ReadonlySet<string>;
  named: ReadonlySet<string>;
  name: string;
}

/** The words of a deal's object as written ("the striker Tomasz Wren"). */
function objectWords(object: string): ObjectWords {
  const words = object.split(/\s+/).filter(Boolean);
  const named = words.filter((word) => /^\p{Lu}/u.test(word) && lookUpName(word)?.demonym !== true && !COMPANY_SUFFIXES.has(word.toLowerCase().replace(/\.$/, '')) && !isTimeName(word.toLowerCase()));
  return { all: new Set(words.map((word) => word.toLowerCase())), named: new Set(named.map((word) => word.toLowerCase())), name: named.join(' ') };
}

const within = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((word) => b.has(word));
/** One name, as the named words of two objects: one's among the other's ("Wren", "Tomasz Wren"), or the same written apart ("SeaMicro", "Sea Micro"). */
const sameName = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => within(a, b) || within(b, a) || letters(a) === letters(b);
const letters = (words: ReadonlySet<string>): string => [...words].join('').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The claims of one key split by what they price, each part with its key and
 * label ("cost:£:tomasz-wren", "cost (£) of Tomasz Wren"), or by whom a dated
 * event takes ("when:met:ivo-brandt", "when met Ivo Brandt": `DateFact.object`);
 * one part, the claims as given, when the story names fewer than two things.
 * A part keeps each article's first claim. The claims of no known thing in a
 * story of several (`unplaced`) may each be of any of them, or of another:
 * the caller compares them only for agreement (`alignClaims`).
 */
export function byObject(key: string, claims: readonly FactClaim[]): Array<{ key: string; label?: string; claims: FactClaim[]; unplaced?: boolean }> {
  const objects = key.startsWith(`${DATE_KEY}:`) ? seenFromOneSide(claims) : new Map<FactClaim, string>();
  const wordsOf = new Map(claims.flatMap((claim) => (claim.object === undefined ? [] : [[claim, objectWords(objects.get(claim) ?? claim.object)] as const])));
  const things: Array<{ named: ReadonlySet<string>; all: Set<string>; claims: FactClaim[] }> = [];
  const named = claims.filter((claim) => (wordsOf.get(claim)?.named.size ?? 0) > 0);
  const unplaced: FactClaim[] = claims.filter((claim) => !named.includes(claim));
  for (const claim of [...named].sort((a, b) => wordsOf.get(b)!.named.size - wordsOf.get(a)!.named.size)) {
    const words = wordsOf.get(claim)!;
    const holding = things.filter((thing) => sameName(words.named, thing.named));
    if (holding.length > 1) unplaced.push(claim);
    else if (holding.length === 1) {
      holding[0].claims.push(claim);
      for (const word of words.all) holding[0].all.add(word);
    } else things.push({ named: words.named, all: new Set(words.all), claims: [claim] });
  }
  if (things.length < 2) return [{ key, claims: firstPerArticle(claims) }];
  const plain: FactClaim[] = [];
  for (const claim of unplaced) {
    const words = wordsOf.get(claim)?.all;
    const holding = words === undefined ? [] : things.filter((thing) => within(words, thing.all));
    if (holding.length === 1) holding[0].claims.push(claim);
    else plain.push(claim);
  }
  const order = (part: readonly FactClaim[]) => claims.filter((claim) => part.includes(claim));
  const parts = things.map((thing) => {
    const name = commonName(thing.claims.map((claim) => wordsOf.get(claim)!));
    const dated = key.startsWith(`${DATE_KEY}:`);
    return { key: `${key}${dated ? ':' : ''}${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`, label: `${claims[0].label}${dated ? '' : ' of'} ${name}`, claims: firstPerArticle(order(thing.claims)) };
  });
  return plain.length > 0 ? [{ key, claims: firstPerArticle(order(plain)), unplaced: true }, ...parts] : parts;
}

/**
 * Dated events told from the other side ("Milosevic met Holbrooke" after
 * "Holbrooke met Milosevic": `FactClaim.subject`), each with the object of
 * the first claim telling it from the one side: one meeting, whoever the
 * sentence opens on.
 */
function seenFromOneSide(claims: readonly FactClaim[]): Map<FactClaim, string> {
  const sides = claims.flatMap((claim) => (claim.subject === undefined || claim.object === undefined ? [] : [{ claim, object: claim.object, subject: objectWords(claim.subject).named, taken: objectWords(claim.object).named }]));
  const objects = new Map<FactClaim, string>();
  const named = (words: ReadonlySet<string>) => words.size > 0;
  for (const [index, side] of sides.entries()) {
    const told = sides.slice(0, index).find((earlier) => named(side.subject) && named(side.taken) && sameName(earlier.taken, side.subject) && sameName(earlier.subject, side.taken) && !sameName(earlier.taken, side.taken));
    if (told) objects.set(side.claim, objects.get(told.claim) ?? told.object);
  }
  return objects;
}

/** The name's words every named object of a thing has (`objects`, its claims' in order), as the first writes them ("Lisle City defender Kofi Danso", "Kofi Danso" → "Kofi Danso"); the first's name when they share no word ("Sea Micro", "SeaMicro"). */
function commonName(objects: readonly ObjectWords[]): string {
  const named = objects.filter((words) => words.named.size > 0);
  const common = named[0].name.split(' ').filter((word) => named.every((words) => words.named.has(word.toLowerCase())));
  return common.length > 0 ? common.join(' ') : named[0].name;
}

/** Each article's first claim, and the claims a live blog revised it with (each following one marked `revised`). */
function firstPerArticle(claims: readonly FactClaim[]): FactClaim[] {
  const kept = new Map<string, FactClaim>();
  return claims.filter((claim) => {
    const before = kept.get(claim.article);
    if (before !== undefined && !before.revised) return false;
    kept.set(claim.article, claim);
    return true;
  });
}
