import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { WriterLockedError } from '../errors.js';
import { openStore, type Store } from './index.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';
import { STALE_MS } from './writer-lock.js';

const temp = tempFolder('tidings-writer-lock-');
afterAll(() => temp.remove());

let files = 0;
function twoStores(): { file: string; a: Store; b: Store } {
  const file = temp.file(`lock-${files++}.db`);
  return { file, a: openStore(file, { create: true }), b: openStore(file) };
}

interface Row {
  token: string;
  pid: number;
  host: string;
  process: string;
  command: string;
  started: string;
  refreshed: string;
}

function lockRow(file: string): Row | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM writer_lock').get() as Row | undefined;
  } finally {
    db.close();
  }
}

/** Leaves a lock row as a process that did not release it would (`only` is the one row's key). */
function leaveRow(file: string, row: Row): void {
  const db = new Database(file);
  try {
    db.prepare('INSERT OR REPLACE INTO writer_lock (only, token, pid, host, process, command, started, refreshed) VALUES (1, @token, @pid, @host, @process, @command, @started, @refreshed)').run(row);
  } finally {
    db.close();
  }
}

/** The row this process writes when it takes the lock: its pid, host, and (on Linux) boot id, pid namespace and start time. */
async function ownRow(store: Store, file: string): Promise<Row> {
  const lock = await store.lockWriter('tidings test');
  const row = lockRow(file)!;
  await lock.release();
  return row;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

const batch = (id: string) => ({ articles: [makeRecord(makeArticle(id, `The dam at ${id} held.`), 'S1')], clusterer: emptyClusterer(0) });

describe('the writer lock', () => {
  it('names its holder; a second writer is refused at once, its writes too, while readers read; released, it is free', async () => {
    const { file, a, b } = twoStores();
    await a.writeBatch(batch('first'));
    const lock = await a.lockWriter('tidings ingest');
    expect(lock.holder).toMatchObject({ pid: process.pid, host: hostname(), command: 'tidings ingest' });
    expect(lock.replaced).toBeUndefined();
    expect(lockRow(file)).toMatchObject({ pid: process.pid, host: hostname(), command: 'tidings ingest', started: lock.holder.started });

    const refused = await b.lockWriter('tidings remove').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WriterLockedError);
    expect((refused as WriterLockedError).message).toBe(`${file}: tidings ingest (pid ${process.pid} on ${hostname()}, since ${lock.holder.started.replace(/\.\d+Z$/, 'Z')}) is writing to it`);
    expect((refused as WriterLockedError).holder).toEqual(lock.holder);
    await expect(b.writeBatch({ ...batch('second'), clusterer: emptyClusterer(1) })).rejects.toThrow(/tidings ingest .* is writing to it; nothing was written/);
    expect((await b.listStories(10)).map((story) => story.size)).toEqual([1]);

    await a.writeBatch({ ...batch('by-holder'), clusterer: emptyClusterer(1) });
    await lock.release();
    expect(lockRow(file)).toBeUndefined();
    const next = await b.lockWriter('tidings remove');
    expect(lockRow(file)?.command).toBe('tidings remove');
    await b.close();
    expect(lockRow(file)).toBeUndefined();
    expect(next.holder.command).toBe('tidings remove');
    await a.close();
  });

  it('waits for the holder with waitMs, saying once that it waits', async () => {
    const { a, b } = twoStores();
    const lock = await a.lockWriter('tidings ingest');
    const waits: string[] = [];
    const waiting = b.lockWriter('tidings remove', { waitMs: 60_000, onWait: (holder) => waits.push(holder.command) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await lock.release();
    expect((await waiting).holder.command).toBe('tidings remove');
    expect(waits).toEqual(['tidings ingest']);
    await Promise.all([a.close(), b.close()]);
  });

  it('takes over a lock left by a process that is gone: no such pid, a reused pid, a restart; not a live one on another host', async () => {
    const { file, a, b } = twoStores();
    const own = await ownRow(a, file);
    const now = new Date().toISOString();
    const left = { ...own, token: 'left', command: 'tidings ingest', started: now, refreshed: now };
    const takeOver = async (row: Row) => {
      leaveRow(file, row);
      const lock = await b.lockWriter('tidings remove');
      await lock.release();
      return lock.replaced;
    };

    expect(await takeOver({ ...left, pid: deadPid() })).toMatchObject({ command: 'tidings ingest', started: now });
    if (own.process !== '') {
      // This process's own pid, recorded with another start time: the pid was reused.
      const [boot, namespace, start] = own.process.split(' ');
      expect(await takeOver({ ...left, process: `${boot} ${namespace} ${Number(start) - 1}` })).toMatchObject({ pid: process.pid });
      expect(await takeOver({ ...left, process: `another-boot ${namespace} ${start}` })).toMatchObject({ pid: process.pid });
      // Alive, in this pid namespace since this boot: kept.
      leaveRow(file, left);
      await expect(b.lockWriter('tidings remove')).rejects.toThrow(WriterLockedError);
    }

    const elsewhere = { ...left, pid: deadPid(), host: 'another-host', process: 'other-boot pid:[1] 100' };
    leaveRow(file, elsewhere);
    await expect(b.lockWriter('tidings remove')).rejects.toThrow(`tidings ingest (pid ${elsewhere.pid} on another-host, since ${now.replace(/\.\d+Z$/, 'Z')}) is writing to it`);
    await expect(b.writeBatch(batch('while-held'))).rejects.toThrow(WriterLockedError);
    const silent = new Date(Date.now() - STALE_MS - 1000).toISOString();
    expect(await takeOver({ ...elsewhere, refreshed: silent })).toMatchObject({ host: 'another-host' });
    await b.writeBatch(batch('after'));
    await Promise.all([a.close(), b.close()]);
  });
});
