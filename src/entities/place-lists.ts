/**
 * Whether the words around a name put it somewhere: the test for a name
 * ending in a place's word that is a common surname too ("Ashby Ford",
 * "Calder Wood": `SURNAMES_THAT_END_PLACES`), which is a place only so.
 *
 * - a place preposition before it, or before the list it is in ("crews
 *   stationed at Ashby Ford", "in Ashby Ford, Morrow Cove and Calder Point");
 * - another name of its list that is a place: one ending in a place's word
 *   or one the gazetteer knows as a place ("Ashby Ford, Morrow Cove and
 *   Linden Quay sent crews").
 */
import type { SegmentedArticle } from '../article.js';
import { lookUpName } from './gazetteer.js';
import { PLACE_WORDS } from './lexicon.js';
import { isNameWord, tokenText } from './tokens.js';

/** Prepositions that put the names after them somewhere ("in", "at", "near"…; not "to" or "from", which people are written to and from: "a letter from Ada Wood"). */
const LIST_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'across', 'throughout', 'around', 'outside', 'inside']);
/** Words that join the names of a list. */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** The most tokens read along a list on either side of a name. */
const MAX_LIST_TOKENS = 40;

/** The name `[start, end)` is put somewhere by a place preposition before it or its list, or by a place among its list (see the header). */
export function placedByWordsAround(article: SegmentedArticle, start: number, end: number): boolean {
  const { tokens } = article;
  const joins = (index: number): boolean => LIST_JOINERS.has(tokens[index]?.norm ?? '');
  const inList = (index: number): boolean => index >= 0 && index < tokens.length && (joins(index) || isNameWord(tokenText(article, index)));
  let before = start - 1;
  while (before >= 0 && start - before <= MAX_LIST_TOKENS && inList(before)) before--;
  if (LIST_PLACE_PREPOSITIONS.has(tokens[before]?.norm ?? '')) return true;
  let after = end;
  while (after - end <= MAX_LIST_TOKENS && inList(after)) after++;
  return listedNames(article, before + 1, after).some((name) => name.start !== start && namesAPlace(article, name.start, name.end));
}

/** The runs of name words between the joiners of `[from, to)`. */
function listedNames(article: SegmentedArticle, from: number, to: number): Array<{ start: number; end: number }> {
  const names: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (let index = from; index <= to; index++) {
    const word = index < to && !LIST_JOINERS.has(article.tokens[index].norm);
    if (word && open < 0) open = index;
    if (!word && open >= 0) {
      names.push({ start: open, end: index });
      open = -1;
    }
  }
  return names;
}

/** A name ending in a place's word ("Calder Point") or one the gazetteer knows as a place. */
function namesAPlace(article: SegmentedArticle, start: number, end: number): boolean {
  if (PLACE_WORDS.has(article.tokens[end - 1].norm)) return true;
  const form = article.text.slice(article.tokens[start].start, article.tokens[end - 1].end);
  return lookUpName(form)?.type === 'place';
}
