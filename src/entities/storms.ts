/**
 * Storms' names: the kind of a storm and the one word naming it ("Storm
 * Idra", "Hurricane Orla", "Tropical Storm Bexa") make no person's name, and
 * the word alone elsewhere in the article names the storm, no one ("Mitch
 * killed 300 people" after "Hurricane Mitch"), though it is a given name.
 */
import type { SegmentedArticle } from '../article.js';
import type { NameMention } from './types.js';

/** Words naming a storm's kind, before its name ("Storm Idra", "Hurricane Orla", "Tropical Storm Bexa"). */
const STORM_KINDS: ReadonlySet<string> = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);

/**
 * One past the name of a storm opening the run `[start, end)`: its kind,
 * after "Tropical" or "Super", and the one word naming it ("Storm Idra
 * killed three": no person Idra); `start` when the run opens on none.
 */
export function stormNameEnd(article: SegmentedArticle, start: number, end: number): number {
  let kind = start;
  if (kind + 1 < end && (article.tokens[kind].norm === 'tropical' || article.tokens[kind].norm === 'super')) kind++;
  return kind + 1 < end && STORM_KINDS.has(article.tokens[kind].norm) ? kind + 2 : start;
}

/** The mentions without those of one word, with no title, that the article writes as a storm's name (see the header). */
export function withoutStormNames<M extends NameMention>(article: SegmentedArticle, mentions: M[]): M[] {
  const { tokens } = article;
  const names = new Set<string>();
  for (let index = 0; index + 1 < tokens.length; index++) if (STORM_KINDS.has(tokens[index].norm) && /^\p{Lu}/u.test(article.text.slice(tokens[index].start, tokens[index].end))) names.add(tokens[index + 1].norm.replace(/['’]s?$/, ''));
  if (names.size === 0) return mentions;
  return mentions.filter((mention) => mention.title !== undefined || mention.tokenEnd - mention.tokenStart !== 1 || !names.has(tokens[mention.tokenStart].norm.replace(/['’]s?$/, '')));
}
