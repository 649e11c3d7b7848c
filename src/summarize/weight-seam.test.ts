import { describe, expect, it } from 'vitest';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { summarize, summaryPartsText } from './index.js';
import { withConceptWeightsAdjusted } from './weight-seam.js';

const TEXTS = [
  'Coastguard crews from Brenmouth put out a fire in the Harrow Point lamp room before dawn. A retired keeper in Velmar painted the old foghorn shed a bright shade of green last spring.',
  'Coastguard crews from Brenmouth put out a fire in the Harrow Point lamp room early on the morning after the storm.',
  'A fire in the Harrow Point lamp room was put out by coastguard crews from Brenmouth before the tide turned.',
];
const articles = TEXTS.map((text, index) => ({ ...prepare(readString(text, { input: `${index}.txt`, format: 'text' }).articles[0]), id: `a${index}` }));
const picked = () => summarize(articles, { budget: { sentences: 1 } }).sentences.map((sentence) => summaryPartsText(articles.find((article) => article.id === sentence.article)!.text, sentence.parts));

describe('withConceptWeightsAdjusted (the benchmarks\' jitter seam)', () => {
  it('hands each summarize call inside it the concept weights, and no call after it', () => {
    const seen: number[] = [];
    withConceptWeightsAdjusted((weights) => seen.push(weights.length), () => picked());
    picked();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThan(10);
  });

  it('changes what is picked by the weights it sets, and restores them after a throw', () => {
    const plain = picked();
    expect(plain[0]).toMatch(/^Coastguard crews/);
    const inverted = withConceptWeightsAdjusted((weights) => weights.forEach((weight, i) => (weights[i] = weight > 0 ? 1 / weight : 0)), () => picked());
    expect(inverted[0]).toMatch(/foghorn/);
    expect(() => withConceptWeightsAdjusted(() => { throw new Error('adjustment failed'); }, () => picked())).toThrow('adjustment failed');
    expect(picked()).toEqual(plain);
  });
});
