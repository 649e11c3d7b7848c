import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readString } from '../read/index.js';
import { FERRY_RECORDS } from '../summarize/test-support/ferry.js';
import { CONTENT_SECURITY_POLICY } from './app.js';
import { articleResponse, ingestResponse, sectionResponses, storiesResponse, storyResponse } from './schemas/responses.js';
import { appFetch, articleFiles, EXAMPLES, HOSTILE_ARTICLE, htmlPage, postFiles, postJson, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
let hostileStory: string;
let floodStory: string;
/** The story of the Trevik flood, whose two reports spell the mayor's name differently. */
let trevikStory: string;

beforeAll(async () => {
  t = testApp();
  const files = articleFiles(EXAMPLES);
  const answers = (await postFiles(appFetch(t.app), 'http://localhost', files)).map((answer) => ingestResponse.parse(answer));
  floodStory = answers[0].articles[0].story!;
  trevikStory = answers[files.findIndex((file) => file.endsWith('trevik-herald-ossa-river-flood.txt'))].articles[0].story!;
  const hostile = ingestResponse.parse(await (await postJson(t.app, '/api/articles', HOSTILE_ARTICLE)).json());
  hostileStory = hostile.articles[0].story!;
});
afterAll(() => t.close());

const page = (url: string, status = 200, init?: RequestInit) => htmlPage(t.app, url, status, init);

/** Nothing in the page can run: no script, no event handler, no javascript: URL, no inline style, and the strict policy. */
function expectInert({ text, document, response }: Awaited<ReturnType<typeof page>>, url: string) {
  expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(text, url).not.toMatch(/<script|<img|<svg[^>]*onload|<iframe|<object|<embed/i);
  expect(text, url).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(text, url).not.toMatch(/\sstyle\s*=/i);
  for (const element of document.querySelectorAll('[href], [src], [action], [formaction]')) {
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const value = element.getAttribute(name);
      if (value !== null) expect(value, `${url}: ${name}`).toMatch(/^(?:\/|#|https?:\/\/)/);
    }
  }
}

function pages(): string[] {
  return [
    '/',
    '/?q=spillway',
    `/stories/${hostileStory}`,
    `/stories/${floodStory}`,
    '/articles/hostile-1',
    `/articles/hostile-1?hl=0-40&story=${hostileStory}`,
    '/search?q=alert',
    '/search?q=spillway',
    '/submit',
    '/outlets',
  ];
}

describe('pages', () => {
  it('keep an article carrying script, event handlers and javascript: links inert, everywhere', async () => {
    for (const url of pages()) expectInert(await page(url), url);
    const article = await page('/articles/hostile-1');
    expect(article.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(article.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(article.document.querySelector('h1')?.textContent).toBe(HOSTILE_ARTICLE.title);
    expect(article.text).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;click here&lt;/a&gt;');
  });

  it('mark the words a search matched, escaped, and not a bracket the article holds itself (web26: "[Updated 10:40]" was marked as a match)', async () => {
    const bracketed = {
      id: 'bracketed-1',
      outlet: 'Kelby Post',
      title: 'Kelby library vote delayed',
      text: 'Kelby [Updated] council [sic] members delayed the vote on the <Riverside> library by a week, the mayor said.',
    };
    expect((await postJson(t.app, '/api/articles', bracketed)).status).toBe(201);
    const { document } = await page('/search?q=council');
    const hit = [...document.querySelectorAll('ol.hits li')].find((item) => item.querySelector('h2')?.textContent === bracketed.title)!;
    expect([...hit.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['council']);
    expect(hit.querySelector('mark')?.closest('p')?.textContent).toBe('Kelby [Updated] council [sic] members delayed the vote on the <Riverside> library by a week, the…');
    const api = (await (await t.app.request('/api/search?q=council')).json()) as { hits: Array<Record<string, unknown>> };
    expect(api.hits.find((item) => item.id === bracketed.id)).toEqual({ id: bracketed.id, title: bracketed.title, outlet: bracketed.outlet, published: null, story: expect.any(String), snippet: 'Kelby [Updated] [council] [sic] members delayed the vote on the <Riverside> library by a week, the…' });
  });

  it('keep hostile text inert in error pages and submit results too', async () => {
    const missing = await page('/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404);
    expectInert(missing, 'missing story');
    expect(missing.text).toContain('&lt;script&gt;');
    const form = new FormData();
    form.set('text', '<script>alert(1)</script> The river rose <img src=x onerror=alert(1)> by four metres overnight in the town.');
    form.set('title', '"><script>alert(2)</script>');
    const submitted = await page('/submit', 201, { method: 'POST', body: form });
    expectInert(submitted, 'submit result');
  });

  it('send a story asked for by its bare number to its listed id (as tidings story 12 takes s12), and answer an unknown one 404', async () => {
    const moved = await t.app.request(`/stories/${floodStory.slice(1)}?quotes=x`);
    expect([moved.status, moved.headers.get('location')]).toEqual([301, `/stories/${floodStory}?quotes=x`]);
    expect((await t.app.request('/stories/99999')).status).toBe(404);
  });

  it('link each citation to its source with the cited sentence highlighted', async () => {
    const story = storyResponse.parse(await (await t.app.request(`/api/stories/${floodStory}`)).json());
    const { document } = await page(`/stories/${floodStory}`);
    const links = [...document.querySelectorAll('.summary a.cite')];
    const citations = story.summary.sentences.flatMap((sentence) => sentence.citations);
    expect(links).toHaveLength(citations.length);
    const citation = citations[0];
    const href = links[0].getAttribute('href')!;
    expect(href).toBe(`/articles/${encodeURIComponent(citation.article)}?hl=${citation.span.start}-${citation.span.end}&story=${floodStory}#s-${citation.span.start}`);
    const article = await page(href.replace(/#.*$/, ''));
    const marks = [...article.document.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent).join('')).toBe(citation.text);
    expect(article.document.getElementById(`s-${citation.span.start}`)?.querySelector('mark')).not.toBeNull();
  });

  it('say on the cited article which summary sentences cite the highlighted passage, with the grade and the words that differ, and nothing for a span no sentence cites (verify25)', async () => {
    const story = storyResponse.parse(await (await t.app.request(`/api/stories/${floodStory}`)).json());
    const other = story.summary.sentences.flatMap((sentence, index) => sentence.citations.filter((citation) => citation.article !== sentence.article).map((citation) => ({ citation, index, text: sentence.text })))[0];
    expect(other).toBeDefined();
    const { citation, index, text } = other;
    const { document } = await page(`/articles/${encodeURIComponent(citation.article)}?hl=${citation.span.start}-${citation.span.end}&story=${floodStory}`);
    const items = [...document.querySelectorAll('section.cited-in li')];
    expect(items).toHaveLength(1);
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe(`/stories/${floodStory}#summary-heading`);
    expect(items[0].textContent).toContain(`Sentence ${index + 1}: “${text}” — the passage marked below ${citation.grade === 'partly' ? 'states part of it' : 'states it'}`);
    const marked = [...items[0].querySelectorAll('.passage del, .passage ins')].map((element) => element.textContent);
    expect(marked.length > 0).toBe(citation.text !== text);
    const plain = await page(`/articles/${encodeURIComponent(citation.article)}?hl=${citation.span.start}-${citation.span.end - 1}&story=${floodStory}`);
    expect(plain.document.querySelector('section.cited-in')).toBeNull();
    const alone = await page(`/articles/${encodeURIComponent(citation.article)}?hl=${citation.span.start}-${citation.span.end}`);
    expect(alone.document.querySelector('section.cited-in')).toBeNull();
  });

  it('show under a summary sentence the value other sources give otherwise that day, linked to where they say it', async () => {
    const posted = [];
    for (const record of FERRY_RECORDS) posted.push(ingestResponse.parse(await (await postJson(t.app, '/api/articles', record)).json()));
    const ferryStory = posted[0].articles[0].story!;
    const story = storyResponse.parse(await (await t.app.request(`/api/stories/${ferryStory}`)).json());
    const disputed = story.summary.sentences.flatMap((sentence) => sentence.disputed ?? []);
    const killed = disputed.find((dispute) => dispute.label === 'people killed')!;
    expect([killed.stated.value, killed.others.map((other) => other.value)]).toEqual([12, [14, 14]]);
    const { document } = await page(`/stories/${ferryStory}`);
    const note = [...document.querySelectorAll('.summary p.disputed')].find((element) => element.textContent!.includes('people killed'))!;
    expect(note.textContent).toMatch(/^Disputed, people killed: this sentence says 12; other sources say at least 14 \[\d+\]/);
    const other = killed.others[0].sources[0];
    const href = note.querySelector('a.cite-other')!.getAttribute('href')!;
    expect(href).toBe(`/articles/${encodeURIComponent(other.article)}?hl=${other.span.start}-${other.span.end}&story=${ferryStory}#s-${other.span.start}`);
    const article = await page(href.replace(/#.*$/, ''));
    expect([...article.document.querySelectorAll('mark')].map((mark) => mark.textContent).join('')).toMatch(/14|Fourteen/);
  });

  it('show the stray quote marks of an article inside their sentence, apart from what reading left out', async () => {
    const text = 'The council of Ardvale met on Monday night.\n\n"A gunman shot three people at the depot, police said.\n\nThe depot stayed closed on Tuesday.';
    await postJson(t.app, '/api/articles', { id: 'stray-mark', title: 'Depot shooting in Ardvale', text });
    const { document } = await page('/articles/stray-mark');
    const details = [...document.querySelectorAll('details')].find((element) => element.querySelector('summary')?.textContent === 'Quote marks that open no quotation (1)');
    expect(details?.querySelector('li')?.textContent).toBe('unmatched-quote-mark: an opening quote mark never closed, before words that report speech themselves: not a quotation — “"A gunman shot three people at the depot, police said.”');
    expect(details?.querySelector('mark')?.textContent).toBe('"');
  });

  it("name a source's web page so, not 'original', a word the copy verdicts use (a reprint's page showed 'original')", async () => {
    const { document } = await page(`/stories/${floodStory}`);
    const pageLinks = [...document.querySelectorAll('.summary a[rel~="noopener"], table a[rel~="noopener"]')].map((link) => link.parentElement!.textContent);
    expect(pageLinks.length).toBeGreaterThan(0);
    expect(pageLinks.filter((text) => /original/.test(text!))).toEqual([]);
    expect([...document.querySelectorAll('th')].map((cell) => cell.textContent)).toContain('Web page');
    const names = [...document.querySelectorAll('table a[rel~="noopener"]')].map((link) => link.getAttribute('aria-label'));
    expect(names.every((name) => name?.startsWith('Web page of '))).toBe(true);
    expect(new Set(names).size, 'each row names the article its link leads to, not "link" every time').toBe(names.length);
    const story = storyResponse.parse(await (await t.app.request(`/api/stories/${floodStory}`)).json());
    const withAddress = story.articles.items.find((article) => article.url !== null)!;
    expect((await page(`/articles/${encodeURIComponent(withAddress.id)}`)).text).toContain('Web page: <a href');
  });

  it("show a live blog's posts oldest first with their times, on the page and in the API, and each in the story's timeline", async () => {
    const live = fileURLToPath(new URL('../read/fixtures/live-kessring-bridge-closure.html', import.meta.url));
    const own = testApp();
    try {
      const [answer] = (await postFiles(appFetch(own.app), 'http://localhost', [live])).map((posted) => ingestResponse.parse(posted));
      const id = answer.articles[0].id;
      const article = articleResponse.parse(await (await own.app.request(`/api/articles/${encodeURIComponent(id)}`)).json());
      const posts = article.posts ?? [];
      expect(posts.length).toBeGreaterThanOrEqual(3);
      expect(posts.map((post) => article.text.slice(post.written.start, post.written.end))[0]).toMatch(/^\d{1,2}:\d\d/);
      expect(posts.map((post) => post.time)).toEqual([...posts.map((post) => post.time)].sort());
      expect(posts.at(-1)?.time).toBe('2026-11-14T15:05:00+00:00');
      const text = await (await own.app.request(`/articles/${encodeURIComponent(id)}`)).text();
      expect(text).toContain(`A live blog of ${posts.length} posts, shown oldest first: from <time datetime="${posts[0].time}">`);
      const story = answer.articles[0].story!;
      const timeline = sectionResponses.timeline.parse(await (await own.app.request(`/api/stories/${story}/timeline`)).json());
      expect(timeline.items.map((entry) => [entry.published, entry.post?.text.split('\n')[0]])).toEqual(posts.map((post) => [post.time, article.text.slice(post.written.start, post.written.end)]));
      const storyPage = parseHTML(await (await own.app.request(`/stories/${story}`)).text()).document;
      const links = [...storyPage.querySelectorAll('section[aria-labelledby="timeline-heading"] tbody a')].map((link) => link.getAttribute('href'));
      expect(links).toEqual(timeline.items.map((entry) => `/articles/${encodeURIComponent(id)}?hl=${entry.post!.span.start}-${entry.post!.span.end}&story=${story}#highlight`));
    } finally {
      await own.close();
    }
  });

  it('show a date left out while reading, which has no place in the text', async () => {
    const text = 'The council of Ardvale voted on Monday night to close the old bridge to lorries.';
    await postJson(t.app, '/api/articles', { id: 'far-date', title: 'Bridge closes in Ardvale', published: '2999-03-05', text });
    const { document } = await page('/articles/far-date');
    const details = [...document.querySelectorAll('details')].find((element) => element.querySelector('summary')?.textContent === 'Left out or noted while reading (1)');
    expect(details?.querySelector('li')?.textContent).toMatch(/^implausible-date: the published date "2999-03-05" is after the time of reading \(\d{4}-\d\d-\d\d\); left it out$/);
  });

  it('show an article\'s times with the zone they are written in, a date alone as it is', async () => {
    const text = 'The ferry between Ardvale and Corrin Sound will run twice a day from Monday, the harbour office said.';
    await postJson(t.app, '/api/articles', { id: 'zoned-ferry', title: 'Ferry timetable for Ardvale', published: '2026-03-05T10:00:00+05', modified: '2026-03-05T12:30:00Z', text });
    const times = [...(await page('/articles/zoned-ferry')).document.querySelectorAll('p.meta time')].map((time) => time.textContent);
    expect(times).toEqual(['2026-03-05 10:00 UTC+05:00', '2026-03-05 12:30 UTC']);
    await postJson(t.app, '/api/articles', { id: 'dated-ferry', title: 'Ferry fares for Ardvale', published: '2026-03-05', text: `${text} Fares stay as they are.` });
    expect([...(await page('/articles/dated-ferry')).document.querySelectorAll('p.meta time')].map((time) => time.textContent)).toEqual(['2026-03-05']);
  });

  it('mark an article in another language than English with its language, its title and text (lang="fr"), so a screen reader reads it in French', async () => {
    const text = "Le conseil municipal de Valbrune a voté lundi soir la fermeture du vieux pont aux camions, a annoncé la mairie.\n\nLes travaux de réparation commenceront en juin et dureront au moins trois mois, selon le maire.";
    await postJson(t.app, '/api/articles', { id: 'valbrune-pont', title: 'Le vieux pont de Valbrune fermé aux camions', text });
    const { document } = await page('/articles/valbrune-pont?hl=0-20');
    expect([document.querySelector('h1')?.getAttribute('lang'), document.querySelector('div.article')?.getAttribute('lang'), document.querySelector('p.meta')?.getAttribute('lang')]).toEqual(['fr', 'fr', null]);
    const english = (await page('/articles/lmp-2026-03-14-0412')).document;
    expect([english.querySelector('h1')?.getAttribute('lang'), english.querySelector('div.article')?.getAttribute('lang')]).toEqual([null, null]);
  });

  it('show where sources differ and agree, and the quotes, each linked to the words in its article', async () => {
    const { document } = await page(`/stories/${floodStory}`);
    const differ = document.querySelector('section[aria-labelledby="differ-heading"]')!;
    expect(differ.querySelectorAll('td.conflict').length).toBeGreaterThan(1);
    // Northgate Courier's "about 340" homes can be true with the others' 340; the 410 and 450 of 15 March cannot.
    const homes = [...differ.querySelectorAll('tbody')].find((rows) => rows.querySelector('th')?.textContent?.startsWith('homes damaged'))!;
    expect([...homes.querySelectorAll('td.conflict')].map((cell) => cell.textContent)).toEqual(['340', 'about 340 (agrees with the value above)', '410', '450']);
    // The examples' figures given alike come from Harbor Daily and the two articles copying it, one source; only the time the gate failed, "4:52 a.m." (Valley Wire Service) and "shortly before 5 a.m." (Harbor Daily), is agreed.
    const agreed = [...document.querySelectorAll('section[aria-labelledby="agree-heading"] tbody')].map((rows) => rows.querySelector('th')?.textContent);
    expect(agreed).toEqual(['time of day (2026-03-14)every source agrees']);
    expect(document.querySelector('section[aria-labelledby="agree-heading"]')?.textContent).toContain('shortly before 05:00');
    const quotes = sectionResponses.quotes.parse(await (await t.app.request(`/api/stories/${floodStory}/quotes?limit=1`)).json());
    const occurrence = quotes.items[0].occurrences[0];
    const link = document.querySelector('section[aria-labelledby="quotes-heading"] tbody td a')!.getAttribute('href')!;
    expect(link).toBe(`/articles/${encodeURIComponent(occurrence.article)}?hl=${occurrence.span.start}-${occurrence.span.end}&story=${floodStory}#highlight`);
    const article = await page(link.replace(/#.*$/, ''));
    expect([...article.document.querySelectorAll('mark')].map((mark) => mark.textContent).join('')).toBe(occurrence.text);
    expect(article.document.querySelector('mark#highlight')).not.toBeNull();
  });

  it('show the names the sources spell differently, each spelling linked to the articles writing it', async () => {
    const { document } = await page(`/stories/${trevikStory}`);
    const table = [...document.querySelectorAll('section[aria-labelledby="differ-heading"] table')].find((candidate) => candidate.querySelector('caption')?.textContent === 'Names the articles spell differently')!;
    expect([...table.querySelectorAll('td.conflict')].map((cell) => cell.textContent)).toEqual(['Sorin Valec', 'Sorin Valek']);
    expect([...table.querySelectorAll('tbody a')].map((link) => link.textContent)).toEqual(['Kingsfold Evening Gazette', 'Trevik Herald']);
    const flood = await page(`/stories/${floodStory}`);
    expect(flood.text).not.toContain('Names the articles spell differently');
  });

  it('show coverage as an SVG with a text alternative, copies as word diffs, articles in pages', async () => {
    const { document } = await page(`/stories/${floodStory}`);
    const svg = document.querySelector('figure.chart svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toMatch(/coverage/i);
    expect(svg.querySelector('desc')?.textContent).toMatch(/Lakeshore Morning Post: 1 article/);
    expect(document.querySelectorAll('.chart circle').length).toBeGreaterThanOrEqual(4);
    expect(document.querySelector('details table caption')?.textContent).toMatch(/outlet/i);
    const diffs = document.querySelectorAll('.copy .diff');
    expect(diffs.length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.copy del, .copy ins').length).toBeGreaterThan(2);
  });

  it('link a story to its related stories by headline, and leave the section out when there are none', async () => {
    const { document } = await page(`/stories/${floodStory}`);
    const links = [...document.querySelectorAll('section[aria-labelledby="related-heading"] li a')];
    expect(links.map((link) => link.textContent)).toEqual(['Inquiry into Corrin Falls Dam opens as Lirra Hydro faces questions over gate inspections']);
    const related = await page(links[0].getAttribute('href')!);
    expect([...related.document.querySelectorAll('section[aria-labelledby="related-heading"] li a')].map((link) => link.getAttribute('href'))).toEqual([`/stories/${floodStory}`]);
    const trevik = storiesResponse.parse(await (await t.app.request('/api/stories?q=Ossa')).json()).stories;
    expect(trevik).toHaveLength(1);
    expect((await page(`/stories/${trevik[0].id}`)).text).not.toContain('related-heading');
  });

  it('show who copies whom by outlet, each outlet linked to its stories', async () => {
    const { document } = await page('/outlets');
    const rows = [...document.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()));
    expect(rows).toContainEqual(['Lakeshore Morning Post', '1', '0', '1', '0', 'Harbor Daily (1)']);
    expect(rows).toContainEqual(['Harbor Daily', '1', '1', '0', '0', '']);
    expect(document.querySelector('tbody a[href="/?outlet=Harbor+Daily"]')).not.toBeNull();
    expect(document.querySelector('header nav a[href="/outlets"]')?.textContent).toBe('Outlets');
    expect((await page('/outlets?offset=100')).document.querySelector('main p:last-of-type')?.textContent).toBe('No more outlets.');
  });

  it('label every form control, offer a skip link and one main landmark', async () => {
    for (const url of pages()) {
      const { document } = await page(url);
      expect(document.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
      expect(document.querySelectorAll('main#main')).toHaveLength(1);
      expect(document.documentElement.getAttribute('lang')).toBe('en');
      for (const control of document.querySelectorAll('input, textarea, select')) {
        const id = control.getAttribute('id');
        expect(id, `${url}: a control without an id`).toBeTruthy();
        expect(document.querySelector(`label[for="${id}"]`), `${url}: no label for #${id}`).not.toBeNull();
      }
    }
  });

  it('page the story list and each list of a story page', async () => {
    const small = testApp({ pageSize: 1 });
    try {
      const answers = (await postFiles(appFetch(small.app), 'http://localhost', articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
      const story = parseHTML(await (await small.app.request(`/stories/${answers[0].articles[0].story}`)).text()).document;
      const firstQuote = story.querySelector('section[aria-labelledby="quotes-heading"] tbody td')?.textContent;
      const nextQuotes = story.querySelector('nav[aria-label="Pages of quotes"] a[rel="next"]')!.getAttribute('href')!;
      const later = parseHTML(await (await small.app.request(nextQuotes)).text()).document;
      expect(later.querySelector('section[aria-labelledby="quotes-heading"] tbody td')?.textContent).not.toBe(firstQuote);
      expect(later.querySelector('nav[aria-label="Pages of quotes"] a:not([rel])')?.textContent).toBe('First page');
      for (const [list, name] of [['quotes', 'quotes'], ['articles', 'articles'], ['entities', 'names']]) {
        const links = [...later.querySelectorAll(`nav[aria-label="Pages of ${name}"] a`)].map((link) => link.getAttribute('href')!);
        expect(links.length, name).toBeGreaterThan(0);
        for (const href of links) expect(href, `a page of ${name} leads back to its list, not to the top of the long page`).toMatch(new RegExp(`#${list}-heading$`));
        expect(later.getElementById(`${list}-heading`), name).not.toBeNull();
      }
      expect(later.querySelectorAll('section[aria-labelledby="articles-heading"] tbody tr')).toHaveLength(1);
      const { document } = parseHTML(await (await small.app.request('/')).text());
      expect(document.querySelectorAll('tbody tr')).toHaveLength(1);
      const next = document.querySelector('a[rel="next"]')!.getAttribute('href')!;
      const second = parseHTML(await (await small.app.request(next)).text()).document;
      expect(second.querySelector('tbody tr a')?.textContent).not.toBe(document.querySelector('tbody tr a')?.textContent);
    } finally {
      await small.close();
    }
  });

  it('add pasted articles from the form, without JavaScript, a corrected one in place of the stored one', async () => {
    const form = new FormData();
    form.set('text', 'Ferry runs aground off Port Aldwin\n\nA passenger ferry ran aground off Port Aldwin on Monday morning, and all 212 people on board were taken ashore safely, the coastguard said.');
    form.set('url', 'https://port.example/ferry');
    form.set('outlet', 'Port Aldwin Post');
    form.set('title', 'Ferry runs aground off Port Aldwin');
    const { document } = await page('/submit', 201, { method: 'POST', body: form });
    const story = document.querySelector('main a[href^="/stories/"]')?.getAttribute('href');
    expect(story).toMatch(/^\/stories\//);
    expect(document.querySelector('main li a[href^="/articles/"]')?.textContent).toBe('Ferry runs aground off Port Aldwin');
    expect((await page(story!)).document.querySelector('h1')?.textContent).toMatch(/Ferry runs aground/);
    form.set('text', 'Ferry runs aground off Port Aldwin\n\nA passenger ferry ran aground off Port Aldwin on Monday morning, and all 214 people on board were taken ashore safely, the coastguard said.');
    const again = await page('/submit', 201, { method: 'POST', body: form });
    expect(again.document.querySelector('main p')?.textContent).toBe('0 new articles added, 1 replaced by a new version, 0 already stored.');
    expect(again.document.querySelector('main li')?.textContent).toMatch(/: stored with another text before: this one replaces it — its story$/);
    expect(again.document.querySelector('main li a[href^="/stories/"]')?.getAttribute('href')).toBe(story);
  });

  it('offer the stories as an Atom feed, with the list\'s filters, each entry a story with its summary and page', async () => {
    const feed = async (url: string) => {
      const response = await t.app.request(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await response.text();
      expect(xml, url).not.toMatch(/<script|<img|<svg/i);
      return { xml, entries: readString(xml, { input: url, format: 'feed' }).articles };
    };
    const { stories } = storiesResponse.parse(await (await t.app.request('/api/stories')).json());
    const all = await feed('/stories.atom');
    expect(all.entries.map((entry) => entry.url)).toEqual(stories.map((story) => `http://localhost/stories/${story.id}`));
    const flood = all.entries.find((entry) => entry.url === `http://localhost/stories/${floodStory}`)!;
    const floodSummary = storyResponse.parse(await (await t.app.request(`/api/stories/${floodStory}`)).json()).summary;
    expect(flood.title).toBe(stories.find((story) => story.id === floodStory)!.headline);
    expect(flood.text).toContain(floodSummary.sentences[0].text.slice(0, 60));
    expect(all.entries.map((entry) => entry.url)).toContain(`http://localhost/stories/${hostileStory}`);
    const trevik = await feed('/stories.atom?q=Trevik');
    expect(trevik.entries.map((entry) => entry.url)).toEqual([`http://localhost/stories/${trevikStory}`]);
    expect(trevik.xml).toContain('<title>Tidings: stories (Trevik)</title>');
    const list = await page('/?q=Trevik');
    expect(list.document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/stories.atom');
    expect(list.document.querySelector('main a[type="application/atom+xml"]')?.getAttribute('href')).toBe('/stories.atom?q=Trevik');
  });

  it('name their icon, served as a static SVG, so no browser asks for /favicon.ico', async () => {
    const { document } = await page('/');
    const href = document.querySelector('link[rel="icon"]')?.getAttribute('href');
    expect(href).toBe('/static/icon.svg');
    const response = await t.app.request(href!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toMatch(/^<svg [^>]*>.*<\/svg>$/);
  });

  it('name each figure of the story list by its column, which a phone shows beside it, row by row (a table of five columns would not fit)', async () => {
    const { document } = await page('/');
    const table = document.querySelector('table.story-list')!;
    const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([...row.querySelectorAll('td')].map((td, index) => (index === 0 ? columns[0] : td.getAttribute('data-label')))).toEqual(columns);
    const css = await (await t.app.request('/static/style.css')).text();
    const phone = css.slice(css.indexOf('@media (max-width:40rem)'));
    expect(phone).toMatch(/table\.story-list td\{display:inline-block/);
    expect(phone).toMatch(/table\.story-list td\[data-label\]::before\{content:attr\(data-label\)/);
  });

  it('serve the stylesheet as a static file', async () => {
    const response = await t.app.request('/static/style.css');
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await response.text()).toMatch(/:focus-visible/);
  });
});
