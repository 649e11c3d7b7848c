/**
 * The face an error takes follows the client: a feed reader gets plain text
 * with the status, a browser an HTML page, an API client JSON; the web
 * reader's error pages say each error once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_FOUND_HELP } from './pages/respond.js';
import { HOSTILE_ARTICLE, htmlPage, postJson, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = testApp();
  expect((await postJson(t.app, '/api/articles', HOSTILE_ARTICLE)).status).toBe(201);
});
afterAll(() => t.close());

const page = (url: string, status = 200, init?: RequestInit) => htmlPage(t.app, url, status, init);

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

  it('refuse an empty form, a bad highlight and unknown pages with an HTML error page', async () => {
    expect((await page('/submit', 400, { method: 'POST', body: new FormData() })).text).toMatch(/paste an article or choose a file/);
    const upload = (bytes: number[], name: string) => {
      const form = new FormData();
      form.set('file', new File([new Uint8Array(bytes)], name));
      return form;
    };
    expect((await page('/submit', 400, { method: 'POST', body: upload([0x50, 0x4b, 0x00, 0x01, 0x41], 'report.txt') })).text).toMatch(/it looks binary \(it holds NUL bytes\), not text/);
    expect((await page('/submit', 400, { method: 'POST', body: upload([0x41, 0x42], 'photo.JPG') })).text).toMatch(/a \.jpg file is not text/);
    await page('/articles/hostile-1?hl=5-2', 400);
    await page('/articles/hostile-1?hl=0-999999', 400);
    await page('/articles/hostile-1?hl=abc', 400);
    await page('/articles/nope', 404);
    await page('/nowhere', 404);
  });

  it('say each error once, naming the input as the user knows it and a place only where there is one', async () => {
    const said = async (url: string, status: number, init?: RequestInit) =>
      [...(await page(url, status, init)).document.querySelectorAll('main p, main li')].map((element) => element.textContent).filter((text) => text !== 'Back to the stories');
    const how = 'Type words in the search box above: every word must appear; "quoted words" together; three or more letters ending in * as a prefix; German words in either spelling (Bruecke, Brücke).';
    expect(await said('/search?q=%22', 400)).toEqual(['the search holds no word to look for', how]);
    expect(await said('/search?q=t*', 400)).toEqual(['a prefix needs at least 3 letters before its *, "t*" has 1 (it would match almost every article, slowly)', how]);
    const refused = await page('/search?q=t*', 400);
    expect([refused.document.querySelector('h1')?.textContent, refused.document.querySelector('#site-search')?.getAttribute('value')]).toEqual(['Search: t*', 't*']);
    expect(await said('/stories/nope', 404)).toEqual(['no story "nope"', NOT_FOUND_HELP]);
    const pasted = new FormData();
    pasted.set('text', 'Too short.');
    pasted.set('title', 'A headline');
    expect(await said('/submit', 400, { method: 'POST', body: pasted })).toEqual([
      'no article could be read from the pasted text',
      'too short to store as an article: 2 words left after cleaning, fewer than 8',
    ]);
    const upload = new FormData();
    upload.set('file', new File(['{"text":"x"}\n'], 'wire.jsonl'));
    expect(await said('/submit', 400, { method: 'POST', body: upload })).toEqual([
      'no article could be read from wire.jsonl',
      'line 1: too short to store as an article: 1 word left after cleaning, fewer than 8',
    ]);
  });

  it('tell a removed article from one never stored: 410, headed Removed, with the day it was removed, what that means and what to do (web26)', async () => {
    const gone = { ...HOSTILE_ARTICLE, id: 'removed-1', text: `${HOSTILE_ARTICLE.text}\n\nA last line so that this text is not the hostile article's.` };
    expect((await postJson(t.app, '/api/articles', gone)).status).toBe(201);
    const before = new Date().toISOString().slice(0, 10);
    expect((await t.app.request('/api/articles/removed-1', { method: 'DELETE' })).status).toBe(200);
    const { document } = await page('/articles/removed-1', 410);
    const after = new Date().toISOString().slice(0, 10);
    // The day of the removal, taken before and after it: a run over midnight (UTC) sees either.
    const heading = document.querySelector('main p')?.textContent ?? '';
    const today = heading.endsWith(after) ? after : before;
    expect([document.querySelector('h1')?.textContent, ...[...document.querySelectorAll('main p, main li')].map((element) => element.textContent)]).toEqual([
      'Removed',
      `article "removed-1" was removed from this reader on ${today}`,
      'a removed article is not shown; its story is made again without it',
      NOT_FOUND_HELP,
      'Back to the stories',
    ]);
    expect((await t.app.request('/api/articles/removed-1')).status, 'the API still answers 404 for it').toBe(404);
    expect(await said404('/articles/never-stored')).toEqual(['no article "never-stored"', NOT_FOUND_HELP]);
  });
});

async function said404(url: string): Promise<string[]> {
  return [...(await page(url, 404)).document.querySelectorAll('main p, main li')].map((element) => element.textContent ?? '').filter((text) => text !== 'Back to the stories');
}
