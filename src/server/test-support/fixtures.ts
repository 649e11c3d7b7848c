/**
 * What the server tests share: an app over a fresh temporary database, the
 * bundled examples posted the way a client would, and requests in one line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { EXAMPLES, SEEDS } from '../../read/test-support/shared-data.js';
import { openStore, type Store } from '../../store/index.js';
import { tempFolder } from '../../store/test-support/records.js';
import { createApp } from '../app.js';
import type { AppOptions } from '../options.js';

export { EXAMPLES, SEEDS };

/** The bundled wire feed's items as JSON objects, for posting one at a time. */
export function wireItems(): Record<string, unknown>[] {
  return readFileSync(path.join(EXAMPLES, 'wire.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The content type a client would send a file's bytes with. */
export function contentTypeOf(file: string): string {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'text/html; charset=utf-8';
  if (extension === '.xml' || extension === '.rss') return 'application/rss+xml';
  if (extension === '.jsonl') return 'application/x-ndjson';
  return 'text/plain; charset=utf-8';
}

/** The article files of a folder, sorted as `tidings ingest folder/` reads them. */
export function articleFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.') && !/^readme/i.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

export interface TestApp {
  app: Hono;
  store: Store;
  close: () => Promise<void>;
}

export function testApp(options: Partial<Omit<AppOptions, 'store'>> = {}): TestApp {
  const temp = tempFolder('tidings-server-');
  const store = openStore(temp.file('test.db'), { create: true });
  return {
    app: createApp({ store, ...options }),
    store,
    close: async () => {
      await store.close();
      temp.remove();
    },
  };
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Posts each file's bytes to /api/articles with its content type; the JSON answers, in order. */
export async function postFiles(fetch: Fetch, base: string, files: readonly string[]): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const file of files) {
    const response = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'Content-Type': contentTypeOf(file) }, body: readFileSync(file) });
    if (response.status !== 200 && response.status !== 201) throw new Error(`POST ${file}: ${response.status} ${await response.text()}`);
    answers.push(await response.json());
  }
  return answers;
}

export function appFetch(app: Hono): Fetch {
  return async (url, init) => app.request(url, init);
}

export function postJson(app: Hono, url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }));
}

/** An article carrying every kind of markup an attacker would try. */
export const HOSTILE_ARTICLE = {
  id: 'hostile-1',
  url: 'javascript:alert(document.domain)',
  outlet: 'Evil <b>Outlet</b> "><script>alert(1)</script>',
  title: 'Spillway <script>alert(1)</script> <img src=x onerror=alert(1)> gate fails at Corrin Falls Dam',
  byline: '<a href="javascript:alert(1)">Mallory</a>',
  published: '2026-03-14T12:00:00Z',
  text: [
    'A spillway gate at the Corrin Falls Dam gave way shortly before 5 a.m. on Saturday, <script>alert(1)</script> forcing about 1,200 people to leave their homes in Brenmouth, officials said.',
    'The river reached 4.8 metres above its normal level at the Quay Street gauge <img src=x onerror=alert(1)> by mid-morning, the highest reading since records began.',
    'Officials said <a href="javascript:alert(1)">click here</a> and javascript:alert(1) were not safe; "><svg onload=alert(1)> was seen too.',
    'Residents reported <script>window.__pwned = true</script> and <img src=x onerror="window.__pwned = true"> in the flood warnings sent on Saturday.',
  ].join('\n\n'),
};

/** A page of the web reader, checked to answer `status` in HTML: its text and its parsed document. */
export async function htmlPage(app: Hono, url: string, status = 200, init?: RequestInit): Promise<{ text: string; document: ReturnType<typeof parseHTML>['document']; response: Response }> {
  const response = await app.request(url, init);
  expect(response.status, url).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
  const text = await response.text();
  return { text, document: parseHTML(text).document, response };
}
