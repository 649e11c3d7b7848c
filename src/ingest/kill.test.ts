/**
 * Nothing lost: a real `tidings ingest` process is killed with SIGKILL while it
 * writes; the database must be intact, every stored article complete, and a
 * second run must take over the writer lock it left and finish the job
 * without duplicates.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeArticle } from '../store/index.js';
import { defaultIngestOptions } from './index.js';
import { tempFolder } from '../store/test-support/records.js';
import { generateCorpus, toJsonl } from './test-support/corpus.js';

const CHILD = fileURLToPath(new URL('./test-support/ingest-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const temp = tempFolder('tidings-kill-');
afterAll(() => temp.remove());

function startIngest(corpus: string, db: string): { child: ChildProcess; exit: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, corpus, '--db', db], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.resume();
  const exit = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exit };
}

/** Committed articles as another connection sees them, or 0 before the schema exists. */
function committed(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return reader.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      reader.close();
    }
  } catch {
    return 0;
  }
}

function checkComplete(file: string): { articles: number; hashes: number } {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
    const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    for (const row of db.prepare('SELECT text, article FROM articles').iterate() as IterableIterator<{ text: string; article: string }>) {
      const article = decodeArticle(row.text, row.article, file);
      expect(article.paragraphs.length).toBeGreaterThan(0);
      expect(article.paragraphs.every((span) => span.end <= article.text.length)).toBe(true);
    }
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM articles_fts_docsize')).toBe(articles);
    expect(count('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article = a.rowid)')).toBe(0);
    expect(count('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM copies c WHERE c.article = a.rowid)')).toBe(0);
    expect(count('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM copy_fingerprints f WHERE f.article = a.rowid)')).toBe(0);
    expect(count('SELECT coalesce(sum(size), 0) FROM stories')).toBe(articles);
    const state = JSON.parse(db.prepare('SELECT state FROM clusterer').pluck().get() as string).value;
    const stories = (table: string, column: string) => (db.prepare(`SELECT ${column} FROM ${table}`).pluck().all() as string[]).map((json) => JSON.parse(json).value);
    const members = [...stories('clusterer_stories', 'record'), ...stories('clusterer_retired', 'snapshot')].flatMap((story: { articles: string[] }) => story.articles);
    expect(state.arrivals).toBe(articles);
    expect(new Set(members).size).toBe(members.length);
    return { articles, hashes: count('SELECT count(DISTINCT hash) FROM articles') };
  } finally {
    db.close();
  }
}

describe('ingest killed mid-way', () => {
  it('keeps every committed article whole and finishes on the next run without duplicates', async () => {
    const { lines, distinct } = generateCorpus(3000, 7);
    const corpus = temp.file('corpus.jsonl');
    const db = temp.file('killed.db');
    writeFileSync(corpus, toJsonl(lines));

    const first = startIngest(corpus, db);
    let seen = 0;
    const deadline = Date.now() + 60_000;
    while (seen === 0 && Date.now() < deadline && first.child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = committed(db);
    }
    first.child.kill('SIGKILL');
    const killed = await first.exit;
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const left = new Database(db, { readonly: true });
    expect(left.prepare('SELECT pid, command FROM writer_lock').get()).toEqual({ pid: first.child.pid, command: 'tidings ingest' });
    left.close();
    const afterKill = checkComplete(db);
    expect(afterKill.articles).toBeGreaterThan(0);
    expect(afterKill.articles).toBeLessThan(distinct);
    expect(afterKill.articles % defaultIngestOptions.batchSize).toBe(0);

    const second = startIngest(corpus, db);
    const finished = await second.exit;
    expect(finished.code, finished.stderr).toBe(0);
    expect(finished.stderr).toMatch(new RegExp(`^tidings: ${db}: took over the writer lock of tidings ingest \\(pid ${first.child.pid} on .*, since .*\\), which is no longer running$`, 'm'));
    const final = checkComplete(db);
    expect(final).toEqual({ articles: distinct, hashes: distinct });
  }, 120_000);
});
