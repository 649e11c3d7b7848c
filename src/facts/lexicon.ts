/**
 * Words the fact finder reads numbers with: number words, qualifiers, units,
 * nouns for people, and the events that happen to what is counted. Lower-case;
 * compare with a token's `norm`.
 */
import { wordTable } from '../text/word-table.js';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

/** Digits, with a currency sign before them and a short multiplier or percent sign after ("£48", "$52m", "€3.2bn", "45%"): the digits are what is stated. */
const DIGITS = /^[$£€¥]?(\d[\d,]*(?:\.\d+)?)(?:m|bn|k|%)?$/;

/**
 * The number a lower-cased word states, if any: digits ("1,200" is 1200; "£48m" states 48, as "£48 million" does) or a
 * number word ("three", "dozen"); not "one", a pronoun as often as a number
 * ("no one was killed"). Summary citations and merged reports of speech
 * compare what they state by these: "three workers" does not state "two workers".
 */
export function statedNumber(norm: string): number | undefined {
  const digits = DIGITS.exec(norm);
  if (digits) return Number(digits[1].replace(/,/g, ''));
  return norm !== 'one' && Object.hasOwn(NUMBER_WORDS, norm) ? NUMBER_WORDS[norm] : undefined;
}

export const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 });

/** Qualifier phrases, longest first, as lists of words before the number. */
export const QUALIFIERS: ReadonlyArray<{ words: readonly string[]; qualifier: 'about' | 'more-than' | 'at-least' | 'nearly' | 'up-to' | 'less-than' | 'exact' }> = [
  { words: ['more', 'than'], qualifier: 'more-than' },
  { words: ['at', 'least'], qualifier: 'at-least' },
  { words: ['as', 'many', 'as'], qualifier: 'up-to' },
  { words: ['up', 'to'], qualifier: 'up-to' },
  { words: ['at', 'most'], qualifier: 'up-to' },
  { words: ['fewer', 'than'], qualifier: 'less-than' },
  { words: ['less', 'than'], qualifier: 'less-than' },
  { words: ['close', 'to'], qualifier: 'nearly' },
  { words: ['an', 'estimated'], qualifier: 'about' },
  { words: ['just', 'over'], qualifier: 'more-than' },
  { words: ['over'], qualifier: 'more-than' },
  { words: ['above'], qualifier: 'more-than' },
  { words: ['exceeding'], qualifier: 'more-than' },
  { words: ['about'], qualifier: 'about' },
  { words: ['around'], qualifier: 'about' },
  { words: ['approximately'], qualifier: 'about' },
  { words: ['roughly'], qualifier: 'about' },
  { words: ['some'], qualifier: 'about' },
  { words: ['estimated'], qualifier: 'about' },
  { words: ['nearly'], qualifier: 'nearly' },
  { words: ['almost'], qualifier: 'nearly' },
  { words: ['under'], qualifier: 'less-than' },
  { words: ['within'], qualifier: 'up-to' },
];

/** Units after a number, by canonical name. */
export const UNITS: Readonly<Record<string, string>> = wordTable({
  percent: 'percent', '%': 'percent', 'per cent': 'percent',
  metres: 'metres', meters: 'metres', metre: 'metres', meter: 'metres', m: 'metres',
  kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', km: 'km', kms: 'km',
  miles: 'miles', mile: 'miles', mi: 'miles', feet: 'feet', foot: 'feet', inches: 'inches', inch: 'inches', centimetres: 'cm', centimeters: 'cm', cm: 'cm',
  millimetres: 'mm', millimeters: 'mm', mm: 'mm',
  mph: 'mph', kph: 'kph', 'km/h': 'kph', kmh: 'kph', knots: 'knots', knot: 'knots',
  tons: 'tonnes', tonnes: 'tonnes', ton: 'tonnes', tonne: 'tonnes', kilograms: 'kg', kg: 'kg', pounds: 'pounds',
  euros: 'euros', euro: 'euros', dollars: '$', dollar: '$', pounds_sterling: '£', yen: 'yen', yuan: 'yuan', rupees: 'rupees',
  degrees: 'degrees', hectares: 'hectares', acres: 'acres', barrels: 'barrels', gallons: 'gallons', litres: 'litres', liters: 'litres',
});

/** Currency signs and words written before the number. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = wordTable({ $: '$', dlrs: '$', us$: '$', '£': '£', '€': '€', 'a$': 'A$', ecu: 'ecu' });

export const MONTHS: Readonly<Record<string, number>> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words after a measure that say when or how it is counted, not what it measures ("$5 a year", "40 percent last week"). */
export const NOT_MEASURED = new Set(
  `year years week weeks month months day days today tomorrow yesterday tonight last next previous earlier later annually
  apiece each overall dlrs percent`.split(/\s+/),
);

/** Nouns a number names something after, written capitalised ("Flight 447", "Route 66", "a Category 5 hurricane"): no count. */
export const IDENTIFIER_NOUNS = new Set(
  `flight route highway interstate chapter section article resolution proposition category level phase stage version
  gate platform terminal runway room ward pier`.split(/\s+/),
);

/** Durations ("36 hours", "three days"): how long, not how many, so not lined up. */
export const DURATION_NOUNS = new Set('second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries'.split(' '));

/** Nouns for people, counted as `people`. */
export const PEOPLE_NOUNS = new Set(
  `people persons person residents resident man men woman women child children civilians civilian villagers students student
  teenagers teenager youths youth victims passengers soldiers soldier troops officers officer workers worker tourists refugees
  evacuees inhabitants citizens adults babies boys girls boy girl families family members pilgrims protesters demonstrators
  miners fighters militants others individuals crew crewmen staff employees employee patients prisoners hostages migrants`.split(/\s+/),
);

/**
 * Words of what a thing costs that only an amount of money has: its budget or
 * price, which a sale, a purchase or a valuation states too ("buy X for $4.1
 * billion", "valuing it at $4.3 billion", "a $260 million budget"); a count
 * near them ("forces customers to purchase two services") is no cost.
 */
export const PRICE_WORDS: readonly string[] = ['budget', 'price', 'priced', 'valuing', 'valued', 'valuation', 'worth', 'purchas', 'buy', 'buys', 'buying', 'bought', 'acquir', 'acquisition', 'takeover'];

/**
 * The people a ship, a plane or a train carries, by the key their count
 * goes under: "212 passengers" and "221 passengers on board" are one fact,
 * "31 crew" another, whatever the sentence says happened to them.
 */
export const ON_BOARD_NOUNS: Readonly<Record<string, string>> = wordTable({ passengers: 'passengers', passenger: 'passengers', crew: 'crew', crewmen: 'crew', crewmembers: 'crew', sailors: 'crew', seafarers: 'crew' });

/** Those who flee a crime, not a danger: their fleeing is no evacuation. */
export const PERPETRATOR_NOUNS = new Set(
  `gunman gunmen suspect suspects robber robbers attacker attackers assailant assailants thief thieves burglar burglars
  hijacker hijackers kidnapper kidnappers shooter shooters`.split(/\s+/),
);

/**
 * Events, canonical name first, then the words (stems of norms, or phrases)
 * that name them. Matched in a window around the number, nearest first.
 */
export const EVENTS: ReadonlyArray<{ event: string; words: readonly string[] }> = [
  { event: 'killed', words: ['kill', 'killed', 'killing', 'dead', 'die', 'died', 'dy', 'death', 'deaths', 'fatal', 'fatality', 'fatalities', 'toll', 'lives', 'drown', 'drowned'] },
  { event: 'injured', words: ['injur', 'injured', 'injuries', 'injury', 'wound', 'wounded', 'hurt', 'hospital', 'hospitalized', 'hospitalised', 'treated', 'treatment'] },
  { event: 'critical', words: ['intensive', 'critical', 'critically', 'serious', 'seriously', 'severely'] },
  { event: 'evacuated', words: ['evacu', 'evacuated', 'evacuation', 'fled', 'flee', 'displaced', 'homeless', 'leave their homes', 'moved out', 'forced from', 'forced out', 'left their homes', 'return home', 'unable to return'] },
  { event: 'damaged', words: ['damag', 'damaged', 'destroy', 'destroyed', 'flooded', 'gutted', 'flattened', 'collapsed', 'demolished'] },
  { event: 'missing', words: ['missing', 'trapped', 'unaccounted'] },
  { event: 'arrested', words: ['arrest', 'arrested', 'detained', 'detain'] },
  { event: 'rescued', words: ['rescu', 'rescued', 'saved'] },
  { event: 'fired', words: ['dropped', 'fired', 'launched', 'landed'] },
  { event: 'cut', words: ['cut', 'cuts', 'axe', 'axed', 'shed', 'slash', 'slashed', 'eliminate', 'eliminated', 'lay off', 'laid off', 'layoffs', 'redundancies'] },
  { event: 'cost', words: ['cost', 'costs', 'repair', 'repairs', 'repairing', 'bill', 'damage', ...PRICE_WORDS] },
  { event: 'aid', words: ['aid', 'grant', 'grants', 'donate', 'donation', 'relief', 'bailout'] },
];

/** Events a date can belong to ("the gate gave way on Saturday"). */
export const DATED_EVENTS: ReadonlyArray<{ event: string; words: readonly string[] }> = [
  { event: 'failed', words: ['fail', 'failed', 'failure', 'gave way', 'give way', 'collapsed', 'collapse', 'breached', 'burst', 'broke through'] },
  { event: 'attacked', words: ['attack', 'attacked', 'bombing', 'bombed', 'shelling', 'shelled', 'strike', 'struck', 'raid', 'exploded', 'explosion', 'blast'] },
  { event: 'killed', words: ['killed', 'died', 'death'] },
  { event: 'met', words: ['meet', 'met', 'meeting', 'talks', 'summit'] },
  { event: 'arrested', words: ['arrested', 'detained'] },
  { event: 'signed', words: ['signed', 'sign'] },
  { event: 'began', words: ['begin', 'begins', 'began', 'start', 'starts', 'started', 'starting'] },
];

/** Event words that after a determiner are a noun whose date is no event's ("the start of the season on Saturday was delayed"), as a participle there is (`FactWords.participleDeterminers`). */
export const DATED_EVENT_NOUNS: ReadonlySet<string> = new Set(['start']);
