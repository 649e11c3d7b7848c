/**
 * The writer lock: the one row of `writer_lock`, naming the process that
 * writes (`tidings ingest`, `tidings remove`, a write request of `tidings
 * serve`). A writing command takes it before it reads its input, so a second
 * writer fails at once, naming the holder, instead of at its first save.
 * Readers never look at it (WAL: they are never blocked). It is taken in a
 * write transaction, so two processes cannot both take it; a batch or a
 * removal is refused while another live process holds it; and the
 * clusterer's generation check stays the guard against a write that slips
 * past (a holder wrongly judged gone).
 *
 * A holder killed without releasing it (kill -9, a crash, a restart) is
 * judged gone, and the lock taken over:
 * - on Linux, when the holder ran in this pid namespace since this boot:
 *   gone when /proc has no such pid, or the pid's start time is not the one
 *   recorded (the pid was reused by another process);
 * - on the same host otherwise: gone after a restart (another boot id), or
 *   when `process.kill(pid, 0)` finds no such process;
 * - on another host, or in another container (pids we cannot see): only by
 *   the heartbeat below;
 * - anywhere: gone when it has not refreshed the lock for `STALE_MS` (a
 *   holder refreshes it every `REFRESH_MS`; one that stops, or is stuck, that
 *   long gives it up, and is refused if it writes again).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { expected, SchemaChangedError, WriterLockedError, type WriterHolder } from '../errors.js';
import { asInputError, type SqliteDatabase } from './sqlite-open.js';
import type { LockWriterOptions, WriterLock } from './types.js';

/** A holder says it is alive this often. */
export const REFRESH_MS = 30_000;
/** A holder silent for this long is gone. */
export const STALE_MS = 5 * 60_000;
/** A waiting writer looks at the lock again this often. */
const POLL_MS = 200;

interface LockRow extends WriterHolder {
  token: string;
  /** `boot-id pid-namespace start-time` on Linux, '' elsewhere. */
  process: string;
  refreshed: string;
}

/** This process as a lock names it. */
interface Here {
  pid: number;
  host: string;
  /** Boot id and pid namespace (Linux), '' elsewhere: where a recorded pid can be checked exactly. */
  place: string;
  process: string;
}

/** The start time of process `pid` (clock ticks after boot, /proc/PID/stat field 22); undefined when there is none or no /proc. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function linuxPlace(): string {
  try {
    return `${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()} ${readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return '';
  }
}

let here: Here | undefined;
function thisProcess(): Here {
  if (here === undefined) {
    const place = linuxPlace();
    const start = place && processStart(process.pid);
    here = { pid: process.pid, host: hostname(), place: start ? place : '', process: start ? `${place} ${start}` : '' };
  }
  return here;
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the holder of `row` is gone (see the module's comment). */
export function holderGone(row: LockRow, now = Date.now()): boolean {
  if (!(now - Date.parse(row.refreshed) <= STALE_MS)) return true;
  const me = thisProcess();
  const split = row.process.lastIndexOf(' ');
  const place = split < 0 ? '' : row.process.slice(0, split);
  // Its pid is one of ours: gone unless that pid still runs the process that took the lock.
  if (me.place !== '' && place === me.place) return processStart(row.pid) !== row.process.slice(split + 1);
  if (row.host !== me.host) return false;
  // This host since another boot (restarted): gone; another pid namespace (a container): cannot tell.
  const boot = (key: string) => key.split(' ')[0];
  if (me.place !== '' && place !== '') return boot(place) !== boot(me.place);
  return !pidExists(row.pid);
}

/** "tidings ingest (pid 4121 on news-host, since 2026-12-06T11:20:03Z)". */
export function describeHolder(holder: WriterHolder): string {
  return `${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.started.replace(/\.\d+Z$/, 'Z')})`;
}

function holderOf(row: LockRow): WriterHolder {
  return { pid: row.pid, host: row.host, command: row.command, started: row.started };
}

/** The writer lock of one store's connection: taken, refreshed and released by it, checked before each of its writes. */
export class WriterLockRow {
  private held: { token: string; timer: NodeJS.Timeout } | undefined;
  /** The schema version the database had when this connection opened it (after its migrations). */
  private readonly schema: number;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly file: string,
  ) {
    this.schema = this.schemaNow();
  }

  private schemaNow(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Inside a write transaction: a `SchemaChangedError` when another process migrated the database since this connection opened it. */
  private checkSchema(): void {
    const now = this.schemaNow();
    if (now === this.schema) return;
    throw new SchemaChangedError(
      this.file,
      '',
      `another Tidings migrated the database to schema version ${now} while this process had it open at version ${this.schema}; nothing was written: restart this process (with a Tidings that knows version ${now})`,
    );
  }

  /** This connection holds the lock (taken and not yet released). */
  get holding(): boolean {
    return this.held !== undefined;
  }

  private row(): LockRow | undefined {
    return this.db.prepare('SELECT token, pid, host, process, command, started, refreshed FROM writer_lock').get() as LockRow | undefined;
  }

  /** Takes the lock for `command`, waiting up to `waitMs` for a live holder; else a `WriterLockedError` naming it. */
  async take(command: string, options?: Partial<LockWriterOptions>): Promise<WriterLock> {
    const { waitMs = 0, onWait } = options ?? {};
    if (!(Number.isFinite(waitMs) && waitMs >= 0)) expected('lockWriter.waitMs to be a number of milliseconds (0 or more)', waitMs);
    if (typeof command !== 'string' || command === '') expected('the command taking the writer lock', command);
    if (this.held !== undefined) expected('one writer lock at a time per store (release the one held first)', command);
    const deadline = Date.now() + waitMs;
    let waited = false;
    for (;;) {
      const attempt = this.attempt(command);
      if (!('holder' in attempt)) return attempt.lock;
      if (Date.now() >= deadline) {
        const still = waitMs > 0 ? ` (still after waiting ${Math.round(waitMs / 1000)} s)` : '';
        throw new WriterLockedError(this.file, `${describeHolder(attempt.holder)} is writing to it${still}`, attempt.holder);
      }
      if (!waited) onWait?.(attempt.holder);
      waited = true;
      await delay(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
    }
  }

  /** One try: the lock, or who holds it. A held lock is seen without a write transaction, so a busy holder answers at once. */
  private attempt(command: string): { lock: WriterLock } | { holder: WriterHolder } {
    const seen = this.row();
    if (seen !== undefined && !holderGone(seen)) return { holder: holderOf(seen) };
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      throw asInputError(error, this.file);
    }
    try {
      this.checkSchema();
      const row = this.row();
      if (row !== undefined && !holderGone(row)) {
        this.db.exec('ROLLBACK');
        return { holder: holderOf(row) };
      }
      const me = thisProcess();
      const now = new Date().toISOString();
      const token = randomUUID();
      this.db
        .prepare('INSERT OR REPLACE INTO writer_lock (only, token, pid, host, process, command, started, refreshed) VALUES (1, ?, ?, ?, ?, ?, ?, ?)')
        .run(token, me.pid, me.host, me.process, command, now, now);
      this.db.exec('COMMIT');
      const timer = setInterval(() => this.refresh(token), REFRESH_MS).unref();
      this.held = { token, timer };
      const holder = { pid: me.pid, host: me.host, command, started: now };
      return { lock: { holder, replaced: row && holderOf(row), release: async () => this.release(token) } };
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The heartbeat; a busy database skips one (the next comes long before the lock is stale). */
  private refresh(token: string): void {
    this.unlessBusy(() => this.db.prepare('UPDATE writer_lock SET refreshed = ? WHERE token = ?').run(new Date().toISOString(), token));
  }

  /**
   * Gives the lock up (if this store still holds it under `token`). A database
   * busy past the busy timeout keeps the row, which goes stale in `STALE_MS`.
   */
  release(token = this.held?.token): void {
    if (token === undefined || this.held?.token !== token) return;
    clearInterval(this.held.timer);
    this.held = undefined;
    this.unlessBusy(() => this.db.prepare('DELETE FROM writer_lock WHERE token = ?').run(token));
  }

  private unlessBusy(write: () => void): void {
    if (!this.db.open) return;
    try {
      write();
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error;
    }
  }

  /** Inside a write transaction: a `WriterLockedError` when another live process holds the lock, a `SchemaChangedError` when the database was migrated since this connection opened it. */
  checkWriter(): void {
    this.checkSchema();
    const row = this.row();
    if (row === undefined || row.token === this.held?.token || holderGone(row)) return;
    throw new WriterLockedError(this.file, `${describeHolder(row)} is writing to it; nothing was written`, holderOf(row));
  }
}
