/**
 * A one-word place that is also the surname of a person the article names
 * ("Michael Jordan scored. Jordan said it was over.", "interest in
 * Teixeira", "walking near Horton") is that person: a place the gazetteer
 * knows unless a place preposition comes before it ("flew to Jordan"), or
 * when a speech verb follows it; a place guessed from "in" or "near" alone
 * always. A place no person of the article bears as a surname stays a place
 * ("Jordan said it would close its border").
 */
import type { SegmentedArticle } from '../article.js';
import { isStopword } from '../text/stopwords.js';
import { ORGANISATION_WORDS, PLACE_WORDS, SPEECH_VERBS } from './lexicon.js';
import type { NameMention } from './types.js';

/** Prepositions that put a known place where something happens or goes ("in Jordan", "from Georgia", "King Abdullah of Jordan"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'to', 'toward', 'towards', 'from', 'near', 'across', 'at', 'through', 'throughout', 'within', 'inside', 'outside', 'around', 'via', 'of', 'for', 'over']);

/** A word that may be part of a person's name: capitalized, and no particle, function word, place word or organisation word ("Archdiocese of Mobile", "Beast From Redmond"). */
function isPersonNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && !isStopword(lower) && !PLACE_WORDS.has(lower) && !ORGANISATION_WORDS.has(lower);
}

/** The mentions with every one-word place that names one of the article's people retyped a person, canonical name and government reading dropped. */
export function surnamesNotPlaces<M extends NameMention>(article: SegmentedArticle, mentions: M[]): M[] {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const words = mention.form.split(/\s+/);
    if (mention.type === 'person' && words.slice(0, -1).some((word) => !/^(?:\p{L}\.)+$/u.test(word)) && words.every(isPersonNameWord)) surnames.add(words.at(-1)!);
  }
  if (surnames.size === 0) return mentions;
  return mentions.map((mention) => {
    if (mention.type !== 'place' || mention.demonym || mention.tokenEnd - mention.tokenStart !== 1 || !surnames.has(mention.form)) return mention;
    if (mention.canonical !== undefined || article.tokens[mention.tokenStart - 1]?.norm === 'of') {
      const placed = PLACE_PREPOSITIONS.has(article.tokens[mention.tokenStart - 1]?.norm ?? '');
      if (placed && !SPEECH_VERBS.has(article.tokens[mention.tokenEnd]?.norm ?? '')) return mention;
    }
    return { ...mention, type: 'person', canonical: undefined, government: undefined };
  });
}
