/**
 * A developing story's headline kept current across a kill: a real ingest
 * process killed (SIGKILL) between writing a batch that raises the story's
 * toll and checking the story's headline leaves the check in the store, and
 * the next ingest makes it first.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../store/test-support/records.js';
import { ingest } from './index.js';
import { STORM_REPORTS } from './test-support/developing-storm.js';
import { withStoreAt } from './test-support/with-store.js';

const CHILD = fileURLToPath(new URL('./test-support/headline-kill-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const temp = tempFolder('tidings-headline-kill-');
afterAll(() => temp.remove());

function runChild(db: string, input: string): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, input], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.resume();
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

/** The headline checks left in the database, and each story's headline. */
function stored(db: string): { checks: string[]; headlines: Array<{ id: string; headline: string }> } {
  const reader = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return {
      checks: reader.prepare('SELECT story FROM headline_checks').pluck().all() as string[],
      headlines: reader.prepare('SELECT id, headline FROM stories').all() as Array<{ id: string; headline: string }>,
    };
  } finally {
    reader.close();
  }
}

const jsonl = (name: string, records: readonly object[]) => {
  const file = temp.file(`${name}.jsonl`);
  writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));
  return file;
};

describe('an ingest killed before it checks the headlines its batch made outdated', () => {
  it('leaves the checks to the next ingest, which heads the story by the current toll', async () => {
    const db = temp.file('storm.db');
    const monday = STORM_REPORTS.filter((record) => record.published.startsWith('2026-10-05'));
    const later = STORM_REPORTS.filter((record) => !record.published.startsWith('2026-10-05'));
    await withStoreAt(db, (store) => ingest(store, [jsonl('monday', monday)]));
    const [{ id: story, headline: mondayHeadline }] = stored(db).headlines;
    expect(mondayHeadline).toMatch(/\bthree\b/);

    const killed = await runChild(db, jsonl('later', later));
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const left = stored(db);
    expect(left.checks).toEqual([story]);
    expect(left.headlines).toEqual([{ id: story, headline: mondayHeadline }]);

    await withStoreAt(db, (store) => ingest(store, []));
    const after = stored(db);
    expect(after.checks).toEqual([]);
    expect(after.headlines).toHaveLength(1);
    expect(after.headlines[0].headline).toMatch(/\beleven\b/);
  }, 120_000);
});
