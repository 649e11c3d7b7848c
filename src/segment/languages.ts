/**
 * How the segmenter reads each language: which words before a period are
 * abbreviations, which words open a sentence, which words are stopwords.
 * English is the default (a text in no language named here is read as
 * English); French, German, Spanish, Italian, Portuguese and Dutch have
 * their own abbreviations and stopwords. Written for Tidings.
 */
import { LANGUAGE_STOPWORDS } from '../text/language-stopwords.js';
import { abbreviationKey, ABBREVIATIONS, AFTER_TITLE_OPENERS, CAPITALIZED_FINALS, SENTENCE_OPENERS, type AbbreviationKind } from './abbreviations.js';

export interface LanguageRules {
  /** ISO 639-1 code of the language; undefined for English, the default. */
  language: string | undefined;
  /** Abbreviations by their lower-case letters (without the final period). */
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /** Abbreviations only as written ("Ill." is Illinois, "ill." a word; French "M." is Monsieur). */
  asWritten: ReadonlyMap<string, AbbreviationKind>;
  /** The caller's abbreviations (`extraAbbreviations`): `final`. */
  extra: ReadonlySet<string>;
  /** Lower-case words that open a sentence: after a `final` abbreviation they end one; a line ending on one runs on. */
  openers: ReadonlySet<string>;
  /** The openers that still end a sentence after a title ("Hun Sen. The talks"). */
  afterTitleOpeners: ReadonlySet<string>;
  /** A title word right after a capitalized name word ends that name ("strongman Hun Sen. Hun Sen complained"): English only. */
  titlesEndNames: boolean;
  /** Words after which a number and a period are an ordinal ("am 3. Oktober", "zum 2. Mal"): German. */
  ordinalNouns: ReadonlySet<string> | undefined;
  /** Quotations written with spaces inside (French « … », read as `" … "`): a quote mark after a sentence's end and a space may close it. */
  spacedQuotes: boolean;
  /** The language's stopwords; undefined for English, whose tokens carry ROUGE's flags already. */
  stopwords: ReadonlySet<string> | undefined;
  /** An elided article or pronoun written onto the next word ("l'eau", "dell'anno"), a token of its own: its normalized form with the apostrophe. */
  elision: RegExp | undefined;
}

interface LanguageTable {
  titles: string;
  finals: string;
  numeric: string;
  asWritten?: Readonly<Record<string, AbbreviationKind>>;
  afterTitleOpeners: string;
  ordinalNouns?: string;
  elision?: RegExp;
}

const TABLES: Readonly<Record<string, LanguageTable>> = {
  fr: {
    titles: 'mm mme mmes mlle mlles me mgr pr dr gal cdt col lt sgt av bd bld cf env éd',
    finals: 'etc st ste hab min max',
    numeric: 'p pp vol chap art n no tél fig',
    asWritten: { M: 'title' },
    afterTitleOpeners: 'il elle ils elles nous on ce cette ces mais et les des un une dans pour selon',
    elision: /^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu|quoiqu)'/,
  },
  de: {
    titles: 'dr prof hr hrn fr frl z d u v o i h a bzw vgl ggf evtl inkl exkl sog ehem gem lt mio mrd tsd geb dt dipl ing bspw',
    finals: 'usw etc jh jhd chr st u.ä uvm',
    numeric: 'nr no abs art s ca rd str tel bd',
    afterTitleOpeners: 'der die das er sie es wir ich aber und doch im am in auf bei nach seit',
    ordinalNouns: `januar februar märz april mai juni juli august september oktober november dezember jänner
      mal platz rang jahrhundert jahrtausend jahrestag geburtstag todestag runde spieltag etappe stock klasse
      liga minute woche tag stelle auflage ausgabe welle quartal halbjahr lebensjahr sitzung amtszeit`,
  },
  es: {
    titles: 'sr sra srta sres dr dra lic ing arq d dña excmo excma ilmo prof profa gral cnel tte avda ej ee',
    finals: 'etc uu aprox sta sto',
    numeric: 'pág págs núm art cap vol p pp tel',
    afterTitleOpeners: 'el los las él ella ellos ellas pero y en con para según este esta',
  },
  it: {
    titles: 'sig sig.ra sigg dott dott.ssa ing avv arch prof prof.ssa on mons gen col cfr es',
    finals: 'ecc etc ss sgg',
    numeric: 'pag pagg n nr art cap vol tel fig ca',
    afterTitleOpeners: 'il lo gli le lui lei loro ma e in con per secondo questo questa',
    elision: /^(?:l|dell|dall|nell|sull|all|coll|un|quest|quell|c|d|s|n|m|t|v)'/,
  },
  pt: {
    titles: 'sr sra srta dr dra prof profa eng exmo exma av gen cel ten dep',
    finals: 'etc ltda cia sto sta',
    numeric: 'pág págs nº n art cap vol tel',
    afterTitleOpeners: 'o os as ele ela eles elas mas e em com para segundo este esta',
  },
  nl: {
    titles: 'dhr mevr mw mr dr drs ir ing prof ds bijv bv mln mld resp evt incl excl',
    finals: 'enz etc jl st',
    numeric: 'nr blz art ca tel',
    afterTitleOpeners: 'de het hij zij ze wij maar en in met voor volgens',
  },
};

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word !== '');
}

/** English, the default: the built-in abbreviations and openers, ROUGE's stopword flags as tokenized. */
export const ENGLISH_RULES: LanguageRules = Object.freeze({
  language: undefined,
  abbreviations: ABBREVIATIONS,
  asWritten: new Map([...CAPITALIZED_FINALS].map((word) => [word, 'final' as const])),
  extra: new Set<string>(),
  openers: SENTENCE_OPENERS,
  afterTitleOpeners: AFTER_TITLE_OPENERS,
  titlesEndNames: true,
  ordinalNouns: undefined,
  spacedQuotes: false,
  stopwords: undefined,
  elision: undefined,
});

function languageRules(language: string, table: LanguageTable): LanguageRules {
  const abbreviations = new Map(ABBREVIATIONS);
  for (const word of words(table.finals)) abbreviations.set(word, 'final');
  for (const word of words(table.numeric)) abbreviations.set(word, 'numeric');
  for (const word of words(table.titles)) abbreviations.set(word, 'title');
  const stopwords = LANGUAGE_STOPWORDS[language];
  return Object.freeze({
    language,
    abbreviations,
    asWritten: new Map(Object.entries(table.asWritten ?? {})),
    extra: ENGLISH_RULES.extra,
    openers: stopwords,
    afterTitleOpeners: new Set(words(table.afterTitleOpeners)),
    titlesEndNames: false,
    ordinalNouns: table.ordinalNouns === undefined ? undefined : new Set(words(table.ordinalNouns)),
    spacedQuotes: true,
    stopwords,
    elision: table.elision,
  });
}

const RULES: ReadonlyMap<string, LanguageRules> = new Map(Object.entries(TABLES).map(([language, table]) => [language, languageRules(language, table)]));

/** The languages read with rules of their own besides English. */
export const SEGMENT_LANGUAGES: readonly string[] = [...RULES.keys()];

/**
 * The rules to read `language` (an ISO 639-1 code) with, English for any
 * other or none, with the caller's `extraAbbreviations` ("Calif.") added.
 */
export function rulesFor(language: string | undefined, extraAbbreviations: readonly string[]): LanguageRules {
  const rules = (language !== undefined && RULES.get(language)) || ENGLISH_RULES;
  return extraAbbreviations.length === 0 ? rules : { ...rules, extra: new Set(extraAbbreviations.map(abbreviationKey)) };
}
