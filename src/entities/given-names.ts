/**
 * Given names, and whether a word is a known one: English names by gender
 * (`FEMALE_NAMES`, `MALE_NAMES`, `EITHER_GENDER_NAMES`; a pronoun's gender
 * is checked against them), names of the six other languages whose names
 * are read (`GIVEN_NAMES`, in `language-names.ts`).
 *
 * Where the lists come from: written for Tidings from general knowledge of
 * the given names common in news in English, German, French, Spanish,
 * Italian, Portuguese and Dutch, no list copied; widened in session 27 with
 * names that are also common words or places ("Robin", "Hope", "Grace",
 * "Jordan", "Georgia", "Austin"), which the rules need to know most, since
 * nothing else tells them from a word or a place (those that are also
 * cities or everyday words are listed again, `GIVEN_NAMES_OF_CITIES`,
 * `GIVEN_NAMES_THAT_ARE_WORDS`, for `classify.ts` to ask for a person's
 * signs before it reads them alone as a person). Left out: names that are
 * titles ("Dean", "Earl", "Major"), modal verbs ("Will"; "May" is read by
 * `names.ts` as a month or a name), names that are mostly surnames in the
 * news ("Lee", "Kim": read family name first) and names that open places'
 * names ("Victoria Park", "Albert Hall", "Rose Hill").
 */
import { wordSet as words } from '../text/words.js';
import { oncePerArticle, type SegmentedArticle } from '../article.js';
import { GIVEN_NAMES } from './language-names.js';
import { NICKNAMES, ORGANISATION_WORDS, PLACE_WORDS } from './lexicon.js';
import { isNameWord, lowerCaseWords, tokenText } from './tokens.js';

/** Short forms of given names that are no given names in the lists: "Will", a modal verb (left out as `MALE_NAMES` leaves it out). */
const SHORT_FORMS_LEFT_OUT: ReadonlySet<string> = new Set(['will']);

/** `names` with the short forms of them the nicknames table gives ("Tom" for Thomas, "Liz" for Elizabeth: `NICKNAMES`), which are given names of the same gender. */
function withShortForms(names: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...names, ...[...NICKNAMES].filter(([short, name]) => names.has(name) && !SHORT_FORMS_LEFT_OUT.has(short)).map(([short]) => short)]);
}

/** Common given names borne by women, and their short forms: a pronoun's gender may be checked against them. */
export const FEMALE_NAMES = withShortForms(words(`
anna ann anne barbara bettie betty bonnie catherine chela christine claire diana elizabeth ellen emily esther
hanna hannah helen hillary ines jane janet jennifer julia karen katrin kathleen laura linda lindsay lisa madeleine
margaret maria marie mary megan mirela monica nancy natalie nita odile patricia rosa robyn ruth sarah sharon sophie
susan tara devika alda azizah anna-lisa ginn calla maren tovah priyanka kerstin alina mae
joanne joan joanna sandra lorraine fiona alison eleanor bridget denise carol caroline judith rosemary priya nadia angela eileen
edith rachel rebecca louise emma charlotte lucy olivia amy chloe jessica kate katherine deborah gillian pauline maureen sheila
brenda wendy tracey michelle nicola nicole samantha stephanie irene doris dorothy joyce marion siobhan aisling ayla
abigail alice amanda amber andrea annie ava beatrice bella beth beverly carla carmen cheryl christina cindy clara
claudia courtney crystal cynthia daisy danielle dawn debra diane donna elaine elena ella ellie erica erin eva evelyn faith
frances gemma georgia gloria grace harriet hazel heather holly hope isabel isabella ivy jacqueline jade jasmine jill josephine
joy judy julie kathryn katie kirsty kristen leah lena lily lorna lucia lydia martha maya melanie melissa mia miriam molly
naomi natasha nina nora norma paige pamela paula peggy penny phoebe polly rita rosie ruby sally sara shannon shirley sofia
sonia stella sue sylvia tamsin tanya teresa theresa tina tracy ursula valerie vanessa vera yvonne zoe
`));

/** Common given names borne by women and men alike: a given name that tells no gender. */
export const EITHER_GENDER_NAMES = withShortForms(words(`dana alex ashley casey charlie drew jess jordan morgan pat quinn riley robin sam sandy`));

/** Common given names borne by men, and their short forms. */
export const MALE_NAMES = withShortForms(words(`
abdullah ahmed ali alexander andrew anthony anselm ariel bill billy bob boris carl carlos chad charles chris christopher
daniel david dmitry donald edwin eric fidel francis george gerard gregg gregory hans henry hun jack jacques james
jan jerry jim john joseph juan larry lennart marc mark martin michael mohammed muhammad nicholas paul peter philip
rex richard robert ronald rowan sergei stephen steven thomas tomas tony vladimir warren william yasser zuhir
jonathan niall ryan kieran owen declan stuart craig hugh gary colin graham simon ian neil kevin keith brian alan barry derek trevor nigel
adrian dominic patrick sean liam connor callum jamie adam luke matthew samuel benjamin harry oliver jacob ethan nathan joshua
edward frank harold raymond roger dennis kenneth gerald howard lawrence leonard malcolm marcus rupert timothy vincent walter wilfred
aaron alistair andy angus arthur austin ben bernard brad bradley brendan brett bruce bryan calvin clive cole conor curtis
damian dan danny darren desmond dylan eddie elliot ernest eugene evan felix fergus fred gabriel gavin geoffrey glen glenn
gordon greg guy harvey hector herbert isaac ivan jake jason jeff jeffrey jeremy jerome jesse joel jon julian justin karl
kyle leo leon lewis lloyd lucas marvin max miles mitchell murray nick noah norman oscar phil ralph ray rhys ricky rob
rodney ross roy russell scott seth shane spencer stanley ted theo toby todd troy victor wayne wesley
`));

/**
 * Given names that are also names of cities the gazetteer leaves out (it
 * would cut "Austin Reed" in two): alone, such a name is a person's only
 * where the article shows one (a title, a speech verb after it, an age, a
 * person of that given name), else the city ("Storms hit Austin", "Austin
 * police said").
 */
export const GIVEN_NAMES_OF_CITIES = words(`austin eugene troy charlotte`);

/**
 * Given names that are everyday words too ("Hope fades", "Faith leaders",
 * "Dawn raids", "Penny stocks"): alone, such a name is a person's only where
 * the article shows one (a title, a speech verb or an age after it, a
 * possessive, a kin noun's appositive, the full name), and before another name word only when the article does not write
 * that word in lower case ("Grace Okafor", not "Penny Stocks fell").
 */
export const GIVEN_NAMES_THAT_ARE_WORDS = words(`
hope faith dawn grace joy amber crystal ruby penny holly ivy daisy hazel heather jade jasmine lily carol sandy
bill mark frank guy ray rob nick miles max sue pat drew jack dick chuck gene hank
`);

/** A known English given name ("Anna", "Rowan", "Dana"). */
export function isGivenName(norm: string): boolean {
  return FEMALE_NAMES.has(norm) || MALE_NAMES.has(norm) || EITHER_GENDER_NAMES.has(norm);
}

/** A known given name in English (`isGivenName`) or in the six other languages (`GIVEN_NAMES`: "Katrin", "Étienne", "Femke"). */
export function isAnyGivenName(norm: string): boolean {
  return isGivenName(norm) || GIVEN_NAMES.has(norm);
}

/** The surnames an article writes after its given names, and its city-named given names written before one (`namesAfterGivenNames`). */
export interface NamesAfterGivenNames {
  /**
   * The name words the article writes right after a given name, lower-cased
   * and without a possessive ("Ariel Sharon", "Mira Scott's" → sharon, scott):
   * the surnames of its people, some of them given names too.
   */
  surnames: ReadonlySet<string>;
  /**
   * The given names that are cities too (`GIVEN_NAMES_OF_CITIES`) the article
   * writes before a surname somewhere ("Austin Reed"): before a name word that
   * is no place or organisation word and that the article never writes in
   * lower case.
   */
  citiesBeforeSurnames: ReadonlySet<string>;
}

/** What an article writes after its given names, read in one pass over its tokens, once per article (`oncePerArticle`). */
export const namesAfterGivenNames: (article: SegmentedArticle) => NamesAfterGivenNames = oncePerArticle((article: SegmentedArticle): NamesAfterGivenNames => {
  const { tokens } = article;
  const surnames = new Set<string>();
  const citiesBeforeSurnames = new Set<string>();
  for (let index = 1; index < tokens.length; index++) {
    const given = tokens[index - 1].norm;
    const city = GIVEN_NAMES_OF_CITIES.has(given);
    const givenName = isGivenName(given);
    if (!(city || givenName) || !isNameWord(tokenText(article, index))) continue;
    if (givenName && isNameWord(tokenText(article, index - 1))) surnames.add(tokens[index].norm.replace(/['’]s?$/, ''));
    const next = tokens[index].norm;
    if (city && !PLACE_WORDS.has(next) && !ORGANISATION_WORDS.has(next) && !lowerCaseWords(article).has(next)) citiesBeforeSurnames.add(given);
  }
  return { surnames, citiesBeforeSurnames };
});

/** The surnames of an article's people (`NamesAfterGivenNames.surnames`). */
export function surnamesAfterGivenNames(article: SegmentedArticle): ReadonlySet<string> {
  return namesAfterGivenNames(article).surnames;
}
