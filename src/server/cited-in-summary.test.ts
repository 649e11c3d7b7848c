import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { ingestResponse, storyResponse } from './schemas/responses.js';
import { appFetch, articleFiles, EXAMPLES, htmlPage, postFiles, postJson, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
let stories: string[];

beforeAll(async () => {
  t = testApp();
  const answers = (await postFiles(appFetch(t.app), 'http://localhost', articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
  stories = [...new Set(answers.flatMap((answer) => answer.articles.map((article) => article.story)).filter((story): story is string => story !== null))];
});
afterAll(() => t.close());

/** The store with a count of each call to the methods that building a story's view makes. */
function countingStore(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const counted = new Set(['story', 'storyArticles', 'cachedReport', 'saveSummary']);
  const proxy = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof name !== 'string' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (counted.has(name)) calls.set(name, (calls.get(name) ?? 0) + 1);
        return (value as (...given: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

/** The first summary citation of another article than the sentence's own, with its story. */
async function crossCitation(app: TestApp['app']) {
  for (const story of stories) {
    const view = storyResponse.parse(await (await app.request(`/api/stories/${story}`)).json());
    const citation = view.summary.sentences.flatMap((sentence) => sentence.citations.filter((candidate) => candidate.article !== sentence.article))[0];
    if (citation) return { story, citation };
  }
  throw new Error('no summary cites another article than its sentence');
}

/** The page of `article` opened from a citation of `span` in `story`'s summary, and the summary sentences its box lists. */
async function citedPage(app: TestApp['app'], article: string, span: { start: number; end: number }, story: string) {
  const { document } = await htmlPage(app, `/articles/${encodeURIComponent(article)}?hl=${span.start}-${span.end}&story=${story}`);
  expect(document.querySelector('mark')).not.toBeNull();
  return [...document.querySelectorAll('section.cited-in li a')].map((link) => link.textContent);
}

/** The sentences of the story's summary (as the API gives it) citing exactly this span of this article, as the box names them. */
async function citingSentences(app: TestApp['app'], story: string, article: string, span: { start: number; end: number }): Promise<string[]> {
  const view = storyResponse.parse(await (await app.request(`/api/stories/${story}?sources=1000`)).json());
  return view.summary.sentences.flatMap((sentence, index) =>
    sentence.citations.some((citation) => citation.article === article && citation.span.start === span.start && citation.span.end === span.end) ? [`Sentence ${index + 1}`] : [],
  );
}

describe('the article page opened from a citation', () => {
  it("shows the sentences citing the span from the view the story's page made, building nothing again", async () => {
    const { story, citation } = await crossCitation(t.app);
    const { store, calls } = countingStore(t.store);
    const fresh = createApp({ store });
    expect((await fresh.request(`/stories/${story}`)).status).toBe(200);
    calls.clear();
    const listed = await citedPage(fresh, citation.article, citation.span, story);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(await citingSentences(fresh, story, citation.article, citation.span));
    expect(Object.fromEntries(calls)).toEqual({});
  });

  it("shows them after the story grew, opened before the story's page: the current summary made once, and the story's page reads it", async () => {
    const own = testApp();
    try {
      const answers = (await postFiles(appFetch(own.app), 'http://localhost', articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
      expect(answers.length).toBeGreaterThan(0);
      const { story, citation } = await crossCitation(own.app);
      const before = storyResponse.parse(await (await own.app.request(`/api/stories/${story}`)).json()).story.version;
      // A fictional outlet reprints the cited article: the story grows to a new version, its saved summary now stale.
      const [cited] = await own.store.articles([citation.article]);
      const reprint = { id: 'quarry-echo-reprint', outlet: 'Quarry Echo', title: cited.title, published: cited.published, text: cited.text };
      const grown = ingestResponse.parse(await (await postJson(own.app, '/api/articles', reprint)).json());
      expect(grown.articles[0]).toMatchObject({ status: 'added', story });
      const { store, calls } = countingStore(own.store);
      const fresh = createApp({ store });
      const listed = await citedPage(fresh, citation.article, citation.span, story);
      expect(listed.length).toBeGreaterThan(0);
      expect(Object.fromEntries(calls)).toMatchObject({ story: 1, storyArticles: 1, saveSummary: 1 });
      calls.clear();
      expect((await fresh.request(`/stories/${story}`)).status).toBe(200);
      expect(Object.fromEntries(calls)).toEqual({});
      const after = storyResponse.parse(await (await fresh.request(`/api/stories/${story}`)).json());
      expect(after.story.version).toBeGreaterThan(before);
      expect(listed).toEqual(await citingSentences(fresh, story, citation.article, citation.span));
    } finally {
      await own.close();
    }
  });

  it('leaves the box out for a story the store does not have, and shows the article with its span marked', async () => {
    const { citation } = await crossCitation(t.app);
    expect(await citedPage(t.app, citation.article, citation.span, 's99999')).toEqual([]);
  });
});
