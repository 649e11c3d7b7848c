/**
 * "the Navy Sea King", "the Coast Guard Dauntless": words before the name of
 * a machine, a ship or a work that another mention of the article shows to be
 * one ("a Sea King helicopter", "the cutter Dauntless") name its owner, not
 * a person called "Navy Sea King". Such a mention, read as a person's or
 * left unknown, is cut into the owner's words, read on their own, and the
 * shown name, typed as it was shown.
 */
import type { SegmentedArticle } from '../article.js';
import { classifyName } from './classify.js';
import { cuedKey } from './vessels.js';
import { baseMention, formOf } from './mention.js';
import type { NameMention } from './types.js';

const SHOWN_TYPES: ReadonlySet<NameMention['type']> = new Set(['product', 'vessel', 'work']);

/** The mentions, each owner's words before a shown name cut off it. */
export function ownersCutOff<M extends NameMention>(article: SegmentedArticle, mentions: M[]): Array<M | NameMention> {
  const shown = new Map<string, NameMention['type']>();
  for (const mention of mentions) if (mention.cued && SHOWN_TYPES.has(mention.type) && mention.tokenEnd - mention.tokenStart >= 2) shown.set(cuedKey(mention.form), mention.type);
  if (shown.size === 0) return mentions;
  return mentions.flatMap((mention) => {
    if (mention.cued || mention.title || (mention.type !== 'person' && mention.type !== 'unknown')) return [mention];
    for (let cut = mention.tokenStart + 1; cut <= mention.tokenEnd - 2; cut++) {
      const type = shown.get(cuedKey(formOf(article, cut, mention.tokenEnd)));
      if (type === undefined) continue;
      const owner = classifyName(article, mention.tokenStart, cut, mention.sentence, false);
      const named = { ...baseMention(article, cut, mention.tokenEnd, mention.sentence, mention.possessive === true), type, cued: true };
      return owner ? [owner, named] : [named];
    }
    return [mention];
  });
}
