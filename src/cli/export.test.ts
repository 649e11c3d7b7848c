import { writeFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { runMain as run } from './test-support/fake-io.js';
import { examplesDatabase } from './test-support/examples-db.js';

const { db, temp } = examplesDatabase('tidings-cli-export-');

const lines = (stdout: string): Array<Record<string, string>> =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('tidings export', () => {
  it('prints help with examples', async () => {
    const { code, stdout } = await run(['export', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: tidings export[\s\S]*Examples:/);
  });

  it('writes every stored article as a JSONL line with its story, which ingest reads back into the same articles and stories', async () => {
    const first = await run(['export', '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const exported = lines(first.stdout);
    expect(exported).toHaveLength(9);
    for (const line of exported) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['id', 'title', 'text', 'story']));
      expect(line.story).toMatch(/^s\d+$/);
    }
    const file = temp.file('examples.jsonl');
    writeFileSync(file, first.stdout);
    const copy = temp.file('copy.db');
    expect((await run(['ingest', file, '--db', copy])).code).toBe(0);
    expect((await run(['export', '--db', copy])).stdout).toBe(first.stdout);
    expect((await run(['stories', '--db', copy])).stdout).toBe((await run(['stories', '--db', db])).stdout);
  });

  it('writes one story with --story, and refuses a story the database does not hold', async () => {
    const story = lines((await run(['export', '--db', db])).stdout)[0].story;
    const { code, stdout } = await run(['export', '--db', db, '--story', story]);
    expect(code).toBe(0);
    const exported = lines(stdout);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.every((line) => line.story === story)).toBe(true);
    expect((await run(['export', '--db', db, '--story', story.slice(1)])).stdout).toBe(stdout);
    const missing = await run(['export', '--db', db, '--story', 's999']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no story "s999"/);
    expect(missing.stdout).toBe('');
  });

  it('stops quietly when the reader of its output goes away (tidings export | head)', async () => {
    const stdout = new PassThrough({ highWaterMark: 16 });
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk) => (err += chunk));
    stdout.once('data', () => stdout.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
    const code = await main(['export', '--db', db], { stdin: Readable.from(['']), stdout, stderr });
    expect(code).toBe(0);
    expect(err).toBe('');
  });

  it('stops when its output is destroyed without an error, instead of waiting for it forever', async () => {
    const stdout = new PassThrough({ highWaterMark: 16 });
    stdout.once('data', () => stdout.destroy());
    const code = await main(['export', '--db', db], { stdin: Readable.from(['']), stdout, stderr: new PassThrough() });
    expect(code).toBe(0);
  });

  it('takes no inputs and needs an existing database', async () => {
    expect((await run(['export', 'articles.jsonl', '--db', db])).code).toBe(2);
    const absent = await run(['export', '--db', temp.file('absent.db')]);
    expect(absent.code).toBe(1);
    expect(absent.stderr).toMatch(/no Tidings database here/);
  });
});
