/**
 * "from Manokwari of Papua's main city": a name read as a person's that is
 * one word, "of" and one or two words, whose first word the article names
 * alone as a place elsewhere ("in Manokwari"), is that place, then the place
 * it lies in, not a person. "Nation of Islam", "Sword of Orion" and "Hall of
 * Fame" are left alone: nothing names their first word a place.
 */
import type { SegmentedArticle } from '../article.js';
import { classifyName } from './classify.js';
import { baseMention } from './mention.js';
import type { NameMention } from './types.js';

/** The most words after "of" that still name the place the first lies in. */
const MAX_WORDS_AFTER_OF = 2;

/** The mentions, each such "place of place" cut into its two places. */
export function placesInPlaces<M extends NameMention>(article: SegmentedArticle, mentions: M[]): Array<M | NameMention> {
  const places = new Set(mentions.filter((mention) => mention.type === 'place' && mention.tokenEnd - mention.tokenStart === 1).map((mention) => mention.form));
  if (places.size === 0) return mentions;
  return mentions.flatMap((mention) => {
    const { tokenStart: start, tokenEnd: end } = mention;
    const length = end - start;
    if (mention.type !== 'person' || mention.title || length < 3 || length > 2 + MAX_WORDS_AFTER_OF || article.tokens[start + 1].norm !== 'of') return [mention];
    const first = baseMention(article, start, start + 1, mention.sentence, false);
    if (!places.has(first.form)) return [mention];
    const second = classifyName(article, start + 2, end, mention.sentence, mention.possessive === true);
    if (!second) return [mention];
    first.type = 'place';
    if (second.type === 'person' || second.type === 'unknown') second.type = 'place';
    return [first, second];
  });
}
