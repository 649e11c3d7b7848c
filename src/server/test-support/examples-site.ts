/**
 * The site the page tests read: the bundled examples and an article
 * carrying script posted to a fresh app before a file's tests, closed after
 * them, with the stories they make.
 */
import { afterAll, beforeAll } from 'vitest';
import { ingestResponse } from '../schemas/responses.js';
import { appFetch, articleFiles, EXAMPLES, HOSTILE_ARTICLE, htmlPage, postFiles, postJson, testApp, type TestApp } from './fixtures.js';

export interface ExamplesSite {
  t: TestApp;
  /** The story of the article carrying script (`HOSTILE_ARTICLE`). */
  hostileStory: string;
  /** The story of the first example, the Brenmouth dam failure. */
  floodStory: string;
  /** The story of the Trevik flood, whose two reports spell the mayor's name differently. */
  trevikStory: string;
  /** A page of the site as `htmlPage` gives it. */
  page: (url: string, status?: number, init?: RequestInit) => ReturnType<typeof htmlPage>;
}

/** The site, filled in before the file's tests (`beforeAll`) and closed after them. */
export function examplesSite(): ExamplesSite {
  const site = { page: (url: string, status = 200, init?: RequestInit) => htmlPage(site.t.app, url, status, init) } as ExamplesSite;
  beforeAll(async () => {
    site.t = testApp();
    const files = articleFiles(EXAMPLES);
    const answers = (await postFiles(appFetch(site.t.app), 'http://localhost', files)).map((answer) => ingestResponse.parse(answer));
    site.floodStory = answers[0].articles[0].story!;
    site.trevikStory = answers[files.findIndex((file) => file.endsWith('trevik-herald-ossa-river-flood.txt'))].articles[0].story!;
    site.hostileStory = ingestResponse.parse(await (await postJson(site.t.app, '/api/articles', HOSTILE_ARTICLE)).json()).articles[0].story!;
  });
  afterAll(() => site.t.close());
  return site;
}
