import type { SegmentedArticle, Span } from '../article.js';
import type { ConceptVocabulary } from './concepts.js';
import type { Budget } from './options.js';
import { coverage } from './select.js';
import { countWords } from '../text/words.js';
import { readTokens } from './short-forms.js';
import { byteLength, joinsUnspaced, sentenceKey, unitText, type Unit } from './units.js';

/**
 * Fills a word or byte budget exactly, the last sentence cut at the limit and
 * marked `truncated`; `chosen` unchanged for a sentence budget.
 *
 * 1. Variants: the chosen units as they are, and with each one left out in turn
 *    (but the first `fixed`: the sentence a developing story opens on).
 * 2. Cut: for each variant, the unit (left-out one included) whose words that
 *    fit in the room left add the most uncovered concept weight (`bestCut`).
 * 3. Keep the variant and cut unit covering the most weight; the cut unit goes last.
 */
export function fillBudget(
  articles: readonly SegmentedArticle[],
  units: readonly Unit[],
  chosen: readonly Unit[],
  weights: Float64Array,
  budget: Budget,
  vocabulary: ConceptVocabulary,
  fixed = 0,
): Unit[] {
  if ('sentences' in budget) return [...chosen];
  let best = [...chosen];
  let bestScore = coverage(chosen, weights);
  for (let out = -1; out < chosen.length; out++) {
    if (out >= 0 && out < fixed) continue;
    const kept = chosen.filter((_, k) => k !== out);
    const cut = bestCut(articles, units, kept, weights, budget, vocabulary);
    if (!cut) continue;
    const variant = [...kept, cut];
    const score = coverage(variant, weights);
    if (score > bestScore + 1e-9) [best, bestScore] = [variant, score];
  }
  return best;
}

/**
 * Of the sentences not yet picked, each cut to what the budget has left, the
 * one whose kept words add the most uncovered concept weight; undefined when
 * nothing is left to add.
 */
export function bestCut(
  articles: readonly SegmentedArticle[],
  units: readonly Unit[],
  chosen: readonly Unit[],
  weights: Float64Array,
  budget: { words: number } | { bytes: number },
  vocabulary: ConceptVocabulary,
): Unit | undefined {
  const left = roomLeft(articles, chosen, budget);
  if (left <= 0) return undefined;
  const covered = new Set(chosen.flatMap((unit) => unit.concepts));
  const taken = new Set(chosen.map(sentenceKey));
  let best: Unit | undefined;
  let bestGain = 0;
  for (const unit of units) {
    if (taken.has(sentenceKey(unit))) continue;
    const cut = cutWithin(articles, unit, budget, left, vocabulary);
    if (!cut) continue;
    let gain = 0;
    for (const concept of cut.concepts) if (!covered.has(concept)) gain += weights[concept];
    if (gain > bestGain) [best, bestGain] = [cut, gain];
  }
  return best;
}

/**
 * `unit` cut to the room `chosen` leaves in the budget (whole when it fits),
 * marked `truncated` when cut; undefined when no room is left. `edit` (words
 * deleted, `withRelativeTimesDeleted`) runs before the cut, on the unit first
 * cut to `EDIT_REACH` times the room: what it deletes frees room for the words
 * after, and a sentence of any length costs it no more than the room (a whole
 * hostile sentence of 84 KB took it 3.5 s).
 */
export function cutToRoom(
  articles: readonly SegmentedArticle[],
  chosen: readonly Unit[],
  unit: Unit,
  budget: { words: number } | { bytes: number },
  vocabulary: ConceptVocabulary,
  edit?: (unit: Unit) => Unit,
): Unit | undefined {
  const left = roomLeft(articles, chosen, budget);
  if (left <= 0) return undefined;
  if (!edit) return cutWithin(articles, unit, budget, left, vocabulary);
  const reach = cutWithin(articles, unit, budget, left * EDIT_REACH, vocabulary);
  return reach && cutWithin(articles, edit(reach), budget, left, vocabulary);
}

/** How far past the room `cutToRoom` reads for its edit: an edit deleting under half of it fills the room as it would from the whole unit. */
const EDIT_REACH = 2;

/** `unit` cut to `left` words or bytes, as the budget counts. */
function cutWithin(articles: readonly SegmentedArticle[], unit: Unit, budget: { words: number } | { bytes: number }, left: number, vocabulary: ConceptVocabulary): Unit | undefined {
  return cutUnit(articles[unit.article].text, unit, 'words' in budget ? cutToWords : cutToBytes, left, vocabulary);
}

/** The words or bytes `budget` leaves after the `chosen` units, joined as the summary joins them. */
function roomLeft(articles: readonly SegmentedArticle[], chosen: readonly Unit[], budget: { words: number } | { bytes: number }): number {
  const used = chosen.map((unit) => unitText(articles[unit.article].text, unit.parts)).join(' ');
  return 'words' in budget ? budget.words - countWords(used) : budget.bytes - byteLength(used) - (used ? 1 : 0);
}

function cutUnit(
  text: string,
  unit: Unit,
  cutTo: (text: string, parts: readonly Span[], size: number) => Span[],
  size: number,
  vocabulary: ConceptVocabulary,
): Unit | undefined {
  const parts = cutTo(text, unit.parts, size);
  if (parts.length === 0) return undefined;
  // A short form repeated in a unit is the same span each time ("the U.S. … the U.S."): a cut ending on the first is not the whole unit.
  if (parts.length === unit.parts.length && parts[parts.length - 1].end === unit.parts[unit.parts.length - 1].end) return unit;
  const kept = unitText(text, parts);
  const tokens = unit.tokens.filter((token) => parts.some((part) => part.start <= token.start && token.end <= part.end));
  return { ...unit, parts, tokens, words: countWords(kept), bytes: byteLength(kept), concepts: vocabulary.concepts(readTokens(tokens, unit.shortForms)), truncated: true };
}

/**
 * The longest prefix of `parts` (spans of `text`) holding at most `words`
 * whitespace-separated words as `unitText` joins them: the first run of a
 * part joined with no space (", officials said") ends the word before it.
 */
export function cutToWords(text: string, parts: readonly Span[], words: number): Span[] {
  const cut: Span[] = [];
  let left = words;
  for (const part of parts) {
    if (left <= 0) break;
    let end = part.start;
    let i = part.start;
    let joined = cut.length > 0 && joinsUnspaced(text, part);
    while (i < part.end && left > 0) {
      while (i < part.end && text.charCodeAt(i) <= 32) i++;
      if (i >= part.end) break;
      while (i < part.end && text.charCodeAt(i) > 32) i++;
      end = i;
      if (!joined) left--;
      joined = false;
    }
    if (end > part.start) cut.push({ start: part.start, end });
  }
  return cut;
}

/** The longest prefix of `parts` whose UTF-8 text, parts joined as `unitText` joins them, fits in `bytes`. */
export function cutToBytes(text: string, parts: readonly Span[], bytes: number): Span[] {
  const encoder = new TextEncoder();
  const cut: Span[] = [];
  let left = bytes;
  for (const part of parts) {
    if (cut.length > 0 && !joinsUnspaced(text, part)) left -= 1;
    if (left <= 0) break;
    let end = part.start;
    for (let i = part.start; i < part.end; ) {
      const code = text.codePointAt(i) as number;
      const width = encoder.encode(String.fromCodePoint(code)).length;
      if (width > left) break;
      left -= width;
      i += code > 0xffff ? 2 : 1;
      end = i;
    }
    if (end > part.start) cut.push({ start: part.start, end });
    if (end < part.end) break;
  }
  return cut;
}
