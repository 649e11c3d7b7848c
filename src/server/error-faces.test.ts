/**
 * The face an error takes follows the client: a feed reader gets plain text
 * with the status, a browser an HTML page, an API client JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
beforeAll(() => {
  t = testApp();
});
afterAll(() => t.close());

describe('error answers', () => {
  it("answer the feed's errors in plain text with their status, as a feed reader shows them, and a page's in what the client accepts", async () => {
    const answer = async (url: string, status: number, init?: RequestInit) => {
      const response = await t.app.request(url, init);
      expect(response.status, url).toBe(status);
      return { type: response.headers.get('content-type'), text: await response.text(), allow: response.headers.get('allow') };
    };
    const reader = { headers: { Accept: 'application/atom+xml, application/rss+xml;q=0.9, text/html;q=0.5, */*;q=0.1' } };
    for (const init of [undefined, reader, { headers: { Accept: '*/*' } }]) {
      expect(await answer('/stories.atom?since=yesterday', 400, init)).toEqual({ type: 'text/plain; charset=UTF-8', text: 'the request is not valid\nsince: expected a date like 2026-03-15 or 2026-03-15T08:00:00Z\n', allow: null });
    }
    expect(await answer('/stories.atom', 405, { method: 'POST' })).toEqual({ type: 'text/plain; charset=UTF-8', text: '/stories.atom does not take POST\nmethod: send GET or HEAD\n', allow: 'GET, HEAD' });
    const browser = { headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } };
    expect((await answer('/stories.atom?since=yesterday', 400, browser)).type).toBe('text/html; charset=UTF-8');
    const json = await answer('/stories/nope', 404, { headers: { Accept: 'application/json' } });
    expect([json.type, JSON.parse(json.text)]).toEqual(['application/json', { error: 'no story "nope"', details: [] }]);
    expect((await answer('/stories/nope', 404)).type).toBe('text/html; charset=UTF-8');
    expect((await answer('/api/stories/nope', 404, browser)).type).toBe('application/json');
  });
});
