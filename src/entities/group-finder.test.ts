import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { cuedKey } from './vessels.js';
import { GroupFinder, type FoundGroup } from './group-finder.js';
import type { EntityType } from './types.js';

/** The rules `GroupFinder.find` applies, checked against every group in the order made. */
function scanned(groups: readonly FoundGroup[], type: EntityType, name: string, aliases: readonly string[], words: readonly string[], differ: (a: string, b: string) => boolean): FoundGroup | undefined {
  const placeKey = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/).sort().join(' ');
  const shortForm = (a: string, b: string) => {
    const [left, right] = [a.toLowerCase().split(/\s+/), b.toLowerCase().split(/\s+/)];
    const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
    return shorter.every((word) => longer.includes(word));
  };
  const contains = (outer: readonly string[], inner: readonly string[]) => inner.every((word) => outer.includes(word));
  if (type === 'place') {
    const also = new Set(aliases.map((alias) => alias.toLowerCase()));
    return (
      groups.find((group) => group.type === 'place' && placeKey(group.name) === placeKey(name)) ??
      groups.find((group) => group.type === 'place' && shortForm(group.name, name) && (also.has(group.name.toLowerCase()) || group.aliases.some((alias) => alias.toLowerCase() === name.toLowerCase())))
    );
  }
  if (type === 'vessel' || type === 'work') return groups.find((group) => group.type === type && cuedKey(group.name) === cuedKey(name));
  if (type !== 'person') {
    return groups.find((group) => group.type === type && (group.name.toLowerCase() === name.toLowerCase() || (type === 'organisation' && aliases.some((alias) => /^\p{Lu}{2,}$/u.test(alias) && group.aliases.includes(alias)))));
  }
  return groups.find((group) => group.type === 'person' && group.words.at(-1) === words.at(-1) && (contains(group.words, words) || contains(words, group.words)) && !group.aliases.some((alias) => aliases.some((other) => differ(alias, other))));
}

describe('GroupFinder', () => {
  it('finds the group scanning every group finds, as groups are made, renamed and given aliases', () => {
    const random = seededRandom(3);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const vocabulary = ['Velmar', 'River', 'Corrin', 'Falls', 'Dam', 'Lirra', 'Hydro', 'Odile', 'Keldren', 'Tomas', 'UN', 'LH'];
    const extra = ['Anselm', 'Dorrik', 'Hanna', 'Strell', 'Rowan', 'Tesh', 'Ines', 'Calloway'];
    const types: EntityType[] = ['place', 'organisation', 'person', 'vessel', 'work', 'product'];
    const differ = (a: string, b: string) => a.length % 3 === 0 && b.length % 3 === 1;
    let joined = 0;
    for (let round = 0; round < 80; round++) {
      // From round 60, long names: more distinct words than the finder enumerates the sets of.
      const longest = round < 60 ? 3 : 14;
      const groups: FoundGroup[] = [];
      const finder = new GroupFinder<FoundGroup>();
      for (let step = 0; step < 80; step++) {
        const type = pick(types);
        const name = Array.from({ length: 1 + Math.floor(random() * longest) }, () => pick(round < 60 ? vocabulary : [...vocabulary, ...extra])).join(' ');
        const words = name.toLowerCase().split(' ').filter((word) => word.length > 2);
        const aliases = [name, ...Array.from({ length: Math.floor(random() * 3) }, () => pick(vocabulary))];
        const found = finder.find(type, name, aliases, words, differ);
        expect(found).toBe(scanned(groups, type, name, aliases, words, differ));
        if (found) {
          joined++;
          const added = aliases.filter((alias, at) => !found.aliases.includes(alias) && aliases.indexOf(alias) === at);
          found.aliases.push(...added);
          finder.aliased(found, added);
          if (name.length > found.name.length) {
            [found.name, found.words] = [name, words];
            finder.renamed(found);
          }
        } else {
          const made = { type, name, words, aliases: [...aliases] };
          groups.push(made);
          finder.added(made);
        }
      }
    }
    expect(joined).toBeGreaterThan(300);
  });
});
