/**
 * "from Manokwari of Papua's main city", "a takeover by Exxon of Mobil": a
 * name read as a person's that is one word, "of" and one or two words, whose
 * first word the article names alone elsewhere and something there types
 * ("in Manokwari", "Exxon, the biggest oil company"), is two names: a place
 * in a place when the first is named alone as a place, else each read on its
 * own. "Nation of Islam", "Sword of Orion" and "Hall of Fame" are left alone
 * when nothing types their first word alone, and so is "Joan of Arc": a
 * known given name opens it.
 */
import type { SegmentedArticle } from '../article.js';
import { classifyName, isGivenName } from './classify.js';
import { baseMention } from './mention.js';
import type { NameMention } from './types.js';

/** The most words after "of" that still make the second name. */
const MAX_WORDS_AFTER_OF = 2;

/** The mentions, each such name cut at its "of" into two. */
export function twoNamesAtOf<M extends NameMention>(article: SegmentedArticle, mentions: M[]): Array<M | NameMention> {
  /** Words named alone and typed by something ("Exxon, the oil company", "in Manokwari"): whether one such mention is a place. */
  const alone = new Map<string, boolean>();
  for (const mention of mentions) if (mention.tokenEnd - mention.tokenStart === 1 && mention.type !== 'unknown') alone.set(mention.form, alone.get(mention.form) === true || mention.type === 'place');
  if (alone.size === 0) return mentions;
  return mentions.flatMap((mention) => {
    const { tokenStart: start, tokenEnd: end } = mention;
    const length = end - start;
    if (mention.type !== 'person' || mention.title || length < 3 || length > 2 + MAX_WORDS_AFTER_OF || article.tokens[start + 1].norm !== 'of' || isGivenName(article.tokens[start].norm)) return [mention];
    const first = baseMention(article, start, start + 1, mention.sentence, false);
    const place = alone.get(first.form);
    const second = place === undefined ? undefined : classifyName(article, start + 2, end, mention.sentence, mention.possessive === true);
    if (!second) return [mention];
    if (place) {
      first.type = 'place';
      if (second.type === 'person' || second.type === 'unknown') second.type = 'place';
    }
    return [first, second];
  });
}
