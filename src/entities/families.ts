import type { SegmentedArticle } from '../article.js';
import { describedGender, givenNameGender } from './roles.js';
import type { NameMention } from './types.js';

/**
 * Surnames two people or more bear: a family's, which a relative named by a
 * given name alone ("his oldest brother Paul") may belong to. Each person is
 * given as the words of a name; names of one word have no surname.
 */
export function familySurnames(people: Iterable<readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const families = new Set<string>();
  for (const words of people) {
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    if (seen.has(surname)) families.add(surname);
    seen.add(surname);
  }
  return families;
}

/** "Mr Smith" is not "Joanne Smith": the mention's courtesy title and the person's given name tell different genders. */
export function titleDisagrees(article: SegmentedArticle, mention: NameMention, person: string): boolean {
  const [titled, given] = [describedGender(article, [mention.title]), givenNameGender(person)];
  return titled !== undefined && given !== undefined && titled !== given;
}

/**
 * "Michael and Joanne Smith" then "Mr Smith": the person named by a given
 * name alone right before "and" and a full name ending in the surname the
 * titled mention gives, when that given name agrees with the title's gender;
 * the mention's index in `mentions`, else undefined.
 */
export function partnerNamed(article: SegmentedArticle, mention: NameMention, mentions: readonly (NameMention & { entity?: number })[]): number | undefined {
  const gender = describedGender(article, [mention.title]);
  const surname = mention.form.toLowerCase();
  if (gender === undefined) return undefined;
  const found = mentions.findIndex((given, at) => {
    const next = mentions[at + 1];
    return given.entity !== undefined && given.type === 'person' && !given.form.includes(' ') && givenNameGender(given.form) === gender && next !== undefined && article.tokens[given.tokenEnd]?.norm === 'and' && next.tokenStart === given.tokenEnd + 1 && next.form.toLowerCase().endsWith(` ${surname}`);
  });
  return found < 0 ? undefined : found;
}
