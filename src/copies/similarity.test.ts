import { describe, expect, it } from 'vitest';
import type { Token } from '../article.js';
import { tokenize } from '../segment/index.js';
import { FEATURE_NAMES, similarityFeatures } from './features.js';
import { PARAPHRASE_TABLE } from './paraphrases.js';
import { sentenceProfile } from './profile.js';
import { sentenceSimilarity } from './similarity.js';

function tokens(sentence: string): Token[] {
  return tokenize(sentence, { start: 0, end: sentence.length });
}

function similarity(a: string, b: string): number {
  return sentenceSimilarity(tokens(a), tokens(b));
}

const SOURCE = 'The company that operates the dam said international inspectors had visited the site in October.';

describe('sentenceSimilarity', () => {
  it('is 1 for a sentence and itself, and for the same words with other case and quote marks', () => {
    expect(similarity(SOURCE, SOURCE)).toBe(1);
    expect(similarity('"We will rebuild," the mayor said.', '“We will rebuild,” The Mayor said.')).toBe(1);
  });

  it('is symmetric', () => {
    const copy = 'International inspectors visited the site in October, the firm that runs the dam stated.';
    expect(similarity(SOURCE, copy)).toBeCloseTo(similarity(copy, SOURCE), 12);
  });

  it('sees through synonyms, long names and word order that plain word overlap misses', () => {
    const rewrite = 'Worldwide inspectors had visited the site in October, the firm that runs the dam stated.';
    const unrelated = 'The river rose four metres overnight and flooded the lower town.';
    expect(similarity(SOURCE, rewrite)).toBeGreaterThan(0.8);
    expect(similarity(SOURCE, unrelated)).toBeLessThan(0.1);
    expect(similarity('Russia and Syria signed the agreement in Moscow on Tuesday.', 'The Russian Federation and the Syrian Arab Republic signed the deal in Moscow on Tuesday.')).toBeGreaterThan(0.7);
    expect(similarity('Water flooded the Velmar River valley after the dam gave way.', 'After the dam collapsed, water flooded the River Velmar valley.')).toBeGreaterThan(0.7);
  });

  it('scores a sentence with changed numbers or a negation below the same sentence with its numbers kept', () => {
    const kept = similarity('About 1,200 people left their homes on Saturday.', 'Around 1,200 people left their homes on Saturday.');
    expect(similarity('About 1,200 people left their homes on Saturday.', 'About 1,400 people left their homes on Saturday.')).toBeLessThan(kept);
    expect(similarity('The gate did fail completely.', 'The gate did not fail completely.')).toBeLessThan(similarity('The gate did fail completely.', 'The gate did also fail completely.'));
  });

  it('weighs the content a pair leaves unmatched whatever pairs were scored before it', () => {
    const long = 'Officials in Harrow County said the storm flooded the river valley, closed the bridge, cut power to homes and farms, and forced schools to close.';
    expect(similarity(long, long)).toBe(1);
    const features = similarityFeatures(sentenceProfile(tokens('Water flooded the valley.')), sentenceProfile(tokens('Water flooded the Velmar valley.')));
    expect(features[FEATURE_NAMES.indexOf('unmatchedInLonger')]).toBeCloseTo(Math.log1p(6 / 8), 12);
    expect(features[FEATURE_NAMES.indexOf('unmatchedInShorter')]).toBe(0);
  });

  it('is 0 for two sentences without words in common and for empty token lists', () => {
    expect(similarity('Floods hit the north.', 'Markets rallied strongly today.')).toBe(0);
    expect(sentenceSimilarity([], [])).toBe(0);
    expect(sentenceSimilarity([], tokens(SOURCE))).toBe(0);
  });

  it('rejects what is not a token array', () => {
    expect(() => sentenceSimilarity('a sentence' as unknown as Token[], [])).toThrow(/^tidings: expected sentence tokens as an array, got "a sentence"$/);
  });

  it('takes microseconds per pair, not milliseconds', () => {
    const pairs = Array.from({ length: 2000 }, (_, i) => [tokens(`${SOURCE} ${i % 50}`), tokens(`International inspectors visited it in October ${i % 50}.`)] as const);
    for (const [a, b] of pairs) sentenceSimilarity(a, b);
    const started = performance.now();
    for (const [a, b] of pairs) sentenceSimilarity(a, b);
    const microseconds = ((performance.now() - started) * 1000) / pairs.length;
    console.log(`sentenceSimilarity: ${microseconds.toFixed(1)} µs per pair from tokens (both profiles built on each call)`);
    expect(microseconds).toBeLessThan(1000);
  });
});

describe('the paraphrase table', () => {
  it('lists each word or phrase on one line only', () => {
    const seen = new Map<string, number>();
    const repeated: string[] = [];
    PARAPHRASE_TABLE.split('\n').forEach((line, number) => {
      for (const entry of line.split('|').map((part) => part.trim().toLowerCase()).filter(Boolean)) {
        if (seen.has(entry)) repeated.push(`${entry} (lines ${seen.get(entry)} and ${number})`);
        seen.set(entry, number);
      }
    });
    expect(repeated).toEqual([]);
  });
});
