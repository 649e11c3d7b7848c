import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorResponse, ingestResponse, storyResponse } from './schemas/responses.js';
import { appFetch, articleFiles, EXAMPLES, postFiles, postJson, testApp, type TestApp, wireItems } from './test-support/fixtures.js';

let t: TestApp;
beforeEach(() => (t = testApp()));
afterEach(() => t.close());

async function expectError(response: Response, status: number, path?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = errorResponse.parse(await response.json());
  if (path !== undefined) expect(body.details.map((detail) => detail.path)).toContain(path);
  return body;
}

describe('POST /api/articles', () => {
  it('answers 409 with Retry-After when other processes wrote to the database meanwhile each of 3 tries, storing nothing of the request', async () => {
    const [first, second] = wireItems();
    expect((await postJson(t.app, '/api/articles', first)).status).toBe(201);
    // As if another process had saved since the first request (so the state it kept is not taken up) and since this request loaded it.
    const generation = t.store.clustererGeneration.bind(t.store);
    t.store.clustererGeneration = async () => ((await generation()) ?? 0) + 1;
    const load = t.store.loadClusterer.bind(t.store);
    let loads = 0;
    t.store.loadClusterer = async () => {
      loads += 1;
      const saved = await load();
      return saved && { ...saved, generation: saved.generation - 1 };
    };
    const response = await postJson(t.app, '/api/articles', second);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = await expectError(response, 409);
    expect(body.error).toMatch(/send the request again/);
    expect(loads).toBe(3);
    expect((await t.store.counts()).articles).toBe(1);
  });

  it('reads the story grouping once for requests that follow one another, and again after a removal', async () => {
    const load = t.store.loadClusterer.bind(t.store);
    let loads = 0;
    t.store.loadClusterer = () => {
      loads += 1;
      return load();
    };
    const [first, second] = wireItems();
    const third = { id: 'ossa-levee-report', outlet: 'Trevik Herald', published: '2026-03-16T09:00:00Z', text: 'Engineers inspecting the Ossa river levees said on Monday that two sections near Trevik would need rebuilding before the spring floods, the regional water board said.' };
    for (const item of [first, second]) expect((await postJson(t.app, '/api/articles', item)).status).toBe(201);
    expect(loads).toBe(1);
    expect((await t.app.request(`/api/articles/${String(second.id)}`, { method: 'DELETE' })).status).toBe(200);
    expect((await postJson(t.app, '/api/articles', third)).status).toBe(201);
    expect(loads, 'the removal reads it, and the request after it').toBe(3);
  });

  it('ingests the examples file by file, as the CLI does: three stories, the reprint and the rewrite found', async () => {
    const answers = (await postFiles(appFetch(t.app), 'http://localhost', articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
    const articles = answers.flatMap((answer) => answer.articles);
    expect(articles).toHaveLength(9);
    expect(articles.every((article) => article.status === 'added' && article.story !== null)).toBe(true);
    const byId = new Map(articles.map((article) => [article.id, article]));
    const harbor = answers[0].articles[0];
    expect(byId.get('lmp-2026-03-14-0412')).toMatchObject({ story: harbor.story, verdict: { kind: 'reprint', sources: [{ article: harbor.id }] } });
    expect(answers[4].articles[0].story).not.toBe(harbor.story);
    expect(articles.map((article) => article.verdict?.kind)).toContain('rewrite');
    expect((await t.store.counts()).articles).toBe(9);
  });

  it('takes one JSON article or a list, and is idempotent: the second time nothing is added (200)', async () => {
    const [first, second] = wireItems();
    const one = await postJson(t.app, '/api/articles', first);
    expect(one.status).toBe(201);
    expect(ingestResponse.parse(await one.json())).toMatchObject({ added: 1, articles: [{ id: first.id, status: 'added' }] });
    const both = await postJson(t.app, '/api/articles', [first, second]);
    expect(both.status).toBe(201);
    const body = ingestResponse.parse(await both.json());
    expect(body).toMatchObject({ added: 1, alreadyStored: 1 });
    expect(body.articles.map((article) => [article.id, article.status])).toEqual([
      [first.id, 'already-stored'],
      [second.id, 'added'],
    ]);
    const again = await postJson(t.app, '/api/articles', [first, second]);
    expect(again.status).toBe(200);
    expect(ingestResponse.parse(await again.json())).toMatchObject({ added: 0, alreadyStored: 2 });
  });

  it('names the stored article holding a text posted again under another id (storedAs), with its story and title', async () => {
    const [first] = wireItems();
    const stored = ingestResponse.parse(await (await postJson(t.app, '/api/articles', first)).json()).articles[0];
    const renamed = await postJson(t.app, '/api/articles', [{ ...first, id: 'renamed-copy' }, { ...first, id: 'renamed-again' }]);
    expect(ingestResponse.parse(await renamed.json()).articles).toEqual([
      { id: 'renamed-copy', status: 'already-stored', storedAs: first.id, story: stored.story, title: first.title, verdict: null },
      { id: 'renamed-again', status: 'already-stored', storedAs: first.id, story: stored.story, title: first.title, verdict: null },
    ]);
    const fresh = { id: 'fresh-1', outlet: 'Kessock Times', title: 'Pier budget approved', text: 'The Kessock council approved a budget of 4 million pounds for a new pier on Tuesday, after a long debate about the harbour.' };
    const inOneRequest = ingestResponse.parse(await (await postJson(t.app, '/api/articles', [fresh, { ...fresh, id: 'fresh-2' }])).json()).articles;
    expect(inOneRequest).toMatchObject([
      { id: 'fresh-1', status: 'added', storedAs: null },
      { id: 'fresh-2', status: 'already-stored', storedAs: 'fresh-1', story: inOneRequest[0].story, title: 'Pier budget approved' },
    ]);
  });

  it('lists the stored reprints an original posted after them was found to be the source of', async () => {
    const text = 'The Ossa flood barriers at Lowmere failed on Tuesday night, the county emergency office said. About 1,200 residents of Lowmere were taken to two school halls before the water rose.';
    const reprint = { id: 'copy', outlet: 'Copyfarm Daily', published: '2026-02-04', title: 'Ossa barriers fail', text };
    const original = { id: 'source', outlet: 'Trevik Herald', published: '2026-02-03', title: 'Ossa barriers fail', text };
    expect(ingestResponse.parse(await (await postJson(t.app, '/api/articles', reprint)).json()).retraced).toEqual([]);
    const body = ingestResponse.parse(await (await postJson(t.app, '/api/articles', original)).json());
    expect(body.articles).toMatchObject([{ id: 'source', status: 'added', verdict: { kind: 'independent' } }]);
    expect(body.retraced).toEqual([{ article: 'copy', kind: 'reprint', sources: ['source'] }]);
  });

  it('lists none of the stored copies of an article posted again with another text that are traced again to its new text, as tidings ingest counts none', async () => {
    const report = ['Fire crews spent the night fighting a blaze at the Sollen Street bus depot in Marrowby, where 14 buses were destroyed, the fire service said on Thursday.', 'About 60 firefighters were sent to the depot after the alarm was raised shortly before 1 a.m., and the fire was under control by dawn.', 'No one was hurt, said group manager Ilse Carrow, who asked residents of the nearby streets to keep their windows closed.', 'The depot operator, Marrowby Transit, said some morning routes would run late while buses were sent from its other garages.'];
    const followUp = ['Buses were running again from the Sollen Street depot in Marrowby on Friday, a day after a fire destroyed 14 buses there, the fire service said.', report[2], report[3]];
    const item = (id: string, published: string, paragraphs: string[]) => ({ id, outlet: 'Pellam Wire', published, title: 'Fire destroys 14 buses at Marrowby depot', text: paragraphs.join('\n\n') });
    expect((await postJson(t.app, '/api/articles', item('wire', '2026-11-12T06:40:00Z', report))).status).toBe(201);
    const corrected = report.map((paragraph) => paragraph.replace('About 60 firefighters', 'About 65 firefighters'));
    const body = ingestResponse.parse(await (await postJson(t.app, '/api/articles', [item('follow-up', '2026-11-13T07:15:00Z', followUp), item('wire', '2026-11-12T06:40:00Z', corrected)])).json());
    expect(body.articles).toMatchObject([{ id: 'follow-up', status: 'added' }, { id: 'wire', status: 'replaced' }]);
    expect([...(await t.store.copySources(['follow-up']))]).toEqual([['follow-up', ['wire']]]);
    expect(body.retraced).toEqual([]);
  });

  it('stores an article posted again under its id with another text in place of the stored one, and says it replaced it', async () => {
    const [first] = wireItems();
    const story = ingestResponse.parse(await (await postJson(t.app, '/api/articles', first)).json()).articles[0].story;
    const update = { ...first, modified: '2026-03-14T18:30:00Z', text: `${first.text}\n\nThis paragraph was added when the report was updated later that day.` };
    const response = await postJson(t.app, '/api/articles', update);
    expect(response.status).toBe(201);
    expect(ingestResponse.parse(await response.json())).toMatchObject({ added: 0, replaced: 1, alreadyStored: 0, articles: [{ id: first.id, status: 'replaced', story }] });
    expect((await t.store.articles([first.id as string]))[0].text).toMatch(/updated later/);
    expect(await (await t.app.request(`/articles/${encodeURIComponent(first.id as string)}`)).text()).toMatch(/ · updated <time datetime="2026-03-14T18:30:00Z">2026-03-14 18:30 UTC<\/time><\/p>/);
    expect(await (await t.app.request(`/stories/${story}`)).text()).toContain('</a> <span class="muted">(updated since first stored)</span>');
    const articles = storyResponse.parse(await (await t.app.request(`/api/stories/${story}`)).json()).articles.items;
    expect(articles.map((article) => [article.id, article.revised])).toEqual([[first.id, true]]);
    const again = await postJson(t.app, '/api/articles', update);
    expect([again.status, ingestResponse.parse(await again.json())]).toMatchObject([200, { added: 0, replaced: 0, alreadyStored: 1, articles: [{ id: first.id, status: 'already-stored', story, title: first.title }] }]);
  });

  it('keeps any id a client gives, slashes and all, and finds the article by it', async () => {
    const id = 'news/2026 é?#1';
    const response = await postJson(t.app, '/api/articles', { id, text: 'The river rose by four metres overnight in the town of Brenmouth, officials said.' });
    expect(ingestResponse.parse(await response.json()).articles[0].id).toBe(id);
    expect((await (await t.app.request(`/api/articles/${encodeURIComponent(id)}`)).json()) as { id: string }).toMatchObject({ id });
    expect((await t.app.request(`/articles/${encodeURIComponent(id)}`)).status).toBe(200);
  });

  it('takes a numeric id and Unix-time dates, as JSONL does', async () => {
    const response = await postJson(t.app, '/api/articles', { id: 4471, published: 1773475200, text: 'The Mill Road bridge closed for repairs on Saturday morning, the council of Brenmouth said.' });
    expect(response.status).toBe(201);
    const article = (await (await t.app.request('/api/articles/4471')).json()) as { published: string };
    expect(article.published).toBe('2026-03-14T08:00:00Z');
  });

  it('lists the dates it left out of the articles it added (in 2999), and the web reader says so', async () => {
    const text = 'The Mill Road bridge closed for repairs on Saturday morning, the council of Brenmouth said.';
    const body = ingestResponse.parse(await (await postJson(t.app, '/api/articles', [{ id: 'far', published: '2999-03-05', text }])).json());
    expect(body.datesLeftOut).toEqual([{ article: 'far', place: '0', reason: expect.stringMatching(/^the published date "2999-03-05" is after the time of reading/) }]);
    const form = new FormData();
    form.set('text', `Ferry crossings were cancelled for a third day as gales battered the coast of Brenmouth.`);
    form.set('published', '3001-01-01');
    const page = await (await t.app.request('/submit', { method: 'POST', body: form })).text();
    expect(page).toMatch(/<h2>Dates left out<\/h2><ul><li>[\da-f]{16}: the published date &quot;3001-01-01&quot; is after the time of reading/);
  });

  it('reads a raw HTML page, keeping the ?url= it came from', async () => {
    const page = readFileSync(path.join(EXAMPLES, 'northgate-courier-brenmouth-flood-evacuation.html'));
    const url = 'https://news.example/brenmouth-flood';
    const response = await t.app.request(`/api/articles?url=${encodeURIComponent(url)}`, { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: page });
    expect(response.status).toBe(201);
    const { articles } = ingestResponse.parse(await response.json());
    const article = (await (await t.app.request(`/api/articles/${encodeURIComponent(articles[0].id)}`)).json()) as { url: string; outlet: string };
    expect(article).toMatchObject({ url, outlet: 'Northgate Courier' });
  });

  it('reads a page in its declared charset', async () => {
    const page = Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><title>Caf\xe9 reopens</title></head><body><article><h1>Caf\xe9 reopens</h1><p>The caf\xe9 on Quay Street reopened on Monday after the flood waters receded from the lower districts of the town.</p><p>Its owner said the repairs took three weeks and cost more than she had expected.</p></article></body></html>', 'latin1');
    const response = await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: page });
    expect(response.status).toBe(201);
    const { articles } = ingestResponse.parse(await response.json());
    const article = (await (await t.app.request(`/api/articles/${encodeURIComponent(articles[0].id)}`)).json()) as { text: string };
    expect(article.text).toContain('The café on Quay Street');
  });

  it('reads plain text, JSONL and feeds by their content type', async () => {
    const text = await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: readFileSync(path.join(EXAMPLES, 'trevik-herald-ossa-river-flood.txt')) });
    expect(text.status).toBe(201);
    const jsonl = await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: readFileSync(path.join(EXAMPLES, 'wire.jsonl')) });
    expect(ingestResponse.parse(await jsonl.json()).added).toBe(2);
    const feed = await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/rss+xml' }, body: readFileSync(path.join(EXAMPLES, 'kingsfold-evening-gazette-feed.xml')) });
    expect(ingestResponse.parse(await feed.json()).added).toBe(2);
  });

  it('takes the body shapes POST /api/summarize takes: one article, a list, or {articles: [...]}; another shape is one 400 naming the shapes and where the body went wrong', async () => {
    const [first, second] = wireItems();
    const wrapped = await postJson(t.app, '/api/articles', { articles: [first, second] });
    expect(wrapped.status).toBe(201);
    expect(ingestResponse.parse(await wrapped.json()).articles.map((article) => [article.id, article.status])).toEqual([[first.id, 'added'], [second.id, 'added']]);
    const again = ingestResponse.parse(await (await postJson(t.app, '/api/articles', [first])).json());
    expect(again.articles.map((article) => article.status)).toEqual(['already-stored']);
    const wrong = async (body: unknown) => (await expectError(await postJson(t.app, '/api/articles', body), 400)).details;
    expect(await wrong('text')).toEqual([{ path: '', message: 'send one article (an object with "text" or "html"), a list of articles, or {"articles": [...]}, not string' }]);
    expect(await wrong({ articles: [first, { title: 'No text' }] })).toEqual([{ path: 'articles.1', message: expect.stringMatching(/needs a non-empty "text"/) }]);
    expect(await wrong({ articles: [first], budget: { words: 50 } })).toEqual([{ path: 'budget', message: 'not a parameter this request takes' }]);
    expect(await wrong([first, { text: 'x', colour: 'red' }])).toEqual([{ path: '1.colour', message: 'not a parameter this request takes' }]);
  });

  it('reports items it could not read, and the others are stored', async () => {
    const [first] = wireItems();
    const response = await postJson(t.app, '/api/articles', [first, { title: 'An empty page', html: '<html><body><nav>Home</nav></body></html>' }]);
    expect(response.status).toBe(201);
    const body = ingestResponse.parse(await response.json());
    expect(body.added).toBe(1);
    expect(body.problems).toEqual([{ place: '1', reason: expect.any(String) }]);
    const wrapped = ingestResponse.parse(await (await postJson(t.app, '/api/articles', { articles: [first, { title: 'An empty page', html: '<html><body><nav>Home</nav></body></html>' }] })).json());
    expect(wrapped.problems).toEqual([{ place: 'articles.1', reason: expect.any(String) }]);
  });

  it('stores no article of fewer than 8 words: one word alone is refused (400) naming why, in a list it is a problem beside the stored items', async () => {
    const alone = await expectError(await postJson(t.app, '/api/articles', { text: 'x' }), 400);
    expect(alone.details).toEqual([{ path: '', message: 'too short to store as an article: 1 word left after cleaning, fewer than 8' }]);
    const text = await expectError(await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Hello world.' }), 400);
    expect(text.details).toEqual([{ path: '', message: 'too short to store as an article: 2 words left after cleaning, fewer than 8' }]);
    const page = await expectError(await t.app.request('/api/articles?url=https://a.example/1', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: '<p>Hello world.</p>' }), 400);
    expect(page).toEqual({ error: 'no article could be read from the request', details: [{ path: '', message: 'too short to store as an article: 2 words left after cleaning, fewer than 8' }] });
    const [first] = wireItems();
    const body = ingestResponse.parse(await (await postJson(t.app, '/api/articles', [first, { text: 'x' }])).json());
    expect(body).toMatchObject({ added: 1, problems: [{ place: '1', reason: expect.stringMatching(/^too short/) }] });
    expect((await t.store.counts()).articles).toBe(1);
  });

  it('refuses bodies it cannot read with 400 and {error, details}', async () => {
    await expectError(await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": ' }), 400, '');
    await expectError(await postJson(t.app, '/api/articles', { titel: 'typo', text: 'Some words here.' }), 400, 'titel');
    await expectError(await postJson(t.app, '/api/articles', { title: 'no text' }), 400, '');
    await expectError(await postJson(t.app, '/api/articles', []), 400, '');
    await expectError(await postJson(t.app, '/api/articles', [{ text: 'fine words', outlet: 7 }]), 400, '0.outlet');
    await expectError(await postJson(t.app, '/api/articles', 'just a string'), 400);
    await expectError(await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '' }), 400);
    await expectError(await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: new Uint8Array([0x41, 0x00, 0x42]) }), 400, 'body');
    await expectError(
      await t.app.request('/api/articles?url=javascript:alert(1)', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: '<p>x</p>' }),
      400,
      'url',
    );
    await expectError(await t.app.request('/api/articles?url=https://a.example/', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Words.' }), 400, 'url');
  });

  it('refuses other content types with 415', async () => {
    await expectError(await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'a,b' }), 415, 'content-type');
    await expectError(await t.app.request('/api/articles', { method: 'POST', body: new Uint8Array([1, 2, 3]) }), 415);
  });

  it('refuses a body over the limit with 413, before reading it', async () => {
    const small = testApp({ maxBodyBytes: 1000 });
    try {
      const body = await expectError(await postJson(small.app, '/api/articles', { text: 'word '.repeat(400) }), 413);
      expect(body.error).toBe('the body is over the 1000 bytes limit (maxBodyBytes)');
      expect((await small.store.counts()).articles).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('refuses writes a browser makes from another site (403); same-origin and non-browser writes pass', async () => {
    const [first] = wireItems();
    await expectError(await postJson(t.app, '/api/articles', first, { Origin: 'https://evil.example' }), 403, 'origin');
    await expectError(await postJson(t.app, '/api/articles', first, { 'Sec-Fetch-Site': 'cross-site' }), 403);
    await expectError(await postJson(t.app, '/api/articles', first, { 'Sec-Fetch-Site': 'same-site', Origin: 'null' }), 403);
    await expectError(await postJson(t.app, '/api/articles', first, { Origin: 'null' }), 403);
    expect((await postJson(t.app, 'http://localhost/api/articles', first, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(201);
    expect((await postJson(t.app, 'http://localhost/api/articles', [first, { text: 'Another article entirely, with words enough to be stored as one.' }], { Origin: 'http://localhost' })).status).toBe(201);
  });

  it('serializes concurrent ingests: every article stored once, in one story', async () => {
    const [first, second] = wireItems();
    const responses = await Promise.all([postJson(t.app, '/api/articles', first), postJson(t.app, '/api/articles', second), postJson(t.app, '/api/articles', first)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 201, 201]);
    expect((await t.store.counts()).articles).toBe(2);
  });
});

describe('the database failing under a write', () => {
  it('answers a full disk with a 503 saying so, logs it, and keeps what was stored', async () => {
    const logged: unknown[] = [];
    const full = testApp({ log: (problem) => logged.push(problem) });
    try {
      const first = await full.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: readFileSync(path.join(EXAMPLES, 'trevik-herald-ossa-river-flood.txt')) });
      expect(first.status).toBe(201);
      // The database may not grow by a page: a disk with no room left.
      const db = (full.store as unknown as { db: { pragma(source: string, options?: { simple: boolean }): unknown } }).db;
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      // More than the free room left inside the pages the file has (16 KB pages keep some): 60 reports of the Ossa river's ferries.
      const reports = Array.from({ length: 60 }, (_, i) =>
        JSON.stringify({ id: `ferry-${i}`, title: `Ferry ${i} held at Trevik quay`, text: `The ferry numbered ${i} stayed at the Trevik quay on Sunday as the Ossa river rose, the harbour office said. `.repeat(12) }),
      );
      const response = await full.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: reports.join('\n') });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('10');
      expect(errorResponse.parse(await response.json()).error).toBe(
        "the server's database failed: the disk is full: the write in progress was undone, what was stored before is kept; free some space and run it again",
      );
      expect(logged).toHaveLength(1);
      expect((await full.store.counts()).articles).toBe(1);
    } finally {
      await full.close();
    }
  });
});
