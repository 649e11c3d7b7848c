/**
 * Numbers with what they count, per sentence (a web address is no sentence:
 * "…/2010/05/05/brigade-says-person-dead…" counts nobody), in four passes per number:
 *
 * 1. the number (`parseNumberAt`) and its qualifier before it ("more than");
 * 2. what is not a count: years, clock times, speeds ("140 km/h"), ages ("aged 54", "at the age of 85"), ordinals, "one of",
 *    identifiers (a capitalised "Flight 447", "Route 66"), distances ("two
 *    doors away"), and
 *    a zero of anything but people or an event ("no sign of" is none, "no
 *    deaths" is); a duration ("jailed for 12 years") is read with no event
 *    (`durationOf`), a price of one unit is no cost (`perUnit`);
 * 3. the counted noun after it ("59 cruise missiles", people nouns as
 *    `people`) and the event around it ("killed", "evacuated"): a word right
 *    before the number ("killing at least 60") wins, else the nearest after
 *    it in the same clause ("340 homes had been damaged"), else one a little
 *    before it ("the number of people forced from their homes to 1,650");
 * 4. whether the article gives it as superseded ("up from 340", "from $45
 *    million", "police earlier had reported 65 dead").
 *
 * Each language's words (`FactWords`) name the events and units in English,
 * so "zwölf Tote" keys as "twelve dead" does (`killed:people`); a counted
 * noun other than people keys by its own stem ("340 Häuser": `damaged:häuser`).
 */
import { assertSegmented, type SegmentedArticle, type Token } from '../article.js';
import { lookUpName } from '../entities/gazetteer.js';
import { readingLanguage } from '../language/index.js';
import { eventOf, eventOfCount, isEscape, qualifierWords } from './count-events.js';
import { dealOf } from './deals.js';
import { placeAfter } from './distance-places.js';
import { durationOf } from './durations.js';
import { namesWeekdayOrMonth } from './fact-words.js';
import { matchesEvent } from './events.js';
import { factWords, type FactWords } from './language-facts.js';
import { digitWordsOf, parseNumberAt, type ParsedNumber } from './numbers.js';
import type { NumberFact, Qualifier } from './types.js';
import { perUnit } from './unit-prices.js';

/** The counted numbers of an article, read with the words of `language` (`factWords`: English for a language without tables), by default the article's own. */
export function findNumberFacts(article: SegmentedArticle, language: string | undefined = readingLanguage(article)): NumberFact[] {
  assertSegmented(article, 'findNumberFacts');
  return numberFacts(article, language, () => true);
}

/**
 * Those of `findNumberFacts` that count what happened, as a story's counts
 * develop over days: with an event, with neither a unit nor a currency, not
 * given as past ("up from three"). The same facts in the same order, read
 * faster: a number with a unit or a currency is not described.
 */
export function findCountFacts(article: SegmentedArticle, language: string | undefined = readingLanguage(article)): NumberFact[] {
  assertSegmented(article, 'findCountFacts');
  return numberFacts(article, language, (parsed) => parsed.unit === undefined && parsed.currency === undefined).filter((fact) => fact.event !== undefined && fact.unit === undefined && !fact.previous);
}

/** The facts of the numbers `described` keeps, each sentence's in order (a web address is none). */
function numberFacts(article: SegmentedArticle, language: string | undefined, described: (parsed: ParsedNumber) => boolean): NumberFact[] {
  const words = digitWordsOf(article, factWords(language));
  const facts: NumberFact[] = [];
  for (const sentence of article.sentences) {
    if (/https?:|www\.|\w \/ \w/.test(article.text.slice(sentence.start, sentence.end))) continue;
    let index = sentence.tokenStart;
    while (index < sentence.tokenEnd) {
      const parsed = parseNumberAt(article, index, sentence.tokenEnd, words);
      if (!parsed) {
        index++;
        continue;
      }
      if (described(parsed)) facts.push(...describe(article, parsed, sentence.tokenStart, sentence.tokenEnd, words));
      index = Math.max(parsed.through, index + 1);
    }
  }
  return facts;
}

/** The fact a number states; two when its event is coordinated ("no one was killed or injured"). */
function describe(article: SegmentedArticle, parsed: ParsedNumber, sentenceStart: number, sentenceEnd: number, words: FactWords): NumberFact[] {
  const { tokens } = article;
  if (!isCount(article, parsed, sentenceStart, sentenceEnd, words)) return [];
  const { qualifier, start } = qualifierBefore(tokens, parsed.start, sentenceStart, words);
  const nobody = words.nobody.has(tokens[parsed.start].norm) || (tokens[parsed.start].norm === 'no' && tokens[parsed.start + 1]?.norm === 'one');
  const margin = start - 2 >= sentenceStart && words.of.has(tokens[start - 1].norm) && words.marginNouns.has(tokens[start - 2].norm) && !parsed.currency && !parsed.unit ? tokens[start - 2].norm : undefined;
  const counted = nobody ? { text: 'people', head: 'people', end: parsed.end } : (countedNoun(article, parsed.through, sentenceEnd, words) ?? (margin ? { text: margin, head: margin, end: parsed.through } : undefined));
  const isEventNoun = (token: Token | undefined) => token !== undefined && matchesEvent([token], 0, words.events) !== undefined;
  if (parsed.value === 0 && !counted && !isEventNoun(zeroOf(tokens, parsed.end, words))) return [];
  if (parsed.value === 0 && counted && !nobody && countedKey(article, counted.head, words) !== 'people' && !isEventNoun(tokens[counted.end - 1])) return [];
  if (counted?.head === 'block' && tokens[start - 1]?.norm === 'the') return []; // "the 100 block of Aupuni Street": an address
  if (counted && words.distanceAfter.has(tokens[counted.end]?.norm ?? '')) return [];
  if (counted && words.clockWords.has(counted.head)) return [];
  const duration = counted ? durationOf(article, parsed, counted, { start, sentenceEnd }, words) : undefined;
  if (duration !== undefined) {
    const fact = duration === 'how-long' && counted ? factOf(article, parsed, { qualifier, start, counted, sentenceStart, sentenceEnd }, words) : undefined;
    return fact ? [fact] : [];
  }
  const toll = !counted && !parsed.currency && !parsed.unit ? tollBefore(tokens, start, sentenceStart, words) : undefined;
  if (!counted && !parsed.currency && !parsed.unit && !/\d/.test(tokens[parsed.start].norm) && parsed.value !== 0 && toll === undefined) return [];
  const measure = parsed.unit !== undefined && !parsed.currency;
  const nearest = measure ? undefined : (toll !== undefined ? tollEvent(tokens, toll, start, words) : undefined) ?? eventOf(tokens, parsed, start, counted?.end ?? parsed.through, { sentenceStart, sentenceEnd }, words);
  const found = nearest && isEscape(tokens, nearest, counted?.head, words) ? undefined : eventOfCount(tokens, nearest, { parsed, start }, counted, words);
  const events = [found?.event];
  const joined = found && ['or', 'and'].includes(tokens[found.index + 1]?.norm ?? '') ? matchesEvent(tokens, found.index + 2, words.events) : undefined;
  if (joined && joined !== found?.event) events.push(joined);
  const fitting = new Set(events.map((event) => ((counted && !befalls(article, event, counted.head, start, words)) || (parsed.currency && event && PEOPLE_EVENTS.has(event)) || (event === 'cost' && perUnit(article, parsed, words)) || (nobody && event && ONLY_PEOPLE_EVENTS.has(event)) ? undefined : event)));
  return [...fitting].flatMap((event) => {
    const fact = factOf(article, parsed, { qualifier, start, counted, event, sentenceStart, sentenceEnd }, words);
    return fact ? [fact] : [];
  });
}

interface Reading {
  qualifier: Qualifier;
  start: number;
  counted?: { text: string; head: string; end: number };
  event?: string;
  sentenceStart: number;
  sentenceEnd: number;
}

function factOf(article: SegmentedArticle, parsed: ParsedNumber, reading: Reading, words: FactWords): NumberFact | undefined {
  const { tokens } = article;
  const { qualifier, start, counted, sentenceStart, sentenceEnd } = reading;
  const unit = parsed.currency ?? parsed.unit;
  // Money "damaged" is what the damage costs: "the damage was estimated at $8 million" lines up with "repairs will cost $11 million"; a sum a deal frames is a price, and a part of one none.
  const deal = parsed.currency ? dealOf(article, { start, through: parsed.through }, reading, words) : undefined;
  // "212 passengers" that nothing befalls are the people on board: a fact of their own, under their own noun.
  const people = !reading.event && !unit && counted ? words.onBoardNouns[counted.head] : undefined;
  const onBoard = people && counted ? [people, ...vesselNamed(article, counted.end, sentenceEnd)].join(':') : undefined;
  // A sum asked for ("sought £3 million to mend the seafront") is the request, whatever it would pay for.
  const requested = parsed.currency !== undefined && !counted && Object.values(words.moneyRequests).includes(moneyVerb(tokens, start, sentenceStart, words)?.word ?? '');
  const event = onBoard ? 'aboard' : requested ? undefined : deal?.part ? undefined : parsed.currency && (reading.event === 'damaged' || (!reading.event && deal?.priced && !perUnit(article, parsed, words))) ? 'cost' : reading.event;
  const context = !counted && unit ? ((parsed.currency ? moneyVerb(tokens, start, sentenceStart, words) : measuredNoun(tokens, start, sentenceStart, words)) ?? contextWord(tokens, parsed.through, sentenceEnd, words)) : undefined;
  const head = onBoard ?? (counted ? countedKey(article, counted.head, words) : unit ? (context?.stem ?? '') : event && PEOPLE_EVENTS.has(event) ? 'people' : '');
  const direction = counted?.text ?? context?.word;
  const place = !event && parsed.unit && direction !== undefined && words.directions?.has(direction) ? placeAfter(article, counted?.end ?? parsed.through, sentenceEnd, words) : undefined;
  if (!event && !head) return undefined;
  if (!event && !counted && !unit) return undefined;
  const end = counted?.end ?? parsed.through;
  const fact: NumberFact = {
    article: article.id,
    span: { start: tokens[start].start, end: tokens[end - 1].end },
    valueSpan: { start: tokens[parsed.start].start, end: tokens[parsed.end - 1].end },
    value: parsed.value,
    qualifier: parsed.upper !== undefined ? 'range' : qualifier,
    key: unit ? `${event ?? '-'}:${unit}:${event ? '' : head}${place ? `:${place.join('-')}` : ''}` : `${event ?? '-'}:${head}`,
    label: labelOf(event, unit, head === 'people' ? 'people' : (people ?? (place ? `${direction} of ${place.join(' ')}` : (counted?.text ?? context?.word))), head),
  };
  if (parsed.upper !== undefined) fact.upper = parsed.upper;
  if (parsed.precision !== undefined) fact.precision = parsed.precision;
  if (unit) fact.unit = unit;
  if (counted) fact.counted = counted.text;
  if (event) fact.event = event;
  if (event === 'cost' && deal?.object) fact.object = deal.object;
  const changed = words.changeFrom.has(tokens[parsed.start - 1]?.norm ?? '') && words.changeTo.has(tokens[parsed.end]?.norm ?? '') && /^\d/.test(tokens[parsed.end + 1]?.norm ?? '');
  if (changed || isPrevious(tokens, { start, end, sentenceStart, sentenceEnd }, words)) fact.previous = true;
  return fact;
}

/**
 * "the five crew aboard Solo Globe", "31 crew on board the Calder Rose": the
 * vessel a count of the people on board names right after it, as the words
 * of its name in lower case (none when it names none), so that two boats'
 * crews are two facts.
 */
function vesselNamed(article: SegmentedArticle, from: number, sentenceEnd: number): string[] {
  const { tokens, text } = article;
  let index = from;
  if (tokens[index]?.norm === 'aboard') index++;
  else if (tokens[index]?.norm === 'on' && tokens[index + 1]?.norm === 'board') index += 2;
  else return [];
  if (tokens[index]?.norm === 'the') index++;
  const words: string[] = [];
  while (index < sentenceEnd && /^\p{Lu}/u.test(text.slice(tokens[index].start, tokens[index].end))) words.push(tokens[index++].norm);
  return words.length > 0 ? [words.join('-')] : [];
}

/** How far before a spelled number its toll may stand, in its clause. */
const TOLL_REACH = 8;

/** The toll noun of a number after "at" or "to" in the clause of a toll before it ("the death toll from the flooding stands at four", "rose to seven"; not "the toll came after two more victims were found"): its index, or undefined. */
function tollBefore(tokens: readonly Token[], start: number, sentenceStart: number, words: FactWords): number | undefined {
  if (!words.tollLinks.has(tokens[start - 1]?.norm ?? '')) return undefined;
  for (let index = start - 2; index >= Math.max(sentenceStart, start - TOLL_REACH); index--) {
    if (tokens[index].punct) return undefined;
    if (words.tollNouns.has(tokens[index].norm)) return index;
  }
  return undefined;
}

/**
 * The event a toll names, from the word before its noun to the number ("the
 * death toll … rose to seven", "die Zahl der Todesopfer … auf sieben"): the
 * toll's value is of it, whatever event words come after the number ("rose
 * to seven after rescuers found four more bodies" is no rescue of seven).
 */
function tollEvent(tokens: readonly Token[], toll: number, start: number, words: FactWords): { event: string; index: number } | undefined {
  for (let index = Math.max(0, toll - 1); index < start; index++) {
    const event = matchesEvent(tokens, index, words.events);
    if (event) return { event, index };
  }
  return undefined;
}

/** The word a zero counts: the one after "no", past a severity word ("no serious injuries" counts injuries, not "no serious health problems"). */
function zeroOf(tokens: readonly Token[], index: number, words: FactWords): Token | undefined {
  return words.severityWords.has(tokens[index]?.norm ?? '') ? tokens[index + 1] : tokens[index];
}

/** Words of time a speed or a rate is given per ("km/h", "per hour", "an hour"). */
const TIME_UNITS: ReadonlySet<string> = new Set(['h', 'hr', 'hrs', 'hour', 's', 'sec', 'second', 'min', 'minute']);

/** Units of length, by their canonical names: one given per a unit of time is a speed ("60 miles per hour"), money so given is pay ("15 dollars an hour"). */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(['km', 'metres', 'miles', 'feet', 'inches', 'cm', 'mm']);

/** Units that are speeds by themselves, by their canonical names ("90 mph", "140 km/h", "70 knots"). */
const SPEED_UNITS: ReadonlySet<string> = new Set(['mph', 'kph', 'knots']);

/** Whether the number is a speed: in a unit of speed, or a distance given per a unit of time ("km / h", "miles per hour", "metres a second", the language's `speedAfter`: "kilómetros por hora", "km orari"). */
function isSpeed(tokens: readonly Token[], parsed: ParsedNumber, words: FactWords): boolean {
  if (parsed.unit === undefined) return false;
  if (SPEED_UNITS.has(parsed.unit)) return true;
  if (!DISTANCE_UNITS.has(parsed.unit)) return false;
  const [per, time] = [tokens[parsed.through]?.norm ?? '', tokens[parsed.through + 1]?.norm ?? ''];
  if ((per === '/' || per === 'per' || per === 'an' || per === 'a') && TIME_UNITS.has(time)) return true;
  return words.speedAfter.some((phrase) => phrase.every((word, offset) => tokens[parsed.through + offset]?.norm === word));
}

/** Pass 2. */
function isCount(article: SegmentedArticle, parsed: ParsedNumber, sentenceStart: number, sentenceEnd: number, words: FactWords): boolean {
  const { tokens } = article;
  const word = tokens[parsed.start].norm;
  const next = tokens[parsed.end]?.norm ?? '';
  const before = tokens[parsed.start - 1]?.norm ?? '';
  if (words.notCounts.test(next) || /[:/]/.test(word) || /^\d+(?:st|nd|rd|th)$/.test(word)) return false;
  if (isSpeed(tokens, parsed, words)) return false; // "90 mph", "140 km/h", "60 miles per hour": a speed, not a distance
  if (words.nounsCapitalized && next === '.' && parsed.end + 1 < sentenceEnd && /^\d{1,2}$/.test(word)) return false; // "am 12. März", "der 3. Stock": an ordinal
  if (next === '-' && /^(?:years?|months?)$/.test(tokens[parsed.end + 1]?.norm ?? '') && tokens[parsed.end + 2]?.norm === '-' && tokens[parsed.end + 3]?.norm === 'old') return false; // "16 - year - old", spaced
  if (!parsed.currency && !parsed.unit && /^\d{4}$/.test(word) && Number(word) >= 1800 && Number(word) <= 2100) return false;
  if (!parsed.currency && !parsed.unit && !words.decimalComma && !Number.isInteger(parsed.value)) return false; // "a magnitude 6.1 struck southern Iran": no count of a thing is a fraction ("1.2 million customers" is whole)
  if (words.of.has(next) && !parsed.currency && parsed.value < 100 && parsed.value === Math.trunc(parsed.value) && !/^\d/.test(word)) return false;
  const previous = tokens[parsed.start - 1];
  if (previous && words.identifierNouns.has(before) && (!words.identifiersCapitalized || /^\p{Lu}/u.test(article.text[previous.start]) || /^\p{Lu}/u.test(article.text[tokens[parsed.start - 2]?.start ?? previous.start])) && !parsed.currency && !parsed.unit) return false;
  if (words.ageBefore.has(before) || (words.of.has(before) && words.ageBefore.has(tokens[parsed.start - 2]?.norm ?? '')) || (before === ',' && tokens[parsed.end]?.norm === ',' && /^\d{1,2}$/.test(word) && parsed.start - 1 > sentenceStart)) return false;
  if (words.monthFirst && words.monthPattern.test(before) && /^\d{1,2}$/.test(word)) return false;
  const month = words.dateLinks.has(next) ? tokens[parsed.end + 1]?.norm ?? '' : next;
  if (words.monthPattern.test(month) && /^\d{1,2}$/.test(word)) return false;
  return parsed.value >= 0 && Number.isFinite(parsed.value);
}

/**
 * Pass 1: the qualifier just before the number, and where the expression
 * starts; none where a one-word qualifier is the particle of the verb before
 * it ("rolled over 19 nautical miles", "handed over 12 suspects":
 * `FactWords.particleVerbs`).
 */
function qualifierBefore(tokens: readonly Token[], start: number, sentenceStart: number, words: FactWords): { qualifier: Qualifier; start: number } {
  for (const { words: phrase, qualifier } of words.qualifiers) {
    const from = start - phrase.length;
    if (from < sentenceStart) continue;
    if (!phrase.every((word, offset) => tokens[from + offset].norm === word)) continue;
    if (phrase.length === 1 && from > sentenceStart && words.particleVerbs?.[phrase[0]]?.has(tokens[from - 1].stem)) break;
    return { qualifier, start: from };
  }
  return { qualifier: 'exact', start };
}

/** A word that looks plural ("ships", "companies"; not "glass", "bus", "crisis"): the counted noun ends with it, and a word after it is the verb ("1.2 million customers lost power", "two companies employ"). */
const PLURAL = /[^siu']s$/;

/** Pass 3: up to three lower-case content words after the number, stopping at a verb-like word. */
function countedNoun(article: SegmentedArticle, from: number, end: number, words: FactWords): { text: string; head: string; end: number } | undefined {
  const { tokens, text } = article;
  const { peopleNouns } = words;
  let stop = from;
  while (stop < end && stop - from < (words.headFirst ? 1 : 3)) {
    const token = tokens[stop];
    const word = text.slice(token.start, token.end);
    const capitalizedPeople = /^\p{Lu}/u.test(word) && lookUpName(word)?.demonym === true && /s$/.test(word);
    const noun = words.nounsCapitalized && /^\p{Lu}/u.test(word);
    if (token.punct || (token.stop && token.norm !== 'people') || /\d/.test(token.norm)) break;
    if (noun) {
      stop++;
      break;
    }
    if (!capitalizedPeople && !/^\p{Ll}/u.test(word)) break;
    if (words.verbForm.test(token.norm) && !peopleNouns.has(token.norm) && !/(?:building|buildings|wedding|dwelling|ceiling)$/.test(token.norm)) break;
    if (words.countedVerbs.has(token.norm)) break;
    stop++;
    if (peopleNouns.has(token.norm) || capitalizedPeople || PLURAL.test(token.norm)) break;
  }
  if (stop === from) return undefined;
  return { text: tokens.slice(from, stop).map((token) => token.norm).join(' '), head: tokens[stop - 1].norm, end: stop };
}

/** Events that happen to people: a bare number with one counts people ("bringing the number … to 1,650"). */
const PEOPLE_EVENTS = new Set(['killed', 'injured', 'critical', 'evacuated', 'missing', 'arrested', 'rescued', 'striking']);
/** Events only people undergo: "812 voti" for a strike are no strikers; nor is "nadie quiere hacer huelga" a count of none. */
const ONLY_PEOPLE_EVENTS = new Set(['striking']);

/** Events of money, goods or things ("aid to feed its 23 million people" gives no one 23 million aids; "£4 million in damages to 312 residents" damages no residents). */
const GOODS_EVENTS = new Set(['aid', 'cost', 'damaged']);

/** Whether `event` can be what happened to the counted noun `head`, the number written from token `start`. */
/** The dead counted as bodies, which no damage or loss of goods befalls ("four more bodies in flooded homes"). */
const REMAINS: ReadonlySet<string> = new Set(['body', 'bodies', 'corpse', 'corpses', 'remains']);

function befalls(article: SegmentedArticle, event: string | undefined, head: string, start: number, words: FactWords): boolean {
  if (event === undefined) return true;
  const people = countedKey(article, head, words) === 'people';
  if (GOODS_EVENTS.has(event)) return !people && !REMAINS.has(head);
  if (ONLY_PEOPLE_EVENTS.has(event) && !people) return false;
  return !PEOPLE_EVENTS.has(event) || people || !words.placePrepositions.has(article.tokens[start - 1]?.norm ?? '');
}

function countedKey(article: SegmentedArticle, head: string, words: FactWords): string {
  const token = article.tokens.find((candidate) => candidate.norm === head);
  if (token !== undefined && matchesEvent([token], 0, words.events) !== undefined && !words.thingNouns.has(head)) return 'people';
  if (words.peopleNouns.has(head) || lookUpName(head.charAt(0).toUpperCase() + head.slice(1))?.demonym) return 'people';
  return token === undefined ? head : agentNounStem(token, article.textLanguage);
}

/**
 * An English counted noun's key: its stem, with the "er" of a noun for who
 * does a thing kept where the stemmer cuts it, so the doers are not counted
 * as what they do ("two spacewalkers" are not "three spacewalks"; "two
 * murderers" are not "three murders"; "customers" stay "customer", not
 * "custom"). The "er" is cut when the stem is the singular without it; a
 * noun whose own stem ends in "er" ("murders", "numbers") keeps its stem.
 */
function agentNounStem(token: Token, language: string | undefined): string {
  if ((language ?? 'en') !== 'en' || !/ers?$/.test(token.norm)) return token.stem;
  const singular = token.norm.replace(/s$/, '');
  return token.stem === singular.slice(0, -2) ? singular : token.stem;
}

/**
 * The first content word after a measure, a time word only when no other
 * follows ("4.8 metres above its normal level" → normal, "$1.5 billion
 * Friday for the merger" → merger, "$45 million a day earlier" → day): its
 * stem keys the fact, its form labels it. A weekday or a month says when,
 * not what: never the context ("$2 billion Tuesday" alone keys nothing).
 */
function contextWord(tokens: readonly Token[], from: number, end: number, words: FactWords): { stem: string; word: string } | undefined {
  let timeWord: Token | undefined;
  let comparison: string | undefined;
  for (let index = from; index < Math.min(end, from + 4); index++) {
    const token = tokens[index];
    if (token.punct) break;
    if (words.comparisons.has(token.norm)) comparison ??= token.norm;
    if (token.stop || /\d/.test(token.norm)) continue;
    if (namesWeekdayOrMonth(words, token.norm)) continue;
    if (words.notMeasured.has(token.norm)) timeWord ??= token;
    else return { stem: token.stem, word: comparison ? `${comparison} ${token.norm}` : token.norm };
  }
  return timeWord && { stem: timeWord.stem, word: timeWord.norm };
}

/**
 * The money verb right before an amount and its qualifier, or before its
 * particle or object ("paid", "to claim up to", "paid out", "fined him"):
 * "has paid $3.1 million to 620 households" is money paid, not households.
 */
function moneyVerb(tokens: readonly Token[], start: number, sentenceStart: number, words: FactWords): { stem: string; word: string } | undefined {
  let at = words.moneyVerbObjects.has(tokens[start - 1]?.norm ?? '') ? start - 2 : start - 1;
  if (tokens[at]?.norm === 'for' && words.moneyRequests[tokens[at - 1]?.norm ?? ''] !== undefined) at -= 1;
  const verb = tokens[at];
  if (at < sentenceStart || !verb) return undefined;
  const request = words.moneyRequests[verb.norm];
  if (request !== undefined) return { stem: request, word: request };
  return words.moneyVerbs.has(verb.norm) ? { stem: verb.stem, word: verb.norm } : undefined;
}

/** The noun a measure belongs to through "of": "seas of 35 feet", "a depth of 40 metres", "une hauteur de 40 mètres". */
function measuredNoun(tokens: readonly Token[], start: number, sentenceStart: number, words: FactWords): { stem: string; word: string } | undefined {
  const noun = tokens[start - 2];
  return start - 2 >= sentenceStart && words.of.has(tokens[start - 1].norm) && noun && !noun.stop && !noun.punct && !/\d/.test(noun.norm) ? { stem: noun.stem, word: noun.norm } : undefined;
}

/** Pass 4. */
function isPrevious(tokens: readonly Token[], expression: { start: number; end: number; sentenceStart: number; sentenceEnd: number }, words: FactWords): boolean {
  const { start, end, sentenceStart, sentenceEnd } = expression;
  const before = (count: number): string[] => tokens.slice(Math.max(sentenceStart, start - count), start).map((token) => token.norm);
  const after = tokens.slice(end, Math.min(sentenceEnd, end + 4)).map((token) => token.norm);
  const qualifiers = qualifierWords(words);
  for (let index = start - 1; index >= Math.max(sentenceStart, start - 5); index--) {
    const word = tokens[index].norm;
    if (words.previousBefore.has(word)) return true;
    if (!qualifiers.has(word) && !words.previousFillers.has(word)) break;
  }
  if (before(7).some((word) => words.previousWords.has(word))) return true;
  return after.includes('earlier') || (after[0] === 'a' && after[1] === 'day' && after[2] === 'before');
}

/** A reader's name for a fact: "people killed", "homes damaged", "cost ($)", "normal (metres)", "evacuated (km)". */
function labelOf(event: string | undefined, unit: string | undefined, counted: string | undefined, head: string): string {
  if (unit) return `${event ?? (counted || head || 'amount')} (${unit})`;
  return [counted ?? head, event].filter(Boolean).join(' ');
}
