/**
 * "from Manokwari of Papua's main city", "a takeover by Exxon of Mobil": a
 * name read as a person's or as nothing that is one word, "of" and one or two words, whose
 * first word the article names alone elsewhere and something there types
 * ("in Manokwari", "Exxon, the biggest oil company"), is two names: a place
 * in a place when the first is named alone as a place, else each read on its
 * own; and so is one word "of" a place the gazetteer knows ("the Island of
 * Indonesia"): whatever the first names, it is in that place. One word "of"
 * one word, each named alone elsewhere though nothing types the first ("winner
 * Brindabella of Sydney", "beat Brindabella", "the Sydney to Hobart race"),
 * is two names too, the second a place unless named alone as something
 * else. "Sword of Orion" and "Hall of Fame" are left alone, and so is "Joan
 * of Arc": a known given name opens it.
 */
import type { SegmentedArticle } from '../article.js';
import { classifyName } from './classify.js';
import { isGivenName } from './given-names.js';
import { lookUpName } from './gazetteer.js';
import { baseMention, formOf } from './mention.js';
import type { NameMention } from './types.js';

/** The most words after "of" that still make the second name. */
const MAX_WORDS_AFTER_OF = 2;

/** The mentions, each such name cut at its "of" into two. */
export function twoNamesAtOf<M extends NameMention>(article: SegmentedArticle, mentions: M[]): Array<M | NameMention> {
  /** Words named alone and typed by something ("Exxon, the oil company", "in Manokwari"): whether one such mention is a place. */
  const alone = new Map<string, boolean>();
  /** Words named alone, typed or not ("beat Brindabella", "the Sydney to Hobart race"). */
  const named = new Set<string>();
  for (const mention of mentions) {
    if (mention.tokenEnd - mention.tokenStart !== 1) continue;
    named.add(mention.form);
    if (mention.type !== 'unknown') alone.set(mention.form, alone.get(mention.form) === true || mention.type === 'place');
  }
  return mentions.flatMap((mention) => {
    const { tokenStart: start, tokenEnd: end } = mention;
    const length = end - start;
    if ((mention.type !== 'person' && mention.type !== 'unknown') || mention.title || length < 3 || length > 2 + MAX_WORDS_AFTER_OF || article.tokens[start + 1].norm !== 'of' || isGivenName(article.tokens[start].norm)) return [mention];
    const first = baseMention(article, start, start + 1, mention.sentence, false);
    const place = alone.get(first.form);
    const secondForm = formOf(article, start + 2, end);
    const known = lookUpName(secondForm);
    const inKnownPlace = known?.type === 'place' && !known.demonym;
    const bothAlone = length === 3 && place === undefined && named.has(first.form) && named.has(secondForm);
    const second = place === undefined && !inKnownPlace && !bothAlone ? undefined : classifyName(article, start + 2, end, mention.sentence, mention.possessive === true);
    if (!second) return [mention];
    if (inKnownPlace || (bothAlone && alone.get(secondForm) === undefined)) second.type = 'place';
    if (place) {
      first.type = 'place';
      if (second.type === 'person' || second.type === 'unknown') second.type = 'place';
    }
    return [first, second];
  });
}
