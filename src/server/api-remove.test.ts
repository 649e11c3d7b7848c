import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowResponse, errorResponse, ingestResponse, removalResponse, storyResponse } from './schemas/responses.js';
import { REMOVE_JSON_VERSION } from '../render/json.js';
import { appFetch, articleFiles, EXAMPLES, postFiles, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
beforeEach(() => (t = testApp()));
afterEach(() => t.close());

const REPRINT = 'lmp-2026-03-14-0412';

async function storyWith(id: string): Promise<string> {
  const answers = (await postFiles(appFetch(t.app), 'http://localhost', articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
  return answers.flatMap((answer) => answer.articles).find((article) => article.id === id)!.story!;
}

describe('DELETE /api/articles/{id}', () => {
  it('removes the article: the story the server had cached is made again without it, and posting it again skips it', async () => {
    const story = await storyWith(REPRINT);
    const before = storyResponse.parse(await (await t.app.request(`/api/stories/${story}`)).json());
    expect(JSON.stringify(before)).toContain(REPRINT);

    const response = await t.app.request(`/api/articles/${REPRINT}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(removalResponse.parse(await response.json())).toEqual({ version: REMOVE_JSON_VERSION, removed: [REPRINT], notFound: [], leftoverTexts: [], changedStories: [story], emptiedStories: [], retraced: [], logKeepsText: false });

    const after = storyResponse.parse(await (await t.app.request(`/api/stories/${story}`)).json());
    expect(JSON.stringify(after)).not.toContain(REPRINT);
    expect((await t.app.request(`/stories/${story}`)).status).toBe(200);
    expect(await (await t.app.request(`/stories/${story}`)).text()).not.toContain(REPRINT);
    expect((await t.app.request(`/api/articles/${REPRINT}`)).status).toBe(404);

    const again = await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: readFileSync(path.join(EXAMPLES, 'wire.jsonl')) });
    expect(again.status).toBe(200);
    expect(ingestResponse.parse(await again.json()).articles.map((article) => [article.id, article.status])).toEqual([
      [REPRINT, 'removed'],
      ['vws-2026-03-15-brenmouth-0087', 'already-stored'],
    ]);
    const form = new FormData();
    form.set('file', new File([readFileSync(path.join(EXAMPLES, 'wire.jsonl'))], 'wire.jsonl'));
    const submitted = await t.app.request('/submit', { method: 'POST', body: form });
    expect(submitted.status).toBe(200);
    const page = await submitted.text();
    expect(page).toContain(`<li>${REPRINT}: removed before, not added again</li>`);
    expect(page).not.toContain(`/articles/${REPRINT}`);
  });

  it('deletes a story left with no article: the cached story is gone (404)', async () => {
    const story = await storyWith('vws-2026-03-15-brenmouth-0087');
    const inquiry = (await t.store.listStories(10)).find((row) => row.size === 1)!;
    const [article] = (await t.store.story(inquiry.id))!.articles;
    expect((await t.app.request(`/api/stories/${inquiry.id}`)).status).toBe(200);
    const body = removalResponse.parse(await (await t.app.request(`/api/articles/${encodeURIComponent(article.id)}`, { method: 'DELETE' })).json());
    expect(body.emptiedStories).toEqual([inquiry.id]);
    expect((await t.app.request(`/api/stories/${inquiry.id}`)).status).toBe(404);
    expect((await t.app.request(`/api/stories/${story}`)).status).toBe(200);
  });

  it('answers an unknown id with 404, and a delete another site asks for with 403, through the one error handler', async () => {
    const unknown = await t.app.request('/api/articles/no-such-article', { method: 'DELETE' });
    expect(unknown.status).toBe(404);
    expect(errorResponse.parse(await unknown.json())).toMatchObject({ error: 'no article "no-such-article"', details: [{ path: 'id' }] });
    await storyWith(REPRINT);
    const crossSite = await t.app.request(`/api/articles/${REPRINT}`, { method: 'DELETE', headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect((await t.app.request(`/api/articles/${REPRINT}`)).status).toBe(200);
  });

  it('lets a removed article back in with DELETE /api/removed/{id}, as tidings remove --undo does: posting it again adds it', async () => {
    await storyWith(REPRINT);
    expect((await t.app.request(`/api/articles/${REPRINT}`, { method: 'DELETE' })).status).toBe(200);
    const notRemoved = await t.app.request('/api/removed/vws-2026-03-15-brenmouth-0087', { method: 'DELETE' });
    expect(notRemoved.status).toBe(404);
    expect(errorResponse.parse(await notRemoved.json())).toMatchObject({ error: 'no removed article "vws-2026-03-15-brenmouth-0087"', details: [{ path: 'id' }] });
    const crossSite = await t.app.request(`/api/removed/${REPRINT}`, { method: 'DELETE', headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const allowed = await t.app.request(`/api/removed/${REPRINT}`, { method: 'DELETE' });
    expect(allowed.status).toBe(200);
    expect(allowResponse.parse(await allowed.json())).toEqual({ version: REMOVE_JSON_VERSION, allowed: [REPRINT], notRemoved: [] });
    expect((await t.app.request(`/api/removed/${REPRINT}`, { method: 'DELETE' })).status).toBe(404);
    const again = await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: readFileSync(path.join(EXAMPLES, 'wire.jsonl')) });
    expect(again.status).toBe(201);
    expect(ingestResponse.parse(await again.json()).articles.map((article) => [article.id, article.status])).toEqual([
      [REPRINT, 'added'],
      ['vws-2026-03-15-brenmouth-0087', 'already-stored'],
    ]);
  });

  it('is in the OpenAPI document', async () => {
    const document = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(document.paths['/api/articles/{id}'].delete.responses)).toEqual(['200', '400', '403', '404', '409', '500', '503']);
    expect(Object.keys(document.paths['/api/removed/{id}'].delete.responses)).toEqual(['200', '400', '403', '404', '500', '503']);
  });
});
