import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUOTED_CHARS } from '../render/shown.js';
import { articleResponse, ingestResponse, sectionResponses, storyResponse, summarizeResponse } from './schemas/responses.js';
import { postJson, testApp, type TestApp } from './test-support/fixtures.js';

/** A fictional report whose second word is one word of 0.9 MB (under the 1 MB article limit): it makes the summary, its citation and a quotation. */
const WORD = `B${'a'.repeat(900_000)}`;
const REPORT = { id: 'longword-1', outlet: 'Trevik Lantern', title: 'Word', text: `The ${WORD} rose over the old embankment in Trevik on Sunday night, officials said.` };

let t: TestApp;
let story: string;

beforeAll(async () => {
  t = testApp();
  story = ingestResponse.parse(await (await postJson(t.app, '/api/articles', REPORT)).json()).articles[0].story!;
});
afterAll(() => t.close());

/** The answer's text and its parsed body. */
async function answer(url: string): Promise<{ size: number; body: unknown }> {
  const text = await (await t.app.request(url)).text();
  return { size: text.length, body: JSON.parse(text) };
}

describe('an article of one 0.9 MB word in the API', () => {
  it('gives the story in kilobytes: each quoted text cut to its first characters, flagged, its span giving the whole', async () => {
    const { size, body } = await answer(`/api/stories/${story}`);
    expect(size).toBeLessThan(10 * MAX_QUOTED_CHARS);
    const view = storyResponse.parse(body);
    const article = articleResponse.parse((await answer(`/api/articles/${REPORT.id}`)).body);
    expect(article.text).toBe(REPORT.text);
    const [sentence] = view.summary.sentences;
    expect(sentence).toMatchObject({ textTruncated: true });
    expect(sentence.text).toBe(REPORT.text.slice(0, MAX_QUOTED_CHARS));
    const [citation] = sentence.citations;
    expect(citation).toMatchObject({ textTruncated: true });
    expect(citation.text).toBe(article.text.slice(citation.span.start, citation.span.start + MAX_QUOTED_CHARS));
    expect(citation.span.end - citation.span.start).toBeGreaterThan(900_000);
    const [quote] = view.quotes.items;
    expect(quote).toMatchObject({ textTruncated: true });
    expect(quote.key.length).toBeLessThan(400);
    expect(quote.occurrences[0].text).toHaveLength(MAX_QUOTED_CHARS);
    expect(sectionResponses.quotes.parse((await answer(`/api/stories/${story}/quotes`)).body).items).toEqual(view.quotes.items);
  });

  it('cuts them in POST /api/summarize too', async () => {
    const response = await postJson(t.app, '/api/summarize', REPORT);
    const text = await response.text();
    expect(text.length).toBeLessThan(10 * MAX_QUOTED_CHARS);
    const summary = summarizeResponse.parse(JSON.parse(text));
    expect(summary.sentences[0]).toMatchObject({ text: REPORT.text.slice(0, MAX_QUOTED_CHARS), textTruncated: true });
  });

  it('gives a text within the limit whole, with no flag', async () => {
    const view = storyResponse.parse((await answer(`/api/stories/${story}`)).body);
    expect(view.summary.headline).toEqual({ article: REPORT.id, text: 'Word' });
  });
});
