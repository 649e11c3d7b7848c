/**
 * The fact words of German and Dutch (`FactWords`): numbers as they write
 * them ("1.200", "3,5", "2,3 Millionen", "zwölf", "twaalf"), qualifiers
 * ("mehr als", "etwa", "ruim", "ongeveer"), units, people, events, months,
 * weekdays and relative days. Events and units take the English canonical
 * names, so that a claim keys as an English one does. Lower case, as tokens
 * are normalized; a word of five letters or more also matches the words it
 * starts ("verletz": "verletzt", "Verletzten"). Written for Tidings.
 */
import { compoundNumbers, monthPattern, multiplesOf, type FactWords, type LanguageFactWords } from './fact-words.js';
import { wordSet as words } from '../text/words.js';
import { MONTHS_BY_LANGUAGE } from '../text/months.js';

/** What German and Dutch write alike: digits with a decimal comma, currency signs, no English heuristics. */
const GERMANIC: Pick<FactWords, 'decimalComma' | 'commaGroupsThousands' | 'indefinite' | 'linking' | 'currencyPrefixes' | 'moneyUnits' | 'ageBefore' | 'headFirst' | 'monthFirst' | 'previousBefore' | 'countedVerbs'> = {
  decimalComma: true,
  commaGroupsThousands: false,
  indefinite: words(''),
  linking: words(''),
  currencyPrefixes: { '€': '€', $: '$', '£': '£', chf: 'CHF' },
  moneyUnits: words('euros $ CHF'),
  ageBefore: words(''),
  headFirst: false,
  monthFirst: false,
  previousBefore: words(''),
  countedVerbs: words(''),
};

/** The units two to nine, as they open a compound ("dreihundert", "driehonderd"). */
const GERMAN_UNITS = 'zwei drei vier fünf sechs sieben acht neun'.split(' ');
const DUTCH_UNITS = 'twee drie vier vijf zes zeven acht negen'.split(' ');

const GERMAN_MONTHS = MONTHS_BY_LANGUAGE.de;
const DUTCH_MONTHS = MONTHS_BY_LANGUAGE.nl;

export const GERMAN_FACT_WORDS: LanguageFactWords = {
  ...GERMANIC,
  numbers: {
    null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30,
    vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000,
    ...compoundNumbers('ein zwei drei vier fünf sechs sieben acht neun'.split(' '), 'zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'.split(' '), (unit, ten) => [`${unit}und${ten}`]),
    ...multiplesOf(GERMAN_UNITS, 'hundert', 100),
    ...multiplesOf(GERMAN_UNITS, 'tausend', 1000),
    einhundert: 100,
    eintausend: 1000,
  },
  tensAnd: words(''),
  ones: words(''),
  multipliers: { hundert: 100, tausend: 1e3, million: 1e6, millionen: 1e6, 'mio.': 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, 'mrd.': 1e9, mrd: 1e9 },
  zero: words('kein keine keinen keiner niemand'),
  nobody: words('niemand'),
  qualifiers: [
    { words: ['mehr', 'als'], qualifier: 'more-than' },
    { words: ['weniger', 'als'], qualifier: 'less-than' },
    { words: ['bis', 'zu'], qualifier: 'up-to' },
    { words: ['über'], qualifier: 'more-than' },
    { words: ['gut'], qualifier: 'more-than' },
    { words: ['mindestens'], qualifier: 'at-least' },
    { words: ['wenigstens'], qualifier: 'at-least' },
    { words: ['höchstens'], qualifier: 'up-to' },
    { words: ['maximal'], qualifier: 'up-to' },
    { words: ['unter'], qualifier: 'less-than' },
    { words: ['fast'], qualifier: 'nearly' },
    { words: ['beinahe'], qualifier: 'nearly' },
    { words: ['knapp'], qualifier: 'nearly' },
    { words: ['annähernd'], qualifier: 'nearly' },
    { words: ['etwa'], qualifier: 'about' },
    { words: ['rund'], qualifier: 'about' },
    { words: ['ungefähr'], qualifier: 'about' },
    { words: ['circa'], qualifier: 'about' },
    { words: ['ca.'], qualifier: 'about' },
    { words: ['zirka'], qualifier: 'about' },
    { words: ['schätzungsweise'], qualifier: 'about' },
  ],
  fillers: words('nur noch weitere weiteren die der den insgesamt bereits schon'),
  units: {
    prozent: 'percent', '%': 'percent', meter: 'metres', metern: 'metres', m: 'metres', kilometer: 'km', kilometern: 'km', km: 'km',
    zentimeter: 'cm', cm: 'cm', millimeter: 'mm', mm: 'mm', 'km/h': 'kph', stundenkilometer: 'kph', tonnen: 'tonnes', tonne: 'tonnes',
    kilogramm: 'kg', kilo: 'kg', kg: 'kg', euro: 'euros', dollar: '$', franken: 'CHF', grad: 'degrees', hektar: 'hectares', liter: 'litres',
  },
  rangeTo: words('bis - –'),
  rangeAnd: words('und'),
  between: words('zwischen'),
  of: words('der des von'),
  notCounts: /^(?:uhr|h)$/,
  clauseBreaks: words(', ; : ( ) aber doch während obwohl'),
  peopleNouns: words(`
    menschen personen person einwohner einwohnerinnen bewohner anwohner kinder kind frauen frau männer mann erwachsene
    jugendliche zivilisten soldaten polizisten beamte passagiere fahrgäste insassen arbeiter beschäftigte touristen urlauber
    flüchtlinge migranten schüler schülerinnen studenten patienten häftlinge geiseln demonstranten bergleute helfer
    feuerwehrleute einsatzkräfte angehörige familien leute besatzungsmitglieder
  `),
  durationNouns: words('sekunden minuten stunde stunden tag tage tagen woche wochen monat monate monaten jahr jahre jahren jahrzehnte jahrhunderte'),
  notMeasured: words('jahr jahres woche monat tag heute gestern morgen pro jährlich insgesamt'),
  /** Roads too: "auf der A 7", "B 96". */
  identifierNouns: words('flug linie kategorie stufe gleis bahnsteig artikel paragraf paragraph a b l k'),
  identifiersCapitalized: true,
  changeFrom: words('von'),
  changeTo: words('auf'),
  thingNouns: words('schaden schäden kosten reparatur reparaturen hilfe hilfen soforthilfe'),
  verbForm: /^ge\p{Ll}+t$|iert$/u,
  nounsCapitalized: true,
  moneyVerbs: words('bewilligt bewilligte zahlte gezahlt investiert investierte spendete gespendet kostet kostete'),
  previousWords: words('zuvor zunächst ursprünglich vorher anfangs'),
  events: [
    { event: 'killed', words: ['tote', 'toten', 'todesopfer', 'getötet', 'tötete', 'töteten', 'starb', 'starben', 'gestorben', 'sterben', 'ums leben', 'tödlich', 'leiche', 'leichen', 'verstorben', 'umgekommen', 'ertrunken', 'ertranken'] },
    { event: 'injured', words: ['verletz', 'verwundet', 'verwundete', 'krankenhaus', 'krankenhäuser', 'klinik'] },
    { event: 'critical', words: ['lebensgefährlich', 'schwerverletzt', 'schwer verletzt', 'schwer verletzte', 'schwer verletzten', 'intensivstation', 'kritisch'] },
    { event: 'evacuated', words: ['evakuier', 'evakuiert', 'evakuierung', 'flohen', 'geflohen', 'obdachlos', 'in sicherheit gebracht', 'ihre häuser verlassen', 'ihre wohnungen verlassen'] },
    { event: 'damaged', words: ['beschädig', 'zerstör', 'überflutet', 'überschwemmt', 'eingestürzt'] },
    { event: 'missing', words: ['vermisst', 'vermisste', 'vermissten', 'verschüttet', 'eingeschlossen'] },
    { event: 'arrested', words: ['festgenommen', 'verhaftet', 'festnahme', 'festnahmen'] },
    { event: 'rescued', words: ['gerettet', 'rettete', 'retteten', 'geborgen'] },
    { event: 'fired', words: ['abgefeuert', 'abgeschossen'] },
    { event: 'cost', words: ['kosten', 'kostet', 'kostete', 'schaden', 'schäden', 'reparatur', 'reparaturen'] },
    { event: 'aid', words: ['hilfe', 'hilfen', 'soforthilfe', 'spende', 'spenden', 'zugesagt'] },
  ],
  datedEvents: [
    { event: 'failed', words: ['brach', 'gebrochen', 'gab nach', 'versagte', 'bruch'] },
    { event: 'attacked', words: ['angriff', 'angegriffen', 'anschlag', 'explosion', 'explodierte', 'beschossen'] },
    { event: 'killed', words: ['getötet', 'starb', 'starben', 'gestorben', 'ums leben'] },
    { event: 'met', words: ['trafen', 'getroffen', 'treffen', 'gipfel'] },
    { event: 'arrested', words: ['festgenommen', 'verhaftet'] },
    { event: 'signed', words: ['unterzeichnet', 'unterzeichnete', 'unterschrieben'] },
  ],
  months: GERMAN_MONTHS,
  /** "12. März 2024": the dot of the ordinal day. */
  dateLinks: words('.'),
  monthPattern: monthPattern(GERMAN_MONTHS),
  weekdays: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
  weekdaySuffix: /(?:vormittag|nachmittag|abend|morgen|mittag|nacht)$/,
  relativeDays: { heute: 0, gestern: -1, vorgestern: -2 },
  lastBefore: words('letzten vergangenen vorigen'),
  lastAfter: words(''),
  nextBefore: words('nächsten kommenden'),
  nextAfter: words(''),
  onWeekday: words('am'),
  futureWords: words('wird werden soll sollen nächsten kommenden geplant'),
};

export const DUTCH_FACT_WORDS: LanguageFactWords = {
  ...GERMANIC,
  numbers: {
    nul: 0, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
    dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30,
    veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100, duizend: 1000,
    ...compoundNumbers('een twee drie vier vijf zes zeven acht negen'.split(' '), 'twintig dertig veertig vijftig zestig zeventig tachtig negentig'.split(' '), (unit, ten) => [`${unit}${unit.endsWith('e') ? 'ën' : 'en'}${ten}`]),
    ...multiplesOf(DUTCH_UNITS, 'honderd', 100),
    ...multiplesOf(DUTCH_UNITS, 'duizend', 1000),
  },
  tensAnd: words(''),
  ones: words(''),
  multipliers: { honderd: 100, duizend: 1e3, miljoen: 1e6, 'mln.': 1e6, mln: 1e6, miljard: 1e9, 'mld.': 1e9, mld: 1e9 },
  zero: words('geen niemand'),
  nobody: words('niemand'),
  qualifiers: [
    { words: ['meer', 'dan'], qualifier: 'more-than' },
    { words: ['minder', 'dan'], qualifier: 'less-than' },
    { words: ['ten', 'minste'], qualifier: 'at-least' },
    { words: ['ruim'], qualifier: 'more-than' },
    { words: ['zeker'], qualifier: 'at-least' },
    { words: ['minstens'], qualifier: 'at-least' },
    { words: ['tenminste'], qualifier: 'at-least' },
    { words: ['maximaal'], qualifier: 'up-to' },
    { words: ['hooguit'], qualifier: 'up-to' },
    { words: ['bijna'], qualifier: 'nearly' },
    { words: ['ongeveer'], qualifier: 'about' },
    { words: ['circa'], qualifier: 'about' },
    { words: ['ca.'], qualifier: 'about' },
    { words: ["zo'n"], qualifier: 'about' },
    { words: ['rond'], qualifier: 'about' },
    { words: ['naar', 'schatting'], qualifier: 'about' },
  ],
  fillers: words('nog slechts maar al de het in totaal'),
  units: {
    procent: 'percent', '%': 'percent', meter: 'metres', m: 'metres', kilometer: 'km', km: 'km', centimeter: 'cm', cm: 'cm',
    millimeter: 'mm', mm: 'mm', 'km/u': 'kph', ton: 'tonnes', kilo: 'kg', kilogram: 'kg', kg: 'kg', euro: 'euros', dollar: '$',
    graden: 'degrees', hectare: 'hectares', liter: 'litres',
  },
  rangeTo: words('tot - –'),
  rangeAnd: words('en'),
  between: words('tussen'),
  of: words('van'),
  notCounts: /^(?:uur|u)$/,
  clauseBreaks: words(', ; : ( ) maar terwijl hoewel'),
  peopleNouns: words(`
    mensen personen persoon inwoners bewoners omwonenden kinderen kind vrouwen vrouw mannen man volwassenen jongeren burgers
    soldaten militairen agenten politieagenten passagiers inzittenden arbeiders werknemers toeristen vluchtelingen migranten
    leerlingen studenten patiënten gevangenen gijzelaars demonstranten mijnwerkers hulpverleners brandweerlieden gezinnen
    families bemanningsleden
  `),
  durationNouns: words('seconden minuten uur uren dag dagen week weken maand maanden jaar jaren decennia eeuwen'),
  notMeasured: words('jaar week maand dag vandaag gisteren per jaarlijks totaal'),
  identifierNouns: words('vlucht lijn categorie niveau spoor perron artikel a n'),
  identifiersCapitalized: true,
  changeFrom: words('van'),
  changeTo: words('naar'),
  thingNouns: words('schade kosten reparatie reparaties hulp steun noodhulp'),
  verbForm: /^ge\p{Ll}+(?:d|t)$/u,
  countedVerbs: words('liepen raakten kwamen moesten bleven vielen stonden zaten kregen gingen lopen raken komen blijven'),
  nounsCapitalized: false,
  moneyVerbs: words('betaalde betaald investeerde geïnvesteerd doneerde gedoneerd kost kostte'),
  previousWords: words('eerder aanvankelijk eerst voorheen'),
  events: [
    { event: 'killed', words: ['dood', 'doden', 'dode', 'omgekomen', 'om het leven', 'overleden', 'overleed', 'gedood', 'verdronken', 'dodental', 'dodelijke'] },
    { event: 'injured', words: ['gewond', 'gewonde', 'gewonden', 'verwond', 'ziekenhuis'] },
    { event: 'critical', words: ['zwaargewond', 'zwaargewonden', 'zwaar gewond', 'levensgevaar', 'levensgevaarlijk', 'kritieke', 'kritiek'] },
    { event: 'evacuated', words: ['evacu', 'geëvacueerd', 'evacuatie', 'gevlucht', 'vluchtten', 'dakloos', 'hun huizen verlaten', 'hun huis verlaten', 'hun woning verlaten'] },
    { event: 'damaged', words: ['liepen schade', 'schade opgelopen', 'beschadigd', 'beschadigde', 'verwoest', 'verwoeste', 'ondergelopen', 'ingestort', 'overstroomd'] },
    { event: 'missing', words: ['vermist', 'vermiste', 'vermisten', 'bedolven', 'ingesloten'] },
    { event: 'arrested', words: ['aangehouden', 'gearresteerd', 'opgepakt', 'arrestatie', 'arrestaties'] },
    { event: 'rescued', words: ['gered', 'redding'] },
    { event: 'fired', words: ['afgevuurd'] },
    { event: 'cost', words: ['kosten', 'kost', 'kostte', 'schade', 'reparatie'] },
    { event: 'aid', words: ['hulp', 'noodhulp', 'steun', 'donatie', 'donaties'] },
  ],
  datedEvents: [
    { event: 'failed', words: ['bezweek', 'bezweken', 'brak', 'doorgebroken', 'dijkdoorbraak'] },
    { event: 'attacked', words: ['aanval', 'aangevallen', 'aanslag', 'explosie', 'ontploffing', 'beschoten'] },
    { event: 'killed', words: ['omgekomen', 'overleden', 'overleed', 'gedood', 'om het leven'] },
    { event: 'met', words: ['ontmoeting', 'ontmoette', 'ontmoetten', 'topoverleg', 'overleg'] },
    { event: 'arrested', words: ['aangehouden', 'gearresteerd'] },
    { event: 'signed', words: ['ondertekend', 'ondertekende', 'tekende'] },
  ],
  months: DUTCH_MONTHS,
  dateLinks: words(''),
  monthPattern: monthPattern(DUTCH_MONTHS),
  weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  weekdaySuffix: /(?:ochtend|morgen|middag|avond|nacht)$/,
  relativeDays: { vandaag: 0, gisteren: -1, eergisteren: -2 },
  lastBefore: words('afgelopen vorige'),
  lastAfter: words(''),
  nextBefore: words('volgende komende'),
  nextAfter: words(''),
  onWeekday: words('op'),
  futureWords: words('zal zullen gaat gaan volgende komende gepland'),
};
