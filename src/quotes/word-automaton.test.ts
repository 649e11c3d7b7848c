import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { NO_NODE, WordAutomaton } from './word-automaton.js';

/** Every (pattern, end) pair: pattern `index` ends at word `end` of the text, found by comparing every pattern at every place. */
function scanned(patterns: readonly number[][], text: readonly number[]): string[] {
  const found: string[] = [];
  for (let end = 0; end < text.length; end++) {
    patterns.forEach((pattern, index) => {
      const start = end + 1 - pattern.length;
      if (start >= 0 && pattern.every((word, at) => text[start + at] === word)) found.push(`${index}@${end}`);
    });
  }
  return found.sort();
}

function matched(patterns: readonly number[][], text: readonly number[]): string[] {
  const automaton = new WordAutomaton();
  patterns.forEach((pattern, index) => automaton.add(pattern, index));
  automaton.build();
  const found: string[] = [];
  let node = 0;
  text.forEach((word, end) => {
    node = automaton.step(node, word);
    for (let at = automaton.firstEnding(node); at !== NO_NODE; at = automaton.outputLink[at]) {
      for (const index of automaton.patterns[at]) found.push(`${index}@${end}`);
    }
  });
  return found.sort();
}

describe('WordAutomaton', () => {
  it('finds every pattern where it ends, nested and overlapping ones too', () => {
    const patterns = [[1, 2, 3], [2, 3], [3], [1, 2, 3], [2, 3, 4, 5]];
    expect(matched(patterns, [1, 2, 3, 4, 5, 2, 3])).toEqual(['0@2', '1@2', '1@6', '2@2', '2@6', '3@2', '4@4'].sort());
  });

  it('finds what comparing every pattern at every place finds, on random words', () => {
    const random = seededRandom(11);
    const word = () => Math.floor(random() * 3);
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(random() * 12) }, () => Array.from({ length: 1 + Math.floor(random() * 5) }, word));
      const text = Array.from({ length: Math.floor(random() * 40) }, word);
      expect(matched(patterns, text)).toEqual(scanned(patterns, text));
    }
  });

  it('takes no pattern once built', () => {
    const automaton = new WordAutomaton();
    automaton.add([1], 0);
    automaton.build();
    expect(() => automaton.add([2], 1)).toThrow(/tidings: expected patterns added before the automaton is built/);
  });
});
