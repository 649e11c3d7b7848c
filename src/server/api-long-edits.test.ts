import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUOTED_CHARS } from '../render/shown.js';
import { articleResponse, ingestResponse, sectionResponses, storyResponse } from './schemas/responses.js';
import { postJson, testApp, type TestApp } from './test-support/fixtures.js';
import { LONG, ORIGINAL, REPRINT, UPDATE } from './test-support/long-streets.js';

let t: TestApp;
let story: string;

beforeAll(async () => {
  t = testApp();
  for (const report of [ORIGINAL, REPRINT, UPDATE]) story = ingestResponse.parse(await (await postJson(t.app, '/api/articles', report)).json()).articles[0].story!;
});
afterAll(() => t.close());

async function json(url: string): Promise<unknown> {
  return (await t.app.request(url)).json();
}

interface Quoted {
  start: number;
  end: number;
  text: string;
  textTruncated?: true;
}

/** Every span with its text inside `value` (a sentence, the words of an edit…). */
function quotedTexts(value: unknown): Quoted[] {
  if (Array.isArray(value)) return value.flatMap(quotedTexts);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = typeof object.text === 'string' && typeof object.start === 'number' ? [object as unknown as Quoted] : [];
  return [...own, ...Object.values(object).flatMap(quotedTexts)];
}

describe('copies and updates of a long sentence in the API', () => {
  it('cut each sentence and edit of a copy to its first characters, flagged, its span giving the whole', async () => {
    const view = storyResponse.parse(await json(`/api/stories/${story}`));
    const [copy] = view.copies.items;
    expect(copy).toMatchObject({ article: REPRINT.id, source: ORIGINAL.id });
    const reprint = articleResponse.parse(await json(`/api/articles/${REPRINT.id}`));
    const [sentence] = copy.sentences;
    expect(sentence.sentence).toMatchObject({ start: 0, textTruncated: true });
    expect(sentence.sentence.text).toBe(reprint.text.slice(0, MAX_QUOTED_CHARS));
    expect(sentence.sentence.end).toBeGreaterThan(3_000);
    const texts = quotedTexts(copy);
    expect(texts.filter((quoted) => quoted.textTruncated).length).toBeGreaterThan(2);
    for (const quoted of texts) {
      expect(quoted.text.length).toBeLessThanOrEqual(MAX_QUOTED_CHARS);
      expect(quoted.textTruncated === true).toBe(quoted.end - quoted.start > MAX_QUOTED_CHARS);
    }
    expect(sectionResponses.copies.parse(await json(`/api/stories/${story}/copies`)).items).toEqual(view.copies.items);
  });

  it('cut each sentence and edit an update changed the same way', async () => {
    const view = storyResponse.parse(await json(`/api/stories/${story}`));
    const [revision] = view.revisions.items;
    const [change] = revision.versions[0].changes.sentences;
    expect(change).toMatchObject({ kind: 'changed', before: { start: 0, end: LONG.length, textTruncated: true }, after: { start: 0, textTruncated: true } });
    expect(change.before!.text).toBe(ORIGINAL.text.slice(0, MAX_QUOTED_CHARS));
    expect(change.after!.text).toBe(UPDATE.text.slice(0, MAX_QUOTED_CHARS));
    for (const quoted of quotedTexts(revision)) expect(quoted.text.length).toBeLessThanOrEqual(MAX_QUOTED_CHARS);
    expect(sectionResponses.revisions.parse(await json(`/api/stories/${story}/revisions`)).items).toEqual(view.revisions.items);
  });
});
