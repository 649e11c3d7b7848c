import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTED_ID, CORRECTED_REPORT, FIRST_REPORT } from '../ingest/test-support/corrections.js';
import { OUTLETS_JSON_VERSION, REMOVE_JSON_VERSION, SEARCH_JSON_VERSION, STORIES_JSON_VERSION, SUMMARY_JSON_VERSION } from '../render/json.js';
import { ARTICLE_API_JSON_VERSION, INGEST_API_JSON_VERSION, STORY_API_JSON_VERSION, VERSIONS_API_JSON_VERSION } from './api/json.js';
import { postJson, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
let story: string;
const answers = new Map<string, unknown>();

async function answer(route: string, url: string, init?: RequestInit): Promise<void> {
  const response = await t.app.request(url, init);
  expect(response.status, url).toBeLessThan(300);
  answers.set(route, await response.json());
}

beforeAll(async () => {
  t = testApp();
  const first = await postJson(t.app, '/api/articles', JSON.parse(FIRST_REPORT));
  answers.set('POST /api/articles', await first.json());
  story = (answers.get('POST /api/articles') as { articles: Array<{ story: string }> }).articles[0].story;
  expect((await postJson(t.app, '/api/articles', JSON.parse(CORRECTED_REPORT))).status).toBe(201);
  const id = encodeURIComponent(CORRECTED_ID);
  await answer('GET /api/articles/{id}', `/api/articles/${id}`);
  await answer('GET /api/articles/{id}/versions', `/api/articles/${id}/versions`);
  await answer('GET /api/stories', '/api/stories');
  await answer('GET /api/stories/{id}', `/api/stories/${story}`);
  await answer('GET /api/stories/{id}/{section}', `/api/stories/${story}/articles`);
  await answer('GET /api/search', '/api/search?q=ferry');
  await answer('GET /api/outlets', '/api/outlets');
  const summarize = await postJson(t.app, '/api/summarize', JSON.parse(FIRST_REPORT));
  answers.set('POST /api/summarize', await summarize.json());
  await answer('DELETE /api/articles/{id}', `/api/articles/${id}`, { method: 'DELETE' });
  await answer('DELETE /api/removed/{id}', `/api/removed/${id}`, { method: 'DELETE' });
});
afterAll(() => t.close());

describe('the format version of every JSON answer of the API', () => {
  const versions: Record<string, number> = {
    'POST /api/articles': INGEST_API_JSON_VERSION,
    'GET /api/articles/{id}': ARTICLE_API_JSON_VERSION,
    'GET /api/articles/{id}/versions': VERSIONS_API_JSON_VERSION,
    'DELETE /api/articles/{id}': REMOVE_JSON_VERSION,
    'DELETE /api/removed/{id}': REMOVE_JSON_VERSION,
    'GET /api/stories': STORIES_JSON_VERSION,
    'GET /api/stories/{id}': STORY_API_JSON_VERSION,
    'GET /api/stories/{id}/{section}': STORY_API_JSON_VERSION,
    'GET /api/search': SEARCH_JSON_VERSION,
    'GET /api/outlets': OUTLETS_JSON_VERSION,
    'POST /api/summarize': SUMMARY_JSON_VERSION,
  };

  it('gives each answer its `version`, first among its fields', () => {
    for (const [route, body] of answers) {
      expect(Object.keys(body as object)[0], route).toBe('version');
      expect((body as { version: unknown }).version, route).toBe(versions[route]);
    }
    expect([...answers.keys()].sort()).toEqual(Object.keys(versions).sort());
  });

  it('lists `version` as required in every success answer the OpenAPI document describes, and every route of it is checked above', async () => {
    const document = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { required?: string[]; anyOf?: Array<{ required?: string[] }> } }> }> }>>;
    };
    const routes: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      if (path === '/api/openapi.json') continue;
      for (const [method, operation] of Object.entries(methods)) {
        const route = `${method.toUpperCase()} ${path}`;
        routes.push(route);
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 300) continue;
          const schema = response.content!['application/json'].schema;
          for (const shape of schema.anyOf ?? [schema]) expect(shape.required, `${route} ${status}`).toContain('version');
        }
      }
    }
    expect(routes.sort()).toEqual(Object.keys(versions).sort());
  });
});
