import { describe, expect, it } from 'vitest';
import type { SegmentedArticle, Sentence } from '../article.js';
import { seededRandom } from '../test-support/random.js';
import { preparedText } from './test-support/articles.js';
import { sharedWords } from './edits.js';
import { CHANGED_SENTENCE_SHARE, SENTENCE_PAIRING_WINDOW, SENTENCE_TABLE_CELLS, versionChanges } from './versions.js';

const WORDS = 'ferry harbour council storm the of said Marrow divers wreck twelve boats island rescued quay pier tide mayor school bridge'.split(' ');

const word = (random: () => number) => WORDS[Math.floor(random() * WORDS.length)];

/** `count` sentences of 4 to 11 words drawn from a score, so many pairs share about half their words and ties are common. */
function sentences(count: number, random: () => number): string[][] {
  return Array.from({ length: count }, () => Array.from({ length: 4 + Math.floor(random() * 8) }, () => word(random)));
}

/** Each sentence with about half its words replaced, a word dropped or added now and then, and a sentence new or gone now and then. */
function rewritten(earlier: string[][], random: () => number): string[][] {
  const later = earlier.map((words) => words.map((kept) => (random() < 0.45 ? word(random) : kept)).filter(() => random() > 0.1));
  if (random() < 0.5) later.splice(Math.floor(random() * later.length), 1);
  if (random() < 0.5) later.splice(Math.floor(random() * later.length), 0, ...sentences(1, random));
  return later.filter((words) => words.length > 0);
}

const text = (sentences: string[][]) => sentences.map((words) => `${words.join(' ')}.`).join(' ');

/** Every earlier sentence against every later one, as the pairing was before it was bounded: each later sentence in order takes the untaken earlier one sharing the greatest share (the first of equals). */
function everyPair(earlier: SegmentedArticle, later: SegmentedArticle): Array<[number, number]> {
  const tokens = (article: SegmentedArticle, sentence: Sentence) => article.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const taken = new Set<Sentence>();
  const pairs: Array<[number, number]> = [];
  for (const sentence of later.sentences) {
    let best: Sentence | undefined;
    let bestShare = 0;
    for (const candidate of earlier.sentences) {
      if (taken.has(candidate)) continue;
      const counts = sharedWords(tokens(earlier, candidate), tokens(later, sentence));
      const share = counts.equalWords / Math.max(1, counts.sourceWords, counts.copyWords);
      if (share >= CHANGED_SENTENCE_SHARE && share > bestShare) [best, bestShare] = [candidate, share];
    }
    if (best === undefined) continue;
    taken.add(best);
    pairs.push([best.start, sentence.start]);
  }
  return pairs;
}

describe('versionChanges pairing', () => {
  it('pairs the sentences of a text rewritten throughout as comparing every pair did, on texts within the window', () => {
    const random = seededRandom(24);
    let compared = 0;
    for (let trial = 0; trial < 80; trial++) {
      const words = sentences(2 + Math.floor(random() * 25), random);
      const earlier = preparedText(text(words), 'a.txt');
      const later = preparedText(text(rewritten(words, random)), 'a.txt');
      const changes = versionChanges(earlier, later);
      const before = changes.sentences.filter((change) => change.before).length;
      const after = changes.sentences.filter((change) => change.after).length;
      if (before !== earlier.sentences.length || after !== later.sentences.length) continue;
      const paired = changes.sentences.filter((change) => change.kind === 'changed').map((change): [number, number] => [change.before!.start, change.after!.start]);
      expect(paired).toEqual(everyPair(earlier, later));
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('reads a sentence changed and moved past the window as one removed and one added', () => {
    const fleet = (verb: string) => Array.from({ length: SENTENCE_PAIRING_WINDOW + 10 }, (_, i) => `Boat ${i} of the fleet ${verb} to port.`);
    const moved = 'Twelve people died and 40 were rescued by fishing boats, according to the coast guard.';
    const corrected = 'Fourteen people died and 40 were rescued by fishing boats, according to the coast guard.';
    const earlier = preparedText([moved, ...fleet('returned')].join(' '), 'a.txt');
    const near = versionChanges(earlier, preparedText([corrected, ...fleet('came back')].join(' '), 'a.txt'));
    expect(near.sentences.filter((change) => change.kind !== 'changed')).toEqual([]);
    expect(near.numbers.map((number) => number.after.text)).toEqual(['Fourteen']);
    const far = versionChanges(earlier, preparedText([...fleet('came back'), corrected].join(' '), 'a.txt'));
    expect(far.sentences.filter((change) => change.kind !== 'changed').map((change) => (change.before ?? change.after)!.text)).toEqual([moved, corrected]);
    expect(far.numbers).toEqual([]);
  });

  it('past the sentence table, finds the sentences removed, changed and added between the shared start and end, and not those kept', () => {
    const count = Math.ceil(Math.sqrt(SENTENCE_TABLE_CELLS)) + 100;
    const fleet = Array.from({ length: count }, (_, i) => `Boat ${i} of the fleet returned to port with ${i % 7} crew.`);
    const later = fleet.filter((_, i) => i !== 10).map((sentence) => sentence.replace('Boat 1000 of the fleet returned to port with 6 crew', 'Boat 1000 of the fleet returned to port with 5 crew'));
    later.splice(count - 60, 0, 'The harbour master thanked the crews.');
    const changes = versionChanges(preparedText(fleet.join(' '), 'a.txt'), preparedText(later.join(' '), 'a.txt'));
    expect(changes.sentences.map((change) => `${change.kind}: ${(change.after ?? change.before)!.text}`)).toEqual([
      'removed: Boat 10 of the fleet returned to port with 3 crew.',
      'changed: Boat 1000 of the fleet returned to port with 5 crew.',
      'added: The harbour master thanked the crews.',
    ]);
    expect(changes.numbers.map((number) => [number.before.text, number.after.text])).toEqual([['6', '5']]);
  });

  it('finds the sentences a long inserted block shifted past the window, past the sentence table (found in review: 1,937 were called changed)', () => {
    const count = Math.ceil(Math.sqrt(SENTENCE_TABLE_CELLS)) + 100;
    const fleet = Array.from({ length: count }, (_, i) => `Boat ${i} of the fleet returned to port with ${i % 7} crew.`);
    const later = [...fleet];
    later[count - 50] = later[count - 50].replace('returned to port', 'came back to port');
    later.splice(100, 0, ...Array.from({ length: SENTENCE_PAIRING_WINDOW + 10 }, (_, i) => `Harbour note ${i}: the quay lights were repaired by crew ${i}.`));
    const changes = versionChanges(preparedText(fleet.join(' '), 'a.txt'), preparedText(later.join(' '), 'a.txt'));
    const kinds = changes.sentences.map((change) => change.kind);
    expect(kinds.filter((kind) => kind === 'added')).toHaveLength(SENTENCE_PAIRING_WINDOW + 10);
    expect(kinds.filter((kind) => kind !== 'added')).toEqual(['changed']);
  });
});
