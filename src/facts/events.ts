/**
 * Whether a token names an event of a lexicon (`EventWords`: each event's
 * words, stems, prefixes of five letters or more, and phrases), the first
 * event the lexicon lists winning. Numbers (`findNumberFacts`) and dates
 * (`findDateFacts`) are tied to what happened by it.
 */
import type { Token } from '../article.js';
import type { EventWords } from './fact-words.js';

export function matchesEvent(tokens: readonly Token[], index: number, lexicon: EventWords): string | undefined {
  const token = tokens[index];
  if (token.norm.startsWith('fail') && tokens[index + 1]?.norm === 'to') return undefined; // "the rain failed to arrive": no failure
  const { exact, prefixes, phrases, events } = eventIndex(lexicon);
  let first = Math.min(exact.get(token.norm) ?? Infinity, exact.get(token.stem) ?? Infinity);
  for (const [length, byPrefix] of prefixes) {
    if (token.norm.length >= length) first = Math.min(first, byPrefix.get(token.norm.slice(0, length)) ?? Infinity);
  }
  for (const { rank, parts } of phrases.get(token.norm) ?? []) {
    if (rank < first && parts.every((part, offset) => tokens[index + offset]?.norm === part)) first = rank;
  }
  return first === Infinity ? undefined : events[first];
}

/**
 * A lexicon's words indexed by what a token must be to match them, each
 * with its rank in the lexicon's order (events, then their words), so that
 * a token gets the first match the lexicon lists: a word equal to its
 * normalized form or stem, a word of five letters or more its normalized
 * form starts with, or a phrase starting at it.
 */
interface EventIndex {
  exact: Map<string, number>;
  /** By prefix length: prefix → rank. */
  prefixes: Map<number, Map<string, number>>;
  /** By first word: the phrases' ranks and words. */
  phrases: Map<string, Array<{ rank: number; parts: string[] }>>;
  /** The event of each rank. */
  events: string[];
}

const EVENT_INDEXES = new WeakMap<object, EventIndex>();

function eventIndex(lexicon: EventWords): EventIndex {
  const known = EVENT_INDEXES.get(lexicon);
  if (known) return known;
  const index: EventIndex = { exact: new Map(), prefixes: new Map(), phrases: new Map(), events: [] };
  const keep = (map: Map<string, number>, key: string, rank: number) => {
    if (!map.has(key)) map.set(key, rank);
  };
  for (const { event, words } of lexicon) {
    for (const word of words) {
      const rank = index.events.push(event) - 1;
      if (word.includes(' ')) {
        const parts = word.split(' ');
        const list = index.phrases.get(parts[0]) ?? [];
        index.phrases.set(parts[0], [...list, { rank, parts }]);
        continue;
      }
      keep(index.exact, word, rank);
      if (word.length >= 5) {
        const byPrefix = index.prefixes.get(word.length) ?? new Map<string, number>();
        keep(byPrefix, word, rank);
        index.prefixes.set(word.length, byPrefix);
      }
    }
  }
  EVENT_INDEXES.set(lexicon, index);
  return index;
}
