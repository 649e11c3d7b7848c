import { writeFileSync } from 'node:fs';
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

  it('groups an outlet written in two cases, and counts as copied only what other outlets copy', async () => {
    const paragraph = (n: number) => `Paragraph ${n} of the council report says the bridge over the Velmar River will close for repairs in May, the engineers said on Tuesday.`;
    const text = [1, 2, 3, 4].map(paragraph).join('\n\n');
    const lines = [
      { id: 'w1', outlet: 'Wire', published: '2026-03-01T08:00:00Z', text },
      { id: 'w2', outlet: 'WIRE', published: '2026-03-01T09:00:00Z', text: `${text}\n\nAn update adds that the mayor agreed.` },
      { id: 'p1', outlet: 'Post', published: '2026-03-01T10:00:00Z', text: `${text}\n\nThe Post adds a line of its own about traffic.` },
    ];
    const file = temp.file('wire.jsonl');
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    const wires = temp.file('wires.db');
    expect((await run(['ingest', file, '--db', wires])).code).toBe(0);
    const { outlets } = JSON.parse((await run(['outlets', '--db', wires, '--format', 'json'])).stdout);
    expect(outlets).toHaveLength(2);
    expect(outlets[0]).toMatchObject({ articles: 2, copied: 1, reprints: 1, sources: [{ articles: 1 }] });
    expect(outlets[0].outlet.toLowerCase()).toBe('wire');
    expect(outlets[1]).toMatchObject({ outlet: 'Post', articles: 1, copied: 0, reprints: 1 });
  });

  it('refuses a bad limit, an argument, and a missing database', async () => {
    expect((await run(['outlets', '--db', db, '--limit', '0'])).code).toBe(2);
    expect((await run(['outlets', 'news', '--db', db])).code).toBe(2);
    expect((await run(['outlets', '--db', temp.file('absent.db')])).code).toBe(1);
  });
});
