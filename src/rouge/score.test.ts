import { describe, expect, it } from 'vitest';
import { prepareReferences, rouge } from './index.js';

const exact = { stem: false } as const;

describe('ROUGE-N', () => {
  it('clips each n-gram to its count in the reference', () => {
    const scores = rouge('the the the cat', ['the cat sat'], exact);
    expect(scores['ROUGE-1']).toEqual({ R: 0.66667, P: 0.5, F: 0.57143, hits: 2, referenceTotal: 3, peerTotal: 4 });
    expect(scores['ROUGE-2']).toEqual({ R: 0.5, P: 0.33333, F: 0.4, hits: 1, referenceTotal: 2, peerTotal: 3 });
  });

  it('counts n-grams across line breaks (the whole summary is one text)', () => {
    expect(rouge('a b\nc', ['b c'], { ...exact, maxN: 2 })['ROUGE-2'].hits).toBe(1);
  });

  it('computes any n', () => {
    const scores = rouge('a b c d e', ['a b c d x'], { ...exact, maxN: 4 });
    expect([1, 2, 3, 4].map((n) => scores[`ROUGE-${n}`].hits)).toEqual([4, 3, 2, 1]);
  });
});

describe('ROUGE-S and ROUGE-SU', () => {
  it('counts pairs with at most 4 words between them, and unigrams except the last token', () => {
    const text = 'a b c d e f g';
    // unigrams a…f (6) + pairs 5+5+4+3+2+1 (20)
    expect(rouge(text, [text], exact)['ROUGE-SU4']).toMatchObject({ R: 1, referenceTotal: 26, peerTotal: 26 });
    expect(rouge(text, [text], { ...exact, skipGap: 0, skipUnigrams: false })['ROUGE-S0'].referenceTotal).toBe(6);
    expect(rouge(text, [text], { ...exact, skipGap: -1, skipUnigrams: false })['ROUGE-S*'].referenceTotal).toBe(21);
  });

  it('has no units in a one-token summary', () => {
    expect(rouge('alone', ['alone'], exact)['ROUGE-SU4']).toMatchObject({ R: 0, P: 0, F: 0, referenceTotal: 0 });
  });

  it('matches skip-bigrams in order only', () => {
    const scores = rouge('b a', ['a b'], { ...exact, skipUnigrams: false });
    expect(scores['ROUGE-S4'].hits).toBe(0);
  });
});

describe('ROUGE-L (summary-level union LCS)', () => {
  it('unions the LCS of a reference sentence with every peer sentence (Lin 2004, section 3.2)', () => {
    const scores = rouge('w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', ['w1 w2 w3 w4 w5'], exact);
    expect(scores['ROUGE-L']).toMatchObject({ hits: 4, referenceTotal: 5, peerTotal: 10, R: 0.8, P: 0.4 });
  });

  it('uses up unigram counts, so a peer word serves one reference word at most', () => {
    expect(rouge('a b', ['a b\na b'], exact)['ROUGE-L']).toMatchObject({ hits: 2, referenceTotal: 4 });
  });

  it('follows ROUGE-1.5.5 ties: going up before left when walking back the table', () => {
    // In "a b" against "b a" the walk marks "a", which uses up the peer's only "a".
    expect(rouge('b a', ['a b\na'], exact)['ROUGE-L']).toMatchObject({ hits: 1, referenceTotal: 3 });
  });
});

describe('several references, alpha', () => {
  it('average pools hits and totals; the peer counts once per reference', () => {
    expect(rouge('a b c', ['a b c', 'd e f'], exact)['ROUGE-1']).toMatchObject({ R: 0.5, P: 0.5, hits: 3, referenceTotal: 6, peerTotal: 6 });
  });

  it('best keeps the reference with the highest recall', () => {
    expect(rouge('a b c', ['d e f', 'a b c'], { ...exact, combine: 'best' })['ROUGE-1']).toMatchObject({ R: 1, P: 1, referenceTotal: 3 });
  });

  it('weights precision by alpha in F = 1 / (alpha / P + (1 - alpha) / R)', () => {
    const peer = 'a b c d';
    const references = ['a b'];
    expect(rouge(peer, references, { ...exact, alpha: 1 })['ROUGE-1'].F).toBe(0.5);
    expect(rouge(peer, references, { ...exact, alpha: 0 })['ROUGE-1'].F).toBe(1);
    expect(rouge(peer, references, { ...exact, alpha: 0.5 })['ROUGE-1'].F).toBe(0.66667);
  });

  it('scores zero against an empty reference or an empty peer', () => {
    expect(rouge('', ['a b'], exact)['ROUGE-1']).toMatchObject({ R: 0, P: 0, F: 0 });
    expect(rouge('a b', ['...'], exact)['ROUGE-L']).toMatchObject({ R: 0, P: 0, F: 0 });
  });
});

describe('the library API', () => {
  it('scores against prepared references as against texts', () => {
    const references = ['The cabinet resigned on Monday.', 'Ministers quit the government on Monday.'];
    const prepared = prepareReferences(references, { words: 100 });
    expect(rouge('The whole cabinet quit on Monday.', prepared)).toEqual(rouge('The whole cabinet quit on Monday.', references, { words: 100 }));
  });

  it('rejects misuse with a TypeError', () => {
    expect(() => rouge('a', [])).toThrow(TypeError);
    expect(() => rouge('a', ['b'], { maxN: 0 })).toThrow(/maxN/);
    expect(() => rouge('a', ['b'], { words: 10, bytes: 10 })).toThrow(TypeError);
    expect(() => rouge('a', ['b'], { stemming: true } as never)).toThrow(/rouge option/);
    expect(() => rouge('a', prepareReferences(['b']), { maxN: 1 })).toThrow(TypeError);
  });
});
