import { describe, expect, it } from 'vitest';
import { readString } from '../read/index.js';
import { storiesResponse, storyResponse } from './schemas/responses.js';
import { examplesSite } from './test-support/examples-site.js';
import { postJson } from './test-support/fixtures.js';

const site = examplesSite();

describe('the story list, search, outlets, submit and feed pages', () => {
  it('name each figure of the story list by its column, which a phone shows beside it, row by row (a table of five columns would not fit)', async () => {
    const { document } = await site.page('/');
    const table = document.querySelector('table.story-list')!;
    const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([...row.querySelectorAll('td')].map((td, index) => (index === 0 ? columns[0] : td.getAttribute('data-label')))).toEqual(columns);
    const css = await (await site.t.app.request('/static/style.css')).text();
    const phone = css.slice(css.indexOf('@media (max-width:40rem)'));
    expect(phone).toMatch(/table\.story-list td\{display:inline-block/);
    expect(phone).toMatch(/table\.story-list td\[data-label\]::before\{content:attr\(data-label\)/);
  });

  it('mark the words a search matched, escaped, and not a bracket the article holds itself (web26: "[Updated 10:40]" was marked as a match)', async () => {
    const bracketed = {
      id: 'bracketed-1',
      outlet: 'Kelby Post',
      title: 'Kelby library vote delayed',
      text: 'Kelby [Updated] council [sic] members delayed the vote on the <Riverside> library by a week, the mayor said.',
    };
    expect((await postJson(site.t.app, '/api/articles', bracketed)).status).toBe(201);
    const { document } = await site.page('/search?q=council');
    const hit = [...document.querySelectorAll('ol.hits li')].find((item) => item.querySelector('h2')?.textContent === bracketed.title)!;
    expect([...hit.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['council']);
    expect(hit.querySelector('mark')?.closest('p')?.textContent).toBe('Kelby [Updated] council [sic] members delayed the vote on the <Riverside> library by a week, the…');
    const api = (await (await site.t.app.request('/api/search?q=council')).json()) as { hits: Array<Record<string, unknown>> };
    expect(api.hits.find((item) => item.id === bracketed.id)).toEqual({ id: bracketed.id, title: bracketed.title, outlet: bracketed.outlet, published: null, story: expect.any(String), snippet: 'Kelby [Updated] [council] [sic] members delayed the vote on the <Riverside> library by a week, the…', marked: [{ start: 17, end: 24 }], readingLanguage: 'en' });
  });

  it('show who copies whom by outlet, each outlet linked to its stories', async () => {
    const { document } = await site.page('/outlets');
    const rows = [...document.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()));
    expect(rows).toContainEqual(['Lakeshore Morning Post', '1', '0', '1', '0', 'Harbor Daily (1)']);
    expect(rows).toContainEqual(['Harbor Daily', '1', '1', '0', '0', '']);
    expect(document.querySelector('tbody a[href="/?outlet=Harbor+Daily"]')).not.toBeNull();
    expect(document.querySelector('header nav a[href="/outlets"]')?.textContent).toBe('Outlets');
    expect((await site.page('/outlets?offset=100')).document.querySelector('main p:last-of-type')?.textContent).toBe('No more outlets.');
  });

  it('add pasted articles from the form, without JavaScript, a corrected one in place of the stored one', async () => {
    const form = new FormData();
    form.set('text', 'Ferry runs aground off Port Aldwin\n\nA passenger ferry ran aground off Port Aldwin on Monday morning, and all 212 people on board were taken ashore safely, the coastguard said.');
    form.set('url', 'https://port.example/ferry');
    form.set('outlet', 'Port Aldwin Post');
    form.set('title', 'Ferry runs aground off Port Aldwin');
    const { document } = await site.page('/submit', 201, { method: 'POST', body: form });
    const story = document.querySelector('main a[href^="/stories/"]')?.getAttribute('href');
    expect(story).toMatch(/^\/stories\//);
    expect(document.querySelector('main li a[href^="/articles/"]')?.textContent).toBe('Ferry runs aground off Port Aldwin');
    expect((await site.page(story!)).document.querySelector('h1')?.textContent).toMatch(/Ferry runs aground/);
    form.set('text', 'Ferry runs aground off Port Aldwin\n\nA passenger ferry ran aground off Port Aldwin on Monday morning, and all 214 people on board were taken ashore safely, the coastguard said.');
    const again = await site.page('/submit', 201, { method: 'POST', body: form });
    expect(again.document.querySelector('main p')?.textContent).toBe('0 new articles added, 1 replaced by a new version, 0 already stored.');
    expect(again.document.querySelector('main li')?.textContent).toMatch(/: stored with another text before: this one replaces it — its story$/);
    expect(again.document.querySelector('main li a[href^="/stories/"]')?.getAttribute('href')).toBe(story);
  });

  it('offer the stories as an Atom feed, with the list\'s filters, each entry a story with its summary and page', async () => {
    const feed = async (url: string) => {
      const response = await site.t.app.request(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await response.text();
      expect(xml, url).not.toMatch(/<script|<img|<svg/i);
      return { xml, entries: readString(xml, { input: url, format: 'feed' }).articles };
    };
    const { stories } = storiesResponse.parse(await (await site.t.app.request('/api/stories')).json());
    const all = await feed('/stories.atom');
    expect(all.entries.map((entry) => entry.url)).toEqual(stories.map((story) => `http://localhost/stories/${story.id}`));
    const flood = all.entries.find((entry) => entry.url === `http://localhost/stories/${site.floodStory}`)!;
    const floodSummary = storyResponse.parse(await (await site.t.app.request(`/api/stories/${site.floodStory}`)).json()).summary;
    expect(flood.title).toBe(stories.find((story) => story.id === site.floodStory)!.headline);
    expect(flood.text).toContain(floodSummary.sentences[0].text.slice(0, 60));
    expect(all.entries.map((entry) => entry.url)).toContain(`http://localhost/stories/${site.hostileStory}`);
    const trevik = await feed('/stories.atom?q=Trevik');
    expect(trevik.entries.map((entry) => entry.url)).toEqual([`http://localhost/stories/${site.trevikStory}`]);
    expect(trevik.xml).toContain('<title>Tidings: stories (Trevik)</title>');
    const list = await site.page('/?q=Trevik');
    expect(list.document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/stories.atom');
    expect(list.document.querySelector('main a[type="application/atom+xml"]')?.getAttribute('href')).toBe('/stories.atom?q=Trevik');
  });
});
