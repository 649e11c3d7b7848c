/**
 * The words a language writes numbers, dates and what they count with: the
 * tables `findNumberFacts` and `findDateFacts` read an article by. English
 * (`ENGLISH_FACT_WORDS`, from `lexicon.ts`) is the model; French, German,
 * Spanish, Italian, Portuguese and Dutch fill the same tables
 * (`language-facts.ts`), deals, tallies, tolls and strikes included: every
 * table gives every field, an empty set where a language has no such words,
 * so that none of their numbers is read with an English word ("a" is no
 * "per share" in Spanish).
 * Events and units have canonical English names in every language
 * ("killed", "percent"), so a claim's key is the same whichever language
 * states it (`killed:people`); a counted noun other than people keys by its
 * own stem.
 */
import { CURRENCY_PREFIXES, DATED_EVENTS, DURATION_NOUNS, EVENTS, IDENTIFIER_NOUNS, MONTHS, MULTIPLIERS, NOT_MEASURED, NUMBER_WORDS, ON_BOARD_NOUNS, PEOPLE_NOUNS, PERPETRATOR_NOUNS, PRICE_WORDS, QUALIFIERS, UNITS, WEEKDAYS } from './lexicon.js';
import type { Qualifier } from './types.js';
import { porterStem } from '../text/porter.js';
import { wordSet as words } from '../text/words.js';

/** The Porter stems of a list of words a space apart, compared with a token's `stem`. */
const stems = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean).map(porterStem));

/** Events, canonical name first, then the words (normalized forms or stems, prefixes of five letters or more, phrases) that name them. */
export type EventWords = ReadonlyArray<{ event: string; words: readonly string[] }>;

export interface FactWords {
  /** Number words ("twelve", "zwölf", "douze"). */
  numbers: Readonly<Record<string, number>>;
  /** Words joining tens and units written apart: "treinta y dos", "vinte e cinco", "vingt et un". */
  tensAnd: ReadonlySet<string>;
  /** Words for one that are also "a" ("un", "uno", "um"): a number only after tens ("vingt et un"). */
  ones: ReadonlySet<string>;
  /** Words that multiply the number before them ("million", "Millionen", "mil"). */
  multipliers: Readonly<Record<string, number>>;
  /** Words standing for one before a multiplier: "a million". */
  indefinite: ReadonlySet<string>;
  /** Words between a multiplier and what it counts: "3 millions de personnes", "2 milioni di euro". */
  linking: ReadonlySet<string>;
  /** Decimals after a comma and thousands after a dot, space or apostrophe ("3,5", "1.200", "1 200", "1'200"), "45%" one token. */
  decimalComma: boolean;
  /**
   * True where outlets also write thousands with a comma and decimals with a
   * point (Mexican and other Latin-American Spanish, some Portuguese): an
   * article is read so ("1,200 personas", "US$2,500 millones", "1.5") when
   * its digits give no sign of the decimal comma (`digitWordsOf`).
   */
  commaGroupsThousands: boolean;
  /** Words for none of what follows ("no deaths", "keine Toten"). */
  zero: ReadonlySet<string>;
  /** Words for no one: a zero of people. */
  nobody: ReadonlySet<string>;
  /** Qualifier phrases, longest first, as the words before the number. */
  qualifiers: ReadonlyArray<{ words: readonly string[]; qualifier: Exclude<Qualifier, 'range'> }>;
  /**
   * Verbs (Porter stems) a one-word qualifier right after them is the
   * particle of, by the qualifier: "rolled over 19 nautical miles south of
   * Tarn Island", "handed over 12 suspects" state 19 and 12, not more. Absent
   * in a language without them.
   */
  particleVerbs?: Readonly<Record<string, ReadonlySet<string>>>;
  /** Other words that may stand between an event word and the number ("killing only 3"). */
  fillers: ReadonlySet<string>;
  /** Units after a number, by canonical name (two words with a space: "per cent", "pour cent"). */
  units: Readonly<Record<string, string>>;
  /** Currency signs and words before the number. */
  currencyPrefixes: Readonly<Record<string, string>>;
  /** Units (canonical names) that are money, an amount as a currency before the number is: "2,3 Millionen Euro" as "$2.3 million". */
  moneyUnits: ReadonlySet<string>;
  /** Words between the ends of a range ("30 to 40", "30 bis 40"). */
  rangeTo: ReadonlySet<string>;
  /** Words between the ends of a range that opens with `between` ("between 30 and 40", "zwischen 30 und 40"). */
  rangeAnd: ReadonlySet<string>;
  between: ReadonlySet<string>;
  /** Words after a small number word that make it a part, not a count ("one of", "l'un des"). */
  of: ReadonlySet<string>;
  /** Words right after a number that make it no count (clock times, ordinal suffixes). */
  notCounts: RegExp;
  /** Words right before a number that make it an age ("aged 54"). */
  ageBefore: ReadonlySet<string>;
  /** Words that end a clause. */
  clauseBreaks: ReadonlySet<string>;
  /** Nouns for people, counted as `people`. */
  peopleNouns: ReadonlySet<string>;
  /** Durations: how long, not how many. */
  durationNouns: ReadonlySet<string>;
  /** Words after a measure that say when or how it is counted. */
  notMeasured: ReadonlySet<string>;
  /** Nouns a number names something after ("Flight 447"), written capitalised where `identifiersCapitalized` ("A 7", "Linie 5"), else in any case ("le vol 447", "el kilómetro 12"). */
  identifierNouns: ReadonlySet<string>;
  identifiersCapitalized: boolean;
  /** A word before a value and one after it that give the value as superseded by the next: "von 12 auf 20", "van 12 naar 20", "de 12 para 14". */
  changeFrom: ReadonlySet<string>;
  changeTo: ReadonlySet<string>;
  /** Event words that count things, not people ("damage", "Schäden"). */
  thingNouns: ReadonlySet<string>;
  /** A verb form that ends a counted noun: an English participle ("homes damaged"), a Romance plural verb ("300 dorment", "300 duermen"). */
  verbForm: RegExp;
  /** Verbs that end a counted noun though they look like nouns ("three yachts remain missing"). */
  countedVerbs: ReadonlySet<string>;
  /** True when the noun comes first and describing words after it ("340 maisons détruites"): the counted noun is one word. */
  headFirst: boolean;
  /** True when every noun is capitalized (German): the capitalized word is the counted noun. */
  nounsCapitalized: boolean;
  /** Verbs that say what an amount of money is for ("paid $3.1 million"). */
  moneyVerbs: ReadonlySet<string>;
  /** A word right before a value (past its qualifier) that gives it as superseded: "up from 340". */
  previousBefore: ReadonlySet<string>;
  /** Words shortly before a value that give it as superseded: "earlier had reported 65". */
  previousWords: ReadonlySet<string>;
  events: EventWords;
  /** Events a date can belong to ("the gate gave way on Saturday"). */
  datedEvents: EventWords;
  /** Verbs a date right after them is the date of ("said Thursday", "claimed responsibility Saturday", "traveled to Damascus Monday"): an event word further from the date than such a verb is not what happened that day. Absent in a language without them. */
  dateVerbs?: RegExp;
  months: Readonly<Record<string, number>>;
  /** A word that is a month or its abbreviation: a day number next to it is no count. */
  monthPattern: RegExp;
  /** True when the month may come before the day ("March 12"). */
  monthFirst: boolean;
  /** Words between a day, its month and its year ("12 de marzo de 2024"). */
  dateLinks: ReadonlySet<string>;
  /** Weekdays, Sunday first. */
  weekdays: readonly string[];
  /** What may follow a weekday in the same word ("Monday's", "Montagabend"). */
  weekdaySuffix: RegExp;
  /** Days relative to the publication date ("yesterday": -1). */
  relativeDays: Readonly<Record<string, number>>;
  /** Words before or after a weekday that put it a week back or forward ("last Monday", "lundi dernier", "next Monday"). */
  lastBefore: ReadonlySet<string>;
  lastAfter: ReadonlySet<string>;
  nextBefore: ReadonlySet<string>;
  nextAfter: ReadonlySet<string>;
  /** Prepositions before a weekday, part of the date's words ("on Monday", "am Montag"). */
  onWeekday: ReadonlySet<string>;
  /** Words that make a clause speak of the future ("will", "wird"). */
  futureWords: ReadonlySet<string>;

  /** Words after an amount that make it a price of one unit, not the cost of the whole: "$38 a share", "$100 a barrel", "$19 each", "$75.25 share price". */
  perUnit: ReadonlySet<string>;
  /** Words after an amount that make it a price of one unit when one of `perUnitNouns` follows them: "42 euros par action", "12,5 euros por acción", "18 euro per aandeel" (not "por Brisalta", "por la empresa", "por culpa de"). */
  perUnitBefore: ReadonlySet<string>;
  /** The nouns of one unit after `perUnitBefore` (a share, a litre, a head, a night; not "por culpa de", "per rifare"); a time noun among them only as a rate, with no word describing it after it ("1 200 euros par mois", not "la semaine dernière"). */
  perUnitNouns: ReadonlySet<string>;
  /** Nouns of a tally a spelled number is the value of with no counted noun ("the death toll … stands at four"), and the words the value follows ("stands at four", "rose to seven"). */
  tollNouns: ReadonlySet<string>;
  tollLinks: ReadonlySet<string>;
  /** Words after a clock time or a range of them ("9 to 11 a.m."): when, not how many. */
  clockWords: ReadonlySet<string>;
  /** Words after a duration that make it a time, not how long: "ten years ago", "two weeks earlier", "three years old". */
  timeAfter: ReadonlySet<string>;
  /** Words before a duration, or where the noun comes first right after its number, that make it a stretch up to or from now, not how long something lasted: "killed in the past 24 hours", "the next three days", "au cours des 24 dernières heures". */
  periodWords: ReadonlySet<string>;
  /** Words after a counted noun that make the number a distance, not a count: "lives two doors away", "two houses apart". */
  distanceAfter: ReadonlySet<string>;
  /** Phrases after a distance that make it a speed in this language ("por hora", "par heure", "km orari"), besides "/", "per", "a" or "an" before a time unit ("km/h", "miles per hour") in every language. */
  speedAfter: readonly (readonly string[])[];
  /** Words of the critical event that describe a noun after them: a zero counts the noun ("no serious injuries" counts injuries). */
  severityWords: ReadonlySet<string>;
  /** After a people event, a number after these says where, not whom ("arrested in two cities"). */
  placePrepositions: ReadonlySet<string>;
  /** Words that make a measure's context a comparison, kept in its label: "4.8 metres above its normal level" → "above normal". */
  comparisons: ReadonlySet<string>;
  /** Directions a distance is measured in from a named place ("19 nautical miles south of Gabo Island"): the place tells two distances apart. Absent in a language without them. */
  directions?: ReadonlySet<string>;
  /** Nouns of a cut itself: a count of them is of cuts, not of something cut ("three interest rate cuts"). */
  cutNouns: ReadonlySet<string>;
  /** Those who flee a crime, not a danger: their fleeing is no evacuation ("three suspects fled"). */
  perpetratorNouns: ReadonlySet<string>;
  /** Words after "fleeing" that say what or where from, as people flee a danger ("after fleeing their homes"). */
  fledFrom: ReadonlySet<string>;
  /** Nouns of posts a cost in them is a cut of: "will cost about 1,200 jobs". */
  jobNouns: ReadonlySet<string>;
  /** The people on board a ship, a plane or a train, by the key their count goes under (English: `ON_BOARD_NOUNS`). */
  onBoardNouns: Readonly<Record<string, string>>;
  /** Words of a price, which only an amount of money has (English: `PRICE_WORDS`); also words of the `cost` event. */
  priceWords: readonly string[];
  /** Particles and objects between a money verb and its amount: "paid out", "fined him". */
  moneyVerbObjects: ReadonlySet<string>;
  /** Verbs of asking for a sum, each to one word, so that "sought £3 million" and "asked for £3.5 million" are one sum (English: "sought"); "for" may follow them. */
  moneyRequests: Readonly<Record<string, string>>;
  /** Nouns of a winning margin before "of" and a number, which it counts ("a majority of 3,418", "a lead of 212"). */
  marginNouns: ReadonlySet<string>;
  /** Words that may stand between a word giving a value as superseded and the value: "up from a peak of 340". */
  previousFillers: ReadonlySet<string>;
  /** Words for a year after a date ("March 10 next year", "on 3 June last year"). */
  yearWords: ReadonlySet<string>;
  /** Words before a participle that make it describe a thing ("the breached embankment"), not date an event. */
  participleDeterminers: ReadonlySet<string>;
  /** Verbs of a deal that frame a sum: "paying X £18 million for Y", "signed Y for £7 million", "approved $2 million for Y". */
  dealVerbs: ReadonlySet<string>;
  /** Nouns of a deal right after a sum, before what it is for or of: "a £21 million fee for", "$4.1 billion purchase of". Not "offer" or "bid": a story's offers are several, each its own amount. */
  dealNouns: ReadonlySet<string>;
  /** Words that open a noun phrase before a deal's object words; after "of" right after a sum, they make it a part of something ("$281 million of the purchase price"; not "$2 million of damage"). */
  dealDeterminers: ReadonlySet<string>;
  /** The word between a deal and its price: "for" ("signed Y for £7 million"), "pour", "por", "für". */
  dealFor: ReadonlySet<string>;
  /** Words between a subject and its "cost": "will cost", "is expected to cost". */
  costAuxiliaries: ReadonlySet<string>;
  costVerbs: ReadonlySet<string>;
  /** Words before a counterparty's name after a deal noun: "a fee with Harbury Athletic for …". */
  counterpartyWords: ReadonlySet<string>;
  /** Words of voting before a tally ("voted 31 to 17", "ruled 5-2 against", "passed 8-1"). */
  voteBefore: ReadonlySet<string>;
  /** Words of voting right after a tally ("a 5-4 ruling", "the board's 4-3 decision"). */
  voteAfter: ReadonlySet<string>;
  /** Words joining a tally's sides ("31 to 17", "5 - 4"). */
  tallyJoiners: ReadonlySet<string>;
  /** Nouns between a tally's sides in the British "by 29 votes to 14", which say it is a vote. */
  voteNouns: ReadonlySet<string>;
  /** Words after each side of a tally written as two counts joined by `rangeAnd`: "31 votos a favor e 14 contra", "812 sì e 95 no", "24 voix pour et 11 contre". */
  voteFor: ReadonlySet<string>;
  voteAgainst: ReadonlySet<string>;
  /** Words right after an age between commas after a name ("Gaëlle Morvan, 54 ans,"), and words that may stand before such an age ("Tomás Ribera, de 58 años,"). */
  yearsOld: ReadonlySet<string>;
  yearsOldBefore: ReadonlySet<string>;
}

/** A month name or abbreviation of `months`, with or without its dot. */
export const monthPattern = (months: Readonly<Record<string, number>>): RegExp => new RegExp(`^(?:${Object.keys(months).join('|')})\\.?$`);

/** Whether a word (a token's norm) names a weekday or a month, abbreviated or not ("tuesday", "jan.", "sept"): it says when, never what or where. */
export function namesWeekdayOrMonth(words: Pick<FactWords, 'weekdays' | 'monthPattern'>, norm: string): boolean {
  return words.weekdays.includes(norm) || words.monthPattern.test(norm);
}

/** Phrases of words, one a comma apart ("por hora, a la hora"), each its words' norms in order. */
export function phrases(list: string): readonly (readonly string[])[] {
  return list.split(',').map((phrase) => phrase.trim().split(/\s+/)).filter((words) => words[0] !== '');
}

/** The number words from 21 to 99 a language writes as one word ("zweiundzwanzig", "ventitré"): `write` gives the spellings of a unit and a ten. */
export function compoundNumbers(units: readonly string[], tens: readonly string[], write: (unit: string, ten: string) => readonly string[]): Record<string, number> {
  return Object.fromEntries(tens.flatMap((ten, t) => units.flatMap((unit, u) => write(unit, ten).map((word) => [word, (t + 2) * 10 + u + 1]))));
}

/** Hundreds or thousands written as one word from the units two to nine before `suffix` ("dreihundert", "tremila"): `scale` times the unit. */
export function multiplesOf(units: readonly string[], suffix: string, scale: number): Record<string, number> {
  return Object.fromEntries(units.map((unit, index) => [`${unit}${suffix}`, (index + 2) * scale]));
}

/** Matches nothing: a language without such words. */
export const NONE = /(?!)/;

export const ENGLISH_FACT_WORDS: FactWords = {
  numbers: NUMBER_WORDS,
  tensAnd: words(''),
  ones: words(''),
  multipliers: MULTIPLIERS,
  indefinite: words('a'),
  linking: words(''),
  decimalComma: false,
  commaGroupsThousands: false,
  zero: words('no none nobody noone'),
  nobody: words('nobody'),
  qualifiers: QUALIFIERS,
  particleVerbs: { over: stems('hand turn roll keel tip flip knock topple') },
  fillers: words('only another a an the some just still now'),
  units: UNITS,
  currencyPrefixes: CURRENCY_PREFIXES,
  moneyUnits: words('$ euros yen yuan rupees'),
  rangeTo: words('to - –'),
  rangeAnd: words('and'),
  between: words('between'),
  of: words('of'),
  notCounts: /^(?:a\.m\.|p\.m\.|am|pm|gmt|utc|edt|est|pdt|bst|o'clock|years?-old|year-old|th|st|nd|rd)$/,
  ageBefore: words('aged age'),
  clauseBreaks: words(', ; : ( ) but while whereas although'),
  peopleNouns: PEOPLE_NOUNS,
  durationNouns: DURATION_NOUNS,
  notMeasured: NOT_MEASURED,
  identifierNouns: IDENTIFIER_NOUNS,
  identifiersCapitalized: true,
  changeFrom: words(''),
  changeTo: words(''),
  thingNouns: words('damage repairs repair cost costs bill aid budget price purchase acquisition takeover valuation'),
  verbForm: /(?:ed|ing)$/,
  countedVerbs: words('remain remains stay stays face faces need needs die dies'),
  headFirst: false,
  nounsCapitalized: false,
  moneyVerbs: words(
    'paid pay pays paying spent spend spends raised raise pledged pledge pledges donated donate allocated allocate awarded award granted grant released release approved approve offered offer earmarked budgeted fined fine lent loaned invested invest claim claimed receive received collected seized stole stolen',
  ),
  previousBefore: words('from'),
  previousWords: words('earlier previously initially originally'),
  events: EVENTS,
  datedEvents: DATED_EVENTS,
  dateVerbs: /^(?:said|says|told|\p{Ll}{3,}ed)$/u,
  months: MONTHS,
  monthPattern: monthPattern(MONTHS),
  monthFirst: true,
  dateLinks: words(''),
  weekdays: WEEKDAYS,
  weekdaySuffix: /['’]s$/,
  relativeDays: { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 },
  lastBefore: words('last'),
  lastAfter: words(''),
  nextBefore: words('next'),
  nextAfter: words(''),
  onWeekday: words('on'),
  futureWords: words("will next scheduled expected plans planned 'll tomorrow due set upcoming"),
  perUnit: words('a an per each apiece share'),
  perUnitBefore: words(''),
  perUnitNouns: words(''),
  tollNouns: words('toll'),
  tollLinks: words('at to'),
  clockWords: words('a.m. p.m. am pm gmt utc'),
  timeAfter: words('ago earlier later before after old since from late early'),
  periodWords: words('past last previous next first coming'),
  distanceAfter: words('away apart'),
  speedAfter: phrases(''),
  severityWords: words('serious critical severe intensive'),
  placePrepositions: words('in at across throughout into'),
  comparisons: words('above below'),
  directions: words('north south east west northeast northwest southeast southwest north-east north-west south-east south-west'),
  cutNouns: words('cut cuts layoffs redundancies'),
  perpetratorNouns: PERPETRATOR_NOUNS,
  fledFrom: words('their his her the to from into across towards toward'),
  jobNouns: words('job jobs post posts position positions'),
  onBoardNouns: ON_BOARD_NOUNS,
  priceWords: PRICE_WORDS,
  moneyVerbObjects: words('out back over him her them it us'),
  marginNouns: words('majority margin lead'),
  moneyRequests: Object.fromEntries('sought seek seeks seeking asked asking requested request requests demanded demand demands'.split(' ').map((word) => [word, 'sought'])),
  previousFillers: words('peak of high low'),
  yearWords: words('year'),
  participleDeterminers: words('the a an its their his her this these those'),
  dealVerbs: words('pay pays paid paying sign signs signed signing buy buys buying bought sell sells selling sold acquire acquires acquired acquiring approve approves approved approving'),
  dealNouns: words('fee deal move transfer purchase acquisition takeover sale signing'),
  dealDeterminers: words('the a an its their his her our this that these those'),
  dealFor: words('for'),
  costAuxiliaries: words('will would could should may might is was are were expected now also to'),
  costVerbs: words('cost costs'),
  counterpartyWords: words('with from to'),
  voteBefore: words('vote votes voted voting backed backing approved approving passed rejected rejecting ruled ruling endorsed adopted'),
  voteAfter: words('vote votes ruling decision verdict split'),
  tallyJoiners: words('- – to'),
  voteNouns: words('votes vote'),
  voteFor: words(''),
  voteAgainst: words(''),
  yearsOld: words(''),
  yearsOldBefore: words('aged'),
};
