import { describe, expect, it } from 'vitest';
import { cutText, firstShown } from './shown.js';

describe('cutText', () => {
  it('gives a text within the limit whole, with no flag', () => {
    expect(cutText('The river rose.', 15)).toEqual({ text: 'The river rose.' });
    expect(cutText('The river rose.')).toEqual({ text: 'The river rose.' });
  });

  it('cuts a longer one to its first characters and says so', () => {
    expect(cutText('The river rose.', 9)).toEqual({ text: 'The river', textTruncated: true });
  });

  it('never splits a surrogate pair: the pair at the cut is left out whole', () => {
    const cut = cutText('Flood 🌊 warning', 7);
    expect(cut).toEqual({ text: 'Flood ', textTruncated: true });
    expect(cutText('Flood 🌊 warning', 8)).toEqual({ text: 'Flood 🌊', textTruncated: true });
  });
});

describe('firstShown', () => {
  it('shows the first items and counts the rest', () => {
    expect(firstShown([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
  });
});
