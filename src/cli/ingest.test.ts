import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import { openStore, SCHEMA_VERSION } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { progressBar } from './progress.js';
import { main } from './main.js';
import { fakeIo, runMain as run } from './test-support/fake-io.js';

const temp = tempFolder('tidings-cli-ingest-');
const INGEST_CHILD = fileURLToPath(new URL('../ingest/test-support/ingest-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
afterAll(() => temp.remove());

describe('tidings ingest', () => {
  it('prints help with examples', async () => {
    const { code, stdout } = await run(['ingest', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: tidings ingest[\s\S]*--db FILE[\s\S]*Examples:\n  tidings ingest examples\/ && tidings stories/);
  });

  it('--every: ingests, then waits until stopped; each line carries its time (a stop during the wait ends it, exit 0)', async () => {
    const db = temp.file('every.db');
    const stop = new AbortController();
    const { io, stdout, stderr } = fakeIo();
    const running = main(['ingest', EXAMPLES, '--db', db, '--every', '15m'], { ...io, signal: stop.signal });
    for (let tries = 0; !stdout() && tries < 600; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort();
    expect(await running).toBe(0);
    expect(stdout()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ingested 9 new articles \(0 already stored, 0 problems\) into \d stories\n$/);
    expect(stderr()).toMatch(/tidings: stopped after 1 run\n$/);
    const store = openStore(db);
    expect(await store.listStories(10)).toHaveLength(3);
    await store.close();
  });

  it('--every in a real process: SIGINT during the wait stops it (exit 0), a second would stop it at once', async () => {
    const db = temp.file('every-process.db');
    const child = spawn(process.execPath, ['--import', 'tsx', INGEST_CHILD, EXAMPLES, '--db', db, '--every', '1m'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) child.kill('SIGINT');
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/Z ingested 9 new articles/);
    expect(err).toMatch(/tidings: stopping after this run \(again to stop now\)\ntidings: stopped after 1 run\n$/);
  }, 60_000);

  it('--every: a run while another process writes is tried again at the next, saying who writes', async () => {
    const db = temp.file('every-locked.db');
    const other = openStore(db, { create: true });
    const lock = await other.lockWriter('tidings remove');
    const stop = new AbortController();
    const { io, stdout, stderr } = fakeIo();
    const running = main(['ingest', EXAMPLES, '--db', db, '--every', '15m'], { ...io, signal: stop.signal });
    for (let tries = 0; !stderr() && tries < 600; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort();
    expect(await running).toBe(1);
    const since = lock.holder.started.replace(/\.\d+Z$/, 'Z');
    expect(stderr()).toBe(`tidings: ${db}: tidings remove (pid ${process.pid} on ${lock.holder.host}, since ${since}) is writing to it (trying again in 15m)\ntidings: stopped after 1 run\n`);
    expect(stdout()).toBe('');
    await lock.release();
    await other.close();
  });

  it('--wait takes a number of seconds (exit 2 otherwise)', async () => {
    const bad = await run(['ingest', EXAMPLES, '--wait', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^tidings ingest: --wait expects a number of seconds from 0 to 86400, got "soon"/);
  });

  it('--every refuses a bad interval and standard input (exit 2)', async () => {
    const bad = await run(['ingest', EXAMPLES, '--every', '10s']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--every takes a time from 1m to 24h/);
    const stdin = await run(['ingest', '-', '--every', '5m']);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/standard input \(-\) cannot be read twice/);
  });

  it('ingests the examples, then nothing the second time', async () => {
    const db = temp.file('examples.db');
    const first = await run(['ingest', EXAMPLES, '--db', db]);
    // Nothing but progress, which a loaded machine shows after a second of ingesting.
    expect(first.stderr.replace(/^Ingesting articles: .*\n/gm, '')).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ingested 9 new articles \(0 already stored, 0 problems\) into \d stories\n$/);
    const second = await run(['ingest', EXAMPLES, '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('ingested 0 new articles (9 already stored, 0 problems) into 0 stories\n');
  });

  it('says when stored articles were found to copy a new one published before them (an archive after its reprints)', async () => {
    const db = temp.file('late-original.db');
    const text = 'The Ossa flood barriers at Lowmere failed on Tuesday night, the county emergency office said.\n\nAbout 1,200 residents of Lowmere were taken to two school halls before the water rose.';
    const line = (id: string, outlet: string, published: string) => JSON.stringify({ id, outlet, published, title: 'Ossa barriers fail', text });
    const reprint = temp.file('reprint.jsonl');
    const original = temp.file('original.jsonl');
    writeFileSync(reprint, line('copy', 'Copyfarm Daily', '2026-02-04'));
    writeFileSync(original, line('source', 'Trevik Herald', '2026-02-03'));
    expect((await run(['ingest', reprint, '--db', db])).stdout).toBe('ingested 1 new article (0 already stored, 0 problems) into 1 story\n');
    const second = await run(['ingest', original, '--db', db]);
    expect([second.code, second.stdout]).toEqual([0, 'ingested 1 new article (0 already stored, 0 problems) into 1 story; 1 stored article found to copy a new one published before it\n']);
  });

  it('replaces the stored text of an article read again under its id with another, naming it on stderr, or keeps it with --keep-stored (exit 0)', async () => {
    const db = temp.file('changed.db');
    const file = temp.file('changed.jsonl');
    const line = (place: string) => JSON.stringify({ id: 'bridge-1', text: `A bridge in ${place} reopened on Monday after three months of repairs, the city council said.` });
    writeFileSync(file, line('Porto'));
    expect((await run(['ingest', file, '--db', db])).code).toBe(0);
    writeFileSync(file, line('Lisbon'));
    const kept = await run(['ingest', file, '--db', db, '--keep-stored']);
    expect([kept.code, kept.stdout]).toEqual([0, 'ingested 0 new articles (1 already stored, 1 of them with another text, 0 problems) into 0 stories\n']);
    expect(kept.stderr).toBe(`tidings: kept the stored text of article bridge-1: ${file} (line 1) gives it another (to store this one, ingest it again without --keep-stored)\n`);
    const replaced = await run(['ingest', file, '--db', db]);
    expect([replaced.code, replaced.stdout]).toEqual([0, 'ingested 0 new articles (0 already stored, 1 replaced by a new version, 0 problems) into 1 story\n']);
    expect(replaced.stderr).toBe(`tidings: replaced the stored version of article bridge-1 by the one ${file} (line 1) gives it\n`);
    expect((await run(['search', 'Lisbon', '--db', db, '--format', 'json'])).stdout).toMatch(/"id": ?"bridge-1"/);
  });

  it('names and counts the dates it left out of stored articles (in 2999, unreadable), exit 0', async () => {
    const db = temp.file('dates.db');
    const file = temp.file('dates.jsonl');
    const lines = [
      { id: 'future', published: '2999-03-05', text: 'A bridge in Porto reopened on Monday after three months of repairs, the city council said.' },
      { id: 'garbled', published: 'soon', text: 'Ferry crossings were cancelled for a third day as gales battered the northern coast.' },
    ];
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    const { code, stdout, stderr } = await run(['ingest', file, '--db', db]);
    expect(code).toBe(0);
    expect(stdout).toBe('ingested 2 new articles (0 already stored, 0 problems, 2 dates left out) into 2 stories\n');
    const [future, garbled, end] = stderr.split('\n');
    expect(future).toMatch(/^tidings: left a date out of article future: .*dates\.jsonl \(line 1\): the published date "2999-03-05" is after the time of reading \(\d{4}-\d\d-\d\d\); left it out$/);
    expect([garbled, end]).toEqual([`tidings: left a date out of article garbled: ${file} (line 2): could not read the published date "soon"; left it out`, '']);
  });

  it('lists the first ten replaced articles on stderr and counts the rest', async () => {
    const db = temp.file('many-updates.db');
    const file = temp.file('many-updates.jsonl');
    const lines = (place: string) => Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `bridge-${i}`, text: `Bridge number ${i} in ${place} reopened on Monday after three months of repairs, the city council said.` })).join('\n');
    writeFileSync(file, lines('Porto'));
    expect((await run(['ingest', file, '--db', db])).code).toBe(0);
    writeFileSync(file, lines('Lisbon'));
    const { code, stderr } = await run(['ingest', file, '--db', db]);
    const notices = stderr.split('\n').filter((line) => line.startsWith('tidings: '));
    expect([code, notices.length, notices[0], notices[10]]).toEqual([0, 11, `tidings: replaced the stored version of article bridge-0 by the one ${file} (line 1) gives it`, 'tidings: and 2 more stored articles replaced by a new version']);
  });

  it('names a database damaged past its first pages, without a stack trace (exit 1)', async () => {
    const db = temp.file('damaged.db');
    expect((await run(['ingest', EXAMPLES, '--db', db])).code).toBe(0);
    const bytes = readFileSync(db);
    bytes.fill(0xff, 4096 * 3, 4096 * 5);
    writeFileSync(db, bytes);
    const file = temp.file('after-damage.txt');
    writeFileSync(file, 'A bridge in Porto reopened on Monday after three months of repairs, the city council said.');
    const { code, stderr } = await run(['ingest', file, '--db', db]);
    expect([code, stderr.replace(/^Ingesting articles: .*\n/gm, '')]).toEqual([1, `tidings: ${db}: the database file is damaged\n`]);
  });

  it('does not read its own database in the folder it ingests (tidings ingest . beside tidings.db)', async () => {
    const folder = temp.file('news-with-db');
    cpSync(EXAMPLES, folder, { recursive: true });
    const db = path.join(folder, 'tidings.db');
    const first = await run(['ingest', folder, '--db', db]);
    expect(first.stdout).toMatch(/^ingested 9 new articles \(0 already stored, 0 problems\)/);
    writeFileSync(`${db}-journal`, 'a journal left by an older SQLite');
    const second = await run(['ingest', folder, '--db', db]);
    expect([second.code, second.stdout]).toEqual([0, 'ingested 0 new articles (9 already stored, 0 problems) into 0 stories\n']);
  });

  it('reads a feed by its web address, and names an address that fails (exit 1); a stored item\'s page is not read again', async () => {
    const feed = readFileSync(path.join(EXAMPLES, 'kingsfold-evening-gazette-feed.xml'));
    const page = readFileSync(path.join(EXAMPLES, 'northgate-courier-brenmouth-flood-evacuation.html'));
    const teasers = (base: string) =>
      `<rss version="2.0"><channel><title>Northgate Courier</title><item><title>Brenmouth flood</title><link>${base}/page.html</link><guid>nc-1</guid><description>1,400 evacuated.</description></item><item><title>Brenmouth shelters</title><link>${base}/shelters.html</link><guid>nc-2</guid></item></channel></rss>`;
    const shelters = '<html><head><title>Brenmouth shelters fill</title></head><body><article><h1>Brenmouth shelters fill</h1><p>Both shelters at Brenmouth Secondary School were full by Sunday night, the Eastmarch Emergency Management Agency said, and a third would open at St. Aldric Community Hall.</p></article></body></html>';
    let pageReads = 0;
    const server = createServer((request, response) => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (request.url === '/feed.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
      else if (request.url === '/teasers.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(teasers(base));
      else if (request.url === '/page.html') {
        pageReads++;
        response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      }
      else if (request.url === '/shelters.html') {
        pageReads++;
        response.writeHead(200, { 'content-type': 'text/html' }).end(shelters);
      }
      else response.writeHead(503, { 'content-type': 'text/plain' }).end('down');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const db = temp.file('web.db');
      const { code, stdout, stderr } = await run(['ingest', `${base}/feed.xml`, `${base}/down.xml`, '--db', db]);
      expect(stdout).toBe('ingested 2 new articles (0 already stored, 1 problem) into 2 stories\n');
      expect(stderr).toContain(`tidings: skipped ${base}/down.xml: the server answered 503 Service Unavailable`);
      expect(code).toBe(1);
      const pages = temp.file('pages.db');
      expect((await run(['ingest', `${base}/teasers.xml`, '--fetch-pages', '--db', pages])).code).toBe(0);
      const store = openStore(pages);
      const stored = (await Promise.all((await store.listStories(10)).map((story) => store.storyArticles(story.id)))).flat();
      await store.close();
      const article = stored.find((each) => each.title === 'Brenmouth flood');
      expect(article).toMatchObject({ title: 'Brenmouth flood', url: `${base}/page.html` });
      expect(article?.text).toContain('Corrin Falls Dam');
      expect(pageReads).toBe(2);
      // An item with no text of its own, stored from its page before, is stored already, not a problem (audit25: exit 1 on every run of a feed of titles).
      const again = await run(['ingest', `${base}/teasers.xml`, '--fetch-pages', '--db', pages]);
      expect([again.code, again.stdout, again.stderr]).toEqual([0, 'ingested 0 new articles (2 already stored, 0 problems) into 0 stories\n', '']);
      expect(pageReads).toBe(2);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reads standard input', async () => {
    const db = temp.file('stdin.db');
    const line = JSON.stringify({ id: 'one', outlet: 'Harbor Daily', text: 'The river rose two metres overnight, officials said on Sunday.' });
    const { code, stdout } = await run(['ingest', '-', '--input-format', 'jsonl', '--db', db], `${line}\n`);
    expect(code).toBe(0);
    expect(stdout).toBe('ingested 1 new article (0 already stored, 0 problems) into 1 story\n');
  });

  it('shows the first problems of an input read in the wrong format and counts the rest in one line, not one line each', async () => {
    const feed = path.join(temp.folder, 'harbour-feed.xml');
    const items = Array.from({ length: 12 }, (_, index) => `  <item><title>Berth ${index} reopens at Dunmore Quay</title><description>The harbour master reopened berth ${index} at Dunmore Quay on Tuesday after the fire.</description></item>`);
    writeFileSync(feed, ['<?xml version="1.0"?>', '<rss version="2.0"><channel><title>Harbour</title>', ...items, '</channel></rss>'].join('\n'));
    const { code, stdout, stderr } = await run(['ingest', feed, '--input-format', 'jsonl', '--db', temp.file('wrong-format.db')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ingested 0 new articles \(0 already stored, 15 problems\)/);
    const lines = stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('harbour-feed.xml (line'))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^tidings: skipped 5 more of \S*harbour-feed\.xml, not shown \(15 problems in all; is it in the format it was read as\?\)$/);
  });

  it('reports malformed files (which file, why), stores the rest, exits 1 without a stack trace', async () => {
    const folder = path.join(temp.folder, 'mixed');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'good.txt'), 'Floodwater rose in Trevik\n\nThe Ossa River broke through an embankment on Saturday, officials said.\n');
    writeFileSync(path.join(folder, 'lines.jsonl'), '{"id": "a", "text": "The dam held through the night, engineers said on Sunday morning."}\n{broken\n');
    writeFileSync(path.join(folder, 'photo.png'), 'not really a picture');
    const { code, stdout, stderr } = await run(['ingest', folder, path.join(temp.folder, 'absent.txt'), '--db', temp.file('mixed.db')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ingested 2 new articles \(0 already stored, 3 problems\)/);
    expect(stderr).toContain('lines.jsonl (line 2): not valid JSON');
    expect(stderr).toMatch(/tidings: skipped \S*photo\.png: a \.png file is not text/);
    expect(stderr).toContain('absent.txt: no such file or folder');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('creates no database when no input names anything to read (a mistyped path), and ingests as ever into one that exists', async () => {
    const db = temp.file('typo.db');
    const typo = path.join(temp.folder, 'exmaples');
    const { code, stdout, stderr } = await run(['ingest', typo, '--db', db]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`tidings: skipped ${typo}: no such file or folder\ntidings: nothing to read, so ${db} was not created\n`);
    expect(existsSync(db)).toBe(false);

    const kept = temp.file('kept.db');
    const line = JSON.stringify({ id: 'one', outlet: 'Harbor Daily', text: 'The river rose two metres overnight, officials said on Sunday.' });
    expect((await run(['ingest', '-', '--input-format', 'jsonl', '--db', kept], `${line}\n`)).code).toBe(0);
    const again = await run(['ingest', typo, '--db', kept]);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/^ingested 0 new articles \(0 already stored, 1 problem\)/);
  });

  it('refuses a file that is not a Tidings database, or a newer one, with exit 1', async () => {
    const notes = temp.file('notes.db');
    writeFileSync(notes, 'shopping list: eggs, flour, '.repeat(100));
    const foreign = await run(['ingest', EXAMPLES, '--db', notes]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toBe(`tidings: ${notes}: not a Tidings database (not an SQLite file)\n`);

    const newer = temp.file('newer.db');
    await openStore(newer, { create: true }).close();
    const db = new Database(newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const refused = await run(['ingest', EXAMPLES, '--db', newer]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/written by a newer Tidings/);
  });

  it('treats bad usage as exit 2', async () => {
    expect((await run(['ingest'])).code).toBe(2);
    expect((await run(['ingest', EXAMPLES, '--input-format', 'pdf'])).code).toBe(2);
    expect((await run(['ingest', EXAMPLES, '--frobnicate'])).code).toBe(2);
  });
});

describe('progressBar', () => {
  it('fills with the share done', () => {
    expect(progressBar(0, 100)).toBe(`[${'-'.repeat(24)}]`);
    expect(progressBar(50, 100)).toBe(`[${'#'.repeat(12)}${'-'.repeat(12)}]`);
    expect(progressBar(150, 100)).toBe(`[${'#'.repeat(24)}]`);
  });
});
