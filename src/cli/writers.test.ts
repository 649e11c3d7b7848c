/**
 * Writers side by side on one database, as real processes: an ingest that
 * holds the writer lock (reading a standard input the test keeps open), a
 * second ingest and a removal started meanwhile, one that waits, and a
 * server whose write requests are refused while readers are served.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConsistent } from '../ingest/test-support/consistent.js';
import { generateCorpus, toJsonl } from '../ingest/test-support/corpus.js';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import { startServerProcess } from '../server/test-support/server-process.js';
import { tempFolder } from '../store/test-support/records.js';
import { runMain } from './test-support/fake-io.js';

const CHILD = fileURLToPath(new URL('./test-support/tidings-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const temp = tempFolder('tidings-writers-');
afterAll(() => temp.remove());

/** `tidings …` in a child process; its standard input stays open until `input` is called with the rest. */
function tidings(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, exit, input: (text: string) => child.stdin.end(text), stderr: () => stderr };
}

function lockHolder(db: string): { pid: number; command: string; started: string } | undefined {
  const reader = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return reader.prepare('SELECT pid, command, started FROM writer_lock').get() as { pid: number; command: string; started: string } | undefined;
  } finally {
    reader.close();
  }
}

async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const since = (started: string) => started.replace(/\.\d+Z$/, 'Z');

describe('two writers on one database', () => {
  it('refuses a second writer at once, naming the first; lets one with --wait follow; the server answers 503 and keeps serving readers', async () => {
    const db = temp.file('news.db');
    expect((await runMain(['ingest', EXAMPLES, '--db', db])).code).toBe(0);
    const first = generateCorpus(300, 21);
    const later = generateCorpus(100, 22);
    const laterFile = temp.file('later.jsonl');
    writeFileSync(laterFile, toJsonl(later.lines));
    const starting = startServerProcess(db);
    const holder = tidings(['ingest', '-', '--db', db]);
    await until(() => lockHolder(db) !== undefined, 'the first ingest takes the lock');
    const lock = lockHolder(db)!;
    expect(lock).toMatchObject({ pid: holder.child.pid, command: 'tidings ingest' });
    const named = `tidings ingest (pid ${lock.pid} on ${hostname()}, since ${since(lock.started)}) is writing to it`;

    // The second ingest's standard input is open and never written: had it read its input, it would not end.
    const [second, removal] = await Promise.all([tidings(['ingest', '-', '--db', db]).exit, tidings(['remove', 'vws-2026-03-15-brenmouth-0087', '--db', db]).exit]);
    const refused = { code: 1, stdout: '', stderr: `tidings: ${db}: ${named}; run this again when it has finished, or add --wait SECONDS to wait for it\n` };
    expect(second).toEqual(refused);
    expect(removal).toEqual(refused);

    const server = await starting;

    const post = await fetch(`${server.url}api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: toJsonl(later.lines.slice(0, 3)) });
    expect([post.status, post.headers.get('retry-after')]).toEqual([503, '10']);
    expect(((await post.json()) as { error: string }).error).toBe(`another process is writing to the database (tidings ingest, since ${since(lock.started)}): send the request again later`);
    const deletion = await fetch(`${server.url}api/articles/vws-2026-03-15-brenmouth-0087`, { method: 'DELETE' });
    expect([deletion.status, deletion.headers.get('retry-after')]).toEqual([503, '10']);
    for (const url of ['api/stories', 'api/search?q=dam', '', 'search?q=spillway']) expect((await fetch(`${server.url}${url}`)).status, url).toBe(200);

    const waiting = tidings(['ingest', laterFile, '--db', db, '--wait', '600']);
    await until(() => waiting.stderr() !== '', 'the waiting ingest says it waits');
    expect(waiting.stderr()).toBe(`tidings: ${db}: ${named}; waiting up to 600 s\n`);
    expect(holder.child.exitCode).toBeNull();

    holder.input(toJsonl(first.lines));
    expect(await holder.exit).toMatchObject({ code: 0, stdout: `ingested ${first.distinct} new articles (${first.lines.length - first.distinct} already stored, 0 problems) into ${(await holder.exit).stdout.match(/into (\d+ stories)/)![1]}\n` });
    const followed = await waiting.exit;
    expect(followed.code, followed.stderr).toBe(0);
    expect(followed.stdout).toMatch(new RegExp(`^ingested ${later.distinct} new articles`));
    expect(lockHolder(db)).toBeUndefined();

    const after = await fetch(`${server.url}api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: readFileSync(path.join(EXAMPLES, 'wire.jsonl')) });
    expect(after.status).toBe(200);
    const removed = await fetch(`${server.url}api/articles/vws-2026-03-15-brenmouth-0087`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect((await server.stop()).code).toBe(0);
    expect(lockHolder(db)).toBeUndefined();
    expect(checkConsistent(db)).toBe(1);
    const reader = new Database(db, { readonly: true });
    expect(reader.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(9 - 1 + first.distinct + later.distinct);
    reader.close();
  }, 180_000);
});
