import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalHost, reachesLocalHost } from './address.js';
import { readUrl, withFeedItemPages } from './fetch.js';
import { readInputs } from './inputs.js';
import { MAX_ITEM_PAGES, withItemPages } from './item-pages.js';
import { readString } from './read.js';
import { fixture } from './test-support/shared-data.js';

/** A local web server: each path answers as a news site or a broken one would. */
let server: Server;
let base = '';
/** An address where nothing listens. */
let closed = '';

const PAGE = '<!doctype html><html><head><title>Tide gauge fails at Kessock pier</title></head><body><article><h1>Tide gauge fails at Kessock pier</h1>' +
  '<p>The tide gauge at Kessock pier stopped reporting on Tuesday night after a storm surge flooded its housing, the harbour authority said.</p>' +
  '<p>Engineers expect to replace the sensor by Friday, and boats should use the Harrow Point gauge until then, harbour master Ilse Varro said.</p></article></body></html>';

/** A feed of teasers: one links to the full page, one to a missing page, one is long enough already. */
const LONG = 'The harbour board met for three hours on Thursday to discuss the storm damage along the quay. '.repeat(10);
const TEASERS = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Kessock Harbour News</title><link>${base}/</link>
<item><title>Gauge fails at Kessock pier</title><link>${base}/page</link><guid>kessock-1</guid><pubDate>Wed, 18 Mar 2026 07:00:00 GMT</pubDate><description>The tide gauge stopped reporting after a storm surge.</description></item>
<item><title>Ferry timetable changes</title><link>${base}/missing</link><guid>kessock-2</guid><pubDate>Wed, 18 Mar 2026 08:00:00 GMT</pubDate><description>The winter ferry timetable starts on Monday.</description></item>
<item><title>Harbour board meets</title><link>${base}/board</link><guid>kessock-3</guid><pubDate>Wed, 18 Mar 2026 09:00:00 GMT</pubDate><description>${LONG}</description></item>
</channel></rss>`;
/** A feed of titles and links only, as many sites give: one page can be read, one is missing. */
const LINKS = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Kessock Harbour News</title><link>${base}/</link>
<item><title>Gauge fails at Kessock pier</title><link>${base}/page</link><pubDate>Wed, 18 Mar 2026 07:00:00 GMT</pubDate></item>
<item><title>Ferry timetable changes</title><link>${base}/missing</link><description><![CDATA[<img src="${base}/photo">]]></description></item>
</channel></rss>`;
/** A feed whose first item is only a video, then more teasers than are read from their pages. */
const MEDIA_FIRST = (base: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Kessock Harbour News</title><link>${base}/</link>
<item><title>Watch: the gauge fails</title><link>${base}/page</link><media:content url="${base}/gauge.mp4" type="video/mp4"/></item>
${Array.from({ length: MAX_ITEM_PAGES }, (_, i) => `<item><title>Teaser ${i}</title><link>${base}/missing?${i}</link><description>A short teaser.</description></item>`).join('\n')}
</channel></rss>`;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': type, ...headers });
      response.end(body);
    };
    switch (request.url) {
      case '/feed.rss':
        return send(200, 'application/rss+xml; charset=utf-8', fixture('coastline-wire.rss'));
      case '/moved':
        return send(301, 'text/plain', '', { location: '/feed.rss' });
      case '/moved-page':
        return send(302, 'text/plain', '', { location: '/page' });
      case '/page':
        return send(200, 'text/html; charset=utf-8', PAGE, { etag: '"page-1"' });
      case '/teasers.rss':
        return send(200, 'application/rss+xml', TEASERS(base));
      case '/links.rss':
        return send(200, 'application/rss+xml', LINKS(base));
      case '/media-first.rss':
        return send(200, 'application/rss+xml', MEDIA_FIRST(base));
      case '/conditional.rss':
        if (request.headers['if-none-match'] === '"v1"') return send(304, 'application/rss+xml', '');
        return send(200, 'application/rss+xml; charset=utf-8', fixture('coastline-wire.rss'), { etag: '"v1"', 'last-modified': 'Wed, 18 Mar 2026 07:00:00 GMT' });
      case '/photo':
        return send(200, 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff]));
      case '/huge':
        response.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 64; i++) response.write('x'.repeat(1024));
        return response.end();
      case '/slow':
        return void setTimeout(() => send(200, 'text/plain', 'Late headline\n\nLate body.'), 1_000);
      case '/trickle': {
        response.writeHead(200, { 'content-type': 'text/html' });
        const drip = setInterval(() => response.write('<p>The river rose. '), 50);
        return void response.on('close', () => clearInterval(drip));
      }
      default:
        return send(404, 'text/html', '<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gone = createServer();
  await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
  closed = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/refused`;
  await new Promise<void>((resolve) => gone.close(() => resolve()));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('reading web addresses', () => {
  it('reads a feed by its address, following a redirect, as it reads a feed file', async () => {
    const direct = await readInputs([`${base}/feed.rss`]);
    expect(direct.problems.map((problem) => [problem.place, problem.reason])).toEqual([[`item 4, "Live: Maren Star salvage", https://www.coastlinewire.example/maritime/live/maren-star-salvage`, 'the item has no content, description or summary']]);
    expect(direct.articles.length).toBeGreaterThan(1);
    expect(direct.articles.every((article) => article.origin.input === `${base}/feed.rss` && article.origin.format === 'feed')).toBe(true);
    const moved = await readInputs([`${base}/moved`]);
    expect(moved.articles.map((article) => article.text)).toEqual(direct.articles.map((article) => article.text));
  });

  it('reads a page, its address kept as the article url when the page names none', async () => {
    const { articles, problems } = await readInputs([`${base}/page`]);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Tide gauge fails at Kessock pier', url: `${base}/page`, origin: { format: 'html' } });
    expect(articles[0].text).toContain('harbour master Ilse Varro said');
  });

  it('names the address and the reason for each failure, and reads the other inputs', async () => {
    const { articles, problems } = await readInputs(
      [`${base}/missing`, `${base}/photo`, `${base}/huge`, `${base}/slow`, `${base}/trickle`, closed, 'http://[::1', `${base}/page`],
      { maxFileBytes: 32 * 1024, fetchTimeoutMs: 500 },
    );
    expect(articles).toHaveLength(1);
    expect(problems.map((problem) => problem.message)).toEqual([
      `${base}/missing: the server answered 404 Not Found`,
      `${base}/photo: the server sends image/jpeg, not text`,
      `${base}/huge: the body is over the 32.0 KB limit (maxFileBytes)`,
      `${base}/slow: no answer within 0.5 s (fetchTimeoutMs)`,
      `${base}/trickle: the server answered, but the body did not end within 0.5 s (fetchTimeoutMs)`,
      `${closed}: cannot fetch it: the host refused the connection (ECONNREFUSED)`,
      'http://[::1: cannot fetch it: not a valid web address (ERR_INVALID_URL)',
    ]);
  });

  it('reads the teasers of a feed from their pages with fetchPages, keeping the id, title and date the feed gives', async () => {
    const teasers = await readInputs([`${base}/teasers.rss`]);
    expect(teasers.articles.map((article) => article.origin.format)).toEqual(['feed', 'feed', 'feed']);
    requested.length = 0;
    const { articles, problems } = await readInputs([`${base}/teasers.rss`], { fetchPages: true });
    expect(problems).toEqual([]);
    expect(requested.sort()).toEqual(['/missing', '/page', '/teasers.rss']);
    const [gauge, ferry, board] = articles;
    expect(gauge).toMatchObject({ id: teasers.articles[0].id, title: 'Gauge fails at Kessock pier', published: teasers.articles[0].published, url: `${base}/page`, outlet: teasers.articles[0].outlet });
    expect(gauge.origin).toEqual({ input: `${base}/teasers.rss`, format: 'html', item: 1 });
    expect(gauge.text).toContain('harbour master Ilse Varro said');
    expect(gauge.messages[0]).toMatchObject({ rule: 'item-page', reason: `text read from the item's page ${base}/page` });
    expect(ferry.text).toBe(teasers.articles[1].text);
    expect(ferry.messages.at(-1)?.reason).toBe(`kept the feed's text: its page ${base}/missing was not used (the server answered 404 Not Found)`);
    expect(board).toEqual(teasers.articles[2]);
  });

  it('reads the items of a feed that gives no text from their pages with fetchPages; an item whose page cannot be read stays a problem saying why', async () => {
    const bare = await readInputs([`${base}/links.rss`]);
    expect(bare.articles).toEqual([]);
    expect(bare.problems.map((problem) => problem.reason)).toEqual(['the item has no content, description or summary', "the item's description holds no text, only an image"]);
    const { articles, problems } = await readInputs([`${base}/links.rss`], { fetchPages: true });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Gauge fails at Kessock pier', published: '2026-03-18T07:00:00Z', url: `${base}/page`, outlet: 'Kessock Harbour News' });
    expect(articles[0].text).toContain('harbour master Ilse Varro said');
    expect(problems.map((problem) => [problem.place, problem.reason])).toEqual([
      [`item 2, "Ferry timetable changes", ${base}/missing`, `the item's description holds no text, only an image; its page ${base}/missing was not used (the server answered 404 Not Found)`],
    ]);
  });

  it('reads the items of a feed given as a file or on standard input from their pages with fetchPages, refusing local pages (audit29: a saved feed read none)', async () => {
    const stdin = (async function* () {
      yield LINKS(base);
    })();
    const piped = await readInputs(['-'], { fetchPages: true, stdin, stdinName: 'stdin' });
    expect(piped.articles).toEqual([]);
    expect(piped.problems.map((problem) => problem.reason)).toEqual([
      `the item has no content, description or summary; its page ${base}/page was not used (refused: it leads to this machine or a private network)`,
      `the item's description holds no text, only an image; its page ${base}/missing was not used (refused: it leads to this machine or a private network)`,
    ]);
    const settings = { maxFileBytes: 1 << 20, fetchTimeoutMs: 2000, format: undefined, fetchPages: true };
    const fromHere = await withFeedItemPages({ input: 'links.rss', ...readString(LINKS(base), { input: 'links.rss' }) }, settings, true);
    expect(fromHere.articles.map((article) => [article.title, article.url])).toEqual([['Gauge fails at Kessock pier', `${base}/page`]]);
    expect(fromHere.articles[0].text).toContain('harbour master Ilse Varro said');
  });

  it('reads the page of an item that is only a media file with fetchPages, and reads pages in the feed\u2019s order, textless items among the others', async () => {
    const bare = await readInputs([`${base}/media-first.rss`]);
    expect(bare.problems[0].reason).toBe('the item has no content, description or summary, only a media file (video/mp4)');
    const { articles, problems } = await readInputs([`${base}/media-first.rss`], { fetchPages: true });
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ title: 'Watch: the gauge fails', url: `${base}/page`, origin: { item: 1 } });
    expect(articles[0].text).toContain('harbour master Ilse Varro said');
    expect(articles.map((article) => article.messages.at(-1)?.reason).filter((reason) => reason?.includes(`only the first ${MAX_ITEM_PAGES}`))).toHaveLength(1);
    expect(articles.at(-1)?.title).toBe(`Teaser ${MAX_ITEM_PAGES - 1}`);
  });

  it('knows the addresses of this machine and private networks, however written', async () => {
    const local = ['http://localhost:8080/', 'http://localhost./', 'http://10.0.0.5/', 'http://172.20.1.1/', 'http://100.64.1.1/', 'http://169.254.169.254/latest',
      'http://[fd00::1]/', 'http://[fe90::1]/', 'http://[fec0::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:a9fe:a9fe]/', 'http://[::1]/'];
    expect(local.filter((url) => !isLocalHost(url))).toEqual([]);
    expect(['https://news.example/', 'http://8.8.8.8/', 'http://172.32.0.1/', 'http://[2001:db8::1]/', 'not a url'].filter(isLocalHost)).toEqual([]);
    expect(await reachesLocalHost('http://[::ffff:7f00:1]/')).toBe(true);
    expect(await reachesLocalHost('https://news.invalid/')).toBe(false);
  });

  it('checks every address a request goes to when told to, redirects included', async () => {
    const notPage = async (url: string) => !url.endsWith('/page');
    const settings = { maxFileBytes: 1 << 20, fetchTimeoutMs: 2000, format: undefined, fetchPages: false, allowed: notPage };
    expect((await readUrl(`${base}/page`, settings)).problems.map((problem) => problem.reason)).toEqual(['refused: it leads to this machine or a private network']);
    expect((await readUrl(`${base}/moved-page`, settings)).problems.map((problem) => problem.reason)).toEqual([`refused: its redirect to ${base}/page leads to this machine or a private network`]);
    const moved = await readUrl(`${base}/moved`, settings);
    expect(moved.problems.map((problem) => problem.place)).toEqual([expect.stringMatching(/^item 4, /)]);
    expect(moved.articles.length).toBeGreaterThan(1);
  });

  it('reads at most MAX_ITEM_PAGES pages for one feed, and keeps the feed\u2019s messages on a page it reads', async () => {
    const [first] = (await readInputs([`${base}/teasers.rss`])).articles;
    const note = { stage: 'read', rule: 'feed', reason: 'a note the feed reader left' };
    const teasers = Array.from({ length: MAX_ITEM_PAGES + 2 }, (_, i) => ({ ...first, id: `t${i}`, url: `${base}/page#${i}`, messages: [note] }));
    let reads = 0;
    const pages = await withItemPages(teasers, async (url) => {
      reads++;
      return readUrl(url, { maxFileBytes: 1 << 20, fetchTimeoutMs: 2000, format: undefined, fetchPages: false });
    });
    expect(reads).toBe(MAX_ITEM_PAGES);
    expect(pages[0].messages.map((message) => message.rule).slice(0, 2)).toEqual(['item-page', 'feed']);
    expect(pages.at(-1)?.messages.at(-1)?.reason).toBe(`kept the feed's text: only the first ${MAX_ITEM_PAGES} teasers of a feed are read from their pages`);
  });

  it('asks an address only for a change when given its validators: an unchanged feed gives no articles and no problem; item pages, read once, are not kept', async () => {
    const validators = new Map();
    const first = await readInputs([`${base}/conditional.rss`], { validators });
    expect(first.articles.length).toBeGreaterThan(0);
    expect(validators.get(`${base}/conditional.rss`)).toEqual({ etag: '"v1"', lastModified: 'Wed, 18 Mar 2026 07:00:00 GMT' });
    expect(await readInputs([`${base}/conditional.rss`], { validators })).toEqual({ articles: [], problems: [] });
    expect((await readInputs([`${base}/conditional.rss`])).articles).toHaveLength(first.articles.length);
    const pages = new Map();
    await readInputs([`${base}/teasers.rss`], { fetchPages: true, validators: pages });
    expect([...pages.keys()]).toEqual([]);
  });

  it('checks its options', async () => {
    await expect(readInputs([`${base}/page`], { fetchTimeoutMs: 0 })).rejects.toThrow(/^tidings: expected readInputs\.fetchTimeoutMs to be a positive integer/);
    await expect(readInputs([`${base}/page`], { fetchPages: 'yes' as never })).rejects.toThrow(/^tidings: expected readInputs\.fetchPages to be a boolean/);
    await expect(readInputs([`${base}/page`], { validators: {} as never })).rejects.toThrow(/^tidings: expected readInputs\.validators to be a Map/);
    await expect(readInputs([`${base}/page`], { storedIds: [] as never })).rejects.toThrow(/^tidings: expected readInputs\.storedIds to be a function/);
  });
});
