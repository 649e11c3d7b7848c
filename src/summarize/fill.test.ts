import { describe, expect, it } from 'vitest';
import type { SegmentedArticle, Span } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { sentenceTokens } from '../segment/index.js';
import { countWords } from '../text/words.js';
import { ConceptVocabulary } from './concepts.js';
import { cutToBytes, cutToRoom, cutToWords } from './fill.js';
import { byteLength, unitText, type Unit } from './units.js';

const TEXT = 'The mayor of Velmar said on Friday, the dam would hold until spring.';
/** "The mayor of Velmar said" and ", the dam would hold until spring.": a compressed sentence whose second part joins the first with no space. */
const PARTS: Span[] = [
  { start: 0, end: TEXT.indexOf(' on Friday') },
  { start: TEXT.indexOf(', the dam'), end: TEXT.length },
];

describe('cutting a unit to the room left', () => {
  it('counts the words as the parts are joined: a part opening on a comma adds no word', () => {
    expect(unitText(TEXT, PARTS)).toBe('The mayor of Velmar said, the dam would hold until spring.');
    for (let words = 1; words <= 11; words++) {
      const kept = unitText(TEXT, cutToWords(TEXT, PARTS, words));
      expect(countWords(kept), kept).toBe(Math.min(words, countWords(unitText(TEXT, PARTS))));
    }
    expect(unitText(TEXT, cutToWords(TEXT, PARTS, 6))).toBe('The mayor of Velmar said, the');
  });

  it('counts the bytes as the parts are joined: no space before a part opening on a comma', () => {
    const whole = byteLength(unitText(TEXT, PARTS));
    expect(cutToBytes(TEXT, PARTS, whole)).toEqual(PARTS);
    for (let bytes = 1; bytes <= whole; bytes++) expect(byteLength(unitText(TEXT, cutToBytes(TEXT, PARTS, bytes)))).toBe(bytes);
  });
});

describe('cutting a unit to the room left after an edit', () => {
  it('edits the unit cut to twice the room, not the whole of a long sentence, and cuts what the edit keeps to the room', () => {
    const text = `The harbour board said ${'the ferry pilot was fined at the pier, '.repeat(200)}and the pier closed.`;
    const article = prepare(readString(text, { input: 'long.txt', format: 'text' }).articles[0]) as SegmentedArticle;
    const vocabulary = new ConceptVocabulary();
    const tokens = sentenceTokens(article, 0);
    const sentence = article.sentences[0];
    const whole: Unit = { article: 0, sentence: 0, parts: [{ start: sentence.start, end: sentence.end }], tokens, words: countWords(text), bytes: byteLength(text), concepts: vocabulary.concepts(tokens), dangling: false, complete: true };
    const edited: number[] = [];
    const cut = cutToRoom([article], [], whole, { words: 10 }, vocabulary, (unit) => {
      edited.push(unit.words);
      return unit;
    });
    expect(edited).toEqual([20]);
    expect([cut?.words, cut?.truncated, unitText(text, cut!.parts)]).toEqual([10, true, 'The harbour board said the ferry pilot was fined at']);
  });
});
