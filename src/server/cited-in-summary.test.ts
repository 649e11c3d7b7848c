import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { ingestResponse, storyResponse } from './schemas/responses.js';
import { appFetch, articleFiles, EXAMPLES, htmlPage, postFiles, testApp, type TestApp } from './test-support/fixtures.js';

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

describe('the article page opened from a citation (mend25c)', () => {
  it('shows the sentences citing the span from the saved summary without building the story view', async () => {
    const { story, citation } = await crossCitation(t.app);
    const { store, calls } = countingStore(t.store);
    const fresh = createApp({ store });
    const { document } = await htmlPage(fresh, `/articles/${encodeURIComponent(citation.article)}?hl=${citation.span.start}-${citation.span.end}&story=${story}`);
    expect(document.querySelectorAll('section.cited-in li').length).toBeGreaterThan(0);
    expect(Object.fromEntries(calls)).toEqual({});
  });

  it('leaves the box out, and the summary and report unmade, for a story whose summary is not saved', async () => {
    const other = testApp();
    try {
      const answers = (await postFiles(appFetch(other.app), 'http://localhost', articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
      const { story, id } = answers.flatMap((answer) => answer.articles).find((article) => article.story !== null)!;
      const [stored] = await other.store.articles([id]);
      const { store, calls } = countingStore(other.store);
      const { document } = await htmlPage(createApp({ store }), `/articles/${encodeURIComponent(id)}?hl=0-${stored.text.indexOf('.') + 1}&story=${story}`);
      expect(document.querySelector('section.cited-in')).toBeNull();
      expect(document.querySelector('mark')).not.toBeNull();
      expect(Object.fromEntries(calls)).toEqual({});
    } finally {
      await other.close();
    }
  });
});
