/**
 * Passes 1 and 2 of `mergeEntities`: the group an article's entity belongs
 * to, the first one made that the rules below accept. Groups are indexed by
 * the keys each rule needs (a place's sorted words, a name in lower case, an
 * acronym, a person's words), so an entity is checked against the few groups
 * sharing one of its keys, not against every group of the story: a story
 * naming ten thousand people or places stays linear. The index is told when a
 * group is made, renamed or given aliases; a group no longer under a key is
 * dropped by the rule's own check.
 */
import { cuedKey } from './vessels.js';
import { KeyedSets } from './keyed-sets.js';
import type { EntityType } from './types.js';

/** What the finder reads of a group; `mergeEntities` changes `name`, `words` and `aliases` as entities join. */
export interface FoundGroup {
  type: EntityType;
  name: string;
  words: string[];
  aliases: string[];
}

const ACRONYM = /^\p{Lu}{2,}$/u;
/** Names of more distinct words than this besides the last are looked up by each word, not by each set of their words. */
const MAX_SET_WORDS = 10;

/** Distinct words, sorted. */
const wordSet = (words: readonly string[]): string[] => [...new Set(words)].sort();

export class GroupFinder<G extends FoundGroup> {
  private readonly made = new Map<G, number>();
  private readonly byKey = new KeyedSets<G>();

  /** Indexes a group just made, after any made before it. */
  added(group: G): void {
    this.made.set(group, this.made.size);
    this.renamed(group);
    this.aliased(group, group.aliases);
  }

  /** Indexes a group under its name and words as they are now. */
  renamed(group: G): void {
    const { type, name } = group;
    if (type === 'place') {
      this.byKey.add(`place-key|${placeKey(name)}`, group);
      this.byKey.add(`place-name|${name.toLowerCase()}`, group);
    } else if (type === 'vessel' || type === 'work') {
      this.byKey.add(`cued|${type}|${cuedKey(name)}`, group);
    } else if (type !== 'person') {
      this.byKey.add(`name|${type}|${name.toLowerCase()}`, group);
    } else if (group.words.length === 0) {
      this.byKey.add('no-words', group);
    } else {
      for (const word of group.words) this.byKey.add(`word|${word}`, group);
      this.byKey.add(`set|${wordSet(group.words).join(' ')}`, group);
      this.byKey.add(`first|${group.words[0]}`, group);
    }
  }

  /** Indexes a group under aliases just given to it. */
  aliased(group: G, aliases: readonly string[]): void {
    for (const alias of aliases) {
      if (group.type === 'place') this.byKey.add(`place-alias|${alias.toLowerCase()}`, group);
      if (group.type === 'organisation' && ACRONYM.test(alias)) this.byKey.add(`acronym|${alias}`, group);
    }
  }

  /** The first group made that an entity of this type, name, aliases and name words joins. */
  find(type: EntityType, name: string, aliases: readonly string[], words: readonly string[], namesDiffer: (a: string, b: string) => boolean): G | undefined {
    if (type === 'place') {
      const key = placeKey(name);
      const lower = name.toLowerCase();
      const also = new Set(aliases.map((alias) => alias.toLowerCase()));
      const sameKey = this.first(this.under(`place-key|${key}`), (group) => group.type === 'place' && placeKey(group.name) === key);
      if (sameKey) return sameKey;
      const named = [...also].flatMap((alias) => this.under(`place-name|${alias}`));
      return this.first([...named, ...this.under(`place-alias|${lower}`)], (group) => group.type === 'place' && shortForm(group.name, name) && (also.has(group.name.toLowerCase()) || group.aliases.some((alias) => alias.toLowerCase() === lower)));
    }
    if (type === 'vessel' || type === 'work') return this.first(this.under(`cued|${type}|${cuedKey(name)}`), (group) => group.type === type && cuedKey(group.name) === cuedKey(name));
    if (type !== 'person') {
      const acronyms = type === 'organisation' ? aliases.filter((alias) => ACRONYM.test(alias)) : [];
      const candidates = [...this.under(`name|${type}|${name.toLowerCase()}`), ...acronyms.flatMap((alias) => this.under(`acronym|${alias}`))];
      return this.first(candidates, (group) => group.type === type && (group.name.toLowerCase() === name.toLowerCase() || acronyms.some((alias) => group.aliases.includes(alias))));
    }
    // A person's group holds every word of the name (found under its rarest word), or the name holds every word of the group's.
    const rarest = words.map((word) => `word|${word}`).reduce((best, key) => (this.byKey.get(key).size < this.byKey.get(best).size ? key : best), words.length > 0 ? `word|${words[0]}` : 'no-words');
    const held = this.heldBy(words);
    const contains = (outer: readonly string[], inner: readonly string[]): boolean => inner.every((word) => outer.includes(word));
    return this.first(
      [...this.under(rarest), ...held],
      (group) => group.type === 'person' && group.words.at(-1) === words.at(-1) && (contains(group.words, words) || contains(words, group.words)) && !group.aliases.some((alias) => aliases.some((other) => namesDiffer(alias, other))),
    );
  }

  /**
   * Person groups whose words are all among `words` and end on the same word: found under each set of
   * `words` holding the last one; a name of more than `MAX_SET_WORDS` distinct words, under each word as
   * a group's first.
   */
  private heldBy(words: readonly string[]): G[] {
    if (words.length === 0) return [];
    const surname = words[words.length - 1];
    const others = wordSet(words).filter((word) => word !== surname);
    if (others.length > MAX_SET_WORDS) return words.flatMap((word) => this.under(`first|${word}`));
    const held: G[] = [];
    for (let mask = 0; mask < 1 << others.length; mask++) {
      const set = wordSet([surname, ...others.filter((_, bit) => mask & (1 << bit))]);
      for (const group of this.under(`set|${set.join(' ')}`)) held.push(group);
    }
    return held;
  }



  private under(key: string): G[] {
    return [...this.byKey.get(key)];
  }

  /** The candidate made first that `accepts` takes. */
  private first(candidates: readonly G[], accepts: (group: G) => boolean): G | undefined {
    let found: G | undefined;
    for (const group of candidates) {
      if ((found === undefined || this.made.get(group)! < this.made.get(found)!) && accepts(group)) found = group;
    }
    return found;
  }
}

/** One name's words are all among the other's ("Atlantic", "Atlantic Ocean"), unlike a capital and its country. */
function shortForm(a: string, b: string): boolean {
  const [left, right] = [a.toLowerCase().split(/\s+/), b.toLowerCase().split(/\s+/)];
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.every((word) => longer.includes(word));
}

/** "Velmar River" and "River Velmar" are one place, and so are "Place Vendôme" and "Place Vendome". */
function placeKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/).sort().join(' ');
}
