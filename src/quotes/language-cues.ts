/**
 * The words that attribute a quotation in the languages besides English that
 * Tidings reads news in (French, German, Spanish, Italian, Portuguese, Dutch):
 * speech verbs in the forms news writes around a quotation ("a déclaré",
 * "sagte", "dijo", "ha detto", "afirmou", "zei"), the auxiliaries of their
 * compound tenses, the words that put the source before the name ("selon X",
 * "laut X", "aldus X"), the word opening a reported clause ("que", "dass"),
 * courtesy titles ("M.", "Frau", "Sra.") and the
 * pronouns that stand for the last speaker ("a-t-il ajouté", "sagte er").
 * Lower case, as tokens are normalized. Written for Tidings; each language's
 * cues are in the file of its family (language-cues-romance.ts,
 * language-cues-germanic.ts).
 */
import { wordSet as words } from '../text/words.js';
import { DUTCH, GERMAN } from './language-cues-germanic.js';
import { FRENCH, ITALIAN, PORTUGUESE, SPANISH } from './language-cues-romance.js';

export interface QuoteCues {
  /** Finite forms and past participles of speech verbs. */
  verbs: ReadonlySet<string>;
  /** Auxiliaries before a participle, inverted forms that hold their pronoun ("a-t-il") and the reflexive "s'", "se", "si" ("s'exclame", tokenized "s'" "exclame"; "se preguntaba", "si chiede"). */
  auxiliaries: ReadonlySet<string>;
  /** Words before a source: "selon", "laut". */
  according: ReadonlySet<string>;
  /** Prepositions opening whom a speech verb's words were told, before "that" (`a déclaré aux journalistes que`, `dijo a los periodistas que`). */
  toWhom?: ReadonlySet<string>;
  /** Words opening a sentence on whose view follows ("Pour Paul Girard, « … »", "Per il consigliere X la caldaia «…»"): a quotation in that sentence is the words of the one named after them. */
  opinion?: ReadonlySet<string>;
  /** Phrases of two words or more before a source, opening a sentence: "d'après", "de acordo com" (lower case, as tokens). */
  accordingPhrases?: ReadonlyArray<readonly string[]>;
  /** Verbs that name or judge what their object is, or speak of it, the words quoted after it ("noemt de situatie "onacceptabel"", "qualifie le projet de « folie »", "parla di "una situazione drammatica"", "hält den Streik für „…“"): the verb's subject speaks them. */
  naming?: ReadonlySet<string>;
  /** Determiners of a masculine noun and masculine pronouns ("le", "il"), of a feminine one and feminine pronouns ("la", "elle"): a pronoun's antecedent agrees. */
  masculine?: ReadonlySet<string>;
  feminine?: ReadonlySet<string>;
  /** Words opening a reported clause after a speech verb: "que", "dass". */
  that: ReadonlySet<string>;
  /** Courtesy titles, written before a name, not part of it. */
  titles: ReadonlySet<string>;
  /** Third-person subject pronouns: the speaker named last. */
  pronouns: ReadonlySet<string>;
  /** Lower-case words inside names ("de", "van", "von"). */
  particles: ReadonlySet<string>;
  /** Particles inside a name only after another one ("von der Leyen"): "Hahn der Deutschen Presse-Agentur" is a name and its dative object. */
  secondParticles?: ReadonlySet<string>;
  /** Words that make what follows part of a description, up to a comma ("le président du club Paris FC"). */
  of: ReadonlySet<string>;
  /**
   * Particles that also say "of" and then join no name ("Femke Jansen van
   * Utrecht", "Klaus Weber von der Feuerwehr"): one stands inside a name
   * only after a given name or a name's first word ("Jan van Dijk", "Anna
   * Maria van der Berg", "Ursula von der Leyen"), not after a surname.
   */
  ofAfterSurname?: ReadonlySet<string>;
  /**
   * Nouns of office written before a name, capitalized at a sentence's start
   * ("Burgemeester Sanne de Vries liet weten") or, in German, always
   * ("Bürgermeisterin Katrin Vogelsang"): not part of the name.
   */
  offices: RegExp;
  /** Relative pronouns opening a clause about a source before the reported one ("Selon X, qui …, CLAUSE"). */
  relatives: ReadonlySet<string>;
  /** Articles and possessives opening a description of a speaker ("le", "der", "leur"). */
  determiners: ReadonlySet<string>;
  /** Groups and bodies that speak, and plural roles ("la police", "die Feuerwehr", "los investigadores"): with `offices`, the heads of a speaker described, not named. */
  bodies: RegExp;
  /** True for a language that capitalizes every noun (German): a one-word speaker must be the surname of a longer name in the article ("laut Polizei" names no one). */
  nounsCapitalized?: boolean;
  /** Words a speech verb takes after itself: particles of separable verbs ("fügte hinzu", "voegde eraan toe") and the infinitive of "a fait savoir", "liet weten". */
  separable?: ReadonlySet<string>;
  /** The word opening a clause of the source ("…, wie die Polizei mitteilte", "zoals de gemeente meldde"), its verb last. */
  as?: ReadonlySet<string>;
  /** Pronouns after a preposition ("selon lui", "laut ihm"): the speaker named last. */
  objectPronouns: ReadonlySet<string>;
  /** "and" between two verbs of one subject ("pidió calma y aseguró que"). */
  and: ReadonlySet<string>;
  /** True for a language that leaves out a subject pronoun (Spanish, Italian, Portuguese): a speech verb with no subject after it stands for the speaker before. */
  proDrop?: boolean;
  /** True for a language whose papers write replies with dialogue dashes (`—No vamos a ceder —dijo la alcaldesa—.`): `dashes.ts`. */
  dialogueDashes?: boolean;
  /** True for a language whose dash reply goes on after an attribution that ends its sentence, with no new dash (French: `– Je commence à 3 heures, raconte la boulangère. Mais quand je vois …`); elsewhere a reply going on opens on a dash again. */
  replyGoesOnUndashed?: boolean;
  /** The auxiliaries of a passive before its participle ("fue", "ha sido", "è stato", "a été"): `«…», fue anunciado por X`, `Fue confirmado por X que …` (`passive.ts`). */
  passive?: ReadonlyArray<readonly string[]>;
  /** Prepositions naming a passive's agent ("por", "par", "dal"); those holding the article ("pelo", "dal") in `agentArticles`. */
  agents?: ReadonlySet<string>;
  agentArticles?: ReadonlySet<string>;
  /** What a source phrase may name instead of the speaker, before a participle and its agent: a statement (`según un comunicado emitido por X`), or "what" (`secondo quanto riferito dal Comune`). */
  issued?: ReadonlySet<string>;
  /** Words saying a document reads so, before the preposition naming it (`peut-on lire dans`, `si legge in`, `lê-se num`, `hieß es in`): `documents.ts`. */
  readIn?: ReadonlyArray<readonly string[]>;
  /** Prepositions (with their article, `num`, `nella`, `im`) naming where words are read, after `readIn`. */
  within?: ReadonlySet<string>;
  /** Documents a body issues (`communiqué`, `Mitteilung`): their issuer speaks their words. */
  documents?: ReadonlySet<string>;
  /** Copulas before a noun of saying (`fue`, `è stato`, `foi`): `«…», fue la advertencia del alcalde`. */
  copulas?: ReadonlyArray<readonly string[]>;
  /** Nouns of what someone said (`advertencia`, `commento`, `desabafo`): `documents.ts`. */
  sayings?: ReadonlySet<string>;
  /** A preposition of where words come from, between a speech verb and its source (`se informó desde el Ayuntamiento`). */
  from?: ReadonlySet<string>;
  /** True for a language whose reported speech may follow the verb's comma without "that" (German, in the subjunctive: "sagte, er komme"). */
  thatOptional?: boolean;
  /**
   * Verbs of the mood that marks a sentence as reported, so that one right
   * after a report carries it on (`reported-chains.ts`): German subjunctive
   * forms (`sei`, `habe`, `hätten`) and any verb in -e beside a subject
   * pronoun (`man prüfe`, `komme es`); the conditional of French, Spanish and
   * Italian by its endings (`serait`, `ofrecería`, `sarebbe`), `except` words
   * that only look like one (`portrait`), `sharedWithNouns` endings that are
   * nouns after a determiner (`la consejería`). `hedges` are the
   * auxiliaries of a compound conditional that is as often the reporter's
   * own hedge on a past event (`Le suspect aurait fui`, `el sospechoso
   * habría huido`): a sentence holding one carries a report on only when it
   * opens on one of `openers` (one or two words: subject pronouns and
   * connectives, `Il aurait ajouté`, `Además,`) or on the verb itself (a
   * dropped subject). Italian has none: it reports the future in the past in
   * that tense (`Il sindacato avrebbe chiesto`). `hedgedBy`: a hedge counts only with such a word after it (Portuguese and Dutch: `reported-moods.ts`).
   */
  reportedMood?: { forms?: ReadonlySet<string>; endings?: RegExp; except?: RegExp; sharedWithNouns?: RegExp; besideSubject?: ReadonlySet<string>; hedges?: ReadonlySet<string>; hedgedBy?: RegExp; openers?: ReadonlySet<string> };
  /** Common nouns of a company, ministry or agency (`empresa`, `Ministerium`) that, after a definite article, stand for the one named before (`body-antecedents.ts`). */
  genericBodies?: RegExp;
  /** True for a language putting the verb second (German, Dutch): "Volgens Van Dijk is de brug veilig", the source's clause with no comma after it. */
  verbSecond?: boolean;
}

/** News agencies a speaker talks to, named between the verb and the speaker (`a déclaré à l'AFP`, `disse à Lusa Ana Sousa`). */
export const NEWS_AGENCIES = words(`afp ap reuters dpa efe lusa ansa agi anp belga apa ats sda ap-dow kyodo xinhua`);

/** The cues of each language whose quotations are read, by ISO 639-1 code. */
export const QUOTE_CUES: Readonly<Record<string, QuoteCues>> = Object.freeze({ fr: FRENCH, de: GERMAN, es: SPANISH, it: ITALIAN, pt: PORTUGUESE, nl: DUTCH });
