import { describe, expect, it } from 'vitest';
import type { Span } from '../article.js';
import { countWords } from '../text/words.js';
import { cutToBytes, cutToWords } from './fill.js';
import { byteLength, unitText } from './units.js';

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
