import { describe, expect, it } from 'vitest';
import { articleProfile, StoryClusterer } from './index.js';
import { BERENICE_ARTICLES, TAMSIN_ARTICLES } from './test-support/multilingual-articles.js';

/** The stories of the two storms' reports fed in publication order, by article id. */
function storiesOf(options: { crossLanguageThreshold?: number } = {}): Map<string, string> {
  const clusterer = new StoryClusterer(options);
  const reports = [...TAMSIN_ARTICLES, ...BERENICE_ARTICLES].sort((a, b) => a.published!.localeCompare(b.published!));
  return new Map(reports.map((report) => [report.id, clusterer.add(articleProfile(report)).story]));
}

describe('one event told in several languages', () => {
  it('profiles each report with the language it is written in', () => {
    expect([...TAMSIN_ARTICLES, ...BERENICE_ARTICLES].map((report) => articleProfile(report).language)).toEqual(['en', 'nl', 'de', 'fr', 'en', 'es']);
  });

  it('joins the reports of one storm in four languages, the long French follow-up sharing only names and numbers included', () => {
    const stories = storiesOf();
    expect(new Set(TAMSIN_ARTICLES.map((report) => stories.get(report.id))).size).toBe(1);
  });

  it('keeps the storm of the same days in another country apart', () => {
    const stories = storiesOf();
    const tamsin = stories.get('tamsin-en');
    expect(stories.get('berenice-en')).toBe(stories.get('berenice-es'));
    expect(BERENICE_ARTICLES.some((report) => stories.get(report.id) === tamsin)).toBe(false);
  });

  it('leaves the French follow-up a story of its own without the cross-language evidence (crossLanguageThreshold 1)', () => {
    const stories = storiesOf({ crossLanguageThreshold: 1 });
    expect(stories.get('tamsin-fr')).not.toBe(stories.get('tamsin-en'));
  });

  it('keeps a story’s languages in its saved state', () => {
    const clusterer = new StoryClusterer();
    for (const report of TAMSIN_ARTICLES.slice(0, 3)) clusterer.add(articleProfile(report));
    const restored = new StoryClusterer({}, JSON.parse(JSON.stringify(clusterer.toJSON())));
    expect(restored.toJSON().stories.map((story) => story.languages)).toEqual([['en', 'nl', 'de']]);
    const original = clusterer.add(articleProfile(TAMSIN_ARTICLES[3]));
    expect(restored.add(articleProfile(TAMSIN_ARTICLES[3]))).toEqual(original);
  });

  it('rejects a saved story whose languages are no strings', () => {
    const clusterer = new StoryClusterer();
    clusterer.add(articleProfile(TAMSIN_ARTICLES[0]));
    const state = clusterer.toJSON();
    state.stories[0].languages = [7 as unknown as string];
    expect(() => new StoryClusterer({}, state)).toThrow(/state story language/);
  });
});
