import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { paragraphAt } from './context.js';
import { MIN_SAME_WORDS, sameWordsSpeakers, type WordsEntry } from './same-words.js';

/** The pairwise scan the index replaces: the first other attributed quotation holding the entry's words, or held by them. */
function scanned(entries: readonly WordsEntry<string>[], index: number): string | undefined {
  const words = entries[index].words;
  if (words.length < MIN_SAME_WORDS) return undefined;
  const text = ` ${words.join(' ')} `;
  const match = entries.find((other, at) => {
    if (at === index || other.speaker === undefined || other.words.length < MIN_SAME_WORDS) return false;
    const otherText = ` ${other.words.join(' ')} `;
    return otherText.includes(text) || text.includes(otherText);
  });
  return match?.speaker;
}

describe('sameWordsSpeakers', () => {
  it('finds the speaker of a quotation cut short, and of one holding a shorter attributed one', () => {
    const entries: WordsEntry<string>[] = [
      { words: ['we', 'will', 'rebuild', 'every', 'street'], speaker: 'Dorrik' },
      { words: ['we', 'will', 'rebuild'] },
      { words: ['they', 'said', 'we', 'will', 'rebuild', 'every', 'street', 'soon'] },
      { words: ['rebuild', 'every', 'street', 'now'] },
    ];
    expect(sameWordsSpeakers(entries)).toEqual([undefined, 'Dorrik', 'Dorrik', undefined]);
  });

  it('answers as the pairwise scan does on random quotations over a small vocabulary', () => {
    const random = seededRandom(7);
    const vocabulary = ['the', 'river', 'rose', 'fast', 'we', 'never', 'saw', 'it'];
    for (let round = 0; round < 300; round++) {
      const count = 1 + Math.floor(random() * 60);
      const kinds = 2 + Math.floor(random() * 3);
      const entries: WordsEntry<string>[] = Array.from({ length: count }, (_, at) => {
        const words = Array.from({ length: 1 + Math.floor(random() * 9) }, () => vocabulary[Math.floor(random() * kinds)]);
        return random() < 0.5 ? { words, speaker: `speaker ${at}` } : { words };
      });
      expect(sameWordsSpeakers(entries)).toEqual(entries.map((_, at) => scanned(entries, at)));
    }
  });
});

describe('paragraphAt', () => {
  it('gives the paragraph holding an offset, its end included, as a scan over the paragraphs does', () => {
    const paragraphs = [
      { start: 0, end: 10 },
      { start: 12, end: 30 },
      { start: 30, end: 31 },
      { start: 40, end: 55 },
    ];
    for (let offset = -1; offset <= 60; offset++) {
      expect(paragraphAt(paragraphs, offset)).toBe(paragraphs.findIndex((paragraph) => paragraph.start <= offset && offset <= paragraph.end));
    }
  });
});
