/**
 * The sentence a summary of a developing story opens on: where the story
 * stands now. When a count rose over days (`storyDevelopment`), the summary
 * opens on a sentence stating its newest value, the rest following as
 * background in reading order. A selection already holding such a sentence
 * keeps its sentences, the latest of them that can open moved first; one
 * holding none has the best of them that can open (`leadingUnits`) put first
 * and the rest selected again in the room it leaves. A sentence can open only
 * where the reading order lets it stand first: one pointing back at something
 * a later sentence introduces ("The toll…", "She said…") waits for that
 * sentence (`withReferentsFirst`), as it does in any summary; when none can
 * open, the selection keeps its reading order.
 */
import type { SegmentedArticle } from '../article.js';
import type { Development } from './development.js';
import { readingOrder, withReferentsFirst } from './order.js';
import { coverage, selectUnits, type Cost } from './select.js';
import { sentenceKey, type Unit } from './units.js';

/** `selected` (in reading order) opened on a sentence stating a count's newest value, when a count rose; `selected` as it is otherwise. */
export function openedOnNewest(selected: readonly Unit[], units: readonly Unit[], development: Development, weights: Float64Array, cost: Cost, size: number, articles: readonly SegmentedArticle[], greedyCost: Cost): Unit[] {
  if (development.newest.size === 0) return [...selected];
  const stating = selected.filter((unit) => development.newest.has(sentenceKey(unit)));
  if (stating.length > 0) {
    for (const latest of stating.reverse()) {
      const opened = openedOn(latest, selected.filter((unit) => unit !== latest), articles);
      if (opened[0] === latest) return opened;
    }
    return [...selected];
  }
  for (const lead of leadingUnits(units, development, weights, cost, size)) {
    const opened = openedOn(lead, selectedAfter(lead, units, weights, cost, size, articles, greedyCost), articles);
    if (opened[0] === lead) return opened;
  }
  return [...selected];
}

/** `lead` put before `rest` (in reading order), then each sentence pointing back placed after what it points at (`withReferentsFirst`): `lead` stays first unless it points back itself. */
function openedOn(lead: Unit, rest: readonly Unit[], articles: readonly SegmentedArticle[]): Unit[] {
  return withReferentsFirst([lead, ...rest], articles);
}

/** The most units stating a newest value tried as the opening of a selection holding none (`leadingUnits`), each costing a selection of the rest. */
export const OPENING_TRIES = 3;

/**
 * Of the units stating a count's newest value (`Development.newest`) that
 * fit, the `OPENING_TRIES` covering the most concept weight for their cost,
 * as the greedy selection reads units, best first.
 */
function leadingUnits(units: readonly Unit[], development: Development, weights: Float64Array, cost: Cost, size: number): Unit[] {
  return units
    .filter((unit) => development.newest.has(sentenceKey(unit)) && cost(unit) <= size)
    .map((unit) => ({ unit, ratio: coverage([unit], weights) / Math.max(1, cost(unit)) }))
    .filter(({ ratio }) => ratio > 0)
    .sort((a, b) => b.ratio - a.ratio)
    .slice(0, OPENING_TRIES)
    .map(({ unit }) => unit);
}

/** The units selected to follow `lead` in the room it leaves, its concepts counted as covered, in reading order; the greedy pass ranks by `greedyCost` as the first selection did. */
function selectedAfter(lead: Unit, units: readonly Unit[], weights: Float64Array, cost: Cost, size: number, articles: readonly SegmentedArticle[], greedyCost: Cost): Unit[] {
  const left = weights.slice();
  for (const concept of lead.concepts) left[concept] = 0;
  const others = units.filter((unit) => sentenceKey(unit) !== sentenceKey(lead));
  return readingOrder(selectUnits(others, left, cost, size - cost(lead), sentenceKey, greedyCost).picked.map((i) => others[i]), articles);
}
