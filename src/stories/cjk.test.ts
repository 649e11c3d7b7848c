import { describe, expect, it } from 'vitest';
import { CHINESE, JAPANESE } from '../test-support/cjk-articles.js';
import { articleProfile, StoryClusterer } from './index.js';

describe('stories in Chinese and Japanese', () => {
  it('counts pairs of characters as terms and katakana runs as words', () => {
    const terms = articleProfile(JAPANESE.library).terms;
    expect(terms.get('図書')).toBeGreaterThan(0);
    expect(terms.get('カフェ')).toBe(1);
    expect(terms.has('図')).toBe(false);
    expect([...articleProfile(CHINESE.fire).terms.keys()]).toEqual(expect.arrayContaining(['仓库', '起火', '消防', '澜江']));
  });

  it('joins two reports of one event told in other words and keeps other events of the same place apart', () => {
    const clusterer = new StoryClusterer();
    const order = [CHINESE.metro, CHINESE.fire, CHINESE.report, CHINESE.school, JAPANESE.quake, JAPANESE.report, JAPANESE.library];
    const story = new Map(order.map((article) => [article.id, clusterer.add(articleProfile(article)).story]));
    expect(story.get('zh-fire-4')).toBe(story.get('zh-fire-1'));
    expect(story.get('ja-quake-3')).toBe(story.get('ja-quake-1'));
    expect(new Set(story.values()).size).toBe(5);
  });
});
