/**
 * The entities of one article, in four passes:
 *
 * 1. mentions: proper names (`findNameMentions`) with their titles and appositives,
 *    one word "of" a name cut into two names where the article names the word
 *    alone ("Manokwari of Papua", "Exxon of Mobil", `twoNamesAtOf`), and an owner's words cut
 *    off a name the article shows to be a machine's ("Navy Sea King", `ownersCutOff`);
 * 2. people: full names grouped when one's words contain the other's ("W. Mark
 *    Felt" / "Mark Felt"), then single words joined to the person they name
 *    ("Keldren" → "Tomas Keldren"; of several, the one named last before);
 * 3. organisations, places, vessels, products and works: grouped by
 *    gazetteer name or written form (a name written once as a vessel's, a
 *    work's or a periodical's, "the yacht Winston Churchill", "the film
 *    Local Hero", "the daily Kommersant", has that type everywhere in the
 *    article); an acronym given in
 *    brackets or after "or" joins its long name; a single word that starts a
 *    longer name joins it ("Eastmarch" → "Eastmarch Regional District"), and
 *    one of a vessel's words names the vessel ("Naiad"), and the last word
 *    of a short work's title the work ("Moon" after "New Moon");
 * 4. titles alone ("the Secretary of State") join the one person they describe.
 */
import { assertSegmented, type SegmentedArticle } from '../article.js';
import { AWARD_NAMES, KIN_NOUNS, ORGANISATION_WORDS, PARTY_MEMBERS, PLACE_WORDS, PLURAL_ROLE_NOUNS, ROLE_NOUNS, SPEECH_VERBS, teamNickname } from './lexicon.js';
import { cuedKey } from './vessels.js';
import { isGivenName } from './given-names.js';
import { findNameMentions } from './names.js';
import { withHeadNouns } from './head-nouns.js';
import { genderOf, withRoles } from './roles.js';
import { NearestMentions } from './nearest.js';
import { surnamesNotPlaces } from './surnames.js';
import { twoNamesAtOf } from './two-names-at-of.js';
import { familySurnames, partnerNamed, titleDisagrees } from './families.js';
import { KeyedSets } from './keyed-sets.js';
import { ownersCutOff } from './owned-names.js';
import { contains, nameWords, namesDiffer, someFormDiffers } from './name-words.js';
import { lowerCaseWords } from './tokens.js';
import type { ArticleEntities, ArticleEntity, EntityType, NameMention } from './types.js';

type Mention = NameMention & { entity?: number };

/** The most words a work's title has that the article may shorten to its last ("New Moon" → "Moon"). */
const MAX_SHORTENED_TITLE = 3;

export function articleEntities(article: SegmentedArticle): ArticleEntities {
  assertSegmented(article, 'articleEntities');
  return entitiesOfMentions(article, withoutAwards(cuedTypesEverywhere(ownersCutOff(article, twoNamesAtOf(article, withHeadNouns(article, surnamesNotPlaces(article, findNameMentions(article)).map((mention) => withRoles(article, mention, article.sentences[mention.sentence].tokenEnd))))))));
}

/**
 * Passes 2 to 4 over an article's name mentions in text order, however they
 * were found (`articleEntities` in English, `otherLanguageEntities` in the
 * languages besides it), each given its entity in a copy.
 * `acronymsOfAnyName`: an acronym right after any name joins it, as in
 * English, where a person's or a place's is mostly a long name read as one
 * ("Mothers Against Drunk Driving (MADD)"); else only an organisation's, as
 * where news writes a person's party or a dateline's agency so ("Jens
 * Hartwig (CDU)", "Hohenfurt (NDA) –").
 */
export function entitiesOfMentions(article: SegmentedArticle, found: readonly NameMention[], acronymsOfAnyName = true): ArticleEntities {
  const mentions: Mention[] = found.map((mention) => ({ ...mention }));
  const entities: ArticleEntity[] = [];
  const add = (mention: Mention, type: EntityType): void => {
    mention.entity = entities.length;
    entities.push({ name: mention.canonical ?? mention.form, type, aliases: [], mentions: [], roles: [] });
  };
  groupPeople(mentions, add);
  groupNamed(article, mentions, add);
  joinSingleWords(article, mentions, entities);
  // Again: a word met before the sentence that made it a person ("Lavrov however said… Lavrov said") joins now.
  joinSingleWords(article, mentions, entities);
  joinAcronyms(article, mentions, entities, acronymsOfAnyName);
  joinTitles(article, mentions, entities);
  return inTextOrder({ article: article.id, entities: finish(article, mentions, entities), mentions });
}

/** Entities numbered by their first mention. */
function inTextOrder(found: ArticleEntities): ArticleEntities {
  const first = found.entities.map((entity) => entity.mentions.reduce((earliest, span) => Math.min(earliest, span.start), Infinity));
  const order = found.entities.map((_, index) => index).sort((a, b) => first[a] - first[b]);
  const renumber = new Map(order.map((old, index) => [old, index]));
  return {
    article: found.article,
    entities: order.map((old) => found.entities[old]),
    mentions: found.mentions.map((mention) => (mention.entity === undefined ? mention : { ...mention, entity: renumber.get(mention.entity)! })),
  };
}

/** Pass 2. */
function groupPeople(mentions: Mention[], add: (mention: Mention, type: EntityType) => void): void {
  const people = mentions.filter((mention) => mention.type === 'person' && nameWords(mention.form).length >= 2);
  const groups: Array<{ words: string[]; members: Mention[]; forms: Set<string> }> = [];
  /** Groups by each word of their name, in the order they started: a member's words are all among its group's, so it is compared only with the groups holding its rarest word. */
  const byWord = new KeyedSets<(typeof groups)[number]>();
  for (const mention of [...people].sort((a, b) => nameWords(b.form).length - nameWords(a.form).length)) {
    const words = nameWords(mention.form);
    const holding = words.map((word) => byWord.get(word)).reduce((rarest, set) => (set.size < rarest.size ? set : rarest));
    const group = [...holding].find((candidate) => candidate.words.at(-1) === words.at(-1) && contains(candidate.words, words) && !someFormDiffers(candidate.forms, mention.form));
    if (group) {
      group.members.push(mention);
      group.forms.add(mention.form);
      continue;
    }
    const started = { words, members: [mention], forms: new Set([mention.form]) };
    groups.push(started);
    for (const word of words) byWord.add(word, started);
  }
  for (const group of groups) {
    add(group.members[0], 'person');
    for (const member of group.members.slice(1)) member.entity = group.members[0].entity;
  }
}

/**
 * Pass 3, first: a name one mention's nouns show to be a vessel's or a
 * work's has that type in every mention ("Winston Churchill sank",
 * "Catching Fire begins shooting"), and one shown to be a periodical's is
 * an organisation wherever it was taken for a person ("according to Vanity
 * Fair"). A name with a title or role words before it stays a person's
 * ("Pinup icon Bettie Page").
 */
function cuedTypesEverywhere(mentions: Mention[]): Mention[] {
  const cuedTypes = new Map<string, Mention['type']>();
  for (const mention of mentions) if (mention.cued && !cuedTypes.has(cuedKey(mention.form))) cuedTypes.set(cuedKey(mention.form), mention.type);
  if (cuedTypes.size === 0) return mentions;
  return mentions.map((mention) => {
    const type = cuedTypes.get(cuedKey(mention.form));
    if (type === undefined || mention.cued || mention.type === type || mention.type === 'role' || mention.title || mention.demonym || mention.government) return mention;
    if (type === 'organisation' && mention.type !== 'person' && mention.type !== 'unknown') return mention;
    return { ...mention, type, title: undefined, role: undefined };
  });
}

/** Pass 3: organisations, places, vessels, products and works grouped by their name; a team by its nickname (`teamKey`). */
function groupNamed(article: SegmentedArticle, mentions: Mention[], add: (mention: Mention, type: EntityType) => void): void {
  const byKey = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.type === 'person' || mention.type === 'role' || mention.type === 'unknown') continue;
    const named = withoutBodySuffix((mention.canonical ?? mention.form).toLowerCase());
    const name = mention.type === 'vessel' || mention.type === 'work' ? cuedKey(mention.form) : mention.type === 'organisation' ? (teamKey(article, named) ?? named) : named;
    const key = `${mention.type}:${name}`;
    const known = byKey.get(key);
    if (known !== undefined) {
      mention.entity = known;
    } else {
      add(mention, mention.type);
      byKey.set(key, mention.entity!);
    }
  }
}

/**
 * "san diego chargers" and "chargers" name one team: a team's name is keyed by its nickname when
 * the words before it are a place's, none a body's word or one the article writes in lower case
 * ("Pacific Coast League Padres", "Colts Beat Chiefs", "Latter-day Saints" keep their own).
 */
function teamKey(article: SegmentedArticle, name: string): string | undefined {
  const words = name.split(/\s+/);
  const nickname = teamNickname(words);
  if (nickname === undefined) return undefined;
  const before = words.slice(0, words.length - nickname.split('-').length);
  return before.some((word) => ORGANISATION_WORDS.has(word) || lowerCaseWords(article).has(word)) ? undefined : nickname;
}

/** A lower-cased name without a company's suffix or a body's "International" ("exxon corp." → "exxon", "oxfam international" → "oxfam"). */
function withoutBodySuffix(name: string): string {
  return name.replace(/\s+(?:corp|inc|co|ltd|plc)\.?$/, '').replace(/\s+international$/, '');
}

/** Pass 2 and 3 for single words: "Keldren", "Brenmouth", "Eastmarch". */
function joinSingleWords(article: SegmentedArticle, mentions: Mention[], entities: ArticleEntity[]): void {
  const wordsOf = new Map<number, string[]>();
  const words = (entity: number): string[] => {
    if (!wordsOf.has(entity)) wordsOf.set(entity, nameWords(entities[entity].name));
    return wordsOf.get(entity)!;
  };
  /** Entities by each of their name's words: every test below asks for a name holding the mention's word. */
  const byWord = new Map<string, number[]>();
  const index = (entity: number): void => {
    for (const word of new Set(words(entity))) {
      const named = byWord.get(word);
      if (named) named.push(entity);
      else byWord.set(word, [entity]);
    }
  };
  entities.forEach((_, entity) => index(entity));
  const near = new NearestMentions(mentions.map((mention) => mention.entity));
  const families = familySurnames(entities.flatMap((entity, index) => (entity.type === 'person' ? [words(index)] : [])));
  const forms = new Set(mentions.map((mention) => mention.form.toLowerCase()));
  mentions.forEach((mention, at) => {
    joinSingleWord(article, mention, at, { mentions, entities, words, named: byWord, near, index, families, forms });
    near.passed(at, mention.entity);
  });
}

interface SingleWordContext {
  mentions: readonly Mention[];
  entities: ArticleEntity[];
  words: (entity: number) => string[];
  named: ReadonlyMap<string, readonly number[]>;
  near: NearestMentions;
  index: (entity: number) => void;
  /** Surnames two people of the article or more bear (`familySurnames`). */
  families: ReadonlySet<string>;
  /** Every mention's form in lower case. */
  forms: ReadonlySet<string>;
}

/**
 * "the Oscars", "an Oscar nominee": a word the text also writes in the
 * plural as a name names a thing (an award, a prize), which joins a person
 * by their surname only, never by a given name ("Oscar Maximillian").
 */
export function namesAThingInThePlural(word: string, forms: ReadonlySet<string>): boolean {
  return forms.has(`${word}s`);
}

/**
 * "the Oscars" and "Oscar host", "the Tonys" and "won a Tony": an award named
 * like a person (`AWARD_NAMES`) names the award, no one, when alone with no
 * title in an article that writes it in the plural ("her son Oscar" is a
 * person, and so is "Tony" where no Tonys are given).
 */
function withoutAwards(mentions: Mention[]): Mention[] {
  const forms = new Set(mentions.map((mention) => mention.form.toLowerCase()));
  return mentions.filter((mention) => {
    const word = mention.form.toLowerCase();
    return !AWARD_NAMES.has(word) || mention.title !== undefined || !forms.has(`${word}s`);
  });
}

/**
 * "his oldest brother Paul": a given name after a kin noun written in lower
 * case names a relative, the same person as a full name of the article only
 * when that name's surname is a family's the article names (`familySurnames`);
 * the Rev. Paul Schenck is no one's brother Paul. A capitalized one is a
 * title ("Father Weslin", "Sister Carol").
 */
function namesKin(article: SegmentedArticle, mention: Mention): boolean {
  const noun = mention.title && article.text.slice(mention.title.start, mention.title.end).split(/\s+/).at(-1);
  return noun !== undefined && KIN_NOUNS.has(noun);
}

function joinSingleWord(article: SegmentedArticle, mention: Mention, at: number, { mentions, entities, words, named, near, index, families, forms }: SingleWordContext): void {
  if (mention.entity !== undefined || nameWords(mention.form).length !== 1 || (mention.type !== 'person' && mention.type !== 'unknown')) return;
  const word = nameWords(mention.form)[0];
  const candidates = named.get(word) ?? [];
  const nearest = (test: (entity: number) => boolean): number | undefined => near.nearest(at, candidates.filter(test));
  const thing = mention.type === 'unknown' && namesAThingInThePlural(word, forms);
  const bearer = (entity: number): boolean => entities[entity].type === 'person' && words(entity).includes(word) && !namesDiffer(entities[entity].name, mention.form) && (!thing || words(entity).at(-1) === word);
  const person = nearest((entity) => bearer(entity) && !titleDisagrees(article, mention, entities[entity].name));
  const relative = person !== undefined && namesKin(article, mention) && !families.has(words(mentions[person].entity!).at(-1)!);
  // "Michael and Joanne Smith", then "Mr Smith": Michael Smith, whose given name agrees with the title.
  const partner = nearest(bearer) !== undefined ? partnerNamed(article, mention, mentions) : undefined;
  if (partner !== undefined) mention.canonical = `${mentions[partner].form} ${mention.form}`;
  const other =
    partner ??
    (relative ? undefined : person) ??
    nearest((entity) => entities[entity].type !== 'person' && withoutBodySuffix(words(entity).join(' ')) === word) ??
    nearest((entity) => entities[entity].type === 'vessel' && words(entity).includes(word)) ??
    nearest((entity) => entities[entity].type === 'work' && words(entity).length <= MAX_SHORTENED_TITLE && words(entity).at(-1) === word) ??
    nearest((entity) => entities[entity].type === 'place' && words(entity)[0] === word) ??
    nearest((entity) => entities[entity].type === 'place' && words(entity).filter((other) => !PLACE_WORDS.has(other)).join(' ') === word);
  if (other !== undefined) {
    mention.entity = mentions[other].entity!;
    mention.type = entities[mention.entity].type;
  } else if (mention.type === 'person' || (SPEECH_VERBS.has(article.tokens[mention.tokenEnd]?.norm ?? '') && !isCommonNoun(word))) {
    // "Republicans said", "the Communists": a body's word or its members speak for the body.
    const type = ORGANISATION_WORDS.has(word) || PARTY_MEMBERS.has(word) ? 'organisation' : 'person';
    mention.type = type;
    mention.entity = entities.length;
    entities.push({ name: mention.form, type, aliases: [], mentions: [], roles: [] });
    index(mention.entity);
  }
}

function isCommonNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || PLURAL_ROLE_NOUNS.has(word) || ROLE_NOUNS.has(word.replace(/s$/, ''));
}


/** "Kurdistan Workers Party, or PKK", "Internationally Recognised Transit Corridor (IRTC)"; only an organisation's name unless `anyName`. */
function joinAcronyms(article: SegmentedArticle, mentions: Mention[], entities: ArticleEntity[], anyName: boolean): void {
  mentions.forEach((mention, index) => {
    const previous = mentions[index - 1];
    if (!previous || previous.entity === undefined || (!anyName && entities[previous.entity].type !== 'organisation') || !/^\p{Lu}{2,6}$/u.test(mention.form)) return;
    const between = article.text.slice(previous.span.end, mention.span.start);
    const initials = nameWords(entities[previous.entity].name).map((word) => word[0]).join('');
    if (/^\s*(?:,\s*or\s*|\(\s*)$/.test(between) || initials === mention.form.toLowerCase()) {
      if (mention.entity !== undefined && mention.entity !== previous.entity) mentions.forEach((other) => { if (other.entity === mention.entity) other.entity = previous.entity; });
      mention.entity = previous.entity;
      mention.type = entities[previous.entity].type;
    }
  });
}

/** Pass 4: a title with no name joins the one person whose titles hold its words. */
function joinTitles(article: SegmentedArticle, mentions: Mention[], entities: ArticleEntity[]): void {
  const titles = new Map<string, Set<number>>();
  for (const other of mentions) {
    if (other.entity === undefined || entities[other.entity].type !== 'person' || !other.title) continue;
    const title = article.text.slice(other.title.start, other.title.end).toLowerCase();
    const holders = titles.get(title) ?? new Set<number>();
    holders.add(other.entity);
    titles.set(title, holders);
  }
  const holderOf = new Map<string, number | undefined>();
  const ownTitles = mentions.flatMap((other) => (other.title ? [other.title] : []));
  for (const mention of mentions) {
    // "Chief inspector Halvard Dunmore": a title word the name's own title holds is no mention of its own.
    if (mention.type !== 'role' || ownTitles.some((title) => title.start <= mention.span.start && mention.span.end <= title.end)) continue;
    if (!holderOf.has(mention.form)) holderOf.set(mention.form, onlyHolder(mention.form, titles));
    const holder = holderOf.get(mention.form);
    if (holder !== undefined) mention.entity = holder;
  }
}

/** The one person holding every word of a title written alone, among each distinct title and its holders. */
function onlyHolder(form: string, titles: ReadonlyMap<string, ReadonlySet<number>>): number | undefined {
  const words = form.toLowerCase().split(/\s+/).filter((word) => word !== 'of');
  const holders = new Set<number>();
  for (const [title, people] of titles) if (words.every((word) => title.includes(word))) for (const person of people) holders.add(person);
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** Fills names (fullest form), aliases, mention spans, roles and gender. */
function finish(article: SegmentedArticle, mentions: Mention[], entities: ArticleEntity[]): ArticleEntity[] {
  const finished = entities.map((entity) => ({ ...entity, aliases: [] as string[], mentions: [] as ArticleEntity['mentions'], roles: [] as string[] }));
  const votes = entities.map(() => ({ female: 0, male: 0 }));
  const written = entities.map(() => [] as string[]);
  for (const mention of mentions) {
    if (mention.entity === undefined) continue;
    const entity = finished[mention.entity];
    entity.mentions.push(mention.span);
    written[mention.entity].push(mention.form);
    if (!entity.aliases.includes(mention.form)) entity.aliases.push(mention.form);
    if (mention.type !== 'role' && !mention.demonym && !mention.government && isFuller(mention.canonical ?? mention.form, entity.name)) entity.name = mention.canonical ?? mention.form;
  }
  for (const entity of finished) {
    const shorter = entity.aliases.find((alias) => entity.name.endsWith(` ${alias}`) && alias.includes(' ') && entity.type === 'person');
    const extra = shorter ? entity.name.slice(0, entity.name.length - shorter.length - 1) : '';
    if (shorter && /^\p{Lu}\p{Ll}{3,}$/u.test(extra) && !isGivenName(extra.toLowerCase())) entity.name = shorter;
  }
  finished.forEach((entity, index) => {
    if (entity.type === 'person') entity.name = withoutStrayMiddle(entity.name, written[index]);
  });
  for (const mention of mentions) {
    if (mention.entity === undefined) continue;
    const entity = finished[mention.entity];
    for (const span of [mention.title, mention.role]) {
      const role = span && article.text.slice(span.start, span.end).toLowerCase();
      if (role && !entity.roles.includes(role)) entity.roles.push(role);
    }
    const gender = entity.type === 'person' ? genderOf(article, mention) : undefined;
    if (gender) votes[mention.entity][gender]++;
    if (entity.type === 'person' && !entity.name.includes(' ') && namesKin(article, mention)) entity.relative = true;
  }
  finished.forEach((entity, index) => {
    const { female, male } = votes[index];
    if (female !== male) entity.gender = female > male ? 'female' : 'male';
  });
  return finished;
}

/**
 * "Sam Ram Rainsy" once, "Sam Rainsy" twice: a person's fullest name that
 * the article writes once gives way to the same name without one middle
 * word when the article writes that more often, a slip of the source or
 * two names run together; a middle initial or a known given name stays
 * ("George W. Bush", "John Paul Stevens").
 */
function withoutStrayMiddle(name: string, forms: readonly string[]): string {
  const times = new Map<string, number>();
  for (const form of forms) times.set(form, (times.get(form) ?? 0) + 1);
  const words = name.split(' ');
  if (words.length < 3 || times.get(name) !== 1) return name;
  let first = words.length;
  for (const [shorter, count] of times) {
    const middle = count >= 2 ? droppedWord(words, shorter.split(' ')) : undefined;
    if (middle !== undefined && middle > 0 && middle < Math.min(first, words.length - 1) && !/\.$/.test(words[middle]) && !isGivenName(words[middle].toLowerCase())) first = middle;
  }
  return first < words.length ? [...words.slice(0, first), ...words.slice(first + 1)].join(' ') : name;
}

/** The first index of `words` whose removal leaves `shorter`, in time linear in the words (names of thousands of words run together stay cheap). */
function droppedWord(words: readonly string[], shorter: readonly string[]): number | undefined {
  if (shorter.length !== words.length - 1) return undefined;
  let same = 0;
  while (same < shorter.length && shorter[same] === words[same]) same++;
  for (let index = same; index < shorter.length; index++) if (shorter[index] !== words[index + 1]) return undefined;
  return same;
}

function isFuller(candidate: string, current: string): boolean {
  const [a, b] = [candidate.split(/\s+/).length, current.split(/\s+/).length];
  return a > b || (a === b && candidate.length > current.length);
}
