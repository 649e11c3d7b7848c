import { describe, expect, it } from 'vitest';
import { articleProfile, contentIndex, indexOfHash, type ContentIndex } from './article-profile.js';
import { concepts } from './concepts.js';
import { hashString } from './hash.js';
import { sentenceProfile } from './profile.js';
import { exampleArticles, preparedText } from './test-support/articles.js';

/** Per-sentence hashes as `contentIndex` takes them: flat, with where each sentence's start. */
function flat(content: readonly (readonly number[])[]): [Uint32Array, Int32Array] {
  const starts = new Int32Array(content.length + 1);
  content.forEach((hashes, sentence) => (starts[sentence + 1] = starts[sentence] + hashes.length));
  return [Uint32Array.from(content.flat()), starts];
}

/** Sentence `i`'s hashes of a flat array. */
function perSentence(content: Uint32Array, starts: Int32Array): number[][] {
  return Array.from({ length: starts.length - 1 }, (_, sentence) => [...content.subarray(starts[sentence], starts[sentence + 1])]);
}

/** The sentences holding each content concept as a plain map, in the order the sentences come. */
function holdersMap(content: readonly (readonly number[])[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  content.forEach((hashes, sentence) => {
    for (const hash of hashes) map.set(hash, [...(map.get(hash) ?? []), sentence]);
  });
  return map;
}

function holders(index: ContentIndex, hash: number): number[] | undefined {
  const at = indexOfHash(index.hashes, hash);
  return at < 0 ? undefined : [...index.sentences.subarray(index.starts[at], index.starts[at + 1])];
}

describe('article profile', () => {
  it('holds, sentence by sentence, what the sentence alone gives: token hashes, words and their forms, distinct content concepts, full profile', async () => {
    let checked = 0;
    for (const article of await exampleArticles()) {
      const profile = articleProfile(article);
      const content = perSentence(profile.content, profile.contentStarts);
      expect(profile.sentenceStarts).toHaveLength(article.sentences.length + 1);
      article.sentences.forEach((sentence, i) => {
        const tokens = article.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
        const found = concepts(tokens);
        expect([...profile.tokenHashes.subarray(profile.sentenceStarts[i], profile.sentenceStarts[i + 1])]).toEqual(tokens.map((token) => hashString(token.norm)));
        expect(profile.words[i]).toBe(tokens.filter((token) => !token.punct).length);
        expect(profile.wordNorms(i)).toEqual(tokens.filter((token) => !token.punct).map((token) => token.norm));
        expect(content[i]).toEqual([...new Set(found.filter((concept) => concept.content).map((concept) => concept.hash))]);
        expect(profile.sentence(i)).toEqual(sentenceProfile(tokens));
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('marks the sentences holding a negation, as a sentence profiled alone is marked', () => {
    const article = preparedText('The council did not approve the harbour plan on Monday. It approved the new school budget instead. Officials won\'t say why, and no one else knows. Never again, she said.', 'negations.txt');
    const profile = articleProfile(article);
    const negated = article.sentences.map((_, i) => profile.sentence(i).negated);
    expect(negated).toEqual([true, false, true, true]);
    article.sentences.forEach((sentence, i) => expect(negated[i]).toBe(sentenceProfile(article.tokens.slice(sentence.tokenStart, sentence.tokenEnd)).negated));
  });
});

describe('article profile content index', () => {
  it('lists, for every content concept of the examples, exactly the sentences holding it, ascending', async () => {
    let checked = 0;
    for (const article of await exampleArticles()) {
      const profile = articleProfile(article);
      const expected = holdersMap(perSentence(profile.content, profile.contentStarts));
      const index = profile.index();
      expect([...index.hashes]).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const [hash, sentences] of expected) expect(holders(index, hash)).toEqual(sentences);
      expect(holders(index, -1)).toBeUndefined();
      checked += expected.size;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('handles sentences without content concepts, repeated concepts and an empty article', () => {
    const content = [[7, 3], [], [3], [0xfffffffe, 7, 12], [3, 0xfffffffe]];
    const index = contentIndex(...flat(content));
    expect([...index.hashes]).toEqual([3, 7, 12, 0xfffffffe]);
    for (const [hash, sentences] of holdersMap(content)) expect(holders(index, hash)).toEqual(sentences);
    expect(holders(index, 5)).toBeUndefined();
    expect(holders(contentIndex(...flat([])), 3)).toBeUndefined();
    expect(holders(contentIndex(...flat([[], []])), 3)).toBeUndefined();
  });
});
