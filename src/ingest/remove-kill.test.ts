/**
 * Nothing half-removed: a real process removing articles one at a time is
 * killed with SIGKILL; each article must be either wholly stored or wholly
 * gone with its tombstone, every table and the clusterer's state agreeing,
 * and a second run must finish the job.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { ingest } from './index.js';
import { checkConsistent } from './test-support/consistent.js';
import { generateCorpus, toJsonl } from './test-support/corpus.js';

const CHILD = fileURLToPath(new URL('./test-support/remove-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const temp = tempFolder('tidings-remove-kill-');
afterAll(() => temp.remove());

function startRemoving(db: string, ids: readonly string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, ...ids], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.resume();
  const exit = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exit };
}

function tombstones(db: string): number {
  const reader = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return reader.prepare('SELECT count(*) FROM removed_articles').pluck().get() as number;
  } finally {
    reader.close();
  }
}

describe('removal killed mid-way', () => {
  it('leaves every article wholly stored or wholly removed, and a second run finishes', async () => {
    const { lines } = generateCorpus(240, 11);
    const reprints = lines.filter((_, i) => i % 6 === 0).map((line) => ({ ...line, id: `${line.id}-reprint`, outlet: 'Reprint Wire', published: new Date(Date.parse(line.published) + 3_600_000).toISOString() }));
    const corpus = temp.file('corpus.jsonl');
    const db = temp.file('removing.db');
    writeFileSync(corpus, toJsonl([...lines, ...reprints]));
    const store = openStore(db, { create: true });
    expect((await ingest(store, [corpus])).copies.reprint).toBeGreaterThan(10);
    await store.close();
    const ids = [...new Set(lines.filter((line, i) => i % 3 === 0 && !line.id.endsWith('-again')).map((line) => line.id))];

    const first = startRemoving(db, ids);
    const deadline = Date.now() + 60_000;
    while (tombstones(db) < 3 && Date.now() < deadline && first.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    const killed = await first.exit;
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const removed = checkConsistent(db);
    expect(removed).toBeGreaterThanOrEqual(3);
    expect(removed).toBeLessThan(ids.length);

    const second = startRemoving(db, ids);
    expect((await second.exit).signal).toBeNull();
    expect(checkConsistent(db)).toBe(ids.length);
  }, 180_000);
});
