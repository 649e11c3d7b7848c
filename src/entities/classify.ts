/**
 * Types a run of name words that the gazetteer does not know: leading titles
 * are cut off first ("Fire Chief Rowan Tesh" → title "Fire Chief", name
 * "Rowan Tesh"), then the first rule that applies decides:
 *
 * 0. ends in an event word ("Rose Parade") or a day's or a week's
 *    ("Remembrance Day"), or holds an event word before "of" or "de"
 *    ("Tournament of Roses", "International Covenant of Civil and Political
 *    Rights"), or opens on an event word the article writes in lower case
 *    ("Tsunami Aid"), or is an acronym made plural ("NGOs") or, alone, a
 *    common noun's ("TV", "DNA": `COMMON_ACRONYMS`) or a title's ("CEO"), or
 *    is acronyms after a count ("8:10 PM ET"), or is a
 *    region's or a faith's adjective before a common noun ("a Central Asian
 *    nation") → no entity; opens on a ship prefix ("INS
 *    Mysore", "HMS Cornwall"), follows a vessel noun ("the yacht Sword of
 *    Orion", "German maxi Morning Glory") or a vessel's part and "of" ("the
 *    deck of Sword of Orion") or holds "Ship" ("Indian Naval Ship
 *    Tabar"), is set off after one ("its ferry, the Tamsin Gale") or is
 *    what runs aground, sinks or (after "the") docks, ending in no body's
 *    word ("the Harbour Board sailed") → vessel; a work's noun before it or heading its appositive
 *    ("the film Local Hero", "the sequel 'Catching Fire'", "Scrubs, the
 *    NBC sitcom") → work, a periodical's ("the daily Kommersant") →
 *    organisation (`nameCue`); else ends in a partisan word or holds only
 *    those and chambers ("a Long Island Republican", "the Republican House
 *    majority") → no entity; opens on a product's brand ("Internet
 *    Explorer", "MacBook Pro", "Toyota Camry"; a long one misspelt by one
 *    letter: "BlackBery Curve") → product;
 * 1. ends in an organisation word ("… Agency") or a periodical's ("…
 *    Weekly"), an emergency service's pair ("… Fire and Rescue") or a
 *    team's nickname ("Indianapolis Colts", "the Colts"; not after a given
 *    name: "Tony Ducks"), ends in "Line" with no "the" before it or a
 *    vessel noun after it ("Brisk Isles Line said", "the Brisk Isles Line
 *    ferry", not "the Piccadilly Line"), starts with one ("Air Comet"), holds a head before
 *    "of" or "for" ("University of", "… Church of Christ", "Center for …"),
 *    or holds an acronym ("TRT World") → organisation;
 * 2. ends in a place word ("… River"), starts with one ("River Velmar") or
 *    a compass word ("South Kordofan"),
 *    holds one before a particle ("Grand Hotel du Cap"), ends in a place's
 *    word that is a surname too where the words around put it somewhere
 *    ("crews from Ashby Ford": `placedByWordsAround`), opens on a town's unit
 *    or a building before one ("City of Palmer", "Hall of Fame"),
 *    follows "the village of" / "residents of", or is a shouted dateline → place,
 *    unless a title and a given name open it and no place word but a surname ends it ("Air Commodore Jane Hall", not "Prince Edward Island") or
 *    a given name and a surname that is a place word make it ("Christopher Hill");
 * 3. had a title, or its first word is a known given name → person (a
 *    given name alone only after rule 4 leaves it, and one that also names
 *    a city, "Austin", only where the article shows a person:
 *    `showsAPersonNamed`, else the city; one that also names an award,
 *    "Oscar", or is an everyday word, "Hope", is left to rule 5; such a
 *    word before a word the article writes in lower case opens no name,
 *    "Penny stocks", unless a speech verb or a person's verb, an age, a kin
 *    noun or a possessive shows a person: `showsAPersonAround`);
 * 4. follows "in", "near" or "nearby" (three words: `namesAPlaceAfterIn`; not a common noun before a number: "in Game 2", "in Week 11"), or, holding no given name, comes before a
 *    comma and a known place ("Concord, N.H.", "Lugano, Switzerland") → place;
 * 5. two or more name words → person, unless a word is a model or flight
 *    code ("Airbus A330") or the last is "Flight", or the last is a title
 *    ("Surgeon General", "Fire Marshal", "Heavyweight Champion": a role), or
 *    the article shows it is no one's ("Doctor Who", "Time Lord":
 *    `notAPersonsName`); one word → unknown
 *    (resolved later against the article's other names).
 */
import type { SegmentedArticle } from '../article.js';
import { lookUpName } from './gazetteer.js';
import { GIVEN_NAMES_OF_CITIES, GIVEN_NAMES_THAT_ARE_WORDS, isGivenName, namesAfterGivenNames } from './given-names.js';
import { COMPANY_TITLES, ROMAN_NUMERALS, abbreviatesAThing, isAcronymName, namesAKind } from './acronyms.js';
import { namesAVessel } from './vessels.js';
import { AWARD_NAMES, CHAMBERS, COMPANY_LAST_WORDS, EVENT_WORDS, GENERATIONAL_SUFFIXES, HONOURS_AFTER_NAMES, KIN_NOUNS, ORGANISATION_OPENERS, ORGANISATION_WORDS, PERIODICAL_NOUNS, PLACE_CONTEXT, PLACE_WORDS, PARTISAN_WORDS, PRODUCT_OPENERS, SPEECH_VERBS, SURNAMES_THAT_END_PLACES, TEAM_NICKNAMES, VESSEL_NOUNS, endsInServicePair, isTitle, teamNickname } from './lexicon.js';
import { describesANoun, isCompassWord } from './adjectives.js';
import { baseMention, DESCRIBING_SUFFIX } from './mention.js';
import { isPluralAcronym, lowerCaseWords, possessiveLength, tokenText } from './tokens.js';
import { PLACE_PREPOSITIONS } from './surnames.js';
import { editsWithin } from './spellings.js';
import { nameCue } from './works.js';
import { placedByWordsAround } from './place-lists.js';
import { QUESTION_WORDS, notAPersonsName, productNounAfter } from './not-people.js';
import type { NameMention } from './types.js';

const ORGANISATION_HEADS = new Set(['university', 'bank', 'bureau', 'institute', 'ministry', 'department', 'church', 'court', 'council', 'college', 'school', 'hospital', 'office', 'house', 'municipality', 'nation', 'chamber']);

/** A word that heads an organisation's name before "of", in the singular or the plural ("Bank of …", "National Institutes of …"). */
export function isOrganisationHead(norm: string): boolean {
  return ORGANISATION_HEADS.has(norm) || ORGANISATION_HEADS.has(norm.replace(/s$/, ''));
}
/** First words of place names ("River Velmar", "Mount Cook"). */
const PLACE_HEADS = new Set(['river', 'lake', 'point', 'mount', 'mt', 'mt.', 'fort', 'cape', 'gulf', 'bay', 'port', 'isle', 'rue', 'place', 'piazza', 'plaza', 'avenue', 'republic', 'kingdom', 'san', 'santa', 'santo', 'são', 'viña', 'villa', 'punta', 'puerto', 'route', 'highway', 'interstate', 'stade', 'estadio', 'notre-dame']);
/** Place words that are common surnames: after a known given name they end a person's name ("Christopher Hill", "Anthony Lake"). */
const SURNAME_PLACE_WORDS = new Set(['hill', 'hall', 'lake', 'park', 'field']);
/** Units a town's name follows with "of" ("City of Palmer", "Town of Orrick"), and buildings a name follows so ("Hall of Fame", "Palace of Culture"). */
const PLACES_BEFORE_OF = new Set(['city', 'town', 'township', 'borough', 'village', 'county', 'hall', 'palace']);
/** Particles after a place word inside a place's name ("Grand Hotel du Cap", "Bay of Bengal"). */
const PLACE_PARTICLES = new Set(['of', 'du', 'de', 'des', 'del', 'della']);
/** Last words of a day's or a week's name ("Remembrance Day", "Gay Awareness Week"), unless a given name opens it ("Doris Day"). */
const TIME_WORDS = new Set(['day', 'week']);

/** Nouns after a railway's or an underground's line ("a Piccadilly Line train", "the Circle Line station"). */
const TRANSIT_NOUNS: ReadonlySet<string> = new Set(['train', 'trains', 'station', 'stations', 'platform', 'platforms', 'tube', 'carriage', 'carriages', 'service', 'services', 'tunnel', 'extension']);

/** "Brisk Isles Line said", "the Brisk Isles Line ferry": a company's "… Line", with no article before it and no train after it, or a vessel noun after it ("the Piccadilly Line", "a Piccadilly Line train" are railways). */
function namesAShippingLine(article: SegmentedArticle, start: number, end: number): boolean {
  const after = article.tokens[end]?.norm ?? '';
  return VESSEL_NOUNS.has(after) || (!['the', 'a', 'an'].includes(article.tokens[start - 1]?.norm ?? '') && !TRANSIT_NOUNS.has(after));
}

/** Nouns "in" follows to name a company, not a place ("Shares in Kestrel rose"). */
const HOLDINGS_IN: ReadonlySet<string> = new Set(['shares', 'stake', 'stakes', 'investment', 'investments', 'investors']);

/** "Martin Hale, 58, of Penrith": "of" after an age set off by commas is where the person lives. */
function ofAfterAge(article: SegmentedArticle, start: number): boolean {
  const norm = (index: number): string => article.tokens[index]?.norm ?? '';
  return start >= 4 && norm(start - 1) === 'of' && norm(start - 2) === ',' && /^\d{1,3}$/.test(norm(start - 3)) && norm(start - 4) === ',';
}

/** Buildings and stops a place is named after: "the hospital at Fenwick Cross", "the depot at Kell Point" (not "aimed at Tomas Keldren"). */
const AT_PLACE_NOUNS: ReadonlySet<string> = new Set(['hospital', 'station', 'school', 'depot', 'site', 'stop', 'stops', 'terminal', 'camp', 'warehouse', 'factory', 'plant', 'market', 'shelter', 'harbour', 'harbor']);
export function classifyName(article: SegmentedArticle, start: number, end: number, sentence: number, possessive: boolean): NameMention | undefined {
  // "in Rome of Abdullah Ocalan": what a known name leaves after it may open on "of" or "&", which no name does.
  if (end - start >= 2 && (tokenText(article, start) === 'of' || tokenText(article, start) === '&')) return classifyName(article, start + 1, end, sentence, possessive);
  // "Jonathan Abara KC": an honour after two name words or more is left off the name.
  if (end - start >= 3 && HONOURS_AFTER_NAMES.has(tokenText(article, end - 1))) return classifyName(article, start, end - 1, sentence, possessive);
  const several = end - start >= 2;
  // "Communist Party-led": a describing suffix is no part of a longer name's last word ("State-run" alone stays a word of its own).
  const norms = article.tokens.slice(start, end).map((token) => (several ? token.norm.replace(DESCRIBING_SUFFIX, '') : token.norm).replace(/['’]s?$/, ''));
  const last = norms[norms.length - 1];
  const named = ROMAN_NUMERALS.test(tokenText(article, end - 1)) ? norms[norms.length - 2] : last;
  if (several && abbreviatesAThing(article, start) && norms.every((_norm, index) => /^\p{Lu}{2,}$/u.test(tokenText(article, start + index)))) return undefined;
  if (!several && (isPluralAcronym(tokenText(article, start)) || namesAKind(article, start))) return undefined;
  if (!several && COMPANY_TITLES.has(tokenText(article, start).replace(/['’]s?$/, ''))) return typed(baseMention(article, start, end, sentence, possessive), 'organisation');
  if ((several && (EVENT_WORDS.has(named) || opensCommonEvent(article, norms) || (TIME_WORDS.has(named) && !isGivenName(norms[0])) || norms.some((norm, index) => EVENT_WORDS.has(norm) && (norms[index + 1] === 'of' || norms[index + 1] === 'de')))) || describesANoun(article, start, end)) return undefined;
  if (namesAVessel(article, start, end, norms)) return cued(baseMention(article, start, end, sentence, possessive), 'vessel');
  const cue = nameCue(article, start, end, sentence);
  if (cue) return cued(baseMention(article, start, end, sentence, possessive), cue === 'work' || cue === 'product' ? cue : 'organisation');
  if (isPartisan(norms)) return undefined;
  if (several && opensProductName(norms[0]) && !ORGANISATION_WORDS.has(last)) return typed(baseMention(article, start, end, sentence, possessive), 'product');
  if (several && last === 'line' && namesAShippingLine(article, start, end)) return cued(baseMention(article, start, end, sentence, possessive), 'organisation');
  const titleEnd = titleSplit(norms);
  if (titleEnd > 0 && titlesAPerson(article, start + titleEnd, end, norms.slice(titleEnd), sentence)) return titled(article, start, titleEnd, end, sentence, possessive);
  if ((several && (ORGANISATION_WORDS.has(last) || COMPANY_LAST_WORDS.has(last) || PERIODICAL_NOUNS.has(last) || endsInServicePair(norms) || (ORGANISATION_OPENERS.has(norms[0]) && titleEnd === 0))) || (teamNickname(norms) !== undefined && !isGivenName(norms[0]) && (several || article.tokens[start - 1]?.norm === 'the')) || norms.some((norm, index) => (isOrganisationHead(norm) || ORGANISATION_WORDS.has(norm)) && (norms[index + 1] === 'of' || norms[index + 1] === 'for')) || isAcronymName(article, start, end, sentence) || joinedByAmpersand(norms.slice(titleEnd))) {
    return typed(baseMention(article, start, end, sentence, possessive), 'organisation');
  }
  const titledPerson = (titleEnd > 0 && titleEnd < norms.length && isGivenName(norms[titleEnd]) && (!PLACE_WORDS.has(last) || SURNAME_PLACE_WORDS.has(last))) || (norms.length === 2 && isGivenName(norms[0]) && SURNAME_PLACE_WORDS.has(last));
  const placeBeforeParticle = norms.some((norm, index) => (index > 0 ? PLACE_WORDS.has(norm) : PLACES_BEFORE_OF.has(norm)) && PLACE_PARTICLES.has(norms[index + 1] ?? ''));
  const placedSurname = several && titleEnd === 0 && SURNAMES_THAT_END_PLACES.has(last) && !isGivenName(norms[0]) && placedByWordsAround(article, start, end);
  if (!titledPerson && ((several && (PLACE_WORDS.has(last) || placedSurname || ((PLACE_HEADS.has(norms[0]) || isCompassWord(article, start)) && titleEnd === 0) || placeBeforeParticle)) || followsPlaceContext(article, start))) {
    return typed(baseMention(article, start, end, sentence, possessive), 'place');
  }
  if (titleEnd === norms.length) {
    const role = baseMention(article, start, end, sentence, possessive);
    return typed(role, 'role');
  }
  if (titleEnd > 0) return titled(article, start, titleEnd, end, sentence, possessive);
  const mention = baseMention(article, start + titleEnd, end, sentence, possessive);
  const lone = end - start === 1;
  const everydayWords = GIVEN_NAMES_THAT_ARE_WORDS.has(norms[0]) && end - start === 2 && lowerCaseWords(article).has(norms[1]) && !possessive && !showsAPersonAround(article, start, end);
  if (everydayWords) return typed(mention, 'unknown');
  const before = article.tokens[start - 1]?.norm;
  if (!lone && isGivenName(norms[0])) {
    if (possessiveLength(tokenText(article, start)) === 0) return typed(mention, 'person');
    return typed(mention, before === 'on' || PLACE_PREPOSITIONS.has(before ?? '') ? 'place' : 'unknown');
  }
  const atAPlace = before === 'at' && AT_PLACE_NOUNS.has(article.tokens[start - 2]?.norm ?? '') && end - start <= 3;
  const placePreposition = (before === 'in' && !HOLDINGS_IN.has(article.tokens[start - 2]?.norm ?? '')) || before === 'near' || before === 'nearby' || before === 'across' || before === 'throughout';
  // "in Austin", "from Wayne, Neb.,": a given name alone is tested for a place first.
  if ((placePreposition && (end - start <= 2 || namesAPlaceAfterIn(article, start, end)) && !possessive && !numbersACommonNoun(article, start, end)) || (atAPlace && !possessive) || (end - start <= 3 && (lone || !norms.some(isGivenName)) && locatedBy(article, end)) || (end - start <= 2 && !possessive && ofAfterAge(article, start))) return typed(mention, 'place');
  // "the Russell 2000 index": a given name alone after "the" is no one's. One that is also an award's or a word is a person's only with a possessive or a sign of a person around it ("It was Bill's decision", "her father, Bill,", "Grace said"); a city's ("Storms hit Austin") only where the article shows a person (`showsAPersonNamed`).
  const personsSign = possessive || showsAPersonAround(article, start, end);
  if (lone && isGivenName(norms[0]) && before !== 'the' && !GIVEN_NAMES_OF_CITIES.has(norms[0]) && (personsSign || !(AWARD_NAMES.has(norms[0]) || GIVEN_NAMES_THAT_ARE_WORDS.has(norms[0])))) return typed(mention, 'person');
  if (lone && GIVEN_NAMES_OF_CITIES.has(norms[0]) && !possessive && !showsAPersonNamed(article, start)) return typed(mention, 'place');
  if (end - start >= 2 && endsInTitle(norms)) return typed(baseMention(article, start, end, sentence, possessive), 'role');
  if (end - start === 1 && !possessive && productNounAfter(article, end)) return cued(mention, 'product');
  if (end - start < 2 || namesAThing(norms)) return typed(mention, 'unknown');
  const notAPerson = notAPersonsName(article, start, end, sentence, norms);
  // A body or a thing shown by the words around one mention ("ran the Red Lion in …") is that in every mention.
  return notAPerson === 'work' || notAPerson === 'organisation' || notAPerson === 'product' ? cued(mention, notAPerson) : typed(mention, notAPerson ?? 'person');
}

/**
 * "CPP President Chea Sim", "NYPD Commissioner Raymond Kelly", "Chiefs QB
 * Brady Quinn": whatever comes before a title, an organisation's acronym or
 * name, the name after it (`norms`, `[start, end)`) is a person's when it
 * has two words or more and none of them makes it an organisation or a place,
 * but for a second and last that is a surname too ("sheriff's Deputy Cynthia Hall").
 */
function titlesAPerson(article: SegmentedArticle, start: number, end: number, norms: readonly string[], sentence: number): boolean {
  if (norms.length < 2 || isAcronymName(article, start, end, sentence)) return false;
  const bodyWord = (norm: string, index: number): boolean => !(index === 1 && norms.length === 2 && SURNAME_PLACE_WORDS.has(norm)) && ([norm, norm.replace(/s$/, '')].some((word) => ORGANISATION_WORDS.has(word) || PLACE_WORDS.has(word)) || TEAM_NICKNAMES.has(norm) || isOrganisationHead(norm));
  return !norms.some(bodyWord) && !norms.includes('of');
}

/** A person's name after `titleEnd` title words, the titles kept as its title. */
function titled(article: SegmentedArticle, start: number, titleEnd: number, end: number, sentence: number, possessive: boolean): NameMention {
  const mention = baseMention(article, start + titleEnd, end, sentence, possessive);
  mention.title = { start: article.tokens[start].start, end: article.tokens[start + titleEnd - 1].end };
  return typed(mention, 'person');
}

/** Title words that end people's names too ("Peter King", "John Major", "Hun Sen", "Maurice Bishop") or places' ("Notre Dame", "Qwest Field"). */
const NAME_LIKE_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'lord', 'lady', 'dame', 'sen', 'sen.', 'imam', 'sultan', 'emir', 'sheikh', 'major', 'bishop', 'pope', 'chancellor', 'constable', 'field', 'pastor', 'judge', 'miss', 'sir']);
/** Title words that name a portfolio, not a person ("Health Minister"): at the end of a name they end an organisation's ("Community Health"). */
const PORTFOLIOS = new Set(['foreign', 'interior', 'defense', 'defence', 'finance', 'health', 'justice', 'agriculture', 'economy', 'education', 'labour', 'labor', 'trade', 'state', 'home']);

/** A contest's titles: they end a role's name ("Heavyweight Champion") but, unlike titles, make no person of the name after them ("Super Bowl champion Saints"). */
const CONTEST_TITLES = new Set(['champion', 'champions', 'titleholder', 'titlist']);

/**
 * "a Long Island Republican", "House Republican leaders", "the Republican
 * House majority", "a former Communist": a partisan word last, or only
 * partisan and chamber words, describe people, naming no one; a body's word
 * before the partisan word names a newspaper ("the Press Democrat").
 */
function isPartisan(norms: readonly string[]): boolean {
  const body = norms.some((norm) => ORGANISATION_WORDS.has(norm) && !CHAMBERS.has(norm));
  return !body && (PARTISAN_WORDS.has(norms[norms.length - 1]) || (norms.some((norm) => PARTISAN_WORDS.has(norm)) && norms.every((norm) => PARTISAN_WORDS.has(norm) || CHAMBERS.has(norm))));
}

/** "Tsunami Aid organizations" where the article writes "tsunami" in lower case: an event's word opens a kind of thing, not a name, unless a body's or a place's word ends it ("Tsunami Relief Fund"). */
function opensCommonEvent(article: SegmentedArticle, norms: readonly string[]): boolean {
  const last = norms[norms.length - 1];
  return EVENT_WORDS.has(norms[0]) && lowerCaseWords(article).has(norms[0]) && !ORGANISATION_WORDS.has(last) && !PLACE_WORDS.has(last);
}

/** "Surgeon General", "County Sheriff", "Fire Marshal", "Heavyweight Champion": a role named by its title, nobody's name. */
function endsInTitle(norms: readonly string[]): boolean {
  const last = norms[norms.length - 1];
  return (isTitle(last) || CONTEST_TITLES.has(last)) && !NAME_LIKE_TITLES.has(last) && !PORTFOLIOS.has(last) && !isGivenName(norms[0]);
}

/** "in Game 2", "in Week 11": one word the article writes in lower case too, before a number, numbers a thing, no place ("in Hobart 2 days later" stays). */
function numbersACommonNoun(article: SegmentedArticle, start: number, end: number): boolean {
  return end - start === 1 && /^\d/.test(article.tokens[end]?.norm ?? '') && lowerCaseWords(article).has(article.tokens[start].norm);
}

/** "a clinic in Bayou La Batre": three name words after a lower-case "in", "near" or "nearby", none an initial, name a place. */
function namesAPlaceAfterIn(article: SegmentedArticle, start: number, end: number): boolean {
  if (end - start !== 3 || !/^\p{Ll}/u.test(tokenText(article, start - 1))) return false;
  for (let index = start; index < end; index++) if (tokenText(article, index).endsWith('.')) return false;
  return true;
}

/** ", N.H.," or ", Switzerland." after a name: the region that locates it, set off on both sides (not two capitals: "Sister Carol Keehan, DC,"). */
function locatedBy(article: SegmentedArticle, end: number): boolean {
  if (article.tokens[end]?.norm !== ',') return false;
  for (const length of [1, 2]) {
    const last = article.tokens[end + length];
    if (!last) return false;
    const form = article.text.slice(article.tokens[end + 1].start, last.end);
    const entry = /^\p{Lu}{2}$/u.test(form) ? undefined : lookUpName(form);
    const closed = [',', '.', ';', ')', undefined].includes(article.tokens[end + length + 1]?.norm);
    if (entry?.type === 'place' && !entry.demonym && !entry.capitalOf && closed) return true;
  }
  return false;
}

/**
 * "Austin said", "Austin, 34,", "her son Austin", "Austin Reed … Austin":
 * what shows that the given name alone at `start` is a person's, not the
 * city it also names (`GIVEN_NAMES_OF_CITIES`): the signs of a person around
 * it (`showsAPersonAround`) or the article writing it before a surname
 * somewhere.
 */
function showsAPersonNamed(article: SegmentedArticle, start: number): boolean {
  return showsAPersonAround(article, start, start + 1) || namesAfterGivenNames(article).citiesBeforeSurnames.has(article.tokens[start].norm);
}

/** Verbs besides speech verbs whose subject is a person: "Nick Young scored 20 points", "Grace Park won the title". */
const PERSONS_VERBS: ReadonlySet<string> = new Set(['scored', 'won', 'resigned', 'died', 'married', 'smiled', 'nodded', 'shrugged', 'retired', 'testified', 'pleaded']);

/**
 * "Bill Gates said the gates …", "Mark Young, 34,", "her son Jack White":
 * a speech verb or a person's verb after the name at `[start, end)`, an age
 * set off after it, or a kin noun before it shows a person, whatever the
 * article writes in lower case elsewhere ("the young side").
 */
function showsAPersonAround(article: SegmentedArticle, start: number, end: number): boolean {
  const norm = (index: number): string => article.tokens[index]?.norm ?? '';
  return SPEECH_VERBS.has(norm(end)) || PERSONS_VERBS.has(norm(end)) || agedAt(article, end) || KIN_NOUNS.has(norm(start - 1)) || (norm(start - 1) === ',' && KIN_NOUNS.has(norm(start - 2)));
}

/** ", 34," at `index`: an age set off by commas after a name. */
function agedAt(article: SegmentedArticle, index: number): boolean {
  const { tokens } = article;
  return tokens[index]?.norm === ',' && /^\d{1,3}$/.test(tokens[index + 1]?.norm ?? '') && tokens[index + 2]?.norm === ',';
}

/** "Airbus A330", "Flight AF447", "Airlines Flight": a model or a flight, no one's name. */
function namesAThing(norms: readonly string[]): boolean {
  return norms.some((norm) => /\p{L}/u.test(norm) && /\d/.test(norm)) || norms[norms.length - 1] === 'flight';
}

/** The shortest brand a misspelling is read as ("BlackBery" for "BlackBerry"): shorter ones are too like other words ("Honda", "Hondo"). */
const MIN_MISSPELT_BRAND = 7;

/** A product's brand opens a name with the word `norm`, spelt right or, when long, with one slip ("BlackBery Curve"). */
function opensProductName(norm: string): boolean {
  if (PRODUCT_OPENERS.has(norm)) return true;
  if (norm.length < MIN_MISSPELT_BRAND) return false;
  for (const brand of PRODUCT_OPENERS) if (brand.length >= MIN_MISSPELT_BRAND && editsWithin(norm, brand, 1)) return true;
  return false;
}

function typed(mention: NameMention, type: NameMention['type']): NameMention {
  mention.type = type;
  return mention;
}

function cued(mention: NameMention, type: NameMention['type']): NameMention {
  mention.cued = true;
  return typed(mention, type);
}

/**
 * How many leading words are titles: up to and including the last title word
 * that still leaves a name after it. All words when the run is only a title
 * ("Secretary of State"); 0 when there is none.
 */
export function titleSplit(norms: readonly string[]): number {
  if (norms.every((norm) => isTitle(norm) || norm === 'of')) return norms.length;
  for (let index = norms.length - 2; index >= 0; index--) {
    if (!isTitle(norms[index]) || isTitle(norms[index + 1]) || norms.slice(index + 1).every((norm) => GENERATIONAL_SUFFIXES.has(norm)) || QUESTION_WORDS.has(norms[index + 1])) continue;
    if (norms[index + 1] !== 'of') return index + 1;
    // "Mayor of Pichilemu Roberto Córdova": the title runs through "of" and its place, the name is the last two words; "Director of Operations" is all title.
    return norms.length - (index + 2) >= 3 ? norms.length - 2 : norms.length;
  }
  return 0;
}

/** "Parton & Gribble", "AT&T": names joined by "&" after any title ("Mr & Mrs Reed" is people) are a firm's (or a duo's), never one person's. */
function joinedByAmpersand(norms: readonly string[]): boolean {
  return norms.some((norm, index) => (norm === '&' && index > 0 && index < norms.length - 1) || /^\p{L}+&\p{L}+$/u.test(norm));
}
/** "the village of Orrick", "residents of Brenmouth", or a shouted dateline opening the article ("BRENMOUTH, Eastmarch"). */
function followsPlaceContext(article: SegmentedArticle, start: number): boolean {
  if (start === 0 && article.tokens[1]?.norm === ',' && /^\p{Lu}{3,}$/u.test(tokenText(article, 0))) return true;
  return article.tokens[start - 1]?.norm === 'of' && PLACE_CONTEXT.has(article.tokens[start - 2]?.norm ?? '');
}
