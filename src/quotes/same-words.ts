/**
 * Finds, for each quotation of an article, the first other attributed
 * quotation holding the same words, one of them perhaps cut short: either
 * one's words run inside the other's. Two word automata keep this linear in
 * the article's quoted words, however often a phrase repeats, where comparing
 * every pair (or every pair sharing a phrase) made a long page with thousands
 * of quote marks take minutes:
 *
 * 1. held: the attributed quotations as patterns, each quotation read through
 *    them, gives the attributed quotations its words hold;
 * 2. holding: the quotations as patterns, each attributed quotation read
 *    through them in order, gives the first attributed quotations holding each.
 *
 * Each keeps the two first such quotations, so that one can be the quotation
 * itself.
 */
import { NO_NODE, WordAutomaton } from './word-automaton.js';

/** Quotations shorter than this many words are too common to match on. */
export const MIN_SAME_WORDS = 3;

export interface WordsEntry<Speaker> {
  words: readonly string[];
  speaker?: Speaker;
}

/** For each entry, the speaker of the first other attributed entry whose words hold its words, or that its words hold. */
export function sameWordsSpeakers<Speaker>(entries: readonly WordsEntry<Speaker>[]): (Speaker | undefined)[] {
  const asking = entries.flatMap((entry, index) => (entry.words.length >= MIN_SAME_WORDS ? [index] : []));
  const attributed = asking.filter((index) => entries[index].speaker !== undefined);
  const speakers: (Speaker | undefined)[] = entries.map(() => undefined);
  if (attributed.length === 0) return speakers;
  const words = wordIds(entries);
  const held = heldBy(words, asking, attributed);
  const holding = holders(words, asking, attributed);
  for (const index of asking) {
    let first = -1;
    for (const other of [...held.get(index)!, ...holding.get(index)!]) if (other !== index && (first === -1 || other < first)) first = other;
    if (first !== -1) speakers[index] = entries[first].speaker;
  }
  return speakers;
}

/** Each entry's words as small integers, equal words equal. */
function wordIds(entries: readonly WordsEntry<unknown>[]): number[][] {
  const ids = new Map<string, number>();
  return entries.map((entry) =>
    entry.words.map((word) => {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      return id;
    }),
  );
}

/** Pass 1: for each asking entry, the two first attributed entries its words hold. */
function heldBy(words: readonly number[][], asking: readonly number[], attributed: readonly number[]): Map<number, number[]> {
  const automaton = new WordAutomaton();
  for (const index of attributed) automaton.add(words[index], index);
  const firstTwo = new FirstTwo(automaton.size);
  for (const node of automaton.build()) {
    for (const index of automaton.patterns[node]) firstTwo.add(node, index);
    firstTwo.addAll(node, automaton.failure(node));
  }
  const found = new Map<number, number[]>();
  for (const index of asking) {
    const own = new FirstTwo(1);
    let node = 0;
    for (const word of words[index]) {
      node = automaton.step(node, word);
      own.addFrom(0, firstTwo, node);
    }
    found.set(index, own.at(0));
  }
  return found;
}

/** Pass 2: for each asking entry, the two first attributed entries holding its words. */
function holders(words: readonly number[][], asking: readonly number[], attributed: readonly number[]): Map<number, number[]> {
  const automaton = new WordAutomaton();
  const ends = new Map(asking.map((index) => [index, automaton.add(words[index], index)]));
  automaton.build();
  const firstTwo = new FirstTwo(automaton.size);
  for (const holder of attributed) {
    let node = 0;
    for (const word of words[holder]) {
      node = automaton.step(node, word);
      // Once a node holds this holder or two earlier ones, so does every node further down its output chain.
      for (let at = automaton.firstEnding(node); at !== NO_NODE && !firstTwo.isFull(at) && !firstTwo.has(at, holder); at = automaton.outputLink[at]) {
        firstTwo.add(at, holder);
      }
    }
  }
  return new Map(asking.map((index) => [index, firstTwo.at(ends.get(index)!)]));
}

/** Per slot, the two smallest distinct indices given to it. */
class FirstTwo {
  private readonly values: Int32Array;

  constructor(slots: number) {
    this.values = new Int32Array(2 * slots).fill(-1);
  }

  add(slot: number, index: number): void {
    const first = this.values[2 * slot];
    const second = this.values[2 * slot + 1];
    if (index === first || index === second) return;
    if (first === -1 || index < first) {
      this.values[2 * slot + 1] = first;
      this.values[2 * slot] = index;
    } else if (second === -1 || index < second) {
      this.values[2 * slot + 1] = index;
    }
  }

  addAll(slot: number, from: number): void {
    this.addFrom(slot, this, from);
  }

  addFrom(slot: number, other: FirstTwo, from: number): void {
    for (const index of other.at(from)) this.add(slot, index);
  }

  has(slot: number, index: number): boolean {
    return this.values[2 * slot] === index || this.values[2 * slot + 1] === index;
  }

  isFull(slot: number): boolean {
    return this.values[2 * slot + 1] !== -1;
  }

  at(slot: number): number[] {
    return [this.values[2 * slot], this.values[2 * slot + 1]].filter((index) => index !== -1);
  }
}
