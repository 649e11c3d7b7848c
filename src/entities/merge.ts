/**
 * Entities across the articles of a story, in three passes:
 *
 * 1. places, organisations, vessels and works: one entity per name (a name
 *    one article shows to be a vessel's or a work's is one in all; gazetteer names are
 *    already canonical: "U.S.", "US", "United States" are one), a place
 *    named by a short form another uses as its alias is that place
 *    ("Atlantic", "Atlantic Ocean"),
 *    organisations sharing an alias ("UN") are one, and an acronym alone
 *    ("CPP") joins the organisation it abbreviates;
 * 2. people with a full name: grouped when one name's words contain the
 *    other's and the surnames agree ("Bashar al-Assad" / "Bashar Assad");
 * 3. single words ("Tillerson" in an article that never gives his first
 *    name): joined to the one person, place or organisation named so elsewhere.
 */
import type { SegmentedArticle, Span } from '../article.js';
import { expected } from '../errors.js';
import { withDefaults } from '../options.js';
import { articleEntities, namesAThingInThePlural } from './article.js';
import { namesDiffer, nameWords } from './name-words.js';
import { cuedKey } from './vessels.js';
import { familySurnames } from './families.js';
import { GroupFinder, type FoundGroup } from './group-finder.js';
import { KeyedSets } from './keyed-sets.js';
import { KIN_NOUNS } from './lexicon.js';
import { isGivenName } from './given-names.js';
import type { ArticleEntities, Entity, EntityType } from './types.js';

export interface EntityOptions {
  /** Count "Russian", "Syrians" as mentions of the country. */
  demonyms: boolean;
  /** Leave out entities with fewer mentions than this over all articles. */
  minMentions: number;
}

export const defaultEntityOptions: Readonly<EntityOptions> = Object.freeze({ demonyms: true, minMentions: 1 });

/** People, organisations, places, vessels, products and works of a story, most mentioned first. */
export function findEntities(articles: readonly SegmentedArticle[], options?: Partial<EntityOptions>): Entity[] {
  if (!Array.isArray(articles)) expected('an array of segmented articles', articles);
  return mergeEntities(articles.map((article) => articleEntities(article)), options);
}

/** A one-word name left for pass 3: an unexplained word, or a person's name given alone (`relative` after a kin noun). */
interface Single {
  article: string;
  form: string;
  span: Span;
  type: EntityType | 'unknown';
  relative?: boolean;
}

interface Group extends FoundGroup {
  roles: string[];
  mentions: Array<{ article: string; span: Span }>;
}

export function mergeEntities(perArticle: readonly ArticleEntities[], options?: Partial<EntityOptions>): Entity[] {
  const settings = withDefaults('findEntities', defaultEntityOptions, options);
  const groups: Group[] = [];
  const finder = new GroupFinder<Group>();
  const singles: Single[] = [];
  /** How often each capital's name stands for its government. */
  const governmentForms = new Map<string, number>();
  const cuedTypes = new Map(perArticle.flatMap(({ entities }) => entities.filter((entity) => entity.type === 'vessel' || entity.type === 'work').map((entity) => [cuedKey(entity.name), entity.type] as const)));
  for (const { article, entities, mentions } of perArticle) {
    const local = entities.map((entity) => ({ ...entity, type: cuedTypes.get(cuedKey(entity.name)) ?? entity.type, mentions: [] as Span[] }));
    for (const mention of mentions) {
      if (mention.government) governmentForms.set(mention.form, (governmentForms.get(mention.form) ?? 0) + 1);
      if (mention.demonym && !settings.demonyms) continue;
      if (mention.entity !== undefined) local[mention.entity].mentions.push(mention.span);
      else if (mention.type === 'unknown') singles.push({ article, form: mention.form, span: mention.span, type: 'unknown' });
    }
    for (const entity of local) {
      if (entity.mentions.length === 0) continue;
      const words = nameWords(entity.name);
      if (entity.type === 'person' && words.length === 1) {
        for (const span of entity.mentions) singles.push({ article, form: entity.name, span, type: 'person', relative: entity.relative });
        continue;
      }
      const group = finder.find(entity.type, entity.name, entity.aliases, words, namesDiffer);
      const mentionsHere = entity.mentions.map((span) => ({ article, span }));
      if (group) {
        for (const mention of mentionsHere) group.mentions.push(mention);
        const newAliases = entity.aliases.filter((alias, at) => !group.aliases.includes(alias) && entity.aliases.indexOf(alias) === at);
        for (const alias of newAliases) group.aliases.push(alias);
        finder.aliased(group, newAliases);
        for (const role of entity.roles) if (!group.roles.includes(role)) group.roles.push(role);
        if (isFuller(entity.name, group.name)) {
          [group.name, group.words] = [entity.name, words];
          finder.renamed(group);
        }
      } else {
        const made = { type: entity.type, name: entity.name, words, aliases: [...entity.aliases], roles: [...entity.roles], mentions: mentionsHere };
        groups.push(made);
        finder.added(made);
      }
    }
  }
  joinAcronyms(groups);
  joinSameNames(groups);
  joinSingles(groups, singles);
  const order = new Map(perArticle.map((entry, index) => [entry.article, index]));
  return withoutCitiesAsAliases(groups, governmentForms)
    .filter((group) => group.mentions.length >= settings.minMentions)
    .map((group) => toEntity(group, order))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/**
 * End of pass 1: an organisation named only by its acronym in some articles
 * ("CPP") joins the one organisation another article gives that acronym to,
 * or whose words' initials spell it ("Cambodian People's Party").
 */
function joinAcronyms(groups: Group[]): void {
  for (const group of [...groups]) {
    if (group.type !== 'organisation' || !/^\p{Lu}{2,6}$/u.test(group.name)) continue;
    const spelled = group.name.toLowerCase();
    const owners = groups.filter((other) => other !== group && other.type === 'organisation' && (other.aliases.includes(group.name) || other.words.map((word) => word[0]).join('') === spelled));
    if (owners.length !== 1) continue;
    joinInto(groups, owners[0], group);
  }
}

/** Moves `joined`'s mentions, and the aliases and roles `kept` lacks, into `kept`, and takes `joined` out of `groups`. */
function joinInto(groups: Group[], kept: Group, joined: Group): void {
  for (const mention of joined.mentions) kept.mentions.push(mention);
  for (const alias of joined.aliases) if (!kept.aliases.includes(alias)) kept.aliases.push(alias);
  for (const role of joined.roles) if (!kept.roles.includes(role)) kept.roles.push(role);
  groups.splice(groups.indexOf(joined), 1);
}

/**
 * Types one name of several words may be given in different articles, the
 * one kept first: an organisation where one article has it speak or end in
 * a body's word, a place where one shows a place ("the Brisk Isles Line
 * ferry"), a person where nothing tells more, as two unexplained name words
 * are read ("The Orrin Grain Cooperative, which owns the building, said…").
 */
const SAME_NAME_TYPES: readonly EntityType[] = ['organisation', 'place', 'person'];

/**
 * End of pass 1: one name of several words is one entity with one type, the
 * first of `SAME_NAME_TYPES` the articles give it: a place and an organisation
 * of the same name are the organisation, a person and either of them that
 * ("Orrin Grain Cooperative" a person in one article, an organisation in
 * three), unless the name opens on a known given name ("Christopher Hill").
 */
function joinSameNames(groups: Group[]): void {
  const byName = new Map<string, Group>();
  const rank = (group: Group): number => SAME_NAME_TYPES.indexOf(group.type);
  for (const group of [...groups]) {
    if (rank(group) < 0 || group.words.length < 2 || (group.type === 'person' && isGivenName(group.name.split(/\s+/)[0].toLowerCase()))) continue;
    const key = group.name.toLowerCase();
    const other = byName.get(key);
    if (other === undefined) {
      byName.set(key, group);
      continue;
    }
    const [kept, joined] = rank(group) < rank(other) ? [group, other] : [other, group];
    joinInto(groups, kept, joined);
    byName.set(key, kept);
  }
}

/** A person the story describes by a kin noun ("their son, Oscar Maximillian"). */
function isKin(group: Group): boolean {
  return group.roles.some((role) => KIN_NOUNS.has(role.split(' ').at(-1)!));
}

/**
 * Pass 3. A relative ("his brother Paul", `Single.relative`) that would join
 * a full name whose surname is no family's, unless the story describes that
 * name as a relative too, starts a group of its own, which
 * other singles join only when nothing else takes them. A word the story
 * also writes in the plural as a name ("Oscar" and "the Oscars") joins a
 * person by their surname only.
 */
function joinSingles(groups: Group[], singles: readonly Single[]): void {
  const families = familySurnames(groups.flatMap((group) => (group.type === 'person' ? [group.words] : [])));
  /** Groups relatives kept apart started, by their one word. */
  const relatives = new Map<string, Group>();
  const keptApartGroup = (group: Group): boolean => relatives.get(group.words[0]) === group;
  const index = new SingleTargets(groups);
  const forms = new Set([...singles.map((single) => single.form), ...groups.flatMap((group) => group.aliases)].map((form) => form.toLowerCase()));
  for (const single of singles) {
    const word = nameWords(single.form)[0];
    if (!word) continue;
    const thing = single.type === 'unknown' && namesAThingInThePlural(word, forms);
    const bySurname = index.onlyOne(`surname|${word}`, (group) => !keptApartGroup(group));
    const byAnyName = bySurname.count === 1 || thing ? bySurname : index.onlyOne(`word|${word}`, (group) => !keptApartGroup(group));
    const byName = bySurname.count === 1 || byAnyName.count === 1 ? byAnyName : index.onlyOne(`name|${word}`, () => true);
    const found = [bySurname, byAnyName, byName].find((candidates) => candidates.count === 1)?.group;
    const keptApart = single.relative && found?.type === 'person' && found.words.length >= 2 && !families.has(found.words.at(-1)!) && !isKin(found);
    const relative = relatives.get(word);
    const target = keptApart ? relative : (found ?? relative);
    if (target) {
      target.mentions.push({ article: single.article, span: single.span });
      index.aliased(target, single.form);
    } else if (single.type === 'person') {
      const own = keptApart ? undefined : index.first(`surname|${word}`, (group) => group.words.length === 1 && group.words[0] === word);
      const group = own ?? { type: 'person' as const, name: single.form, words: [word], aliases: [single.form], roles: [], mentions: [] };
      group.mentions.push({ article: single.article, span: single.span });
      if (!own) {
        groups.push(group);
        index.add(group);
      }
      if (keptApart) relatives.set(word, group);
    }
  }
}

/**
 * Pass 3's look-ups, indexed so that each single word reads only the groups
 * it may join: people by surname and by each word of their names, other
 * groups by their name and aliases in lower case, each list in the order
 * the groups were made.
 */
class SingleTargets {
  private readonly byKey = new KeyedSets<Group>();
  private readonly aliases = new Map<Group, Set<string>>();

  constructor(groups: readonly Group[]) {
    for (const group of groups) this.add(group);
  }

  add(group: Group): void {
    this.aliases.set(group, new Set(group.aliases));
    if (group.type === 'person') {
      if (group.words.length > 0) this.byKey.add(`surname|${group.words.at(-1)}`, group);
      for (const word of group.words) this.byKey.add(`word|${word}`, group);
    } else {
      this.byKey.add(`name|${group.words.join(' ')}`, group);
      for (const alias of group.aliases) this.byKey.add(`name|${alias.toLowerCase()}`, group);
    }
  }

  /** Gives `group` the alias `form` unless it has it. */
  aliased(group: Group, form: string): void {
    const known = this.aliases.get(group)!;
    if (known.has(form)) return;
    known.add(form);
    group.aliases.push(form);
    if (group.type !== 'person') this.byKey.add(`name|${form.toLowerCase()}`, group);
  }

  /** Whether none, one or more of the groups under `key` pass `test`, and the one when there is one. */
  onlyOne(key: string, test: (group: Group) => boolean): { count: number; group?: Group } {
    let found: Group | undefined;
    for (const group of this.byKey.get(key)) {
      if (!test(group)) continue;
      if (found) return { count: 2 };
      found = group;
    }
    return found ? { count: 1, group: found } : { count: 0 };
  }

  /** The first group made under `key` that passes `test`. */
  first(key: string, test: (group: Group) => boolean): Group | undefined {
    for (const group of this.byKey.get(key)) if (test(group)) return group;
    return undefined;
  }
}

/**
 * "between Moscow and Washington": a capital read as its government counts
 * for its country, but its name is listed among the country's aliases only
 * when the story names the city by it less often than the government
 * ("Tillerson flew to Moscow" seven times: Moscow is a city, no alias of
 * Russia; Washington for the government four times and a city once stays an
 * alias of the United States).
 */
function withoutCitiesAsAliases(groups: readonly Group[], governmentForms: ReadonlyMap<string, number>): Group[] {
  const cityMentions = new Map(groups.map((group) => [group.name, group.mentions.length]));
  const listedElsewhere = (group: Group, alias: string): boolean => alias !== group.name && governmentForms.has(alias) && (cityMentions.get(alias) ?? 0) >= governmentForms.get(alias)!;
  return groups.map((group) => (group.aliases.some((alias) => listedElsewhere(group, alias)) ? { ...group, aliases: group.aliases.filter((alias) => !listedElsewhere(group, alias)) } : group));
}

function toEntity(group: Group, order: ReadonlyMap<string, number>): Entity {
  const mentions = [...group.mentions].sort((a, b) => (order.get(a.article)! - order.get(b.article)!) || a.span.start - b.span.start);
  const countsBySource: Record<string, number> = {};
  for (const mention of mentions) countsBySource[mention.article] = (countsBySource[mention.article] ?? 0) + 1;
  const slug = group.name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return { key: `${group.type}:${slug}`, name: group.name, type: group.type, aliases: group.aliases, mentions, countsBySource, roles: group.roles };
}

function isFuller(candidate: string, current: string): boolean {
  const [a, b] = [nameWords(candidate).length, nameWords(current).length];
  return a > b || (a === b && candidate.length > current.length);
}
