import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, streamInputs } from './inputs.js';
import { fixture } from './test-support/shared-data.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tidings-inputs-'));
  mkdirSync(path.join(root, 'news/feeds'), { recursive: true });
  mkdirSync(path.join(root, 'news/.cache'));
  mkdirSync(path.join(root, 'empty'));
  writeFileSync(path.join(root, 'news/b-report.txt'), fixture('wrapped-report.txt'));
  writeFileSync(path.join(root, 'news/a-page.html'), fixture('saltmarsh-chronicle-ferry-aground.html'));
  writeFileSync(path.join(root, 'news/feeds/coast.rss'), fixture('coastline-wire.rss'));
  writeFileSync(path.join(root, 'news/.hidden.txt'), 'Hidden headline\n\nHidden body.');
  writeFileSync(path.join(root, 'news/.cache/x.txt'), 'Cached headline\n\nCached body.');
  writeFileSync(path.join(root, 'news/README.md'), '# Notes\n\nNot an article.');
  writeFileSync(path.join(root, 'news/photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  writeFileSync(path.join(root, 'news/blob.dat'), Buffer.from([0x41, 0x00, 0x42]));
  writeFileSync(path.join(root, 'cp1252.txt'), Buffer.from([0x46, 0x65, 0x72, 0x72, 0x79, 0x0a, 0x0a, 0x93, 0x53, 0x61, 0x66, 0x65, 0x2e, 0x94]));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readInputs', () => {
  it('reads every input at the time of reading it is given (readAt), the clock when none is', async () => {
    writeFileSync(path.join(root, 'later.txt'), 'Bridge reopens\nMay 1, 2031\n\nThe council reopened the bridge on Thursday after five years.');
    const later = async (readAt?: number) => (await readInputs(['later.txt'], { cwd: root, readAt })).articles[0];
    expect((await later()).published).toBeUndefined();
    expect((await later()).messages.map((message) => message.rule)).toEqual(['implausible-date']);
    expect((await later(Date.parse('2031-05-02T00:00:00Z'))).published).toBe('2031-05-01');
    await expect(readInputs(['later.txt'], { cwd: root, readAt: Number.NaN })).rejects.toThrow('tidings: expected readInputs.readAt as milliseconds since 1970, got number NaN');
  });

  it('walks a folder recursively in sorted order, skipping hidden and README files, reporting binary ones', async () => {
    const { articles, problems } = await readInputs(['news'], { cwd: root });
    expect(articles.map((article) => [article.origin.input, article.origin.format, article.origin.item])).toEqual([
      [path.join('news', 'a-page.html'), 'html', undefined],
      [path.join('news', 'b-report.txt'), 'text', undefined],
      [path.join('news', 'feeds', 'coast.rss'), 'feed', 1],
      [path.join('news', 'feeds', 'coast.rss'), 'feed', 2],
      [path.join('news', 'feeds', 'coast.rss'), 'feed', 3],
    ]);
    expect(problems.map((problem) => [problem.input, problem.place, problem.reason])).toEqual([
      [path.join('news', 'blob.dat'), '', 'the file looks binary (it holds NUL bytes)'],
      [path.join('news', 'feeds', 'coast.rss'), 'item 4, "Live: Maren Star salvage", https://www.coastlinewire.example/maritime/live/maren-star-salvage', 'the item has no content, description or summary'],
      [path.join('news', 'photo.jpg'), '', 'a .jpg file is not text'],
    ]);
  });

  it('reports a table (.csv, .tsv) as no article, instead of one article of its commas and quotes', async () => {
    writeFileSync(path.join(root, 'ferries.csv'), 'title,text\n"Ferry back","The ferry returned to service on Thursday morning after engineers replaced a fuel pump."\n');
    const { articles, problems } = await readInputs(['ferries.csv'], { cwd: root });
    expect(articles).toEqual([]);
    expect(problems.map((problem) => problem.reason)).toEqual(['a .csv file is a table, not an article: write its rows as JSON Lines (a JSON object a line, with a "text" field) to read them']);
  });

  it('follows symbolic links in a folder walk: to files, to folders once, and reports a broken one', async () => {
    mkdirSync(path.join(root, 'linked/wire'), { recursive: true });
    writeFileSync(path.join(root, 'linked/wire/report.txt'), fixture('wrapped-report.txt'));
    symlinkSync(path.join(root, 'news/b-report.txt'), path.join(root, 'linked/b-link.txt'));
    symlinkSync(path.join(root, 'news/feeds'), path.join(root, 'linked/feeds'));
    symlinkSync(path.join(root, 'linked'), path.join(root, 'linked/wire/up'));
    symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'linked/gone.txt'));
    const { articles, problems } = await readInputs(['linked'], { cwd: root });
    expect([...new Set(articles.map((article) => article.origin.input))]).toEqual([
      path.join('linked', 'b-link.txt'),
      path.join('linked', 'feeds', 'coast.rss'),
      path.join('linked', 'wire', 'report.txt'),
    ]);
    expect(problems.map((problem) => [problem.input, problem.reason])).toEqual([
      [path.join('linked', 'feeds', 'coast.rss'), 'the item has no content, description or summary'],
      [path.join('linked', 'gone.txt'), 'cannot read it (ENOENT)'],
    ]);
  });

  it('expands glob patterns, sorted', async () => {
    const { articles } = await readInputs(['news/*.{txt,html}'], { cwd: root });
    expect(articles.map((article) => article.origin.input)).toEqual(['news/a-page.html', 'news/b-report.txt']);
  });

  it('names a missing file, an empty folder and a pattern without matches, and reads the rest', async () => {
    const { articles, problems } = await readInputs(['missing.txt', 'empty', 'nothing/*.txt', 'cp1252.txt'], { cwd: root });
    expect(problems.map(String)).toEqual([
      'InputError: missing.txt: no such file or folder',
      'InputError: empty: the folder holds no files (hidden files are skipped)',
      'InputError: nothing/*.txt: no files match this pattern',
    ]);
    expect(articles).toHaveLength(1);
    expect(articles[0].text).toBe('"Safe."');
    expect(articles[0].messages[0].rule).toBe('encoding');
  });

  it('leaves skipFiles out of folder walks and patterns, but reads one named on its own', async () => {
    mkdirSync(path.join(root, 'with-db'));
    writeFileSync(path.join(root, 'with-db/report.txt'), fixture('wrapped-report.txt'));
    for (const file of ['news.db', 'news.db-wal']) writeFileSync(path.join(root, 'with-db', file), 'stored bytes, not an article');
    const skipFiles = ['with-db/news.db', path.join(root, 'with-db/news.db-wal')];
    const walked = await readInputs(['with-db', 'with-db/*.db*'], { cwd: root, skipFiles });
    expect(walked.articles.map((article) => article.origin.input)).toEqual([path.join('with-db', 'report.txt')]);
    expect(walked.problems.map(String)).toEqual(['InputError: with-db/*.db*: no files match this pattern']);
    const named = await readInputs(['with-db/news.db'], { cwd: root, skipFiles });
    expect(named.problems.map(String)).toEqual(['InputError: with-db/news.db: a .db file is not text']);
    rmSync(path.join(root, 'with-db/report.txt'));
    const onlyDatabase = await readInputs(['with-db'], { cwd: root, skipFiles });
    expect(onlyDatabase.problems.map(String)).toEqual(['InputError: with-db: the folder holds no files but the database']);
  });

  it('reads a file named on its own even when a folder walk would skip it', async () => {
    const { articles } = await readInputs(['news/README.md'], { cwd: root });
    expect(articles).toHaveLength(1);
  });

  it('rejects a file over the size limit, saying so', async () => {
    const { problems } = await readInputs(['news/a-page.html'], { cwd: root, maxFileBytes: 1024 });
    expect(problems[0].reason).toMatch(/^the file is \d+\.\d KB, over the 1\.0 KB limit \(maxFileBytes\)$/);
  });

  it('reads - from the stdin option, detecting the format from the content, and names it "stdin" or as told', async () => {
    const stdin = Readable.from([Buffer.from(fixture('wire-ferry.jsonl'))]);
    const { articles, problems } = await readInputs(['-'], { stdin });
    expect(articles.map((article) => article.origin)).toEqual([1, 2, 7].map((item) => ({ input: 'stdin', format: 'jsonl', item })));
    expect(problems.map((problem) => problem.place)).toEqual(['line 3', 'line 4', 'line 6']);
    const pasted = await readInputs(['-'], { stdin: Readable.from(['<html><body><nav>Home</nav></body></html>']), stdinName: 'the pasted text' });
    expect(pasted.problems.map(String)).toEqual(['InputError: the pasted text: no article text found in the HTML page']);
    await expect(readInputs(['-'], { stdinName: ' ' })).rejects.toThrow(/^tidings: expected readInputs\.stdinName as a name/);
  });

  it('bounds stdin by the same limit', async () => {
    const stdin = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]);
    const { problems } = await readInputs(['-'], { stdin, maxFileBytes: 1000 });
    expect(problems.map(String)).toEqual(['InputError: stdin: it is over the 1000 bytes limit (maxFileBytes)']);
  });

  it('throws a failure of storedIds (the database) while reading a feed file\u2019s item pages as it is, as for standard input, not as the file being unreadable (mend29b: it was "cannot read it (SQLITE_BUSY)")', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Brackwater Tide Bulletin</title>
<item><title>Lock gates stuck at Brackwater</title><link>https://tide-bulletin.example/lock-gates</link><description>The gates jammed at dawn.</description></item>
</channel></rss>`;
    writeFileSync(path.join(root, 'bulletin.rss'), feed);
    const locked = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const storedIds = async (): Promise<ReadonlySet<string>> => {
      throw locked;
    };
    await expect(readInputs(['bulletin.rss'], { cwd: root, fetchPages: true, storedIds })).rejects.toBe(locked);
    await expect(readInputs(['-'], { stdin: Readable.from([feed]), fetchPages: true, storedIds })).rejects.toBe(locked);
    expect((await readInputs(['bulletin.rss'], { cwd: root, storedIds })).articles.map((article) => article.title)).toEqual(['Lock gates stuck at Brackwater']);
  });

  it('streams one result per file', async () => {
    const inputs: string[] = [];
    for await (const result of streamInputs(['news/feeds', 'cp1252.txt'], { cwd: root })) inputs.push(result.input);
    expect(inputs).toEqual([path.join('news', 'feeds', 'coast.rss'), 'cp1252.txt']);
  });

  it('throws misuse errors for bad arguments and unknown options', async () => {
    await expect(readInputs('news' as never)).rejects.toThrow(/^tidings: expected inputs as an array of strings/);
    await expect(readInputs([], { maxFileBytes: 0 })).rejects.toThrow(/^tidings: expected readInputs\.maxFileBytes to be a positive integer/);
    await expect(readInputs([], { maxBytes: 1 } as never)).rejects.toThrow(/^tidings: expected a readInputs option/);
  });
});
