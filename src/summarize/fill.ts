import type { SegmentedArticle, Span } from '../article.js';
import type { Budget } from './options.js';
import { byteLength, countWords, unitText, type Unit } from './units.js';

/**
 * Fills a word or byte budget exactly: the unit adding the most uncovered
 * concept weight, cut to what the budget has left and marked `truncated`.
 * Undefined for a sentence budget or when nothing is left to add.
 */
export function fillBudget(
  articles: readonly SegmentedArticle[],
  units: readonly Unit[],
  picked: readonly number[],
  weights: Float64Array,
  budget: Budget,
  chosen: readonly Unit[],
): Unit | undefined {
  if ('sentences' in budget) return undefined;
  const filler = bestFiller(units, picked, weights);
  if (!filler) return undefined;
  const text = articles[filler.article].text;
  const used = chosen.map((unit) => unitText(articles[unit.article].text, unit.parts)).join(' ');
  const parts =
    'words' in budget
      ? cutToWords(text, filler.parts, budget.words - countWords(used))
      : cutToBytes(text, filler.parts, budget.bytes - byteLength(used) - (used ? 1 : 0));
  if (parts.length === 0) return undefined;
  const end = parts[parts.length - 1].end;
  const kept = unitText(text, parts);
  return {
    ...filler,
    parts,
    tokens: filler.tokens.filter((token) => token.end <= end),
    words: countWords(kept),
    bytes: byteLength(kept),
    truncated: end < filler.parts[filler.parts.length - 1].end,
  };
}

/**
 * The unit that adds the most uncovered concept weight to a selection,
 * whatever its length: appended last and cut at the budget, it fills a
 * summary up to exactly its limit.
 */
export function bestFiller(units: readonly Unit[], picked: readonly number[], weights: Float64Array): Unit | undefined {
  const covered = new Set(picked.flatMap((i) => units[i].concepts));
  const pickedSentences = new Set(picked.map((i) => `${units[i].article}:${units[i].sentence}`));
  let best: Unit | undefined;
  let bestGain = 0;
  for (const unit of units) {
    if (pickedSentences.has(`${unit.article}:${unit.sentence}`)) continue;
    let gain = 0;
    for (const concept of unit.concepts) if (!covered.has(concept)) gain += weights[concept];
    if (gain > bestGain) [best, bestGain] = [unit, gain];
  }
  return best;
}

/** The longest prefix of `parts` (spans of `text`) holding at most `words` whitespace-separated words. */
export function cutToWords(text: string, parts: readonly Span[], words: number): Span[] {
  const cut: Span[] = [];
  let left = words;
  for (const part of parts) {
    if (left <= 0) break;
    let end = part.start;
    let i = part.start;
    while (i < part.end && left > 0) {
      while (i < part.end && text.charCodeAt(i) <= 32) i++;
      if (i >= part.end) break;
      while (i < part.end && text.charCodeAt(i) > 32) i++;
      end = i;
      left--;
    }
    if (end > part.start) cut.push({ start: part.start, end });
  }
  return cut;
}

/** The longest prefix of `parts` whose UTF-8 text, parts joined by one space, fits in `bytes`. */
export function cutToBytes(text: string, parts: readonly Span[], bytes: number): Span[] {
  const encoder = new TextEncoder();
  const cut: Span[] = [];
  let left = bytes;
  for (const part of parts) {
    if (cut.length > 0) left -= 1;
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
