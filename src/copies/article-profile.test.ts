import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleProfile, contentIndex, indexOfHash, type ContentIndex } from './article-profile.js';
import { EXAMPLES, readPrepared } from './test-support/articles.js';

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

describe('article profile content index', () => {
  it('lists, for every content concept of the examples, exactly the sentences holding it, ascending', async () => {
    const files = (await readdir(EXAMPLES)).filter((file) => !file.endsWith('.md')).sort();
    let checked = 0;
    for (const name of files) {
      for (const article of await readPrepared(path.join(EXAMPLES, name))) {
        const profile = articleProfile(article);
        const expected = holdersMap(profile.content);
        const index = profile.index();
        expect([...index.hashes]).toEqual([...expected.keys()].sort((a, b) => a - b));
        for (const [hash, sentences] of expected) expect(holders(index, hash)).toEqual(sentences);
        expect(holders(index, -1)).toBeUndefined();
        checked += expected.size;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('handles sentences without content concepts, repeated concepts and an empty article', () => {
    const content = [[7, 3], [], [3], [0xfffffffe, 7, 12], [3, 0xfffffffe]];
    const index = contentIndex(content);
    expect([...index.hashes]).toEqual([3, 7, 12, 0xfffffffe]);
    for (const [hash, sentences] of holdersMap(content)) expect(holders(index, hash)).toEqual(sentences);
    expect(holders(index, 5)).toBeUndefined();
    expect(holders(contentIndex([]), 3)).toBeUndefined();
    expect(holders(contentIndex([[], []]), 3)).toBeUndefined();
  });
});
