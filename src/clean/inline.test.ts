import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../test-support/random.js';
import { MARKER, MARKER_WORDS } from './inline.js';

const PIECES = [
  'Advertisement', 'ADVERTISEMENT', 'ADVERTISING', 'Story continues below', 'Story continues below advertisement', 'advertisement', 'Advert',
  'ADVERTISE', 'Story continues', 'below', 'The', 'mayor', 'said', '9', '.', '!', '?', '…', '"', '”', '’', ')', '“', '(', "'", ' ', '  ', '\n',
];

describe('MARKER_WORDS', () => {
  it('are in every paragraph that holds an advertisement marker, so others need not be searched', () => {
    const next = random(1312);
    let markers = 0;
    for (let n = 0; n < 20000; n++) {
      const length = Math.floor(next() * 10);
      let text = '';
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.6 ? ' ' : '');
      const found = [...text.matchAll(MARKER)].length;
      markers += found;
      if (found > 0) expect(MARKER_WORDS.some((word) => text.includes(word)), JSON.stringify(text)).toBe(true);
    }
    expect(markers).toBeGreaterThan(100);
  });
});
