import { describe, expect, it } from 'vitest';
import { runMain as run } from './test-support/fake-io.js';
import { examplesDatabase } from './test-support/examples-db.js';

const { db, temp } = examplesDatabase('tidings-cli-outlets-');

describe('tidings outlets', () => {
  it('prints help with examples', async () => {
    const { code, stdout } = await run(['outlets', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: tidings outlets[\s\S]*Examples:/);
  });

  it('shows who copies whom: the Lakeshore Morning Post reprints Harbor Daily, the unnamed content farm rewrites it', async () => {
    const { code, stdout, stderr } = await run(['outlets', '--db', db]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^OUTLET\s+ARTICLES\s+COPIED BY OTHERS\s+REPRINTS\s+REWRITES\s+TAKES FROM$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Harbor Daily\s+1\s+1\s+0\s+0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Lakeshore Morning Post\s+1\s+0\s+1\s+0\s+Harbor Daily \(1\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\(no outlet named\)\s+1\s+0\s+0\s+1\s+Harbor Daily \(1\)$/));
  });

  it('writes JSON, most articles first, and respects --limit', async () => {
    const { code, stdout } = await run(['outlets', '--db', db, '--format', 'json']);
    expect(code).toBe(0);
    const { version, outlets } = JSON.parse(stdout);
    expect(version).toBe(1);
    expect(outlets.reduce((sum: number, row: { articles: number }) => sum + row.articles, 0)).toBe(9);
    expect(outlets.map((row: { articles: number }) => row.articles)).toEqual(outlets.map((row: { articles: number }) => row.articles).sort((a: number, b: number) => b - a));
    const copies = outlets.reduce((sum: number, row: { reprints: number; rewrites: number }) => sum + row.reprints + row.rewrites, 0);
    expect(copies).toBe(2);
    const limited = JSON.parse((await run(['outlets', '--db', db, '--format', 'json', '--limit', '2'])).stdout);
    expect(limited.outlets).toEqual(outlets.slice(0, 2));
  });

  it('refuses a bad limit, an argument, and a missing database', async () => {
    expect((await run(['outlets', '--db', db, '--limit', '0'])).code).toBe(2);
    expect((await run(['outlets', 'news', '--db', db])).code).toBe(2);
    expect((await run(['outlets', '--db', temp.file('absent.db')])).code).toBe(1);
  });
});
